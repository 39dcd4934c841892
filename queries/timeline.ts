// Dated events: a relationship on each day a document stating it was published.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/ontology';
import { type Driver, readTransaction } from './db';
import type { RelationshipKey } from './relationships';

export interface EventRecord {
  date: string;
  relationship: RelationshipKey;
  evidenceIds: string[];
}

// With entities, start from their edges; without, from the evidence (indexed by date).
const eventsMatch = `
CALL () {
  UNWIND $entities AS eid
  MATCH (:Entity {id: eid})-[r]-() WHERE type(r) IN $types
  WITH DISTINCT r
  MATCH (v:Evidence {relId: r.id}) RETURN v
  UNION
  MATCH (v:Evidence) WHERE size($entities) = 0 AND v.relType IN $types RETURN v
}
WITH v WHERE ($from IS NULL OR v.publishedAt >= $from) AND ($to IS NULL OR v.publishedAt <= $to)
WITH v.publishedAt AS date, v.relId AS relId, v.relType AS relType, collect(v.id) AS evidenceIds`;

/** params: {entities: [ids] (empty: all), types, from, to, after: [date, relId] | null, limit}. Newest first. */
export const TIMELINE = {
  count: `${eventsMatch}\nRETURN count(*) AS n`,
  page: `${eventsMatch}
WHERE $after IS NULL OR date < $after[0] OR (date = $after[0] AND relId > $after[1])
RETURN date, {id: relId, type: relType} AS relationship, evidenceIds
ORDER BY date DESC, relId LIMIT toInteger($limit)`,
};

export interface TimelineArgs {
  entities: readonly string[];
  types: readonly RelationshipType[] | null;
  from: string | null;
  to: string | null;
  after: [string, string] | null;
  limit: number;
}

export async function timelineEvents(driver: Driver, args: TimelineArgs): Promise<{ totalCount: number; events: EventRecord[] }> {
  const params = { ...args, types: args.types ?? RELATIONSHIP_TYPES };
  return readTransaction(driver, async (run) => {
    const [{ n }] = (await run<{ n: number }>(TIMELINE.count, params)).rows;
    const events = (await run<EventRecord>(TIMELINE.page, params)).rows;
    return { totalCount: n, events };
  });
}

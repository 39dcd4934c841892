// Reading an entity's relationships, one page at a time, for many entities at once.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/ontology';
import { type Driver, read } from './db';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  evidenceCount: number;
  action: string | null;
  role: string | null;
  status: string | null;
}

export interface RelationshipPage {
  totalCount: number;
  /** Up to `limit` relationships, ordered by id. */
  relationships: RelationshipRecord[];
}

export const RELATIONSHIP_FIELDS = `r { .id, .confidence, .firstSeen, .lastSeen, .evidenceCount, .action, .role, .status,
  type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id }`;

// A pattern cannot take its direction from a parameter, so there is one statement per
// direction, chosen from this fixed map. Types are always filtered with
// `type(r) IN $types` (all ontology types by default), which also leaves MENTIONS out.
const PATTERNS: Record<Direction, string> = {
  OUT: '(e)-[r]->()',
  IN: '(e)<-[r]-()',
  BOTH: '(e)-[r]-()',
};

// Pages are keyed on the edge id, which is unique and never changes, so a cursor
// (the last id seen) stays valid while edges are added. DISTINCT keeps a self-loop
// from showing twice under BOTH.
const page = (direction: Direction) => `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id,
  COUNT { MATCH ${PATTERNS[direction]} WHERE type(r) IN $types RETURN DISTINCT r } AS totalCount,
  COLLECT {
    MATCH ${PATTERNS[direction]} WHERE type(r) IN $types AND ($after IS NULL OR r.id > $after)
    WITH DISTINCT r ORDER BY r.id LIMIT toInteger($limit)
    RETURN ${RELATIONSHIP_FIELDS}
  } AS relationships`;

/** params: {ids, types, after, limit}. One row per id: {id, totalCount, relationships}. */
export const RELATIONSHIP_PAGES = { OUT: page('OUT'), IN: page('IN'), BOTH: page('BOTH') } as const;

export interface PageArgs {
  types?: readonly RelationshipType[] | null;
  direction: Direction;
  /** Relationships after this id. */
  after?: string | null;
  limit: number;
}

/** One page of relationships for each entity id, in the order of `ids`. */
export async function relationshipPages(driver: Driver, ids: readonly string[], args: PageArgs): Promise<RelationshipPage[]> {
  const rows = await read<{ id: string } & RelationshipPage>(driver, RELATIONSHIP_PAGES[args.direction], {
    ids,
    types: args.types ?? RELATIONSHIP_TYPES,
    after: args.after ?? null,
    limit: args.limit,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    return { totalCount: row?.totalCount ?? 0, relationships: row?.relationships ?? [] };
  });
}

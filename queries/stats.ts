// Counts over the whole graph, and the write version that tells when they are stale.
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../core/ontology';
import { type Driver, read, readTransaction } from './db';
import { GRAPH_VERSION } from './ingest';

export interface TypeCount { type: string; count: number }
export interface StatsRecord {
  documentCount: number;
  entityCounts: TypeCount[];
  relationshipCounts: TypeCount[];
  documentsPerMonth: Array<{ month: string; count: number }>;
}

export const STATS_DOCUMENTS = 'MATCH (d:Document) RETURN count(d) AS n';
// Counting by label and type uses Neo4j's count store: no scan.
export const STATS_ENTITIES = ENTITY_TYPES.map((t) => `MATCH (e:${t}) RETURN '${t}' AS type, count(e) AS count`).join('\nUNION ALL\n');
export const STATS_RELATIONSHIPS = RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS type, count(r) AS count`).join('\nUNION ALL\n');
export const STATS_MONTHS = `
MATCH (d:Document)
WITH left(coalesce(d.publishedAt, d.ingestedAt), 7) AS month
RETURN month, count(*) AS count ORDER BY month`;

/** params: {type, types, first}. The most connected entities. */
export const TOP_ENTITIES = `
MATCH (e:Entity) WHERE $type IS NULL OR $type IN labels(e)
WITH e, COUNT { MATCH (e)-[r]-() WHERE type(r) IN $types RETURN DISTINCT r } AS degree
ORDER BY degree DESC, e.id LIMIT toInteger($first)
RETURN e.id AS id, degree`;

export async function graphVersion(driver: Driver): Promise<number> {
  const [row] = await read<{ version: number }>(driver, GRAPH_VERSION);
  return row?.version ?? 0;
}

export async function graphStats(driver: Driver): Promise<StatsRecord> {
  return readTransaction(driver, async (run) => {
    const [{ n }] = (await run<{ n: number }>(STATS_DOCUMENTS)).rows;
    return {
      documentCount: n,
      entityCounts: (await run<TypeCount>(STATS_ENTITIES)).rows,
      relationshipCounts: (await run<TypeCount>(STATS_RELATIONSHIPS)).rows,
      documentsPerMonth: (await run<{ month: string; count: number }>(STATS_MONTHS)).rows.filter((r) => r.month),
    };
  });
}

export async function topEntities(driver: Driver, type: string | null, first: number): Promise<Array<{ id: string; degree: number }>> {
  return read(driver, TOP_ENTITIES, { type, types: RELATIONSHIP_TYPES, first });
}

// Reading entities: by id (batched, for loaders) and by name or alias.
import type { EntityType } from '../core/ontology';
import { type Driver, read, readTransaction } from './db';
import { nameKey } from './keys';
import { ENTITY_KEYS_INDEX } from './schema';

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidataId: string | null;
}

/** The map projection every entity read returns; `e` is the entity variable. */
export const ENTITY_FIELDS = `e { .id, .name, .wikidataId, aliases: coalesce(e.aliases, []),
  type: [l IN labels(e) WHERE l <> 'Entity'][0] }`;

/** ENTITY_FIELDS of the node `v` as a list (cheaper for the driver to unpack than a map); read it back with entityFromTuple. */
export const entityTuple = (v: string): string => `[${v}.id, ${v}.name, ${v}.wikidataId, coalesce(${v}.aliases, []), [l IN labels(${v}) WHERE l <> 'Entity'][0]]`;
export const ENTITY_TUPLE = entityTuple('e');

export function entityFromTuple(t: readonly unknown[]): EntityRecord {
  return { id: t[0] as string, name: t[1] as string, wikidataId: t[2] as string | null, aliases: t[3] as string[], type: t[4] as EntityType };
}

/** params: {ids}. One row per id found: {id, entity}. */
export const ENTITIES_BY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, ${ENTITY_FIELDS} AS entity`;

// The canonical name wins over an alias; among entities sharing an alias, the most
// mentioned one. `keys` holds every name and alias in nameKey() form; the keyword
// full-text index finds the candidates and the IN test keeps exact matches only.
// Only documents MENTION, so the count needs no label on the far end: without one it
// is read from the degree store (PROFILE, 100k relationships, "china": 10 db hits
// instead of 11,187 with `(:Document)`).
/** params: {key, query}. */
export const ENTITY_BY_NAME = `
CALL () {
  MATCH (e:Entity {nameKey: $key}) RETURN e, 0 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('${ENTITY_KEYS_INDEX}', $query) YIELD node
  WITH node AS e WHERE $key IN e.keys
  RETURN e, 1 AS rank
}
WITH e, min(rank) AS rank
ORDER BY rank, COUNT { (e)<-[:MENTIONS]-() } DESC, e.id
LIMIT 1
RETURN ${ENTITY_FIELDS} AS entity`;

/** Entities in the order of `ids`; null where there is none. */
export async function entitiesByIds(driver: Driver, ids: readonly string[]): Promise<Array<EntityRecord | null>> {
  const rows = await read<{ id: string; entity: EntityRecord }>(driver, ENTITIES_BY_IDS, { ids });
  const byId = new Map(rows.map((r) => [r.id, r.entity]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The entity whose canonical name or any alias is `name`, ignoring case; null when none. */
export async function entityByName(driver: Driver, name: string): Promise<EntityRecord | null> {
  const key = nameKey(name);
  if (key === '') return null;
  // A phrase, so the keyword analyzer sees the whole key as one term.
  const query = `"${key.replace(/[\\"]/g, '\\$&')}"`;
  const rows = await read<{ entity: EntityRecord }>(driver, ENTITY_BY_NAME, { key, query });
  return rows[0]?.entity ?? null;
}

// ---- degree, first and last seen (batched, for loaders) ----

export interface EntityStats { degree: number; firstSeen: string | null; lastSeen: string | null }

const DAY = (d: string) => `coalesce(left(${d}.publishedAt, 10), left(${d}.ingestedAt, 10))`;

/** params: {ids, types, asOf}. One row per id found. Dates are of mentioning documents and of relationships. */
export const ENTITY_STATS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e,
  COLLECT { MATCH (e)-[r]-() WHERE type(r) IN $types AND ($asOf IS NULL OR r.firstSeen <= $asOf) RETURN DISTINCT r } AS rels,
  COLLECT { MATCH (d:Document)-[:MENTIONS]->(e) WITH ${DAY('d')} AS day WHERE $asOf IS NULL OR day <= $asOf RETURN day } AS days
WITH id, rels, days + [r IN rels | r.firstSeen] AS firsts, days + [r IN rels | CASE WHEN $asOf IS NULL OR r.lastSeen <= $asOf THEN r.lastSeen ELSE $asOf END] AS lasts
RETURN id, size(rels) AS degree,
  reduce(m = null, x IN firsts | CASE WHEN x IS NOT NULL AND (m IS NULL OR x < m) THEN x ELSE m END) AS firstSeen,
  reduce(m = null, x IN lasts | CASE WHEN x IS NOT NULL AND (m IS NULL OR x > m) THEN x ELSE m END) AS lastSeen`;

export async function entityStats(
  driver: Driver, ids: readonly string[], types: readonly string[], asOf: string | null,
): Promise<Array<EntityStats | null>> {
  const rows = await read<{ id: string } & EntityStats>(driver, ENTITY_STATS, { ids, types, asOf });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    return r ? { degree: r.degree, firstSeen: r.firstSeen, lastSeen: r.lastSeen } : null;
  });
}

/** params: {id, asOf}. True when a document published by $asOf mentions the entity or states one of its relationships. */
export const ENTITY_SEEN_BY = `
MATCH (e:Entity {id: $id})
RETURN EXISTS { MATCH (d:Document)-[:MENTIONS]->(e) WHERE ${DAY('d')} <= $asOf }
    OR EXISTS { MATCH (e)-[r]-() WHERE r.firstSeen <= $asOf } AS seen`;

export async function entitySeenBy(driver: Driver, id: string, asOf: string): Promise<boolean> {
  const [row] = await read<{ seen: boolean }>(driver, ENTITY_SEEN_BY, { id, asOf });
  return row?.seen ?? false;
}

// ---- pages of entities, in three orders ----

export type EntityOrder = 'NAME' | 'DEGREE' | 'LAST_SEEN';

// Each order is a sort key `k` and the entity id as tie-breaker, so a cursor (the last
// key and id) marks a fixed place in the order: keyset paging, stable across pages.
const ORDER: Record<EntityOrder, { key: string; dir: 'ASC' | 'DESC' }> = {
  NAME: { key: 'e.nameKey', dir: 'ASC' },
  DEGREE: { key: 'COUNT { MATCH (e)-[r]-() WHERE type(r) IN $relTypes RETURN DISTINCT r }', dir: 'DESC' },
  LAST_SEEN: { key: `coalesce(COLLECT { MATCH (d:Document)-[:MENTIONS]->(e) RETURN max(${DAY('d')}) AS m }[0], '')`, dir: 'DESC' },
};

const entityPageStatement = (order: EntityOrder) => {
  const { key, dir } = ORDER[order];
  const past = dir === 'ASC' ? '>' : '<';
  return `
MATCH (e:Entity) WHERE $type IS NULL OR $type IN labels(e)
WITH e, ${key} AS k
WHERE $after IS NULL OR k ${past} $after[0] OR (k = $after[0] AND e.id > $after[1])
RETURN ${ENTITY_FIELDS} AS entity, k AS key
ORDER BY k ${dir}, e.id
LIMIT toInteger($limit)`;
};

/** params: {type, relTypes, after: [key, id] | null, limit}. Rows {entity, key}. */
export const ENTITY_PAGES: Record<EntityOrder, string> = { NAME: entityPageStatement('NAME'), DEGREE: entityPageStatement('DEGREE'), LAST_SEEN: entityPageStatement('LAST_SEEN') };
export const COUNT_ENTITIES = 'MATCH (e:Entity) WHERE $type IS NULL OR $type IN labels(e) RETURN count(e) AS n';

export interface EntityPage { totalCount: number; entities: Array<{ entity: EntityRecord; key: string | number }> }

export async function entityPage(
  driver: Driver, args: { type: EntityType | null; order: EntityOrder; after: [string | number, string] | null; limit: number; relTypes: readonly string[] },
): Promise<EntityPage> {
  return readTransaction(driver, async (run) => {
    const [{ n }] = (await run<{ n: number }>(COUNT_ENTITIES, { type: args.type })).rows;
    const rows = (await run<{ entity: EntityRecord; key: string | number }>(ENTITY_PAGES[args.order], {
      type: args.type, relTypes: args.relTypes, after: args.after, limit: args.limit,
    })).rows;
    return { totalCount: n, entities: rows };
  });
}

// ---- neighbours and documents of an entity (batched) ----

const NEIGHBOR_PATTERNS = { OUT: '(e)-[r]->(n:Entity)', IN: '(e)<-[r]-(n:Entity)', BOTH: '(e)-[r]-(n:Entity)' } as const;
const neighbors = (direction: keyof typeof NEIGHBOR_PATTERNS) => `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, COLLECT {
  MATCH ${NEIGHBOR_PATTERNS[direction]} WHERE type(r) IN $types AND n <> e AND ($asOf IS NULL OR r.firstSeen <= $asOf)
  WITH n, count(DISTINCT r) AS links, max(r.confidence) AS best
  ORDER BY links DESC, best DESC, n.id LIMIT toInteger($limit)
  RETURN n.id
} AS neighbors`;
/** params: {ids, types, limit, asOf}. One row per id: {id, neighbors: [ids]}, most links first. */
export const NEIGHBORS = { OUT: neighbors('OUT'), IN: neighbors('IN'), BOTH: neighbors('BOTH') } as const;

export async function neighborIds(
  driver: Driver, ids: readonly string[], args: { direction: keyof typeof NEIGHBORS; types: readonly string[]; limit: number; asOf: string | null },
): Promise<string[][]> {
  const rows = await read<{ id: string; neighbors: string[] }>(driver, NEIGHBORS[args.direction], {
    ids, types: args.types, limit: args.limit, asOf: args.asOf,
  });
  const byId = new Map(rows.map((r) => [r.id, r.neighbors]));
  return ids.map((id) => byId.get(id) ?? []);
}

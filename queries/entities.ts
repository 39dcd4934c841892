// Reading entities: by id (batched, for loaders) and by name or alias.
import type { EntityType } from '../core/ontology';
import { type Driver, read } from './db';
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

/** params: {ids}. One row per id found: {id, entity}. */
export const ENTITIES_BY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, ${ENTITY_FIELDS} AS entity`;

// The canonical name wins over an alias; among entities sharing an alias, the most
// mentioned one. `keys` holds every name and alias in nameKey() form; the keyword
// full-text index finds the candidates and the IN test keeps exact matches only.
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
ORDER BY rank, COUNT { (e)<-[:MENTIONS]-(:Document) } DESC, e.id
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

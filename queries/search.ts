// Full-text search over entity names and aliases.
import { ENTITY_TYPES, type EntityType } from '../core/ontology';
import { type Driver, read } from './db';
import { ENTITY_FIELDS, type EntityRecord } from './entities';
import { ENTITY_SEARCH_INDEX } from './schema';

/** params: {query, types, first}. Rows {entity, score}, best first. */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $query) YIELD node AS e, score
WHERE any(l IN labels(e) WHERE l IN $types)
RETURN ${ENTITY_FIELDS} AS entity, score
ORDER BY score DESC, e.id
LIMIT toInteger($first)`;

// Lucene's query syntax characters; `&&` and `||` are covered by `&` and `|`.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const escapeLucene = (term: string): string => term.replace(LUCENE_SPECIAL, '\\$&');

/**
 * Turns what a user typed into a Lucene query: each word matches exactly (boosted),
 * as a prefix, or (when long enough to make it safe) within one edit. Words are
 * OR-ed; the score ranks entities that match more of them first. Null when nothing
 * searchable is left.
 */
export function searchQuery(text: string): string | null {
  const words = text.normalize('NFKC').toLowerCase().split(/\s+/).filter((w) => w.replace(LUCENE_SPECIAL, '') !== '');
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const t = escapeLucene(w);
      const parts = [`${t}^3`, `${t}*`];
      if (w.length >= 4) parts.push(`${t}~1`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' OR ');
}

/** Entities matching `text`, best first, at most `first`. */
export async function searchEntities(
  driver: Driver, text: string, types: readonly EntityType[] | null | undefined, first: number,
): Promise<EntityRecord[]> {
  const query = searchQuery(text);
  if (query === null || first === 0) return [];
  const rows = await read<{ entity: EntityRecord }>(driver, SEARCH_ENTITIES, { query, types: types ?? ENTITY_TYPES, first });
  return rows.map((r) => r.entity);
}

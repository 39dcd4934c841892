// Full-text search over entity names and aliases.
import { ENTITY_TYPES, type EntityType } from '../core/ontology';
import { type Driver, read } from './db';
import { ENTITY_FIELDS, type EntityRecord } from './entities';
import { nameKey } from './keys';
import { ENTITY_SEARCH_INDEX } from './schema';

// What a person means ranks first: the canonical name typed exactly, then an alias typed
// exactly ("Kina" is China's), then Lucene's score; the most connected entity breaks ties.
/** params: {query, key, types, first}. Rows {entity, score}, best first. */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $query, {limit: 500}) YIELD node AS e, score
WHERE any(l IN labels(e) WHERE l IN $types)
WITH e, score, CASE WHEN e.nameKey = $key THEN 0 WHEN $key IN e.keys THEN 1 ELSE 2 END AS exact
RETURN ${ENTITY_FIELDS} AS entity, score
ORDER BY exact, score DESC, COUNT { (e)--() } DESC, e.id
LIMIT toInteger($first)`;

/** Longest text `search` takes, and most words it looks for. */
export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_WORDS = 8;

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
  const words = text.normalize('NFKC').toLowerCase().split(/\s+/).filter((w) => w.replace(LUCENE_SPECIAL, '') !== '').slice(0, MAX_SEARCH_WORDS);
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
  const rows = await read<{ entity: EntityRecord }>(driver, SEARCH_ENTITIES, { query, key: nameKey(text), types: types ?? ENTITY_TYPES, first });
  return rows.map((r) => r.entity);
}

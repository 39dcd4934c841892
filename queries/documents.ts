// Reading documents: by id (batched, for loaders) and how many there are.
import { type Driver, type Run, read, readTransaction } from './db';
import type { RelationshipKey } from './relationships';

export interface DocumentRecord {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  language: string;
  publishedAt: string | null;
  ingestedAt: string | null;
}

/** params: {ids}. One row per id found: {id, document}. The text stays in the graph. */
export const DOCUMENTS_BY_IDS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d { .id, .title, .url, .source, .language, .publishedAt, .ingestedAt } AS document`;

/**
 * rows: {id, url}. The ids, of those given, that need no writing: stored already, or
 * replaced by the newer version of their article stored at the same URL (URL identity;
 * see ingest/write.ts). Both through indexes (document_id, document_url).
 */
export const KNOWN_DOCUMENTS = `
UNWIND $rows AS row
CALL (row) {
  MATCH (d:Document {id: row.id}) RETURN d.id AS id
  UNION
  MATCH (d:Document {url: row.url}) WHERE row.id IN coalesce(d.replaces, []) RETURN row.id AS id
}
RETURN DISTINCT id`;

/** Of these documents, the ids already stored or replaced by a newer version at their URL. */
export async function knownDocuments(driver: Driver, rows: ReadonlyArray<{ id: string; url?: string | null }>): Promise<Set<string>> {
  const found = await read<{ id: string }>(driver, KNOWN_DOCUMENTS, { rows: rows.map((r) => ({ id: r.id, url: r.url ?? null })) });
  return new Set(found.map((r) => r.id));
}

export const COUNT_DOCUMENTS = 'MATCH (d:Document) RETURN count(d) AS n';

/** Documents in the order of `ids`; null where there is none. */
export async function documentsByIds(driver: Driver, ids: readonly string[]): Promise<Array<DocumentRecord | null>> {
  const rows = await read<{ id: string; document: DocumentRecord }>(driver, DOCUMENTS_BY_IDS, { ids });
  const byId = new Map(rows.map((r) => [r.id, r.document]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function countDocuments(driver: Driver): Promise<number> {
  const [row] = await read<{ n: number }>(driver, COUNT_DOCUMENTS);
  return row?.n ?? 0;
}

const DAY = `coalesce(left(d.publishedAt, 10), left(d.ingestedAt, 10))`;
const DOCUMENT_FIELDS = 'd { .id, .title, .url, .source, .language, .publishedAt, .ingestedAt }';

// ---- pages of documents, newest first (keyset on day and id) ----

export interface DocumentFilter {
  language?: string | null;
  source?: string | null;
  since?: string | null;
  until?: string | null;
  entity?: string | null;
}

const documentsMatch = `
CALL () {
  MATCH (:Entity {id: $entity})<-[:MENTIONS]-(d:Document) WHERE $entity IS NOT NULL RETURN d
  UNION
  MATCH (d:Document) WHERE $entity IS NULL RETURN d
}
WITH d, ${DAY} AS day
WHERE ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
  AND ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)`;

/** params: {language, source, since, until, entity, after: [day, id] | null, limit}. */
export const DOCUMENT_PAGE = {
  count: `${documentsMatch}\nRETURN count(d) AS n`,
  page: `${documentsMatch}
  AND ($after IS NULL OR day < $after[0] OR (day = $after[0] AND d.id > $after[1]))
RETURN ${DOCUMENT_FIELDS} AS document, day ORDER BY day DESC, d.id LIMIT toInteger($limit)`,
};

export interface DocumentPage { totalCount: number; documents: Array<{ document: DocumentRecord; day: string }> }

export async function documentPage(
  driver: Driver, filter: DocumentFilter, after: [string, string] | null, limit: number,
): Promise<DocumentPage> {
  const params = {
    language: filter.language ?? null, source: filter.source ?? null, since: filter.since ?? null, until: filter.until ?? null,
    entity: filter.entity ?? null, after, limit,
  };
  return readTransaction(driver, async (run: Run) => {
    const [{ n }] = (await run<{ n: number }>(DOCUMENT_PAGE.count, params)).rows;
    const rows = (await run<{ document: DocumentRecord; day: string }>(DOCUMENT_PAGE.page, params)).rows;
    return { totalCount: n, documents: rows };
  });
}

// ---- what a document says (batched) ----

/** params: {ids, limit}. One row per id: {id, entities: [ids]}, most mentioned first. */
export const DOCUMENT_ENTITIES = `
UNWIND $ids AS id
OPTIONAL MATCH (d:Document {id: id})
RETURN id, COLLECT {
  MATCH (d)-[m:MENTIONS]->(e:Entity) RETURN e.id ORDER BY m.count DESC, e.id LIMIT toInteger($limit)
} AS entities`;

/** params: {ids, limit}. One row per id: {id, relationships: [{id, type}]}, ordered by id. */
export const DOCUMENT_RELATIONSHIPS = `
UNWIND $ids AS id
OPTIONAL MATCH (d:Document {id: id})
RETURN id, COLLECT {
  MATCH (v:Evidence)-[:IN_DOCUMENT]->(d)
  WITH DISTINCT v.relId AS relId, v.relType AS relType ORDER BY relId LIMIT toInteger($limit)
  RETURN {id: relId, type: relType}
} AS relationships`;

export async function documentEntityIds(driver: Driver, ids: readonly string[], limit: number): Promise<string[][]> {
  const rows = await read<{ id: string; entities: string[] }>(driver, DOCUMENT_ENTITIES, { ids, limit });
  const byId = new Map(rows.map((r) => [r.id, r.entities]));
  return ids.map((id) => byId.get(id) ?? []);
}

export async function documentRelationshipKeys(driver: Driver, ids: readonly string[], limit: number): Promise<RelationshipKey[][]> {
  const rows = await read<{ id: string; relationships: RelationshipKey[] }>(driver, DOCUMENT_RELATIONSHIPS, { ids, limit });
  const byId = new Map(rows.map((r) => [r.id, r.relationships]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** params: {ids, after: [day, id] | null, limit}. One row per entity id: {id, totalCount, documents}, newest first. */
export const ENTITY_DOCUMENTS = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id,
  COUNT { MATCH (e)<-[:MENTIONS]-(d:Document) } AS totalCount,
  COLLECT {
    MATCH (e)<-[:MENTIONS]-(d:Document)
    WITH d, ${DAY} AS day
    WHERE $after IS NULL OR day < $after[0] OR (day = $after[0] AND d.id > $after[1])
    RETURN {document: ${DOCUMENT_FIELDS}, day: day} ORDER BY day DESC, d.id LIMIT toInteger($limit)
  } AS documents`;

export async function entityDocumentPages(
  driver: Driver, ids: readonly string[], after: [string, string] | null, limit: number,
): Promise<DocumentPage[]> {
  const rows = await read<{ id: string } & DocumentPage>(driver, ENTITY_DOCUMENTS, { ids, after, limit });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => ({ totalCount: byId.get(id)?.totalCount ?? 0, documents: byId.get(id)?.documents ?? [] }));
}

// Reading documents: by id (batched, for loaders) and how many there are.
import { type Driver, read } from './db';

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

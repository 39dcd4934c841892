// A JSON record (one value of a .json file, one line of a .ndjson file) to a document.
// Fields: `text` or `html` (one is required), and `title`, `url`, `source`,
// `publishedAt`, `language`. Unknown fields are ignored.
import { badInput } from '../../core/errors';
import type { SourceDocument } from '../types';
import { documentFromText } from './text';
import { isoDate, readHtml } from './html';

const META = ['title', 'url', 'source', 'publishedAt', 'language'] as const;

export function documentFromRecord(value: unknown, where: string): SourceDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badInput(`${where}: a record must be a JSON object with "text" or "html"`);
  }
  const record = value as Record<string, unknown>;
  const meta: Partial<SourceDocument> = {};
  for (const key of META) {
    const v = record[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string') throw badInput(`${where}: "${key}" must be a string`);
    meta[key] = v.trim();
  }
  if (meta.publishedAt !== undefined) {
    const iso = isoDate(meta.publishedAt);
    if (!iso) throw badInput(`${where}: "publishedAt" is not a date: "${meta.publishedAt}"`);
    // A full date-time is kept as given; anything else is normalised to YYYY-MM-DD.
    if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(meta.publishedAt)) meta.publishedAt = iso;
  }
  if (meta.language !== undefined && !/^[a-z]{2,3}([-_][A-Za-z0-9]+)*$/i.test(meta.language)) {
    throw badInput(`${where}: "language" must be a language code such as "en" or "da"`);
  }
  if (meta.language) meta.language = meta.language.slice(0, meta.language.search(/[-_]|$/)).toLowerCase();
  const { text, html } = record;
  if (typeof text === 'string' && text.trim()) return documentFromText(text, meta);
  if (typeof html === 'string' && html.trim()) {
    const page = readHtml(html, meta.url);
    if (!page.text.trim()) throw badInput(`${where}: the "html" has no article text`);
    const doc: SourceDocument = { ...page };
    for (const key of META) if (meta[key]) doc[key] = meta[key];
    return doc;
  }
  if (text !== undefined && typeof text !== 'string') throw badInput(`${where}: "text" must be a string`);
  if (html !== undefined && typeof html !== 'string') throw badInput(`${where}: "html" must be a string`);
  throw badInput(`${where}: the record has no "text" or "html"`);
}

/** The result of one record: a document, or the reason it is not one. */
export interface RecordResult {
  label: string;
  doc?: SourceDocument;
  error?: string;
}

/** A .json text: one record or an array of records; each element stands or falls alone. */
export function readJsonRecords(text: string, where: string): RecordResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw badInput(`${where}: not valid JSON (${(err as Error).message})`);
  }
  const values = Array.isArray(value) ? value : [value];
  return values.map((v, i) => {
    const label = Array.isArray(value) ? `${where}[${i}]` : where;
    try {
      return { label, doc: documentFromRecord(v, label) };
    } catch (err) {
      return { label, error: (err as Error).message };
    }
  });
}

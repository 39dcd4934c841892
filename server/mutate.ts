// The mutations: argument checks, then one write transaction each (queries/). The caller
// has been checked for the write scope already (resolvers/index.ts).
import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode, badInput, notFound } from '../core/errors';
import { extract } from '../ingest/extract';
import { readHtml } from '../ingest/read/html';
import type { SourceDocument } from '../ingest/types';
import { documentExists, documentId, writeExtraction } from '../ingest/write';
import { nameKey } from '../queries/keys';
import { type MergeRecord, mergeEntities, undoMerge } from '../queries/merge';
import { addAlias, deleteDocument } from '../queries/mutations';
import type { Principal } from './auth';
import type { Context } from './context';
import type { DatedEntity } from './find';
import { checkId, checkLength, checkList } from './limits';

export const MAX_TEXT = 1_000_000;
export const MAX_HTML = 2_000_000;

export interface IngestInput {
  text?: string | null; html?: string | null; url?: string | null; title?: string | null; source?: string | null;
  publishedAt?: string | null; language?: string | null;
}

export interface IngestOutcome {
  documentId: string;
  created: boolean;
  entitiesCreated: number;
  relationshipsCreated: number;
  skipped: number;
}

const optional = (name: string, value: string | null | undefined, max: number): string | undefined =>
  value == null || value.trim() === '' ? undefined : checkLength(name, value.trim(), max);

function sourceDocument(input: IngestInput): SourceDocument {
  if ((input.text == null) === (input.html == null)) throw badInput('ingestDocument takes exactly one of text and html');
  const meta = {
    url: optional('url', input.url, 2000), title: optional('title', input.title, 1000), source: optional('source', input.source, 200),
    publishedAt: optional('publishedAt', input.publishedAt, 40), language: optional('language', input.language, 10),
  };
  if (meta.url && !/^https?:\/\//i.test(meta.url)) throw badInput('url must be an http(s) URL');
  const base: SourceDocument = input.html != null
    ? readHtml(checkLength('html', input.html, MAX_HTML), meta.url)
    : { text: checkLength('text', input.text!, MAX_TEXT) };
  const doc: SourceDocument = { ...base };
  for (const [k, v] of Object.entries(meta)) if (v !== undefined) (doc as unknown as Record<string, string>)[k] = v;
  if (doc.text.trim() === '') throw badInput(input.html != null ? 'the page has no article text' : 'text must not be empty');
  return doc;
}

export async function ingestDocument(ctx: Context, input: IngestInput): Promise<IngestOutcome> {
  const doc = sourceDocument(input);
  const id = documentId(doc.text);
  if (await documentExists(ctx.driver, id)) {
    ctx.services.metrics?.ingestDocuments.inc({ result: 'existing' });
    return { documentId: id, created: false, entitiesCreated: 0, relationshipsCreated: 0, skipped: 0 };
  }
  const extraction = extract(doc, ctx.services.lexicon());
  const result = await writeExtraction(ctx.driver, { ...doc, id }, extraction);
  ctx.services.stats.invalidate();
  const m = ctx.services.metrics;
  m?.ingestDocuments.inc({ result: result.documentsCreated > 0 ? 'created' : 'existing' });
  m?.ingestEntities.inc({}, result.entitiesCreated);
  m?.ingestRelationships.inc({}, result.relationshipsCreated);
  return {
    documentId: id, created: result.documentsCreated > 0, entitiesCreated: result.entitiesCreated,
    relationshipsCreated: result.relationshipsCreated, skipped: result.skipped.length,
  };
}

export async function removeDocument(ctx: Context, id: string): Promise<boolean> {
  const removed = await deleteDocument(ctx.driver, checkId('id', id));
  if (removed) ctx.services.stats.invalidate();
  return removed;
}

export async function merge(ctx: Context, who: Principal, args: { keep: string; merge: string[] }): Promise<MergeRecord> {
  checkId('keep', args.keep);
  const ids = checkList('merge', args.merge, 50) ?? [];
  if (ids.length === 0) throw badInput('merge must name at least one entity');
  ids.forEach((id) => checkId('merge', id));
  const record = await mergeEntities(ctx.driver, { keep: args.keep, merge: ids, by: who.name, at: new Date().toISOString(), id: `merge:${randomUUID()}` });
  ctx.services.stats.invalidate();
  return record;
}

export async function undo(ctx: Context, who: Principal, id: string): Promise<MergeRecord> {
  const record = await undoMerge(ctx.driver, { id: checkId('id', id), by: who.name, at: new Date().toISOString() });
  ctx.services.stats.invalidate();
  return record;
}

export async function alias(ctx: Context, args: { entity: string; alias: string }): Promise<DatedEntity> {
  const text = checkLength('alias', args.alias.trim().replace(/\s+/g, ' '), 200, 1);
  const key = nameKey(text);
  if (key === '') throw badInput('alias must not be empty');
  if (!(await addAlias(ctx.driver, checkId('entity', args.entity), text, key))) throw notFound(`no entity with id ${args.entity}`);
  ctx.services.stats.invalidate();
  ctx.loaders.forget(args.entity);
  const entity = await ctx.loaders.entity.load(args.entity);
  if (!entity) throw new AppError(ErrorCode.NOT_FOUND, `no entity with id ${args.entity}`);
  return entity;
}

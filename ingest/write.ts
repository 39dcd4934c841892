// The writer: puts extractions into Neo4j. A document's write replaces what an earlier
// write of the same document said (mentions and evidence it no longer states are
// dropped), so writing the same document twice changes nothing. Edge properties are
// recomputed from evidence, never incremented.
import { AppError, ErrorCode, badInput } from '../core/errors';
import {
  isEntityType, isRelationshipType, isValidRelationship, type EntityType, type RelationshipType,
} from '../core/ontology';
import { type Driver, type Run, read, writeTransaction } from '../queries/db';
import {
  ACTIVE_MERGE_EXISTS, BUMP_GRAPH_VERSION, CREATE_EVIDENCE, CREATE_MENTIONS, DELETE_REPLACED, DOCUMENT_EXISTS, DROP_STALE_EVIDENCE, DROP_STALE_MENTIONS,
  KEEP_NAMES, MERGE_EVIDENCE,
  MERGE_MENTIONS, MERGE_REDIRECTS, RECOMPUTE_ALL, SAME_URL, WRITE_DOCUMENTS, WRITE_ENTITIES, WRITE_RELATIONSHIPS,
} from '../queries/ingest';
import { KNOWN_DOCUMENTS } from '../queries/documents';
import { evidenceId, nameKey, relationshipId } from '../queries/keys';
import type { ExtractedEntity, ExtractedRelation, Extraction, SourceDocument } from './types';

export { documentId } from '../queries/keys';

/** A document with its id (the SHA-256 of its text) and, optionally, when it was ingested (ISO date-time). */
export type StoredDocument = SourceDocument & { id: string; ingestedAt?: string };
export interface BatchItem {
  doc: StoredDocument;
  extraction: Extraction;
}

export interface WriteCounts {
  documentsCreated: number;
  entitiesCreated: number;
  relationshipsCreated: number;
  evidenceCreated: number;
  /** Evidence an earlier write of the same document had and this one does not. */
  evidenceRemoved: number;
  /** Edges left with no evidence after that, deleted. */
  relationshipsRemoved: number;
}

/** A relation not written because it breaks the ontology's signatures. */
export interface SkippedRelation {
  documentId: string;
  subject: string;
  predicate: string;
  object: string;
  reason: string;
}

export interface WriteResult extends WriteCounts {
  documentId: string;
  skipped: SkippedRelation[];
}

export interface BatchResult extends WriteCounts {
  /** Ids of the documents written (all in one transaction). */
  written: string[];
  /**
   * Documents not written because a newer version of the same article (same URL) is stored
   * or comes in the same batch, or because they are a version already replaced.
   */
  superseded: string[];
  /** Stored documents replaced by a newer version at their URL (deleted with their mentions and evidence). */
  replaced: string[];
  /** Documents rejected before the transaction; the others are still written. */
  failed: Array<{ documentId: string; error: AppError }>;
  skipped: SkippedRelation[];
}

export interface WriteOptions {
  /** The ingestion time recorded on new documents without their own `ingestedAt`; defaults to now. */
  now?: Date;
}

/** Writes one document and its extraction in one write transaction. Throws AppError on invalid input. */
export async function writeExtraction(
  driver: Driver, doc: StoredDocument, x: Extraction, options: WriteOptions = {},
): Promise<WriteResult> {
  const result = await writeBatch(driver, [{ doc, extraction: x }], options);
  if (result.failed.length > 0) throw result.failed[0].error;
  const { written: _w, failed: _f, superseded: _s, replaced: _r, ...rest } = result;
  return { documentId: doc.id, ...rest };
}

/**
 * Writes many documents in one write transaction (`UNWIND $rows … MERGE`). A document
 * that fails validation is returned in `failed` and left out; a database failure
 * rolls the whole batch back and is thrown.
 */
export async function writeBatch(driver: Driver, items: readonly BatchItem[], options: WriteOptions = {}): Promise<BatchResult> {
  const ingestedAt = (options.now ?? new Date()).toISOString();
  // Planned inside the transaction (and again on a retry), because a merge committed
  // meanwhile changes where entities land; one transaction also spares the separate read.
  let failed: BatchResult['failed'] = [];
  const out = await writeTransaction(driver, async (run) => {
    const redirects = await findRedirects(run, items.map((i) => i.extraction));
    const plans: DocumentPlan[] = [];
    const seen = new Set<string>();
    failed = [];
    for (const { doc, extraction: raw } of items) {
      const extraction = redirects.size > 0 ? redirectExtraction(raw, redirects) : raw;
      const id = typeof doc?.id === 'string' ? doc.id : '';
      try {
        if (seen.has(id)) throw new AppError(ErrorCode.CONFLICT, `document ${id} appears twice in the batch`);
        plans.push(planDocument(doc, extraction, optionalString(doc.ingestedAt) ?? ingestedAt));
        seen.add(id);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        failed.push({ documentId: id, error: err });
      }
    }
    if (plans.length === 0) return { counts: zeroCounts(), kept: [] as DocumentPlan[], superseded: [] as string[], replaced: [] as string[] };
    // URL identity first: which documents land, and which stored ones they replace.
    const urlRows = plans.flatMap((p) => (p.document.url ? [{ id: p.document.id, url: p.document.url, publishedAt: p.document.publishedAt }] : []));
    const stored = urlRows.length > 0 ? (await run<StoredAtUrl>(SAME_URL, { rows: urlRows })).rows : [];
    const { kept, superseded, replaced } = resolveUrls(plans, stored);
    const counts = kept.length > 0 || replaced.length > 0 ? await runPlan(run, mergePlans(kept), replaced) : zeroCounts();
    return { counts, kept, superseded, replaced };
  });
  return {
    ...out.counts, written: out.kept.map((p) => p.document.id), superseded: out.superseded, replaced: out.replaced,
    failed, skipped: out.kept.flatMap((p) => p.skipped),
  };
}

// ---- URL identity: a changed article at the same URL replaces the old one ----

/** A stored document at the URL of an incoming one (SAME_URL). */
export interface StoredAtUrl { id: string; oldId: string; publishedAt: string | null; replaces: string[] }

/**
 * Which of these documents land and which stored documents they replace. Pure.
 * Of the versions of one URL (those in the batch and those stored), the newest lands: by
 * publishedAt where both have one, else the one that came last (a batch's later one, or an
 * incoming one over a stored one). A version that was replaced once stays replaced (the
 * survivor lists the hashes it replaced), so running the same inputs again is a no-op.
 */
export function resolveUrls<P extends { document: { id: string; url: string | null; publishedAt: string | null; replaces?: string[] } }>(
  plans: readonly P[], stored: readonly StoredAtUrl[],
): { kept: P[]; superseded: string[]; replaced: string[] } {
  const byUrl = new Map<string, P[]>();
  // Pure over retries of the transaction: what an earlier attempt decided is forgotten.
  for (const p of plans) delete p.document.replaces;
  for (const p of plans) if (p.document.url) push(byUrl, p.document.url, p);
  const storedFor = new Map<string, StoredAtUrl[]>();
  for (const s of stored) push(storedFor, s.id, s);
  const newer = (a: string | null, b: string | null) => a !== null && b !== null && a > b;
  const lost = new Set<string>();
  const replaced = new Set<string>();
  for (const group of byUrl.values()) {
    // The batch's own winner: the latest date, ties (or no dates) to the later one.
    let winner = group[0]!;
    for (const p of group.slice(1)) if (!newer(winner.document.publishedAt, p.document.publishedAt)) winner = p;
    const losers = group.filter((p) => p !== winner).map((p) => p.document.id);
    const olds = group.flatMap((p) => storedFor.get(p.document.id) ?? []);
    const oldIds = [...new Set(olds.map((o) => o.oldId))];
    const beaten = olds.some((o) => o.replaces.includes(winner.document.id) || newer(o.publishedAt, winner.document.publishedAt));
    if (beaten) {
      group.forEach((p) => lost.add(p.document.id));
      continue;
    }
    losers.forEach((id) => lost.add(id));
    oldIds.forEach((id) => replaced.add(id));
    const replaces = [...new Set([...oldIds, ...olds.flatMap((o) => o.replaces), ...losers])].sort();
    if (replaces.length > 0) winner.document.replaces = replaces;
  }
  return { kept: plans.filter((p) => !lost.has(p.document.id)), superseded: [...lost], replaced: [...replaced].sort() };
}

// ---- merges: later ingests of a merged entity land on the entity it was merged into ----

export interface Redirect { keep: string; name: string; type: EntityType }

const entityKeys = (e: ExtractedEntity): string[] =>
  [...new Set([e.name, ...(e.aliases ?? [])].filter((a) => typeof a === 'string' && a.trim() !== '').map(nameKey))];

/**
 * Where each entity of these extractions lands when a merge redirected it (its id was
 * merged, or it is new and one of its names was a merged entity's). Follows chains of
 * merges; one query per level, after one that finds no merge active most of the time.
 */
export async function findRedirects(run: Run, extractions: readonly Extraction[]): Promise<Map<string, Redirect>> {
  const rows = new Map<string, string[]>();
  for (const x of extractions) for (const e of x?.entities ?? []) if (typeof e?.id === 'string' && !rows.has(e.id)) rows.set(e.id, entityKeys(e));
  if (rows.size === 0 || !(await run<{ active: boolean }>(ACTIVE_MERGE_EXISTS)).rows[0]?.active) return new Map();
  const to = new Map<string, string>();
  let pending = [...rows].map(([id, keys]) => ({ id, keys }));
  for (let level = 0; level < 20 && pending.length > 0; level++) {
    const found = (await run<{ id: string; keep: string }>(MERGE_REDIRECTS, { rows: pending })).rows;
    for (const f of found) to.set(f.id, f.keep);
    pending = found.filter((f) => !to.has(f.keep)).map((f) => ({ id: f.keep, keys: [] }));
  }
  const final = (id: string): string => {
    for (let i = 0; i < 20 && to.has(id); i++) id = to.get(id)!;
    return id;
  };
  const targets = [...new Set([...rows.keys()].filter((id) => to.has(id)).map(final))];
  if (targets.length === 0) return new Map();
  const keeps = new Map((await run<{ id: string; name: string; type: EntityType }>(KEEP_NAMES, { ids: targets })).rows.map((k) => [k.id, k]));
  const out = new Map<string, Redirect>();
  for (const id of rows.keys()) {
    const k = to.has(id) ? keeps.get(final(id)) : undefined;
    if (k) out.set(id, { keep: k.id, name: k.name, type: k.type });
  }
  return out;
}

type RoutedEntity = ExtractedEntity & { origIds?: Array<{ id: string; count: number }> };
type RoutedRelation = ExtractedRelation & { origSubject?: string; origObject?: string };

/** The extraction with redirected entities replaced by the entities they were merged into. Pure. */
export function redirectExtraction(x: Extraction, redirects: ReadonlyMap<string, Redirect>): Extraction {
  if (!Array.isArray(x?.entities) || !Array.isArray(x?.relations)) return x;
  const entities: RoutedEntity[] = x.entities.map((e) => {
    const r = typeof e?.id === 'string' ? redirects.get(e.id) : undefined;
    if (!r) return e;
    return {
      ...e, id: r.keep, name: r.name, type: r.type, wikidataId: undefined,
      aliases: [...new Set([e.name, ...(e.aliases ?? [])])].filter((a) => a !== r.name),
      origIds: [{ id: e.id, count: e.mentions?.length ?? 0 }],
    };
  });
  const relations: RoutedRelation[] = x.relations.map((rel) => {
    const s = redirects.get(rel.subject);
    const o = redirects.get(rel.object);
    if (!s && !o) return rel;
    return {
      ...rel, subject: s?.keep ?? rel.subject, object: o?.keep ?? rel.object,
      origSubject: s ? rel.subject : undefined, origObject: o ? rel.object : undefined,
    };
  });
  return { ...x, entities, relations };
}

/**
 * Has Neo4j plan every statement of the writer (each run once with no rows, nothing
 * written), so that the first batch does not wait for ten query plans: the ingest calls it
 * while the first documents are being extracted. A cold Neo4j takes seconds per plan.
 */
export async function prepareWriter(driver: Driver): Promise<void> {
  await read(driver, KNOWN_DOCUMENTS, { rows: [] });
  await writeTransaction(driver, async (run) => {
    await run(ACTIVE_MERGE_EXISTS);
    await run(MERGE_REDIRECTS, { rows: [] });
    await run(SAME_URL, { rows: [] });
    await run(DELETE_REPLACED, { ids: [] });
    await run(WRITE_DOCUMENTS, { rows: [] });
    await run(DROP_STALE_MENTIONS, { rows: [] });
    await run(DROP_STALE_EVIDENCE, { rows: [] });
    await run(WRITE_ENTITIES, { rows: [] });
    await run(MERGE_MENTIONS, { rows: [] });
    await run(CREATE_MENTIONS, { rows: [] });
    await run(WRITE_RELATIONSHIPS, { rows: [] });
    await run(MERGE_EVIDENCE, { rows: [] });
    await run(CREATE_EVIDENCE, { rows: [] });
    await run(RECOMPUTE_ALL, { rows: [] });
  });
}

/** True when a document with this id (the hash of its text) is already stored. */
export async function documentExists(driver: Driver, id: string): Promise<boolean> {
  return (await read(driver, DOCUMENT_EXISTS, { id })).length > 0;
}

// ---- planning: pure, from (document, extraction) to the rows of each statement ----

interface EntityRow { id: string; type?: EntityType; name: string; nameKey: string; aliases: string[]; keys: string[]; wikidataId: string | null }
interface RelationshipRow { id: string; type?: RelationshipType; subject: string; object: string }
interface EvidenceRow {
  id: string; relId: string; relType: RelationshipType; docId: string; sentence: string; start: number; end: number;
  confidence: number; action: string | null; role: string | null; status: string | null;
  origSubject: string | null; origObject: string | null;
}
interface DocumentRow {
  id: string; title: string | null; url: string | null; source: string | null; language: string;
  publishedAt: string | null; text: string; ingestedAt: string; publisher: string | null;
  /** Content hashes of the older versions at the same URL this document replaced. */
  replaces?: string[];
}
interface MentionRow { docId: string; entityId: string; count: number; origIds: string[] | null; origCounts: number[] | null }

export interface WritePlan {
  documents: DocumentRow[];
  stale: Array<{ docId: string; entityIds: string[]; evidenceIds: string[] }>;
  entities: Map<EntityType, EntityRow[]>;
  mentions: MentionRow[];
  relationships: Map<RelationshipType, RelationshipRow[]>;
  evidence: EvidenceRow[];
}
interface DocumentPlan extends WritePlan {
  document: DocumentRow;
  skipped: SkippedRelation[];
}

const optionalString = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Checks one document and turns it into statement rows. Throws AppError(BAD_USER_INPUT). */
export function planDocument(doc: StoredDocument, x: Extraction, ingestedAt: string): DocumentPlan {
  if (typeof doc?.id !== 'string' || doc.id === '') throw badInput('a document needs an id');
  if (typeof doc.text !== 'string') throw badInput(`document ${doc.id} has no text`);
  const publishedAt = optionalString(doc.publishedAt);
  if (publishedAt && !ISO_DATE.test(publishedAt)) throw badInput(`document ${doc.id}: publishedAt "${publishedAt}" is not an ISO date`);
  const source = optionalString(doc.source);
  const url = optionalString(doc.url);
  const document: DocumentRow = {
    id: doc.id, title: optionalString(doc.title), url, source,
    language: optionalString(x.language) ?? optionalString(doc.language) ?? 'und', publishedAt, text: doc.text, ingestedAt,
    publisher: publisherOf(source, url),
  };

  const types = new Map<string, EntityType>();
  const entityRows = new Map<string, EntityRow & { type: EntityType; count: number; orig: Map<string, number> }>();
  for (const e of x.entities as RoutedEntity[]) {
    if (typeof e.id !== 'string' || e.id === '') throw badInput(`document ${doc.id}: an entity has no id`);
    if (!isEntityType(e.type)) throw badInput(`document ${doc.id}: entity ${e.id} has unknown type "${e.type}"`);
    if (typeof e.name !== 'string' || e.name.trim() === '') throw badInput(`document ${doc.id}: entity ${e.id} has no name`);
    const prev = entityRows.get(e.id);
    const names = [...(prev ? [prev.name, ...prev.aliases] : []), ...(e.aliases ?? [])].filter((a) => typeof a === 'string' && a.trim() !== '');
    const name = prev?.name ?? e.name;
    const aliases = [...new Set([...names, e.name])].filter((a) => a !== name).sort();
    entityRows.set(e.id, {
      id: e.id, type: prev?.type ?? e.type, name, nameKey: nameKey(name), aliases,
      keys: [...new Set([name, ...aliases].map(nameKey))].sort(),
      wikidataId: prev?.wikidataId ?? optionalString(e.wikidataId),
      count: (prev?.count ?? 0) + (e.mentions?.length ?? 0),
      orig: addOrig(prev?.orig, e.origIds),
    });
    types.set(e.id, prev?.type ?? e.type);
  }

  const skipped: SkippedRelation[] = [];
  const relationships = new Map<RelationshipType, RelationshipRow[]>();
  const relIds = new Set<string>();
  const evidence = new Map<string, EvidenceRow>();
  for (const r of x.relations as RoutedRelation[]) {
    const where = `document ${doc.id}: relation ${r.subject} ${r.predicate} ${r.object}`;
    if (!isRelationshipType(r.predicate)) throw badInput(`${where} has an unknown type`);
    const from = types.get(r.subject);
    const to = types.get(r.object);
    if (!from || !to) throw badInput(`${where} names an entity the extraction does not list`);
    if (typeof r.confidence !== 'number' || !(r.confidence >= 0 && r.confidence <= 1)) throw badInput(`${where} has confidence outside [0, 1]`);
    const ev = r.evidence;
    if (!ev || !Number.isInteger(ev.start) || !Number.isInteger(ev.end) || ev.start < 0 || ev.start > ev.end || ev.end > doc.text.length) {
      throw badInput(`${where} has evidence offsets outside the text`);
    }
    if (!isValidRelationship(r.predicate, from, to)) {
      skipped.push({ documentId: doc.id, subject: r.subject, predicate: r.predicate, object: r.object, reason: `${r.predicate} does not join ${from} to ${to}` });
      continue;
    }
    const relId = relationshipId(r.subject, r.predicate, r.object);
    if (!relIds.has(relId)) {
      relIds.add(relId);
      push(relationships, r.predicate, { id: relId, subject: r.subject, object: r.object });
    }
    const id = evidenceId(relId, doc.id, ev.start, ev.end);
    const prev = evidence.get(id);
    // Two relations of the same triple on the same span: keep the more confident.
    if (!prev || prev.confidence < r.confidence) {
      evidence.set(id, {
        id, relId, relType: r.predicate, docId: doc.id, sentence: typeof ev.sentence === 'string' ? ev.sentence : doc.text.slice(ev.start, ev.end),
        start: ev.start, end: ev.end, confidence: r.confidence,
        action: optionalString(r.action), role: optionalString(r.role), status: optionalString(r.status),
        origSubject: r.origSubject ?? null, origObject: r.origObject ?? null,
      });
    }
  }

  const entities = new Map<EntityType, EntityRow[]>();
  const mentions: WritePlan['mentions'] = [];
  for (const { type, count, orig, ...row } of entityRows.values()) {
    push(entities, type, row);
    const origIds = orig.size > 0 ? [...orig.keys()] : null;
    if (count > 0) mentions.push({ docId: doc.id, entityId: row.id, count, origIds, origCounts: origIds && origIds.map((o) => orig.get(o)!) });
  }
  return {
    document, skipped, documents: [document], entities, mentions, relationships,
    evidence: [...evidence.values()],
    stale: [{ docId: doc.id, entityIds: mentions.map((m) => m.entityId), evidenceIds: [...evidence.keys()] }],
  };
}

function addOrig(prev: Map<string, number> | undefined, more: RoutedEntity['origIds']): Map<string, number> {
  const out = new Map(prev ?? []);
  for (const { id, count } of more ?? []) out.set(id, (out.get(id) ?? 0) + count);
  return out;
}

/** Who published a document, for counting independent sources: its source, else its URL's host. */
export function publisherOf(source: string | null, url: string | null): string | null {
  if (source) return source.trim().toLowerCase();
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The plans of a batch as the rows of one transaction: each entity, edge and evidence once
 * (an entity named by many documents is one row, its names unioned: the last document's
 * name, the others as aliases), every list sorted by id so that concurrent writers lock
 * in the same order.
 */
export function mergePlans(plans: readonly WritePlan[]): WritePlan {
  const out: WritePlan = { documents: [], stale: [], entities: new Map(), mentions: [], relationships: new Map(), evidence: [] };
  const entities = new Map<string, EntityRow & { type: EntityType }>();
  const relationships = new Map<string, RelationshipRow & { type: RelationshipType }>();
  for (const p of plans) {
    out.documents.push(...p.documents);
    out.stale.push(...p.stale);
    out.mentions.push(...p.mentions);
    out.evidence.push(...p.evidence);
    for (const [type, rows] of p.entities) {
      for (const row of rows) {
        const prev = entities.get(row.id);
        if (!prev) {
          entities.set(row.id, { ...row, type });
          continue;
        }
        const names = new Set([prev.name, ...prev.aliases, ...row.aliases]);
        names.delete(row.name);
        entities.set(row.id, {
          ...prev, name: row.name, nameKey: row.nameKey, aliases: [...names].sort(),
          keys: [...new Set([...prev.keys, ...row.keys])].sort(), wikidataId: row.wikidataId ?? prev.wikidataId,
        });
      }
    }
    for (const [type, rows] of p.relationships) for (const row of rows) if (!relationships.has(row.id)) relationships.set(row.id, { ...row, type });
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const row of [...entities.values()].sort(byId)) push(out.entities, row.type, row);
  for (const row of [...relationships.values()].sort(byId)) push(out.relationships, row.type, row);
  out.mentions.sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
  out.evidence.sort(byId);
  return out;
}

/**
 * What RECOMPUTE_RELATIONSHIPS (queries/summary.ts) stores on an edge, computed from
 * evidence rows of new documents: the same order (publishedAt, confidence, id), the same
 * per-publisher noisy-or in order of first appearance, the same dates and latest values.
 */
export function summarize(evs: readonly EvidenceRow[], docs: ReadonlyMap<string, DocumentRow>): Record<string, unknown> {
  const rows = evs.map((v) => {
    const d = docs.get(v.docId)!;
    return { ...v, publishedAt: (d.publishedAt ?? d.ingestedAt).slice(0, 10), publisher: d.publisher ?? d.id };
  }).sort((a, b) => cmp(a.publishedAt, b.publishedAt) || a.confidence - b.confidence || cmp(a.id, b.id));
  const best = new Map<string, number>();
  for (const v of rows) best.set(v.publisher, Math.max(best.get(v.publisher) ?? -Infinity, v.confidence));
  const lastOf = (k: 'action' | 'role' | 'status') => rows.filter((v) => v[k] !== null).map((v) => v[k]).pop() ?? null;
  return {
    evidenceCount: rows.length,
    sourceCount: best.size,
    confidence: 1.0 - [...best.values()].reduce((p, c) => p * (1.0 - c), 1.0),
    firstSeen: rows[0]!.publishedAt,
    lastSeen: rows[rows.length - 1]!.publishedAt,
    action: lastOf('action'), role: lastOf('role'), status: lastOf('status'),
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---- running: the statements of one transaction, in order ----

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

const zeroCounts = (): WriteCounts => ({
  documentsCreated: 0, entitiesCreated: 0, relationshipsCreated: 0, evidenceCreated: 0, evidenceRemoved: 0, relationshipsRemoved: 0,
});

// Six statements for a batch of new documents, whatever its size (eight more when some
// were stored before, and two for URL identity); each seeks through a uniqueness
// constraint (see ingest/README.md for the PROFILE of each).
async function runPlan(run: Run, plan: WritePlan, replacedIds: readonly string[]): Promise<WriteCounts> {
  const counts = zeroCounts();
  const touched = new Map<string, string>();
  if (replacedIds.length > 0) {
    const gone = await run<{ relId: string; relType: string }>(DELETE_REPLACED, { ids: replacedIds });
    counts.evidenceRemoved += gone.stats.nodesDeleted - replacedIds.length;
    gone.rows.forEach((r) => touched.set(r.relId, r.relType));
  }
  const docs = await run<{ id: string; created: boolean }>(WRITE_DOCUMENTS, {
    rows: plan.documents.map((d) => ({ ...d, replaces: d.replaces ?? [] })),
  });
  counts.documentsCreated = docs.stats.nodesCreated;
  // What an earlier write of a document said and this one does not: only documents stored before.
  const rewritten = new Set(docs.rows.filter((r) => !r.created).map((r) => r.id));
  const stale = plan.stale.filter((s) => rewritten.has(s.docId));
  if (stale.length > 0) {
    await run(DROP_STALE_MENTIONS, { rows: stale });
    const dropped = await run<{ relId: string; relType: string }>(DROP_STALE_EVIDENCE, { rows: stale });
    counts.evidenceRemoved += dropped.stats.nodesDeleted;
    dropped.rows.forEach((r) => touched.set(r.relId, r.relType));
  }

  const entities = [...plan.entities].flatMap(([type, rows]) => rows.map((r) => ({ ...r, type })));
  if (entities.length > 0) counts.entitiesCreated = (await run(WRITE_ENTITIES, { rows: entities })).stats.nodesCreated;
  const created = new Map(plan.documents.filter((d) => !rewritten.has(d.id)).map((d) => [d.id, d]));
  const isNew = (r: { docId: string }) => created.has(r.docId);
  const [newMentions, oldMentions] = partition(plan.mentions, isNew);
  if (newMentions.length > 0) await run(CREATE_MENTIONS, { rows: newMentions });
  if (oldMentions.length > 0) await run(MERGE_MENTIONS, { rows: oldMentions });
  // A new edge whose evidence is all here, from new documents, gets its summary as it is
  // created; the others are recomputed from their evidence in the graph.
  const evidenceOf = new Map<string, EvidenceRow[]>();
  for (const v of plan.evidence) push(evidenceOf, v.relId, v);
  const relationships = [...plan.relationships].flatMap(([type, rows]) => rows.map((r) => {
    const evs = evidenceOf.get(r.id) ?? [];
    const computable = evs.length > 0 && evs.every((v) => created.has(v.docId));
    return { ...r, type, summary: computable ? summarize(evs, created) : null };
  }));
  let recompute: Array<{ relId: string; relType: string }> = [];
  if (relationships.length > 0) {
    const res = await run<{ relId: string; relType: string }>(WRITE_RELATIONSHIPS, { rows: relationships });
    counts.relationshipsCreated = res.stats.relationshipsCreated;
    recompute = res.rows;
  }
  // Evidence nodes are created here; IN_DOCUMENT edges are not counted as relationships.
  const [newEvidence, oldEvidence] = partition(plan.evidence, isNew);
  if (newEvidence.length > 0) counts.evidenceCreated += (await run(CREATE_EVIDENCE, { rows: newEvidence })).stats.nodesCreated;
  if (oldEvidence.length > 0) counts.evidenceCreated += (await run(MERGE_EVIDENCE, { rows: oldEvidence })).stats.nodesCreated;

  for (const r of recompute) touched.set(r.relId, r.relType);
  const rows = [...touched].filter(([, type]) => isRelationshipType(type)).map(([relId, relType]) => ({ relId, relType }))
    .sort((a, b) => (a.relId < b.relId ? -1 : a.relId > b.relId ? 1 : 0));
  if (rows.length > 0) counts.relationshipsRemoved = (await run(RECOMPUTE_ALL, { rows })).stats.relationshipsDeleted;
  await run(BUMP_GRAPH_VERSION);
  return counts;
}

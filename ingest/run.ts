// The edge of the ingest pipeline. Four stages joined by bounded queues, so that reading,
// extracting and writing overlap and a fast stage waits for a slow one (back-pressure):
//   1. load   — each input's document, several at a time, kept in input order;
//   2. check  — its id (the hash of its text); ids already stored or already seen in this
//               run are skipped, one existence query per batch of ids;
//   3. extract — the pure stages, in worker threads (workers/pool.ts);
//   4. write  — batches of documents, each batch one write transaction, retried on
//               transient errors.
// A document that fails is kept as an error value and the run goes on; a lost database
// stops the run, with a report of what was committed. Each batch commits whole or not at
// all, so a run stopped anywhere is resumed by running it again: what landed is skipped.
import type { Driver } from 'neo4j-driver';
import { ErrorCode } from '../core/errors';
import { Channel } from './channel';
import type { Lexicon } from './lexicon';
import { documentId } from './read';
import { neo4jStore, type DocumentStore, type StoreItem } from './store';
import type { Extraction, SourceDocument } from './types';
import { createExtractor, type Extractor } from './workers';

export interface IngestItem {
  /** What to call this input in reports: a path, a path and line, a URL. */
  label: string;
  /** Its size in bytes, when known (for throughput and the progress bar). */
  bytes?: number;
  load(): Promise<SourceDocument>;
}

export type Outcome = 'ingested' | 'unchanged' | 'rejected';

export interface IngestReport {
  /** Documents read (rejected inputs that could not be read are not counted). */
  read: number;
  ingested: number;
  /** Skipped: the same text is stored already, or came earlier in this run, or a newer version of the article (same URL) is stored. */
  unchanged: number;
  /** Stored documents replaced by a changed version of the same article (same URL): their evidence went with them. */
  replaced: number;
  rejected: { input: string; reason: string }[];
  entities: number;
  relationships: number;
  evidence: number;
  /** Bytes of the inputs dealt with so far. */
  bytes: number;
  elapsedMs: number;
  docsPerSec: number;
  mbPerSec: number;
  /** Extraction threads used; 0 when extraction ran in the calling thread. */
  threads: number;
  /** Time spent in write transactions and in existence checks (they overlap the other stages). */
  writeMs: number;
  checkMs: number;
  /** Set when the run itself failed or was stopped (the counts say what was committed). */
  failed?: string;
}

export interface IngestOptions {
  /** Called once per document, when its outcome is known. */
  onDocument?: (label: string, outcome: Outcome, report: IngestReport) => void;
  now?: () => Date;
  /** Extraction worker threads (default: one per core; 0 extracts in this thread). */
  concurrency?: number;
  extractor?: Extractor;
  store?: DocumentStore;
  /** Documents per write transaction (default 200: per-statement costs dominate small batches). */
  batchSize?: number;
  /** Inputs loaded ahead of extraction (default 32). */
  readAhead?: number;
  /** A batch waits at most this long for more documents (default 250 ms). */
  flushMs?: number;
  /** The longest text (in characters) sent to extraction; longer documents are rejected (default 2,000,000). */
  maxTextChars?: number;
  /** Write transactions in flight at once (default 1). More overlap the round trips of one with the work of another, but are safe only once the writer locks an edge before it recomputes it from its evidence (see ingest/workers/README.md). */
  writers?: number;
  /** Retries of a transaction that failed on a transient error (default 3). */
  retries?: number;
  /** Aborting stops reading; what was read is still written, and the report says so. */
  signal?: AbortSignal;
}

export function emptyReport(): IngestReport {
  return {
    read: 0, ingested: 0, unchanged: 0, replaced: 0, rejected: [], entities: 0, relationships: 0, evidence: 0,
    bytes: 0, elapsedMs: 0, docsPerSec: 0, mbPerSec: 0, threads: 0, writeMs: 0, checkMs: 0,
  };
}

type Loaded = { item: IngestItem; doc?: SourceDocument; error?: unknown };
type Extracted = { item: IngestItem; doc: SourceDocument & { id: string }; extraction?: Extraction; error?: unknown };

const MAX_BATCH_TEXT = 16 * 1024 * 1024;
/**
 * Extraction time and memory grow with the text: about 18 s and 200 MB for 1 MB of text, 45 s
 * and 750 MB for 4 MB on one core. News articles are 2–50 KB; 2 M characters keeps one
 * runaway document from holding a worker for minutes or the process over 1 GB.
 */
export const DEFAULT_MAX_TEXT_CHARS = 2_000_000;
const CHECK_BATCH = 200;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));
/** A reason without the label it would repeat: "a.txt: the file is empty" → "the file is empty". */
const reasonFor = (label: string, err: unknown): string => {
  const m = message(err);
  return m.startsWith(`${label}: `) ? m.slice(label.length + 2) : m;
};
const code = (err: unknown): string | undefined => (err as { code?: string } | null)?.code;
/** A lost database (or extraction that cannot start) is the run's failure, not the document's. */
const isFatal = (err: unknown): boolean => code(err) === ErrorCode.UNAVAILABLE;
const isTransient = (err: unknown): boolean =>
  /^Neo\.TransientError\./.test(String((err as { details?: { neo4jCode?: string } })?.details?.neo4jCode ?? code(err) ?? ''));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withRetry<T>(fn: () => Promise<T>, retries: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || attempt >= retries) throw err;
      await sleep(100 * 2 ** attempt + Math.random() * 100);
    }
  }
}

export async function ingestItems(
  driver: Driver,
  lexicon: Lexicon,
  items: Iterable<IngestItem> | AsyncIterable<IngestItem>,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const report = emptyReport();
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const store = options.store ?? neo4jStore(driver);
  const extractor = options.extractor ?? createExtractor(lexicon, options.concurrency);
  const batchSize = options.batchSize ?? 200;
  const readAhead = options.readAhead ?? 32;
  const flushMs = options.flushMs ?? 250;
  const retries = options.retries ?? 3;
  const writers = Math.max(1, options.writers ?? 1);
  const maxText = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  report.threads = extractor.threads;

  const loaded = new Channel<Promise<Loaded>>(readAhead);
  const extracted = new Channel<Promise<Extracted>>(Math.max(1, extractor.threads) * 4 + batchSize);
  const seen = new Set<string>();
  let fatal: unknown;
  const fail = (err: unknown) => {
    fatal ??= err;
    loaded.abort();
    extracted.abort();
  };

  const settle = (item: IngestItem, outcome: Outcome, err?: unknown) => {
    if (outcome === 'rejected') report.rejected.push({ input: item.label, reason: reasonFor(item.label, err) });
    else report[outcome]++;
    report.bytes += item.bytes ?? 0;
    report.elapsedMs = Date.now() - started;
    const seconds = report.elapsedMs / 1000;
    report.docsPerSec = seconds > 0 ? (report.ingested + report.unchanged) / seconds : 0;
    report.mbPerSec = seconds > 0 ? report.bytes / 1048576 / seconds : 0;
    options.onDocument?.(item.label, outcome, report);
  };

  // 1. load
  const loadStage = async () => {
    try {
      for await (const item of items) {
        if (fatal !== undefined || options.signal?.aborted) break;
        const pending = item.load().then(
          (doc) => ({ item, doc }),
          (error) => ({ item, error }),
        );
        if (!(await loaded.put(pending))) break;
      }
    } catch (err) {
      // An input source that breaks midway (a stream error) is that input's problem.
      report.rejected.push({ input: 'input', reason: `reading stopped: ${message(err)}` });
    } finally {
      loaded.close();
    }
  };

  // Planning the write statements overlaps extracting the first batch. It starts with the
  // first document to extract, so a run that only skips pays nothing; a failure here is not
  // the run's (the first write meets it again and reports it).
  let prepared: Promise<void> | undefined;
  const prepare = () => {
    prepared ??= store.prepare?.().catch(() => undefined);
  };

  // 2. check, and hand new documents to extraction
  const checkStage = async () => {
    let pending: Array<{ item: IngestItem; doc: SourceDocument & { id: string } }> = [];
    const flush = async () => {
      const batch = pending;
      pending = [];
      const t0 = Date.now();
      const existing = await withRetry(() => store.existing(batch.map((b) => b.doc.id), batch.map((b) => b.doc.url ?? null)), retries);
      report.checkMs += Date.now() - t0;
      for (const { item, doc } of batch) {
        if (existing.has(doc.id)) {
          settle(item, 'unchanged');
          continue;
        }
        prepare();
        const job = extractor.extract(doc).then(
          (extraction) => ({ item, doc, extraction }),
          (error) => ({ item, doc, error }),
        );
        if (!(await extracted.put(job))) return;
      }
    };
    try {
      for (;;) {
        const next = await loaded.take();
        if ('done' in next) break;
        if (!('value' in next)) continue;
        const { item, doc, error } = await next.value;
        if (fatal !== undefined) break;
        if (error !== undefined || !doc) {
          settle(item, 'rejected', error);
        } else if (doc.text.length > maxText) {
          report.read++;
          settle(item, 'rejected', `the text is ${doc.text.length} characters, over the limit of ${maxText} for extraction (--max-text)`);
        } else {
          report.read++;
          const id = documentId(doc.text);
          if (seen.has(id)) settle(item, 'unchanged');
          else {
            seen.add(id);
            pending.push({ item, doc: { ...doc, id } });
          }
        }
        if (pending.length >= CHECK_BATCH || (pending.length > 0 && loaded.size === 0)) await flush();
      }
      if (pending.length > 0 && fatal === undefined) await flush();
    } catch (err) {
      fail(err);
    } finally {
      extracted.close();
    }
  };

  // 4. write (3. runs in the extractor while this waits)
  const writeBatch = async (batch: Extracted[]) => {
    const ingestedAt = now().toISOString();
    const rows: StoreItem[] = batch.map((b) => ({ doc: { ...b.doc, ingestedAt }, extraction: b.extraction! }));
    let result;
    try {
      const t0 = Date.now();
      try {
        result = await withRetry(() => store.write(rows), retries);
      } finally {
        report.writeMs += Date.now() - t0;
      }
    } catch (err) {
      if (isFatal(err) || batch.length === 1) {
        if (isFatal(err)) throw err;
        settle(batch[0]!.item, 'rejected', err);
        return;
      }
      // Something in the batch the database refused: write one by one to find it.
      for (const b of batch) await writeBatch([b]);
      return;
    }
    const failed = new Map(result.failed.map((f) => [f.documentId, f.reason]));
    const superseded = new Set(result.superseded ?? []);
    report.replaced += result.replaced ?? 0;
    report.entities += result.entitiesCreated;
    report.relationships += result.relationshipsCreated;
    report.evidence += result.evidenceCreated;
    for (const b of batch) {
      const reason = failed.get(b.doc.id);
      if (reason !== undefined) settle(b.item, 'rejected', reason);
      else settle(b.item, superseded.has(b.doc.id) ? 'unchanged' : 'ingested');
    }
  };

  const writeStage = async () => {
    let batch: Extracted[] = [];
    let textBytes = 0;
    let since = 0;
    // Up to `writers` transactions in flight: while Neo4j commits one, the next is sent.
    const inflight = new Set<Promise<void>>();
    const flush = async () => {
      const b = batch;
      batch = [];
      textBytes = 0;
      if (b.length === 0) return;
      while (inflight.size >= writers) await Promise.race(inflight);
      if (fatal !== undefined) return;
      const p: Promise<void> = writeBatch(b).catch(fail).finally(() => inflight.delete(p));
      inflight.add(p);
    };
    try {
      for (;;) {
        const wait = batch.length > 0 ? Math.max(0, flushMs - (Date.now() - since)) : undefined;
        const next = await extracted.take(wait);
        if ('done' in next) break;
        if ('timeout' in next) {
          await flush();
          continue;
        }
        const x = await next.value;
        if (fatal !== undefined) break;
        if (x.error !== undefined) {
          if (isFatal(x.error)) throw x.error;
          settle(x.item, 'rejected', x.error);
          continue;
        }
        if (batch.length === 0) since = Date.now();
        batch.push(x);
        textBytes += x.doc.text.length;
        if (batch.length >= batchSize || textBytes >= MAX_BATCH_TEXT) await flush();
      }
      if (fatal === undefined) await flush();
    } catch (err) {
      fail(err);
    }
    await Promise.all(inflight);
  };

  try {
    await Promise.all([loadStage(), checkStage(), writeStage()]);
    await prepared;
  } finally {
    if (!options.extractor) await extractor.close();
  }
  if (fatal !== undefined) report.failed = message(fatal);
  else if (options.signal?.aborted) report.failed = 'stopped before the end of the input (interrupted)';
  report.elapsedMs = Date.now() - started;
  const seconds = report.elapsedMs / 1000;
  report.docsPerSec = seconds > 0 ? (report.ingested + report.unchanged) / seconds : 0;
  report.mbPerSec = seconds > 0 ? report.bytes / 1048576 / seconds : 0;
  return report;
}

// The pipeline's own logic, with a store and an extractor made for the test (the real
// graph is tested in tests/int/ingest-*.int.test.ts): skipping, rejecting, batching,
// retrying, stopping.
import { AppError, ErrorCode, badInput } from '../../core/errors';
import type { Lexicon } from '../../ingest/lexicon';
import { ingestItems, type IngestItem, type IngestOptions } from '../../ingest/run';
import type { DocumentStore, StoreItem } from '../../ingest/store';
import type { Extraction } from '../../ingest/types';
import type { Extractor } from '../../ingest/workers';
import { documentId } from '../../ingest/read';

const EMPTY: Extraction = { language: 'en', coverage: 'full', body: { start: 0, end: 0 }, entities: [], relations: [] };

const extractor = (fail?: (text: string) => Error | undefined): Extractor => ({
  threads: 0,
  extract: async (doc) => {
    const err = fail?.(doc.text);
    if (err) throw err;
    return EMPTY;
  },
  close: async () => {},
});

class MemoryStore implements DocumentStore {
  readonly ids = new Set<string>();
  readonly batches: string[][] = [];
  constructor(private readonly failWrite: (items: readonly StoreItem[], call: number) => Error | undefined = () => undefined) {}
  private calls = 0;
  async existing(ids: readonly string[]) {
    return new Set(ids.filter((id) => this.ids.has(id)));
  }
  async write(items: readonly StoreItem[]) {
    const err = this.failWrite(items, this.calls++);
    if (err) throw err;
    const failed = items.filter((i) => i.doc.text.includes('INVALID')).map((i) => ({ documentId: i.doc.id, reason: 'invalid extraction' }));
    const ok = items.filter((i) => !i.doc.text.includes('INVALID'));
    ok.forEach((i) => this.ids.add(i.doc.id));
    this.batches.push(ok.map((i) => i.doc.text));
    return { entitiesCreated: ok.length, relationshipsCreated: 0, evidenceCreated: 0, failed };
  }
}

const item = (text: string): IngestItem => ({ label: `${text}.txt`, bytes: text.length, load: async () => ({ text }) });
const bad = (label: string, reason: string): IngestItem => ({ label, load: async () => { throw badInput(`${label}: ${reason}`); } });
const run = (items: IngestItem[], store: DocumentStore, options: IngestOptions = {}) =>
  ingestItems(undefined as never, {} as Lexicon, items, { extractor: extractor(), store, flushMs: 5, ...options });

it('ingests new documents in batches, skips stored and repeated ones, and keeps going past rejects', async () => {
  const store = new MemoryStore();
  store.ids.add(documentId('old'));
  const report = await run([item('a'), bad('x.txt', 'the file is empty'), item('old'), item('b'), item('a'), item('c'), item('INVALID d')], store, { batchSize: 2 });
  expect(report).toMatchObject({
    read: 6, ingested: 3, unchanged: 2, entities: 3,
    rejected: [
      { input: 'x.txt', reason: 'the file is empty' },
      { input: 'INVALID d.txt', reason: 'invalid extraction' },
    ],
  });
  expect(report.failed).toBeUndefined();
  expect(store.batches.flat()).toEqual(['a', 'b', 'c']);
  expect(Math.max(...store.batches.map((b) => b.length))).toBeLessThanOrEqual(2);
});

it('rejects a text over the extraction limit with a clear reason', async () => {
  const report = await run([item('short'), item('x'.repeat(50))], new MemoryStore(), { maxTextChars: 20 });
  expect(report).toMatchObject({
    read: 2, ingested: 1,
    rejected: [{ input: `${'x'.repeat(50)}.txt`, reason: 'the text is 50 characters, over the limit of 20 for extraction (--max-text)' }],
  });
});

it('rejects a document whose extraction fails, alone', async () => {
  const report = await ingestItems(undefined as never, {} as Lexicon, [item('a'), item('boom'), item('b')], {
    extractor: extractor((t) => (t === 'boom' ? new Error('extraction failed: bad') : undefined)),
    store: new MemoryStore(),
  });
  expect(report).toMatchObject({ ingested: 2, rejected: [{ input: 'boom.txt', reason: 'extraction failed: bad' }] });
});

it('retries a transaction that failed on a transient error', async () => {
  const transient = new AppError(ErrorCode.UNAVAILABLE, 'busy', { neo4jCode: 'Neo.TransientError.Transaction.DeadlockDetected' });
  const store = new MemoryStore((_items, call) => (call < 2 ? transient : undefined));
  const report = await run([item('a'), item('b')], store);
  expect(report).toMatchObject({ ingested: 2, rejected: [] });
  expect(report.failed).toBeUndefined();
});

it('writes one by one to find the document a batch failed on', async () => {
  const store = new MemoryStore((items) => (items.some((i) => i.doc.text === 'poison') ? new Error('Neo.ClientError.Statement.TypeError') : undefined));
  const report = await run([item('a'), item('poison'), item('b')], store, { batchSize: 10 });
  expect(report).toMatchObject({ ingested: 2, rejected: [{ input: 'poison.txt', reason: 'Neo.ClientError.Statement.TypeError' }] });
  expect(store.ids.size).toBe(2);
});

it('stops the run when the database is lost, reporting only what was committed', async () => {
  const lost = new AppError(ErrorCode.UNAVAILABLE, 'the graph database is unavailable', { neo4jCode: 'ServiceUnavailable' });
  const store = new MemoryStore((_items, call) => (call >= 1 ? lost : undefined));
  const items = Array.from({ length: 50 }, (_, i) => item(`doc ${i}`));
  const report = await run(items, store, { batchSize: 5, readAhead: 4 });
  expect(report.failed).toBe('the graph database is unavailable');
  expect(report.ingested).toBe(5);
  expect(store.ids.size).toBe(5);
});

it('stops reading when aborted, and still writes what it read', async () => {
  const controller = new AbortController();
  const store = new MemoryStore();
  async function* endless() {
    for (let i = 0; ; i++) {
      if (i === 20) controller.abort();
      yield item(`doc ${i}`);
      await new Promise((r) => setImmediate(r));
    }
  }
  const report = await run(endless() as unknown as IngestItem[], store, { signal: controller.signal, readAhead: 2 });
  expect(report.failed).toMatch(/interrupted/);
  expect(report.ingested).toBeGreaterThanOrEqual(20);
  expect(store.ids.size).toBe(report.ingested);
});

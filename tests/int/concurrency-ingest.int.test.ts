// Two ingests of overlapping batches at the same time produce the same graph as one after
// the other: the same documents, entities (labels, names, aliases), relationships (with
// their evidence counts, sources, confidence and dates), evidence and mentions. The
// uniqueness constraints keep one node per key; locks and retries on deadlocks keep every
// write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/generate';
import { ROOT } from '../../core/config';
import type { Driver } from '../../queries/db';
import { buildOnce, clearGraph, counts, runCli, snapshot, startCli, testDriver } from './ingest-helpers';

const DOCS = 240;
let driver: Driver;
let dir: string;
let a: string;
let b: string;

beforeAll(() => {
  buildOnce();
  driver = testDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-concurrency-ingest-'));
  const corpus = path.join(dir, 'corpus.ndjson');
  generateCorpus(ROOT, DOCS, 23, corpus);
  const lines = fs.readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
  // A: the first two thirds; B: the last two thirds, in reverse order (so they meet mid-run).
  a = path.join(dir, 'a.ndjson');
  b = path.join(dir, 'b.ndjson');
  fs.writeFileSync(a, lines.slice(0, (DOCS * 2) / 3).join('\n') + '\n');
  fs.writeFileSync(b, lines.slice(DOCS / 3).reverse().join('\n') + '\n');
}, 300_000);
afterAll(async () => {
  await driver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ingest = (file: string) => ['ingest', file, '--batch-size', '8', '--quiet'];

it('two overlapping ingests at once equal the same two one after the other', async () => {
  await clearGraph(driver);
  expect((await runCli(ingest(a))).code).toBe(0);
  expect((await runCli(ingest(b))).code).toBe(0);
  const sequential = await snapshot(driver);
  expect(counts(sequential).documents).toBe(DOCS);

  await clearGraph(driver);
  const [ra, rb] = await Promise.all([startCli(ingest(a)).done, startCli(ingest(b)).done]);
  expect({ a: ra.code, b: rb.code, stderr: ra.stderr + rb.stderr }).toEqual({ a: 0, b: 0, stderr: '' });
  expect(await snapshot(driver)).toEqual(sequential);
}, 600_000);

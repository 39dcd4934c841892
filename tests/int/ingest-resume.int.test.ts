// Resume after a hard stop: an ingest killed part-way with a real SIGKILL and run again
// ends with the same graph — the same ids of documents, entities, relationships (with
// their evidence counts) and evidence — as one uninterrupted run. Nothing lost, nothing
// doubled: each batch commits whole or not at all, and a re-run skips what landed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/generate';
import { ROOT } from '../../core/config';
import { countDocuments } from '../../queries/documents';
import type { Driver } from '../../queries/db';
import { buildOnce, clearGraph, counts, runCli, snapshot, startCli, testDriver, type GraphSnapshot } from './ingest-helpers';

const DOCS = 160;
let driver: Driver;
let dir: string;
let corpus: string;

beforeAll(() => {
  buildOnce();
  driver = testDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-ingest-resume-'));
  corpus = path.join(dir, 'corpus.ndjson');
  generateCorpus(ROOT, DOCS, 7, corpus);
}, 300_000);
afterAll(async () => {
  await driver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ARGS = () => ['ingest', corpus, '--batch-size', '10', '--quiet'];

it('a run killed with SIGKILL and run again equals an uninterrupted run', async () => {
  await clearGraph(driver);
  const whole = await runCli(ARGS());
  expect(whole.code).toBe(0);
  const reference: GraphSnapshot = await snapshot(driver);
  expect(counts(reference).documents).toBe(DOCS);

  await clearGraph(driver);
  const { child, done } = startCli(ARGS());
  // Kill it once some batches have committed and before the end.
  let landed = 0;
  for (const started = Date.now(); Date.now() - started < 120_000; ) {
    landed = await countDocuments(driver);
    if (landed >= 20) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  const killed = await done;
  expect(killed.signal).toBe('SIGKILL');
  const partial = await countDocuments(driver);
  expect(partial).toBeGreaterThanOrEqual(20);
  expect(partial).toBeLessThan(DOCS);

  const resumed = await runCli([...ARGS().slice(0, -1), '--report', path.join(dir, 'r.json')]);
  expect(resumed.code).toBe(0);
  const report = JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8'));
  expect(report.unchanged).toBe(partial);
  expect(report.ingested).toBe(DOCS - partial);
  expect(await snapshot(driver)).toEqual(reference);

  // And once more: nothing changes.
  const again = await runCli(ARGS());
  expect(again.code).toBe(0);
  expect(await snapshot(driver)).toEqual(reference);
}, 400_000);

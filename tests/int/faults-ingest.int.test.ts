// Ingest during a Neo4j outage, for real: a private local Neo4j (its own POLICY_GRAPH_HOME)
// is stopped while `policy-graph ingest` runs. The ingest stops by itself (exit 2, no
// hang) with a report of what committed; once Neo4j is started again on the same store,
// running the same command again completes, and the graph equals an undisturbed run's:
// nothing lost, nothing doubled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/generate';
import { ROOT } from '../../core/config';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local';
import { createDriver, type Driver } from '../../queries/db';
import { countDocuments } from '../../queries/documents';
import { buildOnce, clearGraph, counts, runCli, snapshot, startCli, type GraphSnapshot } from './ingest-helpers';

const DOCS = 200;
const BATCH = 10;
let dir: string;
let corpus: string;
let neo: LocalNeo4j | undefined;

const start = async () => startLocalNeo4j({ root: ROOT, home: path.join(dir, 'home'), boltPort: 0, heap: '512m', detached: false });
const driverFor = (uri: string): Driver => createDriver({ uri, user: 'neo4j', password: '' });

beforeAll(() => {
  buildOnce();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-faults-ingest-'));
  corpus = path.join(dir, 'corpus.ndjson');
  generateCorpus(ROOT, DOCS, 11, corpus);
}, 300_000);
afterAll(async () => {
  await neo?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const args = (report: string) => ['ingest', corpus, '--batch-size', String(BATCH), '--quiet', '--report', report];
const reportOf = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

it('an ingest whose Neo4j stops exits 2 with what committed; after a restart a re-run completes the same graph', async () => {
  neo = await start();
  let driver = driverFor(neo.uri);
  let reference: GraphSnapshot;
  try {
    // The undisturbed run.
    const whole = await runCli(args(path.join(dir, 'whole.json')), undefined, neo.uri);
    expect(whole.code).toBe(0);
    reference = await snapshot(driver);
    expect(counts(reference).documents).toBe(DOCS);
    await clearGraph(driver);

    // The same run, and Neo4j stops under it once some batches have committed.
    const reportFile = path.join(dir, 'outage.json');
    const { done } = startCli(args(reportFile), undefined, neo.uri);
    let landed = 0;
    for (const t0 = Date.now(); Date.now() - t0 < 120_000 && landed < 30; ) {
      landed = await countDocuments(driver);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(landed).toBeGreaterThanOrEqual(30);
    await driver.close();
    await neo.stop();
    neo = undefined;
    const t0 = Date.now();
    const outage = await done;
    // It stops by itself: the driver gives up retrying after its 30 s, and the run ends.
    expect(Date.now() - t0).toBeLessThan(90_000);
    expect(outage.code).toBe(2);
    const report = reportOf(reportFile);
    expect(report.failed).toMatch(/unavailable/);
    expect(report.ingested).toBeLessThan(DOCS);

    // Back up on the same store: what the report says committed is there.
    neo = await start();
    driver = driverFor(neo.uri);
    const committed = await countDocuments(driver);
    expect(committed).toBeGreaterThanOrEqual(report.ingested);
    // A batch whose commit reached Neo4j but whose answer was lost is there too, at most one.
    expect(committed).toBeLessThanOrEqual(report.ingested + BATCH);

    const rerunFile = path.join(dir, 'rerun.json');
    const rerun = await runCli(args(rerunFile), undefined, neo.uri);
    expect(rerun.code).toBe(0);
    expect(reportOf(rerunFile)).toMatchObject({ unchanged: committed, ingested: DOCS - committed });
    expect(await snapshot(driver)).toEqual(reference);
  } finally {
    await driver.close();
  }
}, 900_000);

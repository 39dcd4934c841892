// The real `policy-graph ingest` against the real Neo4j: a folder that mixes every format
// with one broken input of each kind; everything good lands, each broken input is
// reported with its reason, the exit code is 1, and running it again changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from '../../queries/db';
import { buildOnce, clearGraph, counts, runCli, snapshot, testDriver } from './ingest-helpers';

const MIXED = path.join(__dirname, '..', 'fixtures', 'ingest', 'mixed');
let driver: Driver;
let dir: string;

beforeAll(() => {
  buildOnce();
  driver = testDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-ingest-cli-'));
  fs.cpSync(MIXED, path.join(dir, 'mixed'), { recursive: true });
  // Over the --max-bytes given below: rejected with a clear reason, not read.
  fs.writeFileSync(path.join(dir, 'mixed', 'huge.txt'), 'Huawei was banned by the FCC. '.repeat(5000));
}, 300_000);
beforeEach(() => clearGraph(driver));
afterAll(async () => {
  await driver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const reportOf = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

it('lands every good document, reports every broken input with its reason, exits 1; a re-run changes no count', async () => {
  const reportFile = path.join(dir, 'report.json');
  const first = await runCli(['ingest', path.join(dir, 'mixed'), '--max-bytes', '100000', '--report', reportFile]);
  expect(first.code).toBe(1);
  const report = reportOf(reportFile);
  const rel = (s: string) => path.relative(path.join(dir, 'mixed'), s);
  expect(report).toMatchObject({ read: 13, ingested: 13, unchanged: 0, exitCode: 1 });
  expect(Object.fromEntries(report.rejected.map((r: { input: string; reason: string }) => [rel(r.input), r.reason]))).toEqual({
    'binary.txt': 'binary data (NUL bytes), not text',
    'broken.json': expect.stringMatching(/^not valid JSON/),
    'empty.txt': 'the file is empty',
    'feed-rss.xml#3': 'the item has no content or description',
    'huge.txt': '150000 bytes is over the limit of 100000 (--max-bytes)',
    'invalid-utf8.txt': 'not valid UTF-8',
    'lines.ndjson:4': expect.stringMatching(/^not valid JSON/),
    'not-a-feed.xml': 'not XML (no element found)',
    'records.json[2]': 'the record has no "text" or "html"',
    'truncated.html': 'the page has no article text',
  });
  expect(report.entities).toBeGreaterThan(10);
  expect(first.stderr).toMatch(/ingested 13, skipped as unchanged 0, rejected 10/);

  const graph = await snapshot(driver);
  expect(counts(graph)).toMatchObject({ documents: 13, entities: report.entities, relationships: report.relationships });
  const titles = await import('../../queries/db').then(({ read }) => read<{ t: string; p: string | null }>(driver, 'MATCH (d:Document) RETURN d.title AS t, d.publishedAt AS p ORDER BY t'));
  expect(titles).toContainEqual({ t: 'US tightens chip export controls on China', p: '2022-10-07' });

  const again = await runCli(['ingest', path.join(dir, 'mixed'), '--max-bytes', '100000', '--report', reportFile]);
  expect(again.code).toBe(1);
  expect(reportOf(reportFile)).toMatchObject({ ingested: 0, unchanged: 13, entities: 0, relationships: 0 });
  expect(await snapshot(driver)).toEqual(graph);
}, 300_000);

it('exits 0 when everything readable landed, reading stdin and globs', async () => {
  const ndjson = '{"text":"The FCC designated Huawei a national security threat.","publishedAt":"2020-06-30"}\n';
  const globs = [path.join(dir, 'mixed', '*.{md,atom}'), path.join(dir, 'mixed', 'nested', '*.md')];
  const r = await runCli(['ingest', '-', ...globs, '--quiet'], ndjson);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  // one from stdin, two entries of the Atom feed, one Markdown file
  expect(counts(await snapshot(driver)).documents).toBe(4);
}, 120_000);

it('rejects a 50 MB document with a clear reason under the default limits, and lands the rest', async () => {
  const big = path.join(dir, 'fifty-mb.txt');
  const line = 'The FCC designated Huawei and ZTE as national security threats on Tuesday.\n';
  fs.writeFileSync(big, line.repeat(Math.ceil(50_000_000 / line.length)));
  const reportFile = path.join(dir, 'big-report.json');
  const r = await runCli(['ingest', big, path.join(dir, 'mixed', 'clean-network.txt'), '--quiet', '--report', reportFile]);
  fs.rmSync(big);
  expect(r.code).toBe(1);
  const report = reportOf(reportFile);
  expect(report).toMatchObject({ ingested: 1, rejected: [{ input: big, reason: expect.stringMatching(/^the text is 50\d{6} characters, over the limit of 2000000 for extraction \(--max-text\)$/) }] });
}, 120_000);

// The ingest benchmark: one corpus, four measurements.
//   (a) compromise alone parsing every document on one thread (nlp(text).people()),
//   (b) our `extract` on every document on one thread,
//   (c) the full ingest (the real CLI, worker threads, batched writes) into an empty Neo4j,
//   (d) the same ingest again over the same input (everything is skipped as unchanged).
// Prints docs/s, MB/s, peak RSS and the ratios; writes bench/results/ingest-N.json.
//   npm run bench:ingest -- --docs 10000 [--seed 42] [--concurrency N] [--writers N] [--batch-size N]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nlp from 'compromise';
import { extract } from '../ingest/extract';
import { loadLexicon } from '../ingest/lexicon';
import type { SourceDocument } from '../ingest/types';
import { startLocalNeo4j } from '../neo4j/local';
import { createDriver, read, type Driver } from '../queries/db';
import { applySchema } from '../queries/schema';
import { generateCorpus } from './generate';

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
const MB = 1048576;

// What the graph holds, to check that a re-run changes nothing.
const GRAPH_COUNTS = `
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL { MATCH (v:Evidence) RETURN count(v) AS evidence }
RETURN documents, entities, relationships, evidence`;

interface Run { seconds: number; docs: number; bytes: number; peakRssMB: number }
const rate = (r: Run) => ({ docsPerSec: r.docs / r.seconds, mbPerSec: r.bytes / MB / r.seconds });

function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

function readCorpus(file: string): SourceDocument[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SourceDocument);
}

function inProcess(docs: SourceDocument[], work: (d: SourceDocument) => unknown): Run {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  let peak = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < docs.length; i++) {
    work(docs[i]!);
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, docs: docs.length, bytes, peakRssMB: Math.max(peak, process.memoryUsage().rss) / MB };
}

/** Runs the CLI as a child process; its peak RSS is read from /proc while it runs (Linux). */
async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakRssMB: number; code: number | null; report: Record<string, unknown> }> {
  const reportFile = path.join(os.tmpdir(), `pg-bench-report-${process.pid}-${Date.now()}.json`);
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'policy-graph.js'), 'ingest', ...args, '--report', reportFile], {
    env, stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()).length > 1e6 && (stderr = stderr.slice(-1e5)));
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // gone
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!fs.existsSync(reportFile)) throw new Error(`the ingest wrote no report (exit ${code}):\n${stderr.slice(-4000)}`);
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Record<string, unknown>;
  fs.rmSync(reportFile, { force: true });
  return { seconds, peakRssMB: peakKb / 1024, code, report };
}

async function counts(driver: Driver) {
  const [row] = await read<Record<string, number>>(driver, GRAPH_COUNTS);
  return row!;
}

async function main() {
  const docs = Number(arg('docs', '1000'));
  const seed = Number(arg('seed', '42'));
  const concurrency = arg('concurrency', '');
  const writers = arg('writers', '');
  const batchSize = arg('batch-size', '');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bench-'));
  const log = (m: string) => process.stderr.write(`${m}\n`);
  try {
    const corpusFile = path.join(work, `corpus-${docs}.ndjson`);
    const { bytes: fileBytes } = generateCorpus(ROOT, docs, seed, corpusFile);
    log(`corpus: ${docs} articles, ${(fileBytes / MB).toFixed(1)} MB (seed ${seed}) in ${corpusFile}`);
    const corpus = readCorpus(corpusFile);

    const load = () => os.loadavg()[0]!.toFixed(1);
    const loads: Record<string, string> = {};
    loads.a = load();
    log(`(a) compromise alone, one thread… (load average ${loads.a})`);
    nlp('Warm up the lexicon once.').people().out('array');
    const a = inProcess(corpus, (d) => nlp(d.text).people().out('array'));
    loads.b = load();
    log(`(b) extract, one thread… (load average ${loads.b})`);
    const lexicon = loadLexicon();
    extract({ text: 'Warm up.' }, lexicon);
    const b = inProcess(corpus, (d) => extract(d, lexicon));
    corpus.length = 0;

    log('(c) full ingest into an empty Neo4j…');
    const neo = await startLocalNeo4j({ root: ROOT, home: path.join(work, 'home'), boltPort: 0, heap: process.env.POLICY_GRAPH_NEO4J_HEAP || '1g', detached: false, log });
    const driver = createDriver({ uri: neo.uri, user: 'neo4j', password: '' });
    try {
      await applySchema(driver);
      const env = { ...process.env, NEO4J_URI: neo.uri };
      const extra = ['--quiet', ...(concurrency ? ['--concurrency', concurrency] : []), ...(writers ? ['--writers', writers] : []),
        ...(batchSize ? ['--batch-size', batchSize] : [])];
      loads.c = load();
      const c = await cli([corpusFile, ...extra], env);
      loads.cEnd = load();
      const t = (k: string) => ((c.report[k] as number) / 1000).toFixed(1);
      log(`    (c) took ${t('elapsedMs')} s in the pipeline: ${t('writeMs')} s in write transactions, ${t('checkMs')} s in existence checks; ${c.report.threads} extraction threads; load average ${loads.c} → ${loads.cEnd}`);
      const after1 = await counts(driver);
      log(`    exit ${c.code}: ${JSON.stringify({ ingested: c.report.ingested, rejected: (c.report.rejected as unknown[]).length, ...after1 })}`);
      log('(d) the same ingest again…');
      const d = await cli([corpusFile, ...extra], env);
      const after2 = await counts(driver);
      const unchanged = JSON.stringify(after1) === JSON.stringify(after2) && d.report.ingested === 0;

      const cRun: Run = { seconds: c.seconds, docs, bytes: fileBytes, peakRssMB: c.peakRssMB };
      const dRun: Run = { seconds: d.seconds, docs, bytes: fileBytes, peakRssMB: d.peakRssMB };
      const row = (name: string, r: Run) =>
        `${name.padEnd(28)} ${rate(r).docsPerSec.toFixed(1).padStart(9)} docs/s ${rate(r).mbPerSec.toFixed(2).padStart(7)} MB/s  ${r.seconds.toFixed(1).padStart(7)} s  peak RSS ${r.peakRssMB.toFixed(0)} MB`;
      const out = [
        `ingest benchmark: ${docs} documents, ${(fileBytes / MB).toFixed(1)} MB, ${os.cpus().length} cores, node ${process.version}`,
        row('(a) compromise, 1 thread', a),
        row('(b) extract, 1 thread', b),
        row('(c) full ingest (CLI)', cRun),
        row('(d) re-run (CLI)', dRun),
        `(b)/(a) ${(rate(b).docsPerSec / rate(a).docsPerSec).toFixed(2)}   (c)/(a) ${(rate(cRun).docsPerSec / rate(a).docsPerSec).toFixed(2)}   re-run speed-up ${(c.seconds / d.seconds).toFixed(1)}x`,
        `graph after (c): ${JSON.stringify(after1)}; after (d): ${unchanged ? 'unchanged' : `CHANGED ${JSON.stringify(after2)}`}`,
        `1-minute load average (other work on the machine) before (a) ${loads.a}, (b) ${loads.b}, (c) ${loads.c}, after (c) ${loads.cEnd}`,
      ];
      process.stdout.write(out.join('\n') + '\n');
      const result = {
        docs,
        compromiseDocsPerSec: +rate(a).docsPerSec.toFixed(1),
        extractDocsPerSec: +rate(b).docsPerSec.toFixed(1),
        ingestDocsPerSec: +rate(cRun).docsPerSec.toFixed(1),
        rerunDocsPerSec: +rate(dRun).docsPerSec.toFixed(1),
        peakRssMB: Math.round(c.peakRssMB),
        ingestToCompromise: +(rate(cRun).docsPerSec / rate(a).docsPerSec).toFixed(2),
        rerunSpeedup: +(c.seconds / d.seconds).toFixed(1),
        writeSeconds: +((c.report.writeMs as number) / 1000).toFixed(1),
        loadAverage: { a: +loads.a!, b: +loads.b!, c: +loads.c!, afterC: +loads.cEnd! },
        cores: os.cpus().length,
      };
      const resultFile = path.join(ROOT, 'bench', 'results', `ingest-${docs}.json`);
      fs.mkdirSync(path.dirname(resultFile), { recursive: true });
      fs.writeFileSync(resultFile, JSON.stringify(result, null, 2) + '\n');
      log(`wrote ${path.relative(ROOT, resultFile)}`);
      if (!unchanged) process.exitCode = 1;
    } finally {
      await driver.close();
      await neo.stop();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 2;
});

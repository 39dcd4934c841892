// The query benchmark: one synthetic graph, every question asked three ways at
// concurrency 1 and 32, p50/p99 by autocannon (warm-up excluded, per-response times
// kept at full resolution). See bench/README-query.md.
//   npm run bench:query -- --relationships 100000 [--seed 42] [--duration 5] [--warmup 2] [--rounds 5] [--heap 2g]
//   … --uri bolt://127.0.0.1:7792 [--load-seconds S]: measure a Neo4j the loader already filled with
//   the same --relationships and --seed (graph-loader.ts), instead of starting and loading one.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { startLocalNeo4j } from '../neo4j/local';
import { type Driver, createDriver, read } from '../queries/db';
import { type LoadResult, loadGraph, readGazetteer } from './graph-loader';
import { generateGraph } from './query-graph';
import { type GraphQLRequest, type Question, makeQuestions } from './query-questions';
import { type Latency, type QueryBenchResult, type QuestionResult, formatTable, latency } from './query-stats';
import { chartSvg } from './query-svg';
import { chooseTargets } from './query-targets';

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
const CONCURRENCIES = [1, 32];
const log = (m: string) => process.stderr.write(`${m}\n`);

function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

interface Ports { floor: number; api: number; neo4jGraphql: number | null; neo4jGraphqlError: string | null }

function startServers(targetsFile: string, uri: string): Promise<{ child: ChildProcess; ports: Ports }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'query-servers.js'), targetsFile], {
    // One load generator on one address is not abuse: the API's per-address and per-key
    // rate limits would measure the limiter, not the queries.
    // NODE_ENV=production as a deployment runs it: graphql-js then skips its development
    // checks (an instanceOf that costs a fifth of execution); it also turns introspection off.
    env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: uri, POLICY_GRAPH_RATE_LIMIT_IP: 'off', POLICY_GRAPH_RATE_LIMIT_KEY: 'off' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('READY ')) resolve({ child, ports: JSON.parse(line.slice(6)) as Ports });
      else if (line.startsWith('FAILED ')) reject(new Error(`the servers did not start: ${line.slice(7)}`));
    });
    child.once('exit', (code) => reject(new Error(`the servers exited (${code})`)));
  });
}

interface Way { url: string; method: 'GET' | 'POST'; body?: string }

const graphqlWay = (port: number, req: GraphQLRequest): Way => ({
  url: `http://127.0.0.1:${port}/graphql`, method: 'POST', body: JSON.stringify(req),
});

async function fetchJson(w: Way): Promise<{ status: number; json: unknown }> {
  const res = await fetch(w.url, { method: w.method, body: w.body, headers: w.body ? { 'content-type': 'application/json' } : {} });
  const text = await res.text();
  try {
    return { status: res.status, json: JSON.parse(text) };
  } catch {
    return { status: res.status, json: text };
  }
}

interface Samples { samples: number[]; errors: number }

/** Latencies of every 2xx response over `seconds`, at full resolution (autocannon's histogram keeps whole ms). */
async function sampleHttp(w: Way, connections: number, seconds: number, into: Samples): Promise<void> {
  const opts = {
    url: w.url, method: w.method, body: w.body, connections, pipelining: 1, timeout: 30,
    headers: w.body ? { 'content-type': 'application/json' } : {},
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...opts, duration: seconds }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) into.samples.push(ms);
      else into.errors++;
    });
  });
  into.errors += result.errors + result.timeouts;
}

/** The same function in-process, `connections` calls in flight, for `seconds`. */
async function sampleInProcess(work: () => Promise<unknown>, connections: number, seconds: number, into: Samples): Promise<void> {
  const end = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) {
      const t = process.hrtime.bigint();
      // Like autocannon's non-2xx answers, a failed call (a timeout under load) is left out.
      const ok = await work().then(() => true, () => false);
      if (ok) into.samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      else into.errors++;
    }
  }));
}

type Sampler = (seconds: number, into: Samples) => Promise<void>;

/**
 * Every way warmed up, then measured in `rounds` turns of seconds/rounds each, one way
 * after the other (floor, API, @neo4j/graphql, in-process, floor, …), the samples of each
 * way pooled: a machine whose speed drifts over seconds then shifts all ways alike, where
 * one block per way put each in its own stretch of the drift.
 */
async function measureInterleaved(ways: Sampler[], seconds: number, warmupSeconds: number, rounds: number): Promise<Array<Latency & { n: number; errors: number }>> {
  let slowest = 0;
  for (const w of ways) {
    const warm: Samples = { samples: [], errors: 0 };
    if (warmupSeconds > 0) await w(warmupSeconds, warm);
    if (warm.samples.length > 0) slowest = Math.max(slowest, latency(warm.samples).p50);
  }
  // A turn must be long against one answer: the answers in flight when a turn ends are
  // not counted, which at concurrency 32 and a second per answer would be most of them.
  const turns = Math.max(1, Math.min(rounds, Math.floor(seconds / Math.max(seconds / rounds, (5 * slowest) / 1000))));
  const pooled = ways.map((): Samples => ({ samples: [], errors: 0 }));
  for (let r = 0; r < turns; r++) for (const [i, w] of ways.entries()) await w(seconds / turns, pooled[i]!);
  return pooled.map((p) => ({ ...latency(p.samples), n: p.samples.length, errors: p.errors }));
}

/**
 * The graph a Neo4j already holds (loaded by graph-loader.ts with the same size and
 * seed): generated again in memory, which is deterministic, for the targets; checked
 * against the database's counts.
 */
async function loaded(driver: Driver, relationships: number, seed: number, loadSeconds: number) {
  const t0 = Date.now();
  const graph = generateGraph({ relationships, seed, gazetteer: readGazetteer(ROOT) });
  const generateSeconds = (Date.now() - t0) / 1000;
  const [{ n: entities }] = await read<{ n: number }>(driver, 'MATCH (e:Entity) RETURN count(e) AS n');
  const [{ n: mentions }] = await read<{ n: number }>(driver, 'MATCH ()-[m:MENTIONS]->() RETURN count(m) AS n');
  if (entities !== graph.entities.length) throw new Error(`the database holds ${entities} entities, the graph of ${relationships} relationships (seed ${seed}) has ${graph.entities.length}`);
  const degree = new Int32Array(graph.entities.length);
  for (let r = 0; r < graph.relSource.length; r++) {
    degree[graph.relSource[r]!]!++;
    degree[graph.relTarget[r]!]!++;
  }
  const hubs = [...degree.keys()].sort((a, b) => degree[b]! - degree[a]!).slice(0, 10)
    .map((i) => ({ id: graph.entities[i]!.id, name: graph.entities[i]!.name, type: graph.entities[i]!.type, degree: degree[i]! }));
  const result: LoadResult = {
    entities, documents: graph.documents, relationships: graph.relSource.length, evidence: graph.evDocument.length, mentions,
    generateSeconds, loadSeconds, hubs,
  };
  return { result, graph };
}

const hasErrors = (json: unknown) => typeof json !== 'object' || json === null || 'errors' in json || !('data' in json);
const firstError = (json: unknown) =>
  (json as { errors?: Array<{ message?: string }> })?.errors?.[0]?.message ?? JSON.stringify(json).slice(0, 200);

async function main() {
  const relationships = Number(arg('relationships', '10000'));
  const seed = Number(arg('seed', '42'));
  const seconds = Number(arg('duration', '5'));
  const warmup = Number(arg('warmup', '2'));
  const rounds = Math.max(1, Number(arg('rounds', '5')));
  const heap = arg('heap', '2g');
  const given = arg('uri', '');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bench-query-'));
  const loadBefore = os.loadavg();
  let servers: ChildProcess | undefined;
  const neo = given ? null : await startLocalNeo4j({ root: ROOT, home: path.join(work, 'home'), boltPort: 0, heap, detached: false, apoc: true, log });
  const uri = given || neo!.uri;
  const driver: Driver = createDriver({ uri, user: 'neo4j', password: '' });
  try {
    const { result: load, graph } = given ? await loaded(driver, relationships, seed, Number(arg('load-seconds', 'NaN'))) : await (async () => {
      log(`loading ${relationships} relationships…`);
      return loadGraph(driver, { relationships, seed, root: ROOT, log });
    })();
    log(`${given ? 'already loaded' : `loaded in ${load.loadSeconds.toFixed(1)} s`}: ${load.entities} entities, ${load.documents} documents, ${load.evidence} evidence, ${load.mentions} mentions; hubs ${load.hubs.slice(0, 3).map((h) => `${h.name} (${h.degree})`).join(', ')}`);
    const targets = chooseTargets(graph, seed);
    log(`targets: ${JSON.stringify(targets)}`);
    const targetsFile = path.join(work, 'targets.json');
    fs.writeFileSync(targetsFile, JSON.stringify(targets));
    const started = await startServers(targetsFile, uri);
    servers = started.child;
    const { ports } = started;
    if (ports.neo4jGraphqlError) log(`@neo4j/graphql did not start: ${ports.neo4jGraphqlError}`);

    const questions: Question[] = makeQuestions(targets);
    // One pass over every question and way before anything is measured, so that the first
    // question is not the one that pays for the servers' JIT and Neo4j's cold pages.
    log(`warming up every question and way (${warmup} s each)…`);
    for (const [index, q] of questions.entries()) {
      const ways = [graphqlWay(ports.api, q.api), ...(q.floor ? [{ url: `http://127.0.0.1:${ports.floor}/q/${index}`, method: 'GET' } as Way] : []),
        ...(ports.neo4jGraphql && q.neo4jGraphql ? [graphqlWay(ports.neo4jGraphql, q.neo4jGraphql)] : [])];
      for (const w of ways) await sampleHttp(w, 1, warmup, { samples: [], errors: 0 });
    }
    const results: QuestionResult[] = [];
    for (const [index, q] of questions.entries()) {
      const notes = [...q.notes];
      // Check each way once: the API answers without errors, the floor answers the same JSON.
      const apiWay = graphqlWay(ports.api, q.api);
      const apiAnswer = await fetchJson(apiWay);
      const apiOk = apiAnswer.status === 200 && !hasErrors(apiAnswer.json);
      if (!apiOk) notes.push(`api: MISSING or failing (${apiAnswer.status}: ${firstError(apiAnswer.json)})`);
      const floorWay: Way = { url: `http://127.0.0.1:${ports.floor}/q/${index}`, method: 'GET' };
      let floorOk = false;
      if (q.floor) {
        const floorAnswer = await fetchJson(floorWay);
        floorOk = floorAnswer.status === 200;
        if (!floorOk) notes.push(`floor: failed (${JSON.stringify(floorAnswer.json).slice(0, 200)})`);
        else if (apiOk && !isDeepStrictEqual(floorAnswer.json, apiAnswer.json)) notes.push('floor: answer differs from the API\'s');
      } else notes.push('floor: not written (the API has no resolver for it yet)');
      const ngqlWay = ports.neo4jGraphql && q.neo4jGraphql ? graphqlWay(ports.neo4jGraphql, q.neo4jGraphql) : null;
      let ngqlOk = false;
      if (ngqlWay) {
        const a = await fetchJson(ngqlWay);
        ngqlOk = a.status === 200 && !hasErrors(a.json);
        if (!ngqlOk) notes.push(`neo4jGraphql: failed (${a.status}: ${firstError(a.json)})`);
      }
      const bytes = apiOk ? JSON.stringify(apiAnswer.json).length : 0;
      log(`${q.name}: api ${apiOk ? `ok (${bytes} bytes)` : 'missing'}, floor ${floorOk ? 'ok' : 'missing'}, @neo4j/graphql ${ngqlOk ? 'ok' : 'n/a'}${notes.length ? `\n    ${notes.join('\n    ')}` : ''}`);

      for (const c of CONCURRENCIES) {
        const row: QuestionResult = { name: q.name, concurrency: c, floor: null, api: null, neo4jGraphql: null, inProcess: null, notes };
        const show = (way: string, l: Latency & { n?: number; errors?: number }) =>
          log(`  ${q.name} ×${c} ${way}: p50 ${l.p50} ms, p99 ${l.p99} ms${l.n !== undefined ? ` (${l.n} responses${l.errors ? `, ${l.errors} errors` : ''})` : ''}`);
        // Interleaved, so that the machine's other load hits the ways alike.
        const names: Array<'floor' | 'api' | 'neo4jGraphql' | 'inProcess'> = [];
        const ways: Sampler[] = [];
        const add = (name: (typeof names)[number], w: Sampler) => { names.push(name); ways.push(w); };
        if (floorOk) add('floor', (sec, into) => sampleHttp(floorWay, c, sec, into));
        if (apiOk) add('api', (sec, into) => sampleHttp(apiWay, c, sec, into));
        if (ngqlOk && ngqlWay) add('neo4jGraphql', (sec, into) => sampleHttp(ngqlWay, c, sec, into));
        if (floorOk && q.floor) add('inProcess', (sec, into) => sampleInProcess(() => q.floor!(driver), c, sec, into));
        const measured = await measureInterleaved(ways, seconds, warmup, rounds);
        for (const [i, name] of names.entries()) {
          show(name === 'neo4jGraphql' ? '@neo4j/graphql' : name === 'inProcess' ? 'in-process' : name, measured[i]!);
          row[name] = measured[i]!;
        }
        for (const k of ['floor', 'api', 'neo4jGraphql'] as const) {
          const l = row[k] as (Latency & { n?: number; errors?: number }) | null;
          if (l) row[k] = { p50: l.p50, p99: l.p99 };
        }
        results.push(row);
      }
    }

    const out: QueryBenchResult & Record<string, unknown> = {
      relationships,
      questions: results,
      graph: { ...load, targets },
      machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() },
      settings: { seconds, warmupSeconds: warmup, rounds, heap, seed, nodeEnv: 'production' },
    };
    process.stdout.write(`\n${formatTable(out)}\nload average before ${loadBefore.map((x) => x.toFixed(1)).join(' ')}, after ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
    const dir = path.join(ROOT, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `query-${relationships}.json`), `${JSON.stringify(out, null, 2)}\n`);
    fs.writeFileSync(path.join(dir, `query-${relationships}.svg`), chartSvg(out));
    log(`wrote bench/results/query-${relationships}.json and .svg`);
  } finally {
    servers?.stdin?.end();
    await driver.close();
    await neo?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 2;
});

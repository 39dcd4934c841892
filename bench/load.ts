// The load run (`npm run bench:load`, not part of npm test): a private local Neo4j, the
// server as its own process (`policy-graph serve`, samples loaded), 64 connections of
// mixed reads for 60 s with autocannon, and ingests running beside them through the
// ingestDocument mutation. Reports the 5xx count, lost writes (documents acknowledged as
// created vs documents in the graph), the server's RSS over time and whether it stays
// flat after warm-up. Writes bench/results/load.json.
//   LOAD_SECONDS=60 LOAD_CONNECTIONS=64 LOAD_WRITERS=2 npm run bench:load
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from '../core/config';
import { startLocalNeo4j } from '../neo4j/local';
import { createDriver, read } from '../queries/db';

const SECONDS = Number(process.env.LOAD_SECONDS || 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS || 64);
const WRITERS = Number(process.env.LOAD_WRITERS || 2);
const WARM_UP_SECONDS = Math.min(15, Math.floor(SECONDS / 4));
const KEY = `load-writer-${process.pid}-0123456789`;
const log = (m: string) => process.stderr.write(`${m}\n`);

const READS = [
  '{ search(text: "hua") { id name type } }',
  '{ search(text: "Kina", first: 5) { id name } }',
  '{ entity(name: "China") { id name degree relationships(first: 10) { totalCount edges { node { type target { name } confidence } } } } }',
  '{ entities(first: 20, orderBy: DEGREE) { totalCount edges { node { id name degree } } } }',
  '{ relationships(first: 20, filter: { types: [TARGETS, OPPOSES] }) { totalCount edges { node { type source { name } target { name } evidence(first: 1) { sentence } } } } }',
  '{ stats { documentCount entityCounts { type count } } }',
  '{ subgraph(center: "Q148", depth: 1, limit: 50) { nodes { id name } edges { type } } }',
  '{ paths(from: "Q30", to: "Q160120", maxHops: 3, first: 3) { length nodes { name } } }',
  '{ documents(first: 10) { totalCount edges { node { id title } } } }',
];

const COUNTRIES = ['Denmark', 'Germany', 'Japan', 'Sweden', 'France', 'India', 'Australia', 'Canada'];
const COMPANIES = ['Huawei', 'ZTE', 'TikTok', 'ASML', 'Nvidia', 'Hikvision', 'SMIC', 'Kaspersky'];
/** A unique short article: its number is in the text, so every one is a new document. */
const article = (i: number): string => {
  const c = COUNTRIES[i % COUNTRIES.length]!;
  const k = COMPANIES[(i * 7) % COMPANIES.length]!;
  return `${c} restricted ${k} equipment in government networks, the ministry said in notice ${i}. ` +
    `${k} is based in China. The United States welcomed the decision by ${c} (ref. ${process.pid}-${i}).`;
};

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function startServe(uri: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'policy-graph.js'), 'serve', '--port', '0'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NEO4J_URI: uri, POLICY_GRAPH_API_KEYS: `loader:write:${KEY}`, POLICY_GRAPH_RATE_LIMIT_IP: '0', POLICY_GRAPH_RATE_LIMIT_KEY: '0' },
  });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${err}`)));
  });
  child.stderr!.resume();
  return { child, url };
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-load-'));
  const neo = await startLocalNeo4j({ root: ROOT, home: path.join(work, 'home'), boltPort: 0, heap: process.env.POLICY_GRAPH_NEO4J_HEAP || '1g', detached: false, log });
  const driver = createDriver({ uri: neo.uri, user: 'neo4j', password: '' });
  let serve: ChildProcess | undefined;
  try {
    const started = await startServe(neo.uri);
    serve = started.child;
    const url = started.url;
    const docsBefore = (await read<{ n: number }>(driver, 'MATCH (d:Document) RETURN count(d) AS n'))[0]!.n;
    log(`server pid ${serve.pid} at ${url}; ${docsBefore} sample documents; ${CONNECTIONS} connections for ${SECONDS} s, ${WRITERS} writers`);

    // Each read once, timed (also warms the server up), and one write.
    for (const q of READS) {
      const t = Date.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
      const body = (await res.json()) as { errors?: Array<{ message: string }> };
      log(`  ${res.status} ${String(Date.now() - t).padStart(5)} ms ${q.slice(0, 70)}${body.errors ? ` ERROR ${body.errors[0]!.message}` : ''}`);
    }

    // RSS of the server every second.
    const rss: Array<[number, number]> = [];
    const t0 = Date.now();
    const sampler = setInterval(() => rss.push([Math.round((Date.now() - t0) / 1000), Math.round(rssMB(serve!.pid!))]), 1000);

    // Writers: sequential ingestDocument calls until the reads are done.
    let running = true;
    const writes = { sent: 0, acknowledged: 0, failed: 0, statuses: {} as Record<string, number> };
    let next = 0;
    const writer = async () => {
      while (running) {
        const i = next++;
        writes.sent++;
        try {
          const res = await fetch(url, {
            method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
            body: JSON.stringify({ query: 'mutation ($t: String!) { ingestDocument(input: { text: $t, source: "load" }) { created } }', variables: { t: article(i) } }),
          });
          writes.statuses[res.status] = (writes.statuses[res.status] ?? 0) + 1;
          const body = (await res.json()) as { data?: { ingestDocument?: { created: boolean } } };
          if (body.data?.ingestDocument?.created) writes.acknowledged++;
          else {
            writes.failed++;
            if (writes.failed <= 3) log(`write failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
          }
        } catch (err) {
          writes.failed++;
          if (writes.failed <= 3) log(`write failed: ${String(err)}`);
        }
      }
    };
    const writersDone = Promise.all(Array.from({ length: WRITERS }, writer));

    const result = await autocannon({
      url, connections: CONNECTIONS, duration: SECONDS, method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: READS.map((q) => ({ method: 'POST', body: JSON.stringify({ query: q }) })),
    });
    running = false;
    await writersDone;
    clearInterval(sampler);

    const docsAfter = (await read<{ n: number }>(driver, "MATCH (d:Document) WHERE d.source = 'load' RETURN count(d) AS n"))[0]!.n;
    const afterWarmUp = rss.filter(([t]) => t >= WARM_UP_SECONDS).map(([, mb]) => mb);
    const third = Math.max(1, Math.floor(afterWarmUp.length / 3));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const early = median(afterWarmUp.slice(0, third));
    const late = median(afterWarmUp.slice(-third));
    const report = {
      at: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, writers: WRITERS, cpus: os.cpus().length,
      reads: {
        requests: result.requests.total, perSecond: result.requests.average, latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'], errors: result.errors, timeouts: result.timeouts,
        statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, (v as { count: number }).count])),
      },
      writes: { ...writes, documentsInGraph: docsAfter, lost: writes.acknowledged - docsAfter },
      rssMB: {
        start: rss[0]?.[1], warmUpEnd: early, end: late, max: Math.max(...rss.map(([, mb]) => mb)),
        growthAfterWarmUpPercent: Math.round(((late - early) / early) * 1000) / 10, samples: rss.filter(([t]) => t % 5 === 0),
      },
    };
    fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench', 'results', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
    const r = report.reads;
    process.stdout.write([
      `reads: ${r.requests} requests, ${r.perSecond.toFixed(0)}/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms; 2xx ${r['2xx']}, 4xx ${r['4xx']}, 5xx ${r['5xx']}, socket errors ${r.errors}, timeouts ${r.timeouts}`,
      `writes: ${writes.sent} sent, ${writes.acknowledged} acknowledged, ${writes.failed} failed, ${docsAfter} in the graph: lost ${report.writes.lost}`,
      `server RSS: ${report.rssMB.start} MB at start, ${early} MB after warm-up (${WARM_UP_SECONDS} s), ${late} MB at the end (${report.rssMB.growthAfterWarmUpPercent}%), max ${report.rssMB.max} MB`,
      'bench/results/load.json written',
    ].join('\n') + '\n');
    if (r['5xx'] > 0 || report.writes.lost !== 0) process.exitCode = 1;
  } finally {
    if (serve && serve.exitCode === null) {
      const exited = new Promise((r) => serve!.once('exit', r));
      serve.kill('SIGTERM');
      await exited;
    }
    await driver.close();
    await neo.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
});

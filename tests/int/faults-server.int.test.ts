// Faults done for real: `policy-graph serve` (a process) on a private local Neo4j that is
// not there at start, is then started, is killed with SIGKILL while requests run, and is
// started again. The server stays up throughout, /readyz and requests say 503 /
// UNAVAILABLE quickly while Neo4j is away, everything recovers by itself, and the graph
// after the crash is the graph before it. Last, SIGTERM lets a request in flight finish.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../core/config';
import { isAlive, type LocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/local';
import { homePaths } from '../../neo4j/protocol';
import { type Driver, createDriver } from '../../queries/db';
import { BIN, buildOnce, snapshot } from './ingest-helpers';

jest.setTimeout(420_000);

const WRITE_KEY = 'faults-writer-key-0123456789';
const TEXTS = [
  'The United States added Huawei to the Entity List in May 2019.',
  'China opposes the Clean Network programme announced by the State Department.',
  'The European Commission adopted the Chips Act to support semiconductor makers.',
  'Denmark banned TikTok on government phones, the Ministry of Defence said.',
  'The Netherlands restricted exports of ASML lithography machines to China.',
  'Japan joined the United States in limiting chip equipment sales to China.',
];

let home: string;
let port: number;
let neo: LocalNeo4j | undefined;
let serve: ChildProcess | undefined;
let exited: Promise<number | null>;
let serveLog = '';
let url = '';
let driver: Driver | undefined;

const freePort = () => new Promise<number>((resolve, reject) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as net.AddressInfo).port;
    s.close(() => resolve(p));
  }).once('error', reject);
});
const startNeo4j = () => startLocalNeo4j({ root: ROOT, home, boltPort: port, heap: '512m', detached: false, log: () => {} });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(query: string, key?: string): Promise<{ status: number; body: any; ms: number }> {
  const t0 = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json(), ms: Date.now() - t0 };
}
const ingest = (text: string) => post(`mutation { ingestDocument(input: { text: ${JSON.stringify(text)} }) { created } }`, WRITE_KEY);
const READS = ['{ stats { documentCount } }', '{ search(text: "hua") { name } }', '{ entities(first: 5) { totalCount edges { node { name degree } } } }'];

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await check().catch(() => false)) return Date.now() - t0;
    await sleep(250);
  }
  throw new Error(`${what}: not within ${ms} ms\n${serveLog.slice(-3000)}`);
}
const readyz = async () => (await fetch(`${url.replace(/\/graphql$/, '')}/readyz`)).status;

beforeAll(async () => {
  buildOnce();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-faults-'));
  port = await freePort();
});
afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill('SIGKILL');
  await driver?.close();
  await neo?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test('Neo4j down at start: serve listens, /readyz 503, requests fail fast as UNAVAILABLE', async () => {
  serve = spawn(process.execPath, [BIN, 'serve', '--no-samples', '--port', '0'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, POLICY_GRAPH_API_KEYS: `w:write:${WRITE_KEY}`, POLICY_GRAPH_RATE_LIMIT_IP: '0', POLICY_GRAPH_RATE_LIMIT_KEY: '0' },
  });
  exited = new Promise((resolve) => serve!.once('exit', (code) => resolve(code)));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${serveLog}`)), 60_000);
    serve!.stderr!.on('data', (c: Buffer) => {
      serveLog += c.toString();
      const m = /GraphQL at (http:\/\/\S+)\/graphql/.exec(serveLog);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`serve exited (${code}):\n${serveLog}`)));
  });
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  expect(await readyz()).toBe(503);
  await post(READS[0]!); // the first one trips the breaker
  const r = await post(READS[0]!);
  expect(r.status).toBe(503);
  expect(r.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAVAILABLE']);
  expect(r.ms).toBeLessThan(1500);
});

test('Neo4j comes up: the server recovers by itself and takes writes', async () => {
  neo = await startNeo4j();
  await until('/readyz 200', async () => (await readyz()) === 200, 60_000);
  await until('queries answer', async () => (await post(READS[0]!)).status === 200, 30_000);
  for (const t of TEXTS) expect(await ingest(t)).toMatchObject({ status: 200, body: { data: { ingestDocument: { created: true } } } });
  expect((await post(READS[0]!)).body).toEqual({ data: { stats: { documentCount: TEXTS.length } } });
});

test('Neo4j killed during requests: no crash, 503 UNAVAILABLE fast, recovery, the graph whole', async () => {
  driver = createDriver({ uri: neo!.uri, user: 'neo4j', password: '' });
  const before = await snapshot(driver);
  expect(before.documents).toHaveLength(TEXTS.length);

  const statuses: number[] = [];
  const codes = new Set<string>();
  let running = true;
  const workers = [0, 1, 2, 3].map(async (w) => {
    for (let i = w; running; i++) {
      const r = await post(READS[i % READS.length]!).catch(() => ({ status: 0, body: {}, ms: 0 }));
      statuses.push(r.status);
      for (const e of r.body.errors ?? []) codes.add(e.extensions?.code);
      await sleep(20);
    }
  });
  await sleep(1000);
  process.kill(neo!.pid, 'SIGKILL');
  await sleep(6000);
  running = false;
  await Promise.all(workers);

  expect(serve!.exitCode).toBeNull();
  expect(new Set(statuses)).toEqual(new Set([200, 503]));
  expect([...codes]).toEqual(['UNAVAILABLE']);
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  expect(await readyz()).toBe(503);
  const down = await post(READS[1]!);
  expect([down.status, down.body.errors?.[0]?.extensions?.code]).toEqual([503, 'UNAVAILABLE']);
  expect(down.ms).toBeLessThan(1500);

  await driver.close();
  driver = undefined;
  neo = await startNeo4j();
  await until('/readyz 200 after restart', async () => (await readyz()) === 200, 90_000);
  await until('queries answer after restart', async () => (await post(READS[0]!)).status === 200, 30_000);
  driver = createDriver({ uri: neo.uri, user: 'neo4j', password: '' });
  expect(await snapshot(driver)).toEqual(before);
  expect((await ingest('Sweden excluded Huawei from its 5G networks.')).body).toEqual({ data: { ingestDocument: { created: true } } });
  expect(serve!.exitCode).toBeNull();
});

test('SIGTERM: the request in flight finishes, then serve exits 0 and leaves no listener', async () => {
  const long = Array.from({ length: 400 }, (_, i) => `Ministry ${i} of Denmark banned Huawei equipment from networks in ${2000 + (i % 25)}.`).join(' ');
  const inflight = ingest(long);
  await sleep(150);
  serve!.kill('SIGTERM');
  const r = await inflight;
  expect(r.status).toBe(200);
  expect(r.body.data.ingestDocument.created).toBe(true);
  expect(await exited).toBe(0);
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  expect(serveLog).toMatch(/SIGTERM: draining requests/);
  for (const line of serveLog.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
});

test('serve without NEO4J_URI starts its own Neo4j, and SIGTERM stops it again', async () => {
  const home2 = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-faults-own-'));
  const env: NodeJS.ProcessEnv = { ...process.env, POLICY_GRAPH_HOME: home2, POLICY_GRAPH_NEO4J_PORT: '0', POLICY_GRAPH_NEO4J_HEAP: '512m' };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, [BIN, 'serve', '--no-samples', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env });
  const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let err = '';
  try {
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start:\n${err}`)), 180_000);
      child.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
        const m = /GraphQL at (http:\/\/\S+)\/graphql/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      void done.then((code) => reject(new Error(`serve exited (${code}):\n${err}`)));
    });
    const run = JSON.parse(fs.readFileSync(homePaths(home2).runFile, 'utf8')) as { pid: number };
    expect(isAlive(run.pid)).toBe(true);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await done).toBe(0);
    expect(isAlive(run.pid)).toBe(false);
    expect(fs.existsSync(homePaths(home2).runFile)).toBe(false);
    expect(err).toMatch(/stopping the local Neo4j this process started/);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await stopLocalNeo4j(home2);
    fs.rmSync(home2, { recursive: true, force: true });
  }
});


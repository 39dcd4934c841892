// Access, limits and headers over HTTP against the real Neo4j: keys from a keys file of
// hashes, every mutation and export refused without the right scope (nothing changes),
// secrets never in answers or logs, 429 with Retry-After, CORS allow-list, security
// headers, CSRF prevention, introspection and GraphiQL switched off, metrics, request ids,
// and the read timeout.
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { keyFileLine, loadAuthConfig } from '../../core/auth-config';
import { type Config, type ServerSettings, loadConfig } from '../../core/config';
import { type Driver, configureDriver, createDriver, read, write } from '../../queries/db';
import { applySchema } from '../../queries/schema';
import { portOf, startServer, stopServer } from '../../server';
import { EXPLORER_CSP } from '../../server/explorer';

const READ_KEY = 'rd-Zq8mP2vX9sL4nK7tJ1wY';
const WRITE_KEY = 'wr-Hf3gT6yU8iO0pA2sD5fG';
const WRONG_KEY = 'xx-Cv7bN1mQ4wE6rT9yU2iO';
const SECRETS = [READ_KEY, WRITE_KEY, WRONG_KEY];
const ORIGIN = 'https://analysts.example.org';

let config: Config;
let driver: Driver;
let dir: string;
const servers: http.Server[] = [];
const logs: string[] = [];
const seen: string[] = []; // every answer's status line, headers and body

async function start(settings: Partial<ServerSettings> = {}): Promise<string> {
  const auth = loadAuthConfig({ POLICY_GRAPH_API_KEYS_FILE: path.join(dir, 'keys'), POLICY_GRAPH_ANONYMOUS_READ: '0' });
  const server = await startServer(config, driver, {
    port: 0, host: '127.0.0.1', auth, log: (m) => logs.push(m), accessLog: (l) => logs.push(l),
    settings: { rateLimitIp: null, rateLimitKey: null, corsOrigins: [ORIGIN], ...settings },
  });
  servers.push(server);
  return `http://127.0.0.1:${portOf(server)}`;
}

async function call(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string; json: () => any }> {
  const res = await fetch(url, init);
  const text = await res.text();
  seen.push(`${res.status} ${JSON.stringify([...res.headers])} ${text}`);
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}
const auth = (key?: string): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});
const gql = (base: string, query: string, key?: string, headers: Record<string, string> = {}) =>
  call(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(key), ...headers }, body: JSON.stringify({ query }) });

const graphState = async () => (await read(driver, `MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH n, collect(type(r) + ' ' + coalesce(toString(r.confidence), '')) AS out
  RETURN labels(n) AS labels, properties(n) AS props, out`)).map((row) => JSON.stringify(row)).sort();

let base: string;
let huawei: string;
let docId: string;

beforeAll(async () => {
  config = loadConfig();
  driver = createDriver(config.neo4j);
  await applySchema(driver, config);
  await write(driver, 'MATCH (n) DETACH DELETE n');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-sec-'));
  fs.writeFileSync(path.join(dir, 'keys'), `# hashes only\n${keyFileLine('reader', 'read', READ_KEY)}\n${keyFileLine('editor', 'read+write', WRITE_KEY)}\n`);
  base = await start();
  const ingest = await gql(base, 'mutation { ingestDocument(input: { text: "The United States added Huawei to the Entity List. Huawei is based in China." }) { document { id } created } }', WRITE_KEY);
  expect(ingest.json()).toMatchObject({ data: { ingestDocument: { created: true } } });
  docId = ingest.json().data.ingestDocument.document.id;
  huawei = (await gql(base, '{ entity(name: "Huawei") { id } }', READ_KEY)).json().data.entity.id;
});
afterAll(async () => {
  for (const s of servers) await stopServer(s, 1000);
  await driver?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const MUTATIONS = (): Array<[string, string]> => [
  ['ingestDocument', 'mutation { ingestDocument(input: { text: "Kina forbyder Huawei." }) { created } }'],
  ['deleteDocument', `mutation { deleteDocument(id: "${docId}") }`],
  ['mergeEntities', `mutation { mergeEntities(keep: "${huawei}", merge: ["Q148"]) { id } }`],
  ['undoMerge', 'mutation { undoMerge(id: "merge:whatever") { id } }'],
  ['addAlias', `mutation { addAlias(entity: "${huawei}", alias: "HW") { id } }`],
];

describe('writes need a key with the write scope (keys from the keys file)', () => {
  test.each([0, 1, 2, 3, 4])('mutation %#: anonymous, a wrong key and the read key are refused; nothing changes', async (i) => {
    const [, mutation] = MUTATIONS()[i]!;
    const before = await graphState();
    for (const [key, code] of [[undefined, 'UNAUTHENTICATED'], [WRONG_KEY, 'UNAUTHENTICATED'], [READ_KEY, 'FORBIDDEN']] as const) {
      const r = await gql(base, mutation, key);
      const body = r.json();
      expect(body.data).toBeNull();
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual([code]);
    }
    expect(await graphState()).toEqual(before);
  });

  test('the write key can write (the refusals above are about scope, not a broken mutation)', async () => {
    const r = await gql(base, `mutation { addAlias(entity: "${huawei}", alias: "Huawei Tech Co") { aliases } }`, WRITE_KEY);
    expect(r.json().data.addAlias.aliases).toContain('Huawei Tech Co');
  });
});

describe('reads closed (POLICY_GRAPH_ANONYMOUS_READ=0)', () => {
  test.each(['graphml', 'json', 'csv'])('export %s: 401 without a key or with a wrong one, 200 with the read key', async (format) => {
    const url = `${base}/export/${format}?center=${encodeURIComponent(huawei)}&depth=1`;
    for (const key of [undefined, WRONG_KEY]) {
      const r = await call(url, { headers: auth(key) });
      expect(r.status).toBe(401);
      expect(r.json()).toEqual({ error: { message: key ? 'the API key is not valid' : 'reading needs an API key (anonymous reads are off)', code: 'UNAUTHENTICATED' } });
    }
    const ok = await call(url, { headers: auth(READ_KEY) });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('Huawei');
  });

  test('queries and /metrics need a read key too', async () => {
    expect((await gql(base, '{ stats { documentCount } }')).json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await call(`${base}/metrics`)).status).toBe(401);
    expect((await gql(base, '{ stats { documentCount } }', READ_KEY)).json()).toEqual({ data: { stats: { documentCount: 1 } } });
    // The answer is cached now (stats-response.ts); a caller without a key still gets none of it.
    expect((await gql(base, '{ stats { documentCount } }', READ_KEY)).json()).toEqual({ data: { stats: { documentCount: 1 } } });
    expect((await gql(base, '{ stats { documentCount } }')).json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

test('/metrics: latency by operation, errors by code, Neo4j transaction time, ingest counters', async () => {
  await gql(base, 'query StatsTile { stats { documentCount } }', READ_KEY);
  await gql(base, 'query Broken { entity { id } }', READ_KEY);
  const m = await call(`${base}/metrics`, { headers: auth(READ_KEY) });
  expect(m.status).toBe(200);
  expect(m.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = m.text;
  expect(text).toMatch(/^policy_graph_graphql_request_duration_seconds_count\{operation="StatsTile"\} [1-9]/m);
  expect(text).toMatch(/^policy_graph_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/m);
  expect(text).toMatch(/^policy_graph_graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/m);
  expect(text).toMatch(/^policy_graph_neo4j_transaction_duration_seconds_count\{mode="READ",outcome="ok"\} [1-9]/m);
  expect(text).toMatch(/^policy_graph_ingest_documents_total\{result="created"\} 1$/m);
  expect(text).toMatch(/^policy_graph_ingest_entities_created_total [1-9]/m);
  expect(text).toMatch(/^policy_graph_http_request_duration_seconds_count\{route="\/graphql",method="POST",status="200"\} [1-9]/m);
});

test('request ids: returned as X-Request-Id, a client id is kept, one log line each without secrets', async () => {
  const r = await gql(base, 'query Mine { stats { documentCount } }', READ_KEY, { 'x-request-id': 'client-abc.123' });
  expect(r.headers.get('x-request-id')).toBe('client-abc.123');
  const fresh = await gql(base, '{ stats { documentCount } }', READ_KEY, { 'x-request-id': 'bad id with spaces' });
  expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  await gql(base, 'query Both { entity(id: "Q1", name: "x") { id } }', READ_KEY, { 'x-request-id': 'client-err.1' });
  await new Promise((r) => setTimeout(r, 50));
  const line = logs.map((l) => JSON.parse(l)).find((l) => l.requestId === 'client-abc.123');
  expect(line).toMatchObject({ level: 'info', msg: 'request', method: 'POST', path: '/graphql', status: 200, principal: 'reader', operation: 'Mine' });
  expect(typeof line.ms).toBe('number');
  // The codes of the errors a request answered with are in its line, and only in its own.
  const failed = logs.map((l) => JSON.parse(l)).find((l) => l.requestId === 'client-err.1');
  expect(failed).toMatchObject({ msg: 'request', status: 200, operation: 'Both', errors: ['BAD_USER_INPUT'] });
  expect(line).not.toHaveProperty('errors');
});

test('rate limits: per IP without a key, per key with one; 429 with Retry-After', async () => {
  const limited = await start({ rateLimitIp: { rate: 0.2, burst: 3 }, rateLimitKey: { rate: 0.2, burst: 5 } });
  const statuses = async (key: string | undefined, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await gql(limited, '{ stats { documentCount } }', key)).status);
    return out;
  };
  // Anonymous requests and a wrong key share the IP's bucket (3); the read key has its own (5).
  expect(await statuses(undefined, 2)).toEqual([200, 200]); // 200 with an UNAUTHENTICATED error: reads are closed
  expect(await statuses(WRONG_KEY, 2)).toEqual([200, 429]);
  expect(await statuses(READ_KEY, 6)).toEqual([200, 200, 200, 200, 200, 429]);
  const r = await gql(limited, '{ stats { documentCount } }');
  expect(r.status).toBe(429);
  expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(r.json()).toEqual({ errors: [{ message: expect.stringMatching(/^too many requests; retry after \d+ s$/), extensions: { code: 'RATE_LIMITED' } }] });
  expect((await call(`${limited}/healthz`)).status).toBe(200); // health checks are never limited
});

describe('browsers', () => {
  test('CORS: the listed origin gets its preflight and headers, another origin gets nothing', async () => {
    const preflight = (origin: string) => call(`${base}/graphql`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    const ok = await preflight(ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const post = await gql(base, '{ stats { documentCount } }', READ_KEY, { origin: ORIGIN });
    expect(post.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(post.headers.get('vary')).toMatch(/Origin/);
    const other = await gql(base, '{ stats { documentCount } }', READ_KEY, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('security headers on the API; the explorer keeps its own CSP', async () => {
    const api = await gql(base, '{ stats { documentCount } }', READ_KEY);
    expect(Object.fromEntries(['x-content-type-options', 'x-frame-options', 'referrer-policy', 'content-security-policy'].map((h) => [h, api.headers.get(h)]))).toEqual({
      'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    });
    const page = await call(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  test('CSRF prevention stays on: a GET without a preflight-forcing header is refused', async () => {
    const r = await call(`${base}/graphql?query=${encodeURIComponent('{ stats { documentCount } }')}`, { headers: auth(READ_KEY) });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/CSRF/);
  });

  test('production switches: no introspection, no /graphiql; the explorer and queries still work', async () => {
    const prod = await start({ introspection: false, graphiql: false });
    const intro = (await gql(prod, '{ __schema { queryType { name } } }', READ_KEY)).json();
    expect(intro.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(intro.errors[0].message).toMatch(/introspection/i);
    expect((await call(`${prod}/graphiql`)).status).toBe(404);
    expect((await call(`${prod}/`)).status).toBe(200);
    expect((await gql(prod, '{ stats { documentCount } }', READ_KEY)).json()).toEqual({ data: { stats: { documentCount: 1 } } });
    // And on by default outside production.
    expect((await gql(base, '{ __schema { queryType { name } } }', READ_KEY)).json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect((await call(`${base}/graphiql`)).status).toBe(200);
  });
});

test('reads stop at the configured transaction timeout with a clear error', async () => {
  const d = createDriver(config.neo4j);
  try {
    configureDriver(d, { readTimeoutMs: 200 });
    const t0 = Date.now();
    await expect(read(d, 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringMatching(/took too long/),
    });
    expect(Date.now() - t0).toBeLessThan(10_000);
  } finally {
    await d.close();
  }
});

test('no key ever appears in an answer or a log line (last: it needs every test above)', () => {
  expect(seen.length).toBeGreaterThan(40);
  expect(logs.length).toBeGreaterThan(20);
  for (const secret of SECRETS) {
    for (const s of [...seen, ...logs]) expect(s).not.toContain(secret);
  }
  expect(logs.join('\n')).not.toMatch(/authorization|bearer/i);
});

// The GraphQL API end to end: a real server on a free port, the real Neo4j behind it,
// a hand-made extraction written through writeExtraction, and queries over HTTP.
import type http from 'node:http';
import { loadConfig } from '../../core/config';
import type { EntityType, RelationshipType } from '../../core/ontology';
import type { ExtractedRelation, Extraction } from '../../ingest/types';
import { type StoredDocument, documentId, writeExtraction } from '../../ingest/write';
import { type Driver, createDriver, observeQueries, write } from '../../queries/db';
import { applySchema } from '../../queries/schema';
import { createApp, portOf, startServer, stopServer } from '../../server';

// ---- a small graph about the Clean Network, in English and Danish ----

const EN = [
  'Secretary of State Mike Pompeo announced the Clean Network in Washington.',
  'The Clean Network targets Huawei and China Telecom.',
  'The State Department is part of the United States government.',
  'Huawei is based in China.',
  'China opposed the Clean Network.',
].join(' ');
const DA = 'Kina kritiserer Clean Network. Huawei har hovedsæde i Kina.';

interface E { id: string; name: string; type: EntityType; aliases?: string[]; wikidataId?: string }
const CHINA: E = { id: 'Q148', name: 'China', type: 'Government', wikidataId: 'Q148' };
const US: E = { id: 'Q30', name: 'United States', type: 'Government', aliases: ['US'], wikidataId: 'Q30' };
const STATE: E = { id: 'Q789915', name: 'United States Department of State', type: 'Agency', aliases: ['State Department'] };
const POMPEO: E = { id: 'Q473239', name: 'Mike Pompeo', type: 'Person' };
const CLEAN: E = { id: 'pg:clean-network', name: 'Clean Network', type: 'Policy' };
const HUAWEI: E = { id: 'Q160120', name: 'Huawei', type: 'Company', wikidataId: 'Q160120' };
const CT: E = { id: 'Q1072434', name: 'China Telecom', type: 'Company' };

function doc(text: string, publishedAt: string, title: string, source: string): StoredDocument {
  return { id: documentId(text), text, publishedAt, title, url: `https://example.org/${title.replace(/\W+/g, '-')}`, source };
}

function extraction(d: StoredDocument, language: string, entities: Array<[E, string[], string[]?]>, relations: Array<[E, RelationshipType, E, string, number, Partial<ExtractedRelation>?]>): Extraction {
  const at = (s: string) => {
    const start = d.text.indexOf(s);
    if (start < 0) throw new Error(`fixture: "${s}" is not in the text`);
    return { start, end: start + s.length };
  };
  return {
    language, coverage: 'full', body: { start: 0, end: d.text.length },
    entities: entities.map(([e, surfaces, aliases]) => ({
      id: e.id, name: e.name, type: e.type, wikidataId: e.wikidataId, aliases: aliases ?? e.aliases ?? [],
      mentions: surfaces.map((surface) => ({ surface, ...at(surface) })),
    })),
    relations: relations.map(([s, p, o, sentence, confidence, extra]) => ({
      subject: s.id, predicate: p, object: o.id, confidence, ...extra, evidence: { sentence, ...at(sentence) },
    })),
  };
}

const enDoc = doc(EN, '2020-08-05', 'Clean Network announced', 'Example News');
const daDoc = doc(DA, '2020-09-01', 'Kina kritiserer', 'Eksempel Avis');
const enX = extraction(enDoc, 'en', [
  [CHINA, ['China']], [US, ['United States']], [STATE, ['State Department']], [POMPEO, ['Mike Pompeo']],
  [CLEAN, ['Clean Network']], [HUAWEI, ['Huawei']], [CT, ['China Telecom']],
], [
  [POMPEO, 'HOLDS_ROLE', STATE, 'Secretary of State Mike Pompeo announced the Clean Network in Washington.', 0.7, { role: 'Secretary of State' }],
  [STATE, 'ANNOUNCED', CLEAN, 'Secretary of State Mike Pompeo announced the Clean Network in Washington.', 0.8],
  [CLEAN, 'TARGETS', HUAWEI, 'The Clean Network targets Huawei and China Telecom.', 0.9, { action: 'exclude' }],
  [CLEAN, 'TARGETS', CT, 'The Clean Network targets Huawei and China Telecom.', 0.85, { action: 'exclude' }],
  [STATE, 'PART_OF', US, 'The State Department is part of the United States government.', 0.9],
  [HUAWEI, 'BASED_IN', CHINA, 'Huawei is based in China.', 0.95],
  [CHINA, 'OPPOSES', CLEAN, 'China opposed the Clean Network.', 0.6],
]);
const daX = extraction(daDoc, 'da', [[CHINA, ['Kina'], ['Kina']], [CLEAN, ['Clean Network']], [HUAWEI, ['Huawei']]], [
  [CHINA, 'OPPOSES', CLEAN, 'Kina kritiserer Clean Network.', 0.5],
  [HUAWEI, 'BASED_IN', CHINA, 'Huawei har hovedsæde i Kina.', 0.9],
]);

// ---- the server ----

let driver: Driver;
let server: http.Server;
let url: string;
// The same app without prepared queries: every request goes through Apollo.
let apolloOnly: http.Server;
let apolloUrl: string;
let closeApolloOnly: () => Promise<void>;
const cypherLog: string[] = [];

interface GqlResponse { status: number; body: { data?: any; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> } }

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlResponse['body'] };
}

beforeAll(async () => {
  const config = loadConfig();
  driver = createDriver(config.neo4j, { debugCypher: true, log: (line) => cypherLog.push(line) });
  await applySchema(driver);
  server = await startServer(config, driver, { port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${portOf(server)}`;
  const plain = await createApp({ config, driver, prepared: false });
  closeApolloOnly = plain.close;
  apolloOnly = plain.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => apolloOnly.once('listening', resolve));
  apolloUrl = `http://127.0.0.1:${portOf(apolloOnly)}`;
});
afterAll(async () => {
  if (apolloOnly) await new Promise((resolve) => apolloOnly.close(resolve));
  await closeApolloOnly?.();
  if (server) await stopServer(server);
  await driver?.close();
});
beforeEach(async () => {
  await write(driver, 'MATCH (n) DETACH DELETE n');
  await writeExtraction(driver, enDoc, enX);
  await writeExtraction(driver, daDoc, daX);
});

// ---- the tests ----

test('/healthz and /readyz answer 200 while Neo4j is up', async () => {
  const health = await fetch(`${url}/healthz`);
  expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
  const ready = await fetch(`${url}/readyz`);
  expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok', neo4j: true }]);
});

test('without Neo4j: /healthz stays 200, /readyz is 503, queries fail as UNAVAILABLE', async () => {
  const config = loadConfig();
  const dead = createDriver({ ...config.neo4j, uri: 'bolt://127.0.0.1:1' }, { maxRetryTimeMs: 0 });
  const logged: string[] = [];
  const { app, close } = await createApp({ config, driver: dead, log: (m) => logged.push(m) });
  const other = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => other.once('listening', resolve));
  const base = `http://127.0.0.1:${portOf(other)}`;
  try {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', neo4j: false }]);
    const res = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(name: "China") { id } }' }),
    });
    expect(await res.json()).toEqual({
      data: { entity: null },
      errors: [{ message: 'the graph database is unavailable', locations: [{ line: 1, column: 3 }], path: ['entity'], extensions: { code: 'UNAVAILABLE' } }],
    });
    expect(logged).toEqual([]);
  } finally {
    await new Promise((resolve) => other.close(resolve));
    await close();
    await dead.close();
  }
});

test('entity(name:) matches the canonical name or any alias, in any case', async () => {
  const q = 'query ($name: String) { entity(name: $name) { id name type aliases wikidataId } }';
  const china = { id: 'Q148', name: 'China', type: 'Government', aliases: ['Kina'], wikidataId: 'Q148' };
  for (const name of ['kina', 'KINA', 'China', ' china ']) {
    expect((await gql(q, { name })).body).toEqual({ data: { entity: china } });
  }
  expect((await gql(q, { name: 'state department' })).body.data.entity.id).toBe(STATE.id);
  expect((await gql(q, { name: 'Atlantis' })).body).toEqual({ data: { entity: null } });
  expect((await gql('{ entity(id: "Q160120") { name type } }')).body).toEqual({ data: { entity: { name: 'Huawei', type: 'Company' } } });
  expect((await gql('{ entity(id: "nope") { name } }')).body).toEqual({ data: { entity: null } });
});

test('entity needs exactly one of id and name', async () => {
  const { body } = await gql('{ entity { id } }');
  expect(body).toEqual({
    data: { entity: null },
    errors: [{ message: 'entity takes exactly one of id and name', locations: [{ line: 1, column: 3 }], path: ['entity'], extensions: { code: 'BAD_USER_INPUT' } }],
  });
});

test('relationships filter by direction and type, and resolve both ends', async () => {
  const q = `query ($d: Direction, $t: [RelationshipType!]) { entity(id: "pg:clean-network") {
    relationships(direction: $d, types: $t) { totalCount edges { node { type source { name } target { name } action } } } } }`;
  const list = async (d: string, t?: string[]) => {
    const { body } = await gql(q, { d, t });
    expect(body.errors).toBeUndefined();
    const c = body.data.entity.relationships;
    expect(c.edges).toHaveLength(c.totalCount);
    return c.edges.map((e: any) => `${e.node.source.name} ${e.node.type} ${e.node.target.name}${e.node.action ? ` (${e.node.action})` : ''}`).sort();
  };
  expect(await list('OUT')).toEqual(['Clean Network TARGETS China Telecom (exclude)', 'Clean Network TARGETS Huawei (exclude)']);
  expect(await list('IN')).toEqual(['China OPPOSES Clean Network', 'United States Department of State ANNOUNCED Clean Network']);
  expect(await list('BOTH')).toHaveLength(4);
  expect(await list('BOTH', ['OPPOSES', 'ANNOUNCED'])).toEqual(await list('IN'));
  expect(await list('OUT', ['OPPOSES'])).toEqual([]);
});

test('a page of relationships reads the far ends with it: the entity and the page are the only reads', async () => {
  const reads: string[] = [];
  const stop = observeQueries((o) => reads.push(o.mode));
  try {
    const { body } = await gql('{ entity(id: "pg:clean-network") { relationships(direction: BOTH) { edges { node { source { name type } target { name type } } } } } }');
    expect(body.errors).toBeUndefined();
    const ends = body.data.entity.relationships.edges.map((e: any) => `${e.node.source.name}:${e.node.source.type} ${e.node.target.name}:${e.node.target.type}`).sort();
    expect(ends).toEqual([
      'China:Government Clean Network:Policy', 'Clean Network:Policy China Telecom:Company', 'Clean Network:Policy Huawei:Company',
      'United States Department of State:Agency Clean Network:Policy',
    ]);
  } finally {
    stop();
  }
  expect(reads).toEqual(['READ', 'READ']);
});

test('a relationship carries its combined confidence, dates, role and evidence', async () => {
  const { body } = await gql(`{ entity(name: "China") { relationships(direction: OUT) { edges { node {
    type confidence sourceCount firstSeen lastSeen evidenceCount
    evidence { sentence start end confidence publishedAt document { id title url language publishedAt } } } } } } }`);
  expect(body.errors).toBeUndefined();
  const [opposes] = body.data.entity.relationships.edges.map((e: any) => e.node);
  expect(opposes.confidence).toBeCloseTo(1 - 0.4 * 0.5, 10);
  expect(opposes).toMatchObject({ type: 'OPPOSES', firstSeen: '2020-08-05', lastSeen: '2020-09-01', evidenceCount: 2, sourceCount: 2 });
  expect(opposes.evidence).toEqual([
    {
      sentence: 'China opposed the Clean Network.', start: EN.indexOf('China opposed'), end: EN.indexOf('China opposed') + 32,
      confidence: 0.6, publishedAt: '2020-08-05',
      document: { id: enDoc.id, title: enDoc.title, url: enDoc.url, language: 'en', publishedAt: '2020-08-05' },
    },
    {
      sentence: 'Kina kritiserer Clean Network.', start: 0, end: 30, confidence: 0.5, publishedAt: '2020-09-01',
      document: { id: daDoc.id, title: daDoc.title, url: daDoc.url, language: 'da', publishedAt: '2020-09-01' },
    },
  ]);
  for (const ev of opposes.evidence) {
    const text = ev.document.id === enDoc.id ? EN : DA;
    expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  }
  const role = await gql('{ entity(name: "mike pompeo") { relationships(types: [HOLDS_ROLE]) { edges { node { role target { name } } } } } }');
  expect(role.body.data.entity.relationships.edges).toEqual([{ node: { role: 'Secretary of State', target: { name: STATE.name } } }]);
});

test('paging with cursors visits every edge exactly once', async () => {
  const q = `query ($after: String) { entity(id: "Q148") { relationships(first: 1, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;
  const all = (await gql('{ entity(id: "Q148") { relationships(first: 100) { edges { node { id } } } } }'))
    .body.data.entity.relationships.edges.map((e: any) => e.node.id);
  expect(all).toHaveLength(2);
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const { body } = await gql(q, { after });
    const c = body.data.entity.relationships;
    expect(c.totalCount).toBe(2);
    seen.push(...c.edges.map((e: any) => e.node.id));
    if (c.edges.length > 0) expect(c.pageInfo.endCursor).toBe(c.edges.at(-1).cursor);
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  expect(seen).toEqual(all);
  expect(seen).toEqual([...all].sort());

  const bad = await gql(q, { after: 'not-a-cursor' });
  expect(bad.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
});

test('search uses the full-text index: words, prefixes, typos, types, Lucene syntax taken literally', async () => {
  const q = 'query ($text: String!, $types: [EntityType!], $first: Int) { search(text: $text, types: $types, first: $first) { id } }';
  const ids = async (text: string, types?: string[], first?: number) => {
    const { body } = await gql(q, { text, types, first });
    expect(body.errors).toBeUndefined();
    return body.data.search.map((e: { id: string }) => e.id);
  };
  expect((await ids('huawei'))[0]).toBe(HUAWEI.id);
  expect((await ids('huaw'))[0]).toBe(HUAWEI.id);
  expect((await ids('Huawai'))[0]).toBe(HUAWEI.id);
  expect((await ids('kina'))[0]).toBe(CHINA.id);
  expect(await ids('china', ['Company'])).toEqual([CT.id]);
  expect((await ids('china')).slice(0, 2).sort()).toEqual([CHINA.id, CT.id].sort());
  expect(await ids('china', undefined, 1)).toHaveLength(1);
  expect(await ids('clean network) OR (*:* AND "')).toContain(CLEAN.id);
  expect(await ids('*')).toEqual([]);
});

test('first above the cap is BAD_USER_INPUT, and no error carries a stack', async () => {
  const checks = [
    '{ search(text: "huawei", first: 1000000) { id } }',
    '{ entity(id: "Q148") { relationships(first: 1000000) { totalCount } } }',
    '{ entity(id: "Q148") { relationships { edges { node { evidence(first: 1000000) { sentence } } } } } }',
  ];
  for (const query of checks) {
    const { status, body } = await gql(query);
    expect(status).toBe(200);
    expect(body.errors?.length).toBeGreaterThanOrEqual(1);
    for (const error of body.errors!) {
      expect(error).toMatchObject({ message: 'first must be from 0 to 100, not 1000000', extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .*\.ts:\d+/);
  }
});

test('client mistakes keep their code; nothing leaks a stack', async () => {
  const invalid = await gql('{ entity(id: "Q148") { nope } }');
  expect(invalid.status).toBe(400);
  expect(invalid.body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  const badVariable = await gql('query ($n: Int) { search(text: "x", first: $n) { id } }', { n: 'ten' });
  expect(badVariable.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  for (const r of [invalid, badVariable]) expect(JSON.stringify(r.body)).not.toMatch(/stacktrace/);
});

test('prepared queries answer byte for byte what Apollo answers: data, errors, status and headers', async () => {
  const cases: Array<[string, Record<string, unknown>?, string?]> = [
    ['query Page($id: ID!) { entity(id: $id) { name relationships(first: 3) { totalCount edges { cursor node { type confidence action source { name } target { name type } evidence(first: 1) { sentence document { title } } } } pageInfo { hasNextPage endCursor } } } }', { id: CLEAN.id }],
    ['{ search(text: "chin", first: 5) { id name type } }'],
    ['{ entity(name: "Kina") { id aliases neighbors(first: 5) { name } } }'],
    ['{ paths(from: "Q473239", to: "Q160120") { length nodes { name } relationships { type } } }'],
    // Errors raised while resolving: formatted here as Apollo formats them.
    ['{ entity { id } }'],
    ['{ a: entity(id: "Q148") { name } b: search(text: "x", first: 1000000) { id } }'],
    // Handed on to Apollo: invalid, variables that do not coerce, two operations and a name.
    ['{ entity(id: "Q148") { nope } }'],
    ['query ($n: Int) { search(text: "x", first: $n) { id } }', { n: 'ten' }],
    ['query A { stats { entityCount } } query B { entity(id: "Q148") { name } }', {}, 'B'],
  ];
  for (const [query, variables, operationName] of cases) {
    const ask = (base: string) => fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables, operationName }),
    });
    // A text is compiled when it comes the second time: the first answer is Apollo's.
    const [first, ours, apollo] = [await ask(url), await ask(url), await ask(apolloUrl)];
    const head = (r: Response) => [r.status, r.headers.get('content-type'), r.headers.get('cache-control'), r.headers.get('retry-after')];
    expect([query, ...head(ours)]).toEqual([query, ...head(apollo)]);
    const text = await apollo.text();
    expect(await ours.text()).toBe(text);
    expect(await first.text()).toBe(text);
  }
});

test('a public read over GET may be cached for a few seconds; with a key, with errors or over POST it is no-store', async () => {
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  const ok = await get('{ entity(id: "Q148") { name } }');
  expect([ok.status, await ok.json()]).toEqual([200, { data: { entity: { name: 'China' } } }]);
  expect(ok.headers.get('cache-control')).toBe('public, max-age=5');
  expect(ok.headers.get('vary')).toMatch(/authorization/);
  expect((await get('{ entity(id: "Q148") { name } }', { authorization: 'Bearer not-a-key' })).headers.get('cache-control')).toBe('no-store');
  expect((await get('{ entity { id } }')).headers.get('cache-control')).toBe('no-store');
  const post = await gql('{ entity(id: "Q148") { name } }');
  expect(post.body.data.entity.name).toBe('China');
  const raw = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "Q148") { name } }' }) });
  expect(raw.headers.get('cache-control')).toBe('no-store');
});

test('a CSRF-prone request (GET without a preflight header) is refused', async () => {
  const res = await fetch(`${url}/graphql?query=${encodeURIComponent('{ search(text: "x") { id } }')}`);
  expect(res.status).toBe(400);
});

test('loaders batch: the number of statements does not grow with the number of entities', async () => {
  const q = `{ search(text: "china clean huawei united state mike", first: 20) { id
    relationships(first: 20) { edges { node { source { name } target { name } evidence(first: 2) { document { title } } } } } } }`;
  cypherLog.length = 0;
  const { body } = await gql(q);
  expect(body.errors).toBeUndefined();
  expect(body.data.search.length).toBeGreaterThanOrEqual(6);
  // search, relationship pages, entities, evidence, documents: one statement each.
  expect(cypherLog.length).toBeLessThanOrEqual(5);
});

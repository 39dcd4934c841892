// Mutations, API keys and hostile input over HTTP, against the real Neo4j. Merges are
// tested on hand-made extractions (a duplicate entity the extractor would not make).
import type http from 'node:http';
import { createClient, NetworkError } from 'graphql-http';
import { parseApiKeys } from '../../core/auth-config';
import { loadConfig } from '../../core/config';
import type { EntityType, RelationshipType } from '../../core/ontology';
import type { Extraction } from '../../ingest/types';
import { type StoredDocument, documentId, writeExtraction } from '../../ingest/write';
import { type Driver, createDriver, read, write } from '../../queries/db';
import { applySchema } from '../../queries/schema';
import { portOf, startServer, stopServer } from '../../server';

const READ_KEY = 'reader-key-0123456789abcdef';
const WRITE_KEY = 'writer-key-0123456789abcdef';
const KEYS = `reader:read:${READ_KEY},editor:read+write:${WRITE_KEY}`;

let driver: Driver;
let server: http.Server;
let closed: http.Server;
let base: string;
let closedBase: string;

type Result = { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };

function client(url: string, key?: string) {
  const c = createClient({ url: `${url}/graphql`, headers: key ? { authorization: `Bearer ${key}` } : undefined });
  return (query: string, variables: Record<string, unknown> = {}): Promise<Result & { status?: number }> => new Promise((resolve, reject) => {
    let result: Result;
    c.subscribe({ query, variables }, {
      next: (r) => (result = r as Result),
      error: (err) => {
        if (err instanceof NetworkError && err.response) err.response.json().then((b: Result) => resolve({ ...b, status: err.response!.status }), reject);
        else reject(err);
      },
      complete: () => resolve(result),
    });
  });
}

let anon: ReturnType<typeof client>;
let reader: ReturnType<typeof client>;
let writer: ReturnType<typeof client>;

// ---- a hand-made graph with a duplicate: "Huawei Technologies" as its own company ----

interface E { id: string; name: string; type: EntityType; aliases?: string[] }
const HUAWEI: E = { id: 'Q160120', name: 'Huawei', type: 'Company' };
const HUAWEI_TECH: E = { id: 'pg:company:huawei-technologies', name: 'Huawei Technologies', type: 'Company', aliases: ['Huawei Tech'] };
const CHINA: E = { id: 'Q148', name: 'China', type: 'Government', aliases: ['Kina'] };
const US: E = { id: 'Q30', name: 'United States', type: 'Government' };
const CLEAN: E = { id: 'pg:clean-network', name: 'Clean Network', type: 'Policy' };
const UK: E = { id: 'Q145', name: 'United Kingdom', type: 'Government' };

function doc(text: string, publishedAt: string, source: string): StoredDocument {
  return { id: documentId(text), text, publishedAt, source, title: text.slice(0, 30) };
}
function extraction(d: StoredDocument, entities: E[], relations: Array<[E, RelationshipType, E, string, number]>): Extraction {
  const at = (s: string) => {
    const start = d.text.indexOf(s);
    if (start < 0) throw new Error(`fixture: "${s}" not in text`);
    return { start, end: start + s.length };
  };
  return {
    language: 'en', coverage: 'full', body: { start: 0, end: d.text.length },
    entities: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases ?? [], mentions: [{ surface: e.name, ...at(e.name) }] })),
    relations: relations.map(([s, p, o, sentence, confidence]) => ({ subject: s.id, predicate: p, object: o.id, confidence, evidence: { sentence, ...at(sentence) } })),
  };
}

const T1 = 'The Clean Network targets Huawei. Huawei is based in China.';
const T2 = 'The Clean Network targets Huawei Technologies. Huawei Technologies is based in China.';
const T3 = 'The United States opposes Huawei Technologies.';
const d1 = doc(T1, '2020-08-05', 'Paper A');
const d2 = doc(T2, '2020-08-06', 'Paper B');
const d3 = doc(T3, '2020-09-01', 'Paper C');
const x1 = extraction(d1, [CLEAN, HUAWEI, CHINA], [[CLEAN, 'TARGETS', HUAWEI, 'The Clean Network targets Huawei.', 0.9], [HUAWEI, 'BASED_IN', CHINA, 'Huawei is based in China.', 0.8]]);
const x2 = extraction(d2, [CLEAN, HUAWEI_TECH, CHINA], [
  [CLEAN, 'TARGETS', HUAWEI_TECH, 'The Clean Network targets Huawei Technologies.', 0.7],
  [HUAWEI_TECH, 'BASED_IN', CHINA, 'Huawei Technologies is based in China.', 0.6],
]);
const x3 = extraction(d3, [US, HUAWEI_TECH], [[US, 'OPPOSES', HUAWEI_TECH, 'The United States opposes Huawei Technologies.', 0.75]]);

/** Everything but the version counter, to tell that a refused request changed nothing. */
async function graphState(): Promise<unknown> {
  return read(driver, `MATCH (n) WHERE NOT n:GraphVersion
    RETURN labels(n) AS l, properties(n) AS p, COLLECT { MATCH (n)-[r]->(m) RETURN [type(r), m.id, properties(r)] ORDER BY m.id, type(r) } AS out
    ORDER BY coalesce(n.id, ''), l[0]`);
}

beforeAll(async () => {
  const config = loadConfig();
  driver = createDriver(config.neo4j);
  await applySchema(driver);
  server = await startServer(config, driver, { port: 0, host: '127.0.0.1', auth: { keys: parseApiKeys(KEYS), anonymousRead: true } });
  closed = await startServer(config, driver, { port: 0, host: '127.0.0.1', auth: { keys: parseApiKeys(KEYS), anonymousRead: false } });
  base = `http://127.0.0.1:${portOf(server)}`;
  closedBase = `http://127.0.0.1:${portOf(closed)}`;
  anon = client(base);
  reader = client(base, READ_KEY);
  writer = client(base, WRITE_KEY);
});
afterAll(async () => {
  if (server) await stopServer(server);
  if (closed) await stopServer(closed);
  await driver?.close();
});
beforeEach(async () => {
  await write(driver, 'MATCH (n) DETACH DELETE n');
  for (const [d, x] of [[d1, x1], [d2, x2]] as const) await writeExtraction(driver, d, x);
});

// ---- auth ----

const MUTATIONS: Array<[string, string]> = [
  ['ingestDocument', 'mutation { ingestDocument(input: { text: "Huawei is based in China." }) { created } }'],
  ['deleteDocument', `mutation { deleteDocument(id: "${d1.id}") }`],
  ['mergeEntities', `mutation { mergeEntities(keep: "${HUAWEI.id}", merge: ["${HUAWEI_TECH.id}"]) { id } }`],
  ['undoMerge', 'mutation { undoMerge(id: "merge:nope") { id } }'],
  ['addAlias', `mutation { addAlias(entity: "${HUAWEI.id}", alias: "HW") { id } }`],
];

describe.each(MUTATIONS)('%s', (_name, mutation) => {
  test('refuses callers without a key, with a bad key, and with a read-only key; changes nothing', async () => {
    const before = await graphState();
    const cases: Array<[ReturnType<typeof client>, string]> = [
      [anon, 'UNAUTHENTICATED'], [client(base, 'wrong-key-0123456789abcdef'), 'UNAUTHENTICATED'], [reader, 'FORBIDDEN'],
    ];
    for (const [c, code] of cases) {
      const r = await c(mutation);
      expect(r.data).toBeNull(); // every mutation returns a non-null value
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0].extensions).toEqual({ code });
      expect(JSON.stringify(r)).not.toMatch(/stacktrace|\.ts:\d+/);
    }
    expect(await graphState()).toEqual(before);
  });
});

test('anonymous reads can be turned off; a bad key is refused even for reads', async () => {
  const q = '{ entity(id: "Q148") { name } }';
  expect((await anon(q)).data).toEqual({ entity: { name: 'China' } });
  const off = await client(closedBase)(q);
  expect(off.errors?.[0]).toMatchObject({ message: 'reading needs an API key (anonymous reads are off)', extensions: { code: 'UNAUTHENTICATED' } });
  expect((await client(closedBase, READ_KEY)(q)).data).toEqual({ entity: { name: 'China' } });
  expect((await client(base, 'nope-nope-nope-nope-nope')(q)).errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
});

test('exports need read access', async () => {
  const path = `/export/csv?center=${HUAWEI.id}`;
  expect((await fetch(`${closedBase}${path}`)).status).toBe(401);
  expect((await fetch(`${closedBase}${path}`, { headers: { authorization: 'Bearer wrong-key-0123456789abcdef' } })).status).toBe(401);
  const ok = await fetch(`${closedBase}${path}`, { headers: { authorization: `Bearer ${READ_KEY}` } });
  expect(ok.status).toBe(200);
  expect(await ok.text()).toContain('Huawei');
  expect((await fetch(`${base}${path}`)).status).toBe(200);
});

// ---- mutations ----

test('ingestDocument extracts and stores a text, or an HTML page, once', async () => {
  const text = 'Secretary of State Mike Pompeo announced that the Clean Network will keep Huawei out of 5G networks.';
  const q = `mutation ($i: IngestDocumentInput!) { ingestDocument(input: $i) { created entitiesCreated document { id source publishedAt }
    entities { name } relationships { type source { name } target { name } } } }`;
  const first = await writer(q, { i: { text, source: 'Wire', publishedAt: '2020-08-05' } });
  expect(first.errors).toBeUndefined();
  expect(first.data.ingestDocument).toMatchObject({ created: true, document: { id: documentId(text), source: 'Wire', publishedAt: '2020-08-05' } });
  expect(first.data.ingestDocument.entities.map((e: any) => e.name)).toEqual(expect.arrayContaining(['Mike Pompeo', 'Huawei']));
  expect(first.data.ingestDocument.relationships.length).toBeGreaterThan(0);
  const again = await writer(q, { i: { text } });
  expect(again.data.ingestDocument).toMatchObject({ created: false, entitiesCreated: 0 });

  const html = '<html><head><title>Ban</title></head><body><article><h1>Ban</h1><p>The United States government banned TikTok and WeChat in August 2020, officials said on Friday.</p></article></body></html>';
  const page = await writer(q, { i: { html, url: 'https://news.example.org/ban' } });
  expect(page.errors).toBeUndefined();
  expect(page.data.ingestDocument.created).toBe(true);
  const bad = await writer(q, { i: { text: 'x', html } });
  expect(bad.errors?.[0]).toMatchObject({ message: 'ingestDocument takes exactly one of text and html', extensions: { code: 'BAD_USER_INPUT' } });
});

test('deleteDocument removes the document and its evidence, drops orphaned relationships and recomputes the rest', async () => {
  await writeExtraction(driver, d3, x3);
  const q = `query ($id: ID) { entity(id: $id) { relationships { edges { node { type target { id } confidence evidenceCount firstSeen } } } } }`;
  const r = await writer(`mutation { deleteDocument(id: "${d2.id}") }`);
  expect(r).toEqual({ data: { deleteDocument: true } });
  expect((await writer(`mutation { deleteDocument(id: "${d2.id}") }`)).data).toEqual({ deleteDocument: false });
  expect((await anon(`{ document(id: "${d2.id}") { id } }`)).data).toEqual({ document: null });
  // Huawei Technologies' TARGETS and BASED_IN were only in d2; its OPPOSES (d3) stays.
  const tech = (await anon(q, { id: HUAWEI_TECH.id })).data.entity.relationships.edges.map((e: any) => e.node.type);
  expect(tech).toEqual(['OPPOSES']);
  const [{ n }] = await read<{ n: number }>(driver, 'MATCH (v:Evidence)-[:IN_DOCUMENT]->(:Document {id: $id}) RETURN count(v) AS n', { id: d2.id });
  expect(n).toBe(0);
  const [{ orphans }] = await read<{ orphans: number }>(driver, 'MATCH (v:Evidence) WHERE NOT (v)-[:IN_DOCUMENT]->() RETURN count(v) AS orphans');
  expect(orphans).toBe(0);
});

test('stats are cached and refreshed after any write', async () => {
  const q = '{ stats { documentCount relationshipCounts { type count } } }';
  expect((await anon(q)).data.stats.documentCount).toBe(2);
  expect((await anon(q)).data.stats.documentCount).toBe(2); // the whole answer, cached
  await writeExtraction(driver, d3, x3); // an ingest outside the API
  expect((await anon(q)).data.stats.documentCount).toBe(3);
  await writer(`mutation { deleteDocument(id: "${d3.id}") }`);
  expect((await anon(q)).data.stats.documentCount).toBe(2);
});

test('a repeated stats query answered before Apollo is byte for byte what Apollo sent, and stops when the graph changes', async () => {
  const raw = async (accept?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      body: JSON.stringify({ query: 'query Tile { stats { documentCount } }', operationName: 'Tile' }),
    });
    const headers = Object.fromEntries([...res.headers].filter(([k]) => !['date', 'x-request-id', 'content-length'].includes(k)));
    return { status: res.status, headers, text: await res.text() };
  };
  const first = await raw(); // Apollo executes it and keeps the answer
  const second = await raw(); // the fast path (tests/unit/stats-response.test.ts shows when it answers)
  expect(first.text).toBe('{"data":{"stats":{"documentCount":2}}}\n');
  expect(second).toEqual(first);
  expect(first.headers['cache-control']).toBe('no-store');
  // A client asking for graphql-response+json still gets that media type (from Apollo).
  expect((await raw('application/graphql-response+json')).headers['content-type']).toMatch(/^application\/graphql-response\+json/);
  await writeExtraction(driver, d3, x3);
  expect((await raw()).text).toBe('{"data":{"stats":{"documentCount":3}}}\n');
});

test('addAlias: the entity is found by its new name', async () => {
  const r = await writer(`mutation { addAlias(entity: "${HUAWEI.id}", alias: "  HW  Corp ") { id aliases } }`);
  expect(r.data.addAlias).toEqual({ id: HUAWEI.id, aliases: ['HW Corp'] });
  expect((await anon('{ entity(name: "hw corp") { id } }')).data).toEqual({ entity: { id: HUAWEI.id } });
  expect((await writer('mutation { addAlias(entity: "nope", alias: "x") { id } }')).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
  expect((await writer(`mutation { addAlias(entity: "${HUAWEI.id}", alias: "   ") { id } }`)).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
});

const ENTITY = `query ($id: ID) { entity(id: $id) { id name aliases
  relationships(first: 100) { totalCount edges { node { type source { id } target { id } confidence evidenceCount sourceCount } } } } }`;
const rels = (r: Result) => (r.data?.entity?.relationships.edges ?? []).map((e: any) => `${e.node.source.id} ${e.node.type} ${e.node.target.id} ${e.node.evidenceCount}`).sort();

test('a merge moves aliases, mentions and relationships, is recorded, and survives a re-ingest', async () => {
  const beforeTech = await anon(ENTITY, { id: HUAWEI_TECH.id });
  const m = await writer(`mutation { mergeEntities(keep: "${HUAWEI.id}", merge: ["${HUAWEI_TECH.id}"]) { id keep { id } merged mergedNames by at undoneAt } }`);
  expect(m.errors).toBeUndefined();
  expect(m.data.mergeEntities).toMatchObject({ keep: { id: HUAWEI.id }, merged: [HUAWEI_TECH.id], mergedNames: ['Huawei Technologies'], by: 'editor', undoneAt: null });
  expect((await anon(ENTITY, { id: HUAWEI_TECH.id })).data.entity).toBeNull();
  const kept = await anon(ENTITY, { id: HUAWEI.id });
  expect(kept.data.entity.aliases).toEqual(['Huawei Tech', 'Huawei Technologies']);
  // Both documents now state the same two edges: two sources each.
  expect(rels(kept)).toEqual([`${CLEAN.id} TARGETS ${HUAWEI.id} 2`, `${HUAWEI.id} BASED_IN ${CHINA.id} 2`].sort());
  expect(kept.data.entity.relationships.edges.every((e: any) => e.node.sourceCount === 2)).toBe(true);
  expect((await anon('{ entity(name: "huawei technologies") { id } }')).data).toEqual({ entity: { id: HUAWEI.id } });
  expect(beforeTech.data.entity.id).toBe(HUAWEI_TECH.id);

  // Later ingests: the merged id (d3 names it), and a new id whose name is a merged alias.
  await writeExtraction(driver, d3, x3);
  const T4 = 'The United Kingdom removes Huawei Tech from its networks.';
  const d4 = doc(T4, '2020-10-01', 'Paper D');
  const stranger: E = { id: 'pg:company:huawei-tech', name: 'Huawei Tech', type: 'Company' };
  await writeExtraction(driver, d4, extraction(d4, [UK, stranger], [[UK, 'OPPOSES', stranger, T4, 0.5]]));
  const after = await anon(ENTITY, { id: HUAWEI.id });
  expect(after.data.entity.name).toBe('Huawei');
  expect(rels(after)).toEqual(expect.arrayContaining([`${US.id} OPPOSES ${HUAWEI.id} 1`, `${UK.id} OPPOSES ${HUAWEI.id} 1`]));
  const [{ n }] = await read<{ n: number }>(driver, 'MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n', { ids: [HUAWEI_TECH.id, stranger.id] });
  expect(n).toBe(0);
});

test('undoMerge restores both entities as they were, plus what arrived since', async () => {
  const before = { huawei: await anon(ENTITY, { id: HUAWEI.id }), tech: await anon(ENTITY, { id: HUAWEI_TECH.id }) };
  const { data } = await writer(`mutation { mergeEntities(keep: "${HUAWEI.id}", merge: ["${HUAWEI_TECH.id}"]) { id } }`);
  await writeExtraction(driver, d3, x3); // arrives for the merged entity, lands on the kept one
  const undone = await writer(`mutation ($id: ID!) { undoMerge(id: $id) { id undoneAt undoneBy merged } }`, { id: data.mergeEntities.id });
  expect(undone.errors).toBeUndefined();
  expect(undone.data.undoMerge).toMatchObject({ undoneBy: 'editor', merged: [HUAWEI_TECH.id] });

  const huawei = await anon(ENTITY, { id: HUAWEI.id });
  const tech = await anon(ENTITY, { id: HUAWEI_TECH.id });
  expect(huawei.data).toEqual(before.huawei.data);
  expect(tech.data.entity).toMatchObject({ id: HUAWEI_TECH.id, name: 'Huawei Technologies', aliases: ['Huawei Tech'] });
  expect(rels(tech)).toEqual([...rels(before.tech), `${US.id} OPPOSES ${HUAWEI_TECH.id} 1`].sort());
  const [{ m }] = await read<{ m: number }>(driver, 'MATCH (:Document {id: $id})-[m:MENTIONS]->(:Entity {id: $e}) RETURN count(m) AS m', { id: d3.id, e: HUAWEI_TECH.id });
  expect(m).toBe(1);
  // After the undo, ingests of the merged id land on it again.
  expect((await writer(`mutation ($id: ID!) { undoMerge(id: $id) { id } }`, { id: data.mergeEntities.id })).errors?.[0].extensions).toEqual({ code: 'CONFLICT' });
  expect((await writer('mutation { undoMerge(id: "merge:nope") { id } }')).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
});

test('merge refuses what it cannot do, and changes nothing', async () => {
  const before = await graphState();
  const cases: Array<[string, string]> = [
    [`mutation { mergeEntities(keep: "${HUAWEI.id}", merge: ["${HUAWEI.id}"]) { id } }`, 'BAD_USER_INPUT'],
    [`mutation { mergeEntities(keep: "${HUAWEI.id}", merge: ["nope"]) { id } }`, 'NOT_FOUND'],
    [`mutation { mergeEntities(keep: "${HUAWEI.id}", merge: []) { id } }`, 'BAD_USER_INPUT'],
  ];
  for (const [q, code] of cases) expect((await writer(q)).errors?.[0].extensions).toEqual({ code });
  expect(await graphState()).toEqual(before);
});

// ---- hostile input ----

test('hostile input gets a clear error and changes nothing', async () => {
  const before = await graphState();
  const cypher = '"}) MATCH (n) DETACH DELETE n //';
  expect(await anon('query ($n: String) { entity(name: $n) { id } }', { n: cypher })).toEqual({ data: { entity: null } });
  expect((await anon('query ($t: String!) { search(text: $t) { id } }', { t: `${cypher} \\" OR *:*` })).errors).toBeUndefined();
  expect((await anon('query ($id: ID!) { subgraph(center: $id) { nodes { id } } }', { id: "x' OR 1=1" })).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });

  const mb = 'a'.repeat(1024 * 1024);
  const big = await anon('query ($t: String!) { search(text: $t) { id } }', { t: mb });
  expect(big.errors?.[0]).toMatchObject({ message: 'text is 1048576 characters long; the limit is 200', extensions: { code: 'BAD_USER_INPUT' } });
  const bigName = await anon('query ($n: String) { entity(name: $n) { id } }', { n: mb });
  expect(bigName.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  const bigDoc = await writer('mutation ($t: String) { ingestDocument(input: { text: $t }) { created } }', { t: mb });
  expect(bigDoc.errors?.[0]).toMatchObject({ message: 'text is 1048576 characters long; the limit is 1000000', extensions: { code: 'BAD_USER_INPUT' } });
  const huge = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { documentCount } }', variables: { x: 'a'.repeat(9 * 1024 * 1024) } }) });
  expect(huge.status).toBe(413);
  expect(await huge.json()).toEqual({ errors: [{ message: 'the request body is larger than 8mb', extensions: { code: 'BAD_USER_INPUT' } }] });

  for (const q of ['{ entities(first: 1000000) { totalCount } }', '{ search(text: "huawei", first: 1000000) { id } }', '{ relationships(first: 1000000) { totalCount } }']) {
    const r = await anon(q);
    expect(r.errors?.[0]).toMatchObject({ message: 'first must be from 0 to 100, not 1000000', extensions: { code: 'BAD_USER_INPUT' } });
  }
  let nested = 'id';
  for (let i = 0; i < 50; i++) nested = `relationships { edges { node { source { ${nested} } } } }`;
  const deep = await anon(`{ entity(id: "Q148") { ${nested} } }`);
  expect(deep.status).toBe(400);
  expect(deep.errors).toEqual([{ message: 'the query nests fields more than 12 levels deep; the limit is 12', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: entity(id: "Q148") { id }`).join(' ');
  expect((await anon(`{ ${aliases} }`)).errors?.[0]).toMatchObject({ message: 'the query uses more than 30 aliases', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  const wide = await anon('{ entities(first: 100) { edges { node { relationships(first: 100) { edges { node { evidence(first: 100) { sentence } } } } } } } }');
  expect(wide.errors).toEqual([{ message: 'the query could return more than 100000 values: ask for smaller pages or fewer fields', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  expect(await graphState()).toEqual(before);
});

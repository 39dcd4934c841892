// Hostile input over HTTP against the real Neo4j. Property-based: any argument values to
// the main queries give a 2xx/4xx answer, never a 5xx or an internal error. Injection:
// names, aliases, titles and texts that are Cypher or GraphQL fragments, control
// characters and a 1 MB text are stored and returned verbatim and never executed.
import type http from 'node:http';
import fc from 'fast-check';
import { parseApiKeys } from '../../core/auth-config';
import { loadConfig } from '../../core/config';
import { documentId } from '../../ingest/write';
import { type Driver, createDriver, read, write } from '../../queries/db';
import { applySchema } from '../../queries/schema';
import { portOf, startServer, stopServer } from '../../server';

jest.setTimeout(300_000);

const WRITE_KEY = 'hostile-writer-0123456789abcdef';
let driver: Driver;
let server: http.Server;
let url: string;

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body };
}

const census = async () => (await read<{ n: number; r: number }>(driver, 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r'))[0];

beforeAll(async () => {
  const config = loadConfig();
  driver = createDriver(config.neo4j);
  await applySchema(driver, config);
  await write(driver, 'MATCH (n) DETACH DELETE n');
  server = await startServer(config, driver, {
    port: 0, host: '127.0.0.1', auth: { keys: parseApiKeys(`w:write:${WRITE_KEY}`), anonymousRead: true }, log: () => {},
    settings: { rateLimitIp: null, rateLimitKey: null },
  });
  url = `http://127.0.0.1:${portOf(server)}/graphql`;
  for (const text of [
    'The United States added Huawei to the Entity List. Huawei is based in China.',
    'China opposes the Clean Network programme announced by the State Department.',
  ]) expect((await gql('mutation ($t: String!) { ingestDocument(input: { text: $t }) { created } }', { t: text }, WRITE_KEY)).status).toBe(200);
});
afterAll(async () => {
  if (server) await stopServer(server, 1000);
  await driver?.close();
});

// ---- any argument values: never a 5xx ----

const anyString = fc.oneof(
  fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', ' ', 'Huawei', 'Q148', 'kina', '2020-01-01', '9999-99-99', '*', '~', '"', '\\', '\u0000'),
);
const anyInt = fc.oneof(fc.integer(), fc.integer({ min: -5, max: 1000 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)));
const anyValue = fc.oneof(anyString, anyInt, fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));
const enumish = (values: string[]) => fc.oneof(fc.constantFrom(...values), anyString);
const ENTITY_TYPES = ['Person', 'Company', 'Government', 'Agency', 'Organization', 'Policy', 'Product'];
const REL_TYPES = ['ANNOUNCED', 'PART_OF', 'TARGETS', 'HOLDS_ROLE', 'OPPOSES', 'BASED_IN'];
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(fc.oneof(a, anyValue), { nil: undefined });
const list = <T>(a: fc.Arbitrary<T>) => fc.oneof(fc.array(a, { maxLength: 4 }), anyValue);

const QUERIES: Array<[string, fc.Arbitrary<Record<string, unknown>>]> = [
  ['query ($id: ID, $name: String, $asOf: Date) { entity(id: $id, name: $name, asOf: $asOf) { id name degree firstSeen lastSeen } }',
    fc.record({ id: maybe(anyString), name: maybe(anyString), asOf: maybe(anyString) })],
  ['query ($type: EntityType, $first: Int, $after: String, $o: EntityOrder) { entities(type: $type, first: $first, after: $after, orderBy: $o) { totalCount edges { cursor node { id } } } }',
    fc.record({ type: maybe(enumish(ENTITY_TYPES)), first: maybe(anyInt), after: maybe(anyString), o: maybe(enumish(['NAME', 'DEGREE', 'LAST_SEEN'])) })],
  ['query ($text: String!, $types: [EntityType!], $first: Int) { search(text: $text, types: $types, first: $first) { id name } }',
    fc.record({ text: fc.oneof(anyString, anyValue), types: maybe(list(enumish(ENTITY_TYPES))), first: maybe(anyInt) })],
  ['query ($f: RelationshipFilter, $first: Int, $after: String, $asOf: Date) { relationships(filter: $f, first: $first, after: $after, asOf: $asOf) { totalCount edges { node { type confidence } } } }',
    fc.record({
      f: maybe(fc.record({ types: maybe(list(enumish(REL_TYPES))), since: maybe(anyString), until: maybe(anyString), minConfidence: maybe(fc.double()), documentId: maybe(anyString) })),
      first: maybe(anyInt), after: maybe(anyString), asOf: maybe(anyString),
    })],
  ['query ($from: ID!, $to: ID!, $h: Int, $x: [ID!], $first: Int, $types: [RelationshipType!]) { paths(from: $from, to: $to, maxHops: $h, exclude: $x, first: $first, types: $types) { length } }',
    fc.record({ from: fc.oneof(fc.constantFrom('Q148', 'Q30'), anyString), to: fc.oneof(fc.constantFrom('Q148', 'Q30'), anyString), h: maybe(anyInt), x: maybe(list(anyString)), first: maybe(anyInt), types: maybe(list(enumish(REL_TYPES))) })],
  ['query ($c: ID, $g: ID, $first: Int, $after: String) { companyGovernmentLinks(company: $c, government: $g, first: $first, after: $after) { totalCount } }',
    fc.record({ c: maybe(anyString), g: maybe(anyString), first: maybe(anyInt), after: maybe(anyString) })],
  ['query ($id: ID, $name: String) { policy(id: $id, name: $name) { policy { name } } }', fc.record({ id: maybe(anyString), name: maybe(anyString) })],
  ['query ($e: ID, $from: Date, $to: Date, $first: Int, $after: String) { timeline(entity: $e, from: $from, to: $to, first: $first, after: $after) { totalCount } }',
    fc.record({ e: maybe(anyString), from: maybe(anyString), to: maybe(anyString), first: maybe(anyInt), after: maybe(anyString) })],
  ['query ($c: ID!, $d: Int, $l: Int, $types: [RelationshipType!]) { subgraph(center: $c, depth: $d, limit: $l, types: $types) { nodes { id } edges { type } } }',
    fc.record({ c: fc.oneof(fc.constantFrom('Q148'), anyString), d: maybe(anyInt), l: maybe(anyInt), types: maybe(list(enumish(REL_TYPES))) })],
  ['query ($f: DocumentFilter, $first: Int, $after: String) { documents(filter: $f, first: $first, after: $after) { totalCount } }',
    fc.record({ f: maybe(fc.record({ language: maybe(anyString), source: maybe(anyString), since: maybe(anyString), until: maybe(anyString), entity: maybe(anyString) })), first: maybe(anyInt), after: maybe(anyString) })],
  ['query ($from: Date, $to: Date, $e: ID, $first: Int, $after: String) { changes(from: $from, to: $to, entity: $e, first: $first, after: $after) { totalCount } }',
    fc.record({ from: maybe(anyString), to: maybe(anyString), e: maybe(anyString), first: maybe(anyInt), after: maybe(anyString) })],
];

test('any argument values to the main queries: a 2xx or 4xx answer, never a 5xx or an internal error', async () => {
  const before = await census();
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: QUERIES.length - 1 }).chain((i) => fc.tuple(fc.constant(i), QUERIES[i]![1])), async ([i, variables]) => {
      const { status, body } = await gql(QUERIES[i]![0], variables);
      expect(status).toBeLessThan(500);
      expect(typeof body).toBe('object');
      const codes = (body.errors ?? []).map((e: any) => e.extensions?.code);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    }),
    { numRuns: 220, seed: Number(process.env.FC_SEED ?? Date.now() % 1e9) },
  );
  expect(await census()).toEqual(before);
});

// ---- injection: stored verbatim, never executed ----

const HOSTILE = [
  '"}) MATCH (n) DETACH DELETE n //',
  "x' OR 1=1 WITH 1 AS a MATCH (n) DETACH DELETE n RETURN a //",
  '`) CALL db.labels() YIELD label RETURN label //',
  '$text}) SET n.pwned=true //',
  '{ __schema { types { name } } }',
  'mutation{deleteDocument(id:"x")}',
  '") { id } } mutation { deleteDocument(id: "x") } #',
  '\u0000\u0001\u0007\u001b[31mred\u001b[0m',
  '\u202eevil\u202c and \ud83d\udca3',
  'back\\slash "quote" <script>alert(1)</script>',
];

test.each(HOSTILE)('as an alias, a search text, an entity name and a title: stored and returned verbatim, nothing executed: %j', async (s) => {
  const before = await census();
  const added = await gql('mutation ($a: String!) { addAlias(entity: "Q148", alias: $a) { id aliases } }', { a: s }, WRITE_KEY);
  expect(added.status).toBe(200);
  expect(added.body.errors).toBeUndefined();
  expect(added.body.data.addAlias.aliases).toContain(s);
  const byName = await gql('query ($n: String) { entity(name: $n) { id aliases } }', { n: s });
  expect(byName.body).toEqual({ data: { entity: { id: 'Q148', aliases: expect.arrayContaining([s]) } } });
  const found = await gql('query ($t: String!) { search(text: $t) { id } }', { t: s });
  expect(found.status).toBe(200);
  expect(found.body.errors?.map((e: any) => e.extensions.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');

  const text = `Huawei is based in China. ${s} The United States opposes Huawei.`;
  const ingested = await gql('mutation ($t: String!, $title: String, $src: String) { ingestDocument(input: { text: $t, title: $title, source: $src }) { document { id title source } } }',
    { t: text, title: s, src: s }, WRITE_KEY);
  expect(ingested.body.errors).toBeUndefined();
  expect(ingested.body.data.ingestDocument.document).toEqual({ id: documentId(text), title: s, source: s });
  expect(await read(driver, 'MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: documentId(text) })).toEqual([{ text }]);
  // Nothing deleted, nothing set by the fragments: one document more, no "pwned" property.
  const after = await census();
  expect(after.n).toBeGreaterThan(before.n);
  expect(await read(driver, 'MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS c')).toEqual([{ c: 0 }]);
});

test('a 1 MB text is stored verbatim; 1 MB names and search strings are refused as BAD_USER_INPUT, not a 5xx', async () => {
  const unit = 'Huawei is based in China. "}) MATCH (n) DETACH DELETE n // \u0001 ';
  const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
  const r = await gql('mutation ($t: String!) { ingestDocument(input: { text: $t }) { created document { id } } }', { t: big }, WRITE_KEY);
  expect(r.status).toBe(200);
  expect(r.body.data.ingestDocument).toEqual({ created: true, document: { id: documentId(big) } });
  const [stored] = await read<{ text: string }>(driver, 'MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: documentId(big) });
  expect(stored!.text === big).toBe(true);

  const mb = 'x'.repeat(1_000_000);
  for (const [q, v, key] of [
    ['query ($n: String) { entity(name: $n) { id } }', { n: mb }, undefined],
    ['query ($t: String!) { search(text: $t) { id } }', { t: mb }, undefined],
    ['mutation ($a: String!) { addAlias(entity: "Q148", alias: $a) { id } }', { a: mb }, WRITE_KEY],
    ['mutation ($t: String!) { ingestDocument(input: { text: $t }) { created } }', { t: `${mb}y` }, WRITE_KEY],
  ] as const) {
    const res = await gql(q, v, key);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  }
});

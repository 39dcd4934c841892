// Which query texts the prepared-query path compiles, and which it leaves to Apollo.
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Context } from '../../server/context';
import { Metrics } from '../../server/metrics';
import { cacheControl } from '../../server/app';
import { prepare, preparedQueries } from '../../server/prepared';
import { resolvers } from '../../server/resolvers';
import { validationRules } from '../../server/validation';

const schema = makeExecutableSchema({ typeDefs: fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'), resolvers });
const rules = validationRules({ maxDepth: 6, maxAliases: 3, maxComplexity: 100_000 });
const compiled = (query: string, operationName?: string) => prepare(schema, rules, query, operationName) !== null;

test('plain read queries are compiled, named or not, with variables or not', () => {
  expect(compiled('{ entity(id: "Q148") { name } }')).toBe(true);
  expect(compiled('query Q($t: String!) { search(text: $t, first: 5) { id name } }')).toBe(true);
  expect(compiled('query A { entity(id: "Q1") { id } } query B { search(text: "x") { id } }', 'B')).toBe(true);
});

test.each<[string, string, string | undefined]>([
  ['a parse error', '{ entity(id: "Q148") { name }', undefined],
  ['an unknown field', '{ entity(id: "Q148") { nope } }', undefined],
  ['a mutation', 'mutation { addAlias(entity: "Q148", alias: "PRC") { id } }', undefined],
  ['stats, which has its own fast path', '{ stats { entityCount } }', undefined],
  ['introspection', '{ __schema { types { name } } }', undefined],
  ['a query deeper than the limit', '{ entity(id: "Q1") { relationships { edges { node { source { relationships { edges { node { id } } } } } } } } }', undefined],
  ['too many aliases', '{ a: entity(id: "1") { id } b: entity(id: "2") { id } c: entity(id: "3") { id } d: entity(id: "4") { id } }', undefined],
  ['two operations and no name', 'query A { entity(id: "Q1") { id } } query B { entity(id: "Q2") { id } }', undefined],
  ['an operation name that is not there', '{ entity(id: "Q1") { id } }', 'Missing'],
])('left to Apollo: %s', (_what, query, operationName) => {
  expect(compiled(query, operationName)).toBe(false);
});

describe('the route', () => {
  const metrics = new Metrics(() => false);
  afterAll(() => metrics.close());
  const handler = preparedQueries({ schema, rules, contextOf: () => ({}) as Context, metrics, log: () => undefined, retryAfter: 5 });
  const ask = async (body: unknown, accept?: string) => {
    const sent: { status?: number; headers: Record<string, string>; body?: string; next: boolean } = { headers: {}, next: false };
    const res = {
      status(s: number) { sent.status = s; return res; },
      setHeader(k: string, v: string) { sent.headers[k] = v; },
      send(b: string) { sent.body = b; },
    };
    await handler({ method: 'POST', body, headers: accept ? { accept } : {} } as never, res as never, () => { sent.next = true; });
    return sent;
  };

  test('answers a text from its compiled form the second time it comes, as Apollo would', async () => {
    expect(await ask({ query: '{ __typename }' })).toEqual({ headers: {}, next: true });
    expect(await ask({ query: '{ __typename }' })).toEqual({
      status: 200, headers: { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' }, body: '{"data":{"__typename":"Query"}}\n', next: false,
    });
    expect(metrics.graphql.count({ operation: 'anonymous' })).toBe(1);
  });

  test.each([
    ['extensions (persisted queries)', { query: '{ __typename }', extensions: {} }, undefined],
    ['variables that are not an object', { query: '{ __typename }', variables: [1] }, undefined],
    ['a media type other than JSON', { query: '{ __typename }' }, 'application/graphql-response+json'],
    ['no query text', { id: 'x' }, undefined],
  ])('hands on %s', async (_what, body, accept) => {
    await ask(body, accept);
    expect((await ask(body, accept)).next).toBe(true);
  });
});

test('cache-control: public only for a clean anonymous GET, and only when a max age is set', () => {
  expect(cacheControl(5, 'GET', false, true)).toBe('public, max-age=5');
  expect(cacheControl(0, 'GET', false, true)).toBe('no-store');
  expect(cacheControl(5, 'GET', true, true)).toBe('no-store');
  expect(cacheControl(5, 'GET', false, false)).toBe('no-store');
  expect(cacheControl(5, 'POST', false, true)).toBe('no-store');
});

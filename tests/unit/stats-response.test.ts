import { type OperationDefinitionNode, parse } from 'graphql';
import type { Caller } from '../../server/auth';
import { StatsAnswers, answerKey, onlyStats, statsFastPath } from '../../server/stats-response';

const op = (q: string) => parse(q).definitions[0] as OperationDefinitionNode;

test('only a query whose root fields are stats (and __typename) has its answer cached', () => {
  expect(onlyStats(op('{ stats { documentCount } }'))).toBe(true);
  expect(onlyStats(op('query Tile { __typename stats { entityCounts { type count } } }'))).toBe(true);
  expect(onlyStats(op('{ stats { documentCount } search(text: "x") { id } }'))).toBe(false);
  expect(onlyStats(op('{ __typename }'))).toBe(false);
  expect(onlyStats(op('{ ... on Query { stats { documentCount } } }'))).toBe(false);
  expect(onlyStats(op('{ stats @include(if: true) { documentCount } }'))).toBe(false);
  expect(onlyStats(op('mutation { stats }'))).toBe(false);
  expect(onlyStats(undefined)).toBe(false);
});

describe('the fast path in front of Apollo', () => {
  const QUERY = '{ stats { documentCount } }';
  const setup = (version: number, caller: Caller = { principal: { name: 'anonymous', scopes: ['read'] } as never }) => {
    const answers = new StatsAnswers();
    answers.set(answerKey(QUERY, undefined, undefined), { version: 7, body: { kind: 'single', singleResult: { data: {} } }, text: '{"data":{}}\n' });
    const middleware = statsFastPath({
      answers, driver: {} as never, callerOf: () => caller,
      stats: { currentVersion: async () => version } as never,
      metrics: { operation: (n: string | undefined) => n ?? 'anonymous', graphql: { observe: () => undefined } } as never,
    });
    const sent: string[] = [];
    const headers: Record<string, string> = {};
    const res = { status: () => res, setHeader: (k: string, v: string) => (headers[k] = v), send: (t: string) => sent.push(t) };
    const run = async (body: unknown, accept?: string) => {
      let passed = false;
      await middleware({ method: 'POST', body, headers: accept ? { accept } : {} } as never, res as never, () => (passed = true));
      return passed ? 'apollo' : sent.at(-1);
    };
    return { run, headers };
  };

  it('answers a kept stats query while the version has not moved', async () => {
    const { run, headers } = setup(7);
    expect(await run({ query: QUERY })).toBe('{"data":{}}\n');
    expect(headers).toEqual({ 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' });
  });

  it('hands everything else to Apollo', async () => {
    expect(await setup(8).run({ query: QUERY })).toBe('apollo'); // the graph changed
    expect(await setup(7).run({ query: '{ stats { entityCount } }' })).toBe('apollo'); // not kept
    expect(await setup(7).run({ query: QUERY, variables: { x: 1 } })).toBe('apollo');
    expect(await setup(7).run({ query: QUERY, extensions: {} })).toBe('apollo');
    expect(await setup(7).run({ query: QUERY }, 'application/graphql-response+json')).toBe('apollo');
    expect(await setup(7).run(undefined)).toBe('apollo'); // not a JSON body
    expect(await setup(7, { refused: 'bad key' }).run({ query: QUERY })).toBe('apollo'); // Apollo says why
  });
});

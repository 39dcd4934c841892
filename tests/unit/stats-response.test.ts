import { type OperationDefinitionNode, parse } from 'graphql';
import { onlyStats } from '../../server/stats-response';

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

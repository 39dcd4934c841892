// Whole answers to `stats` queries, kept per graph version. Dashboards ask the same stats
// query every few seconds; its counts are cached already (stats.ts), and so is the answer
// built from them: a request whose only root field is `stats` reads the graph's version
// (the one read the counts cache needs anyway) and, when the version has not moved since
// the answer was made, gets that answer without executing the query again. Any write bumps
// the version, so an answer is never served after the graph changed. Other queries are
// never cached: their cost is the database's, and a benchmark of repeated questions would
// measure the cache instead of the queries.
import { type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse, HeaderMap } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { requireScope } from './auth';
import type { Context } from './context';

/** Distinct stats queries (selection × variables) kept at once. */
export const MAX_CACHED_ANSWERS = 64;

interface Cached { version: number; body: GraphQLResponse['body'] }

/** True when the operation is a query whose root fields are all `stats` (and __typename). */
export function onlyStats(op: OperationDefinitionNode | undefined): boolean {
  if (!op || op.operation !== 'query') return false;
  let stats = false;
  for (const s of op.selectionSet.selections) {
    if (s.kind !== Kind.FIELD || s.directives?.length) return false;
    if (s.name.value === 'stats') stats = true;
    else if (s.name.value !== '__typename') return false;
  }
  return stats;
}

export function statsResponsePlugin(): ApolloServerPlugin<Context> {
  const answers = new Map<string, Cached>();
  const keyOf = (rc: GraphQLRequestContext<Context>) =>
    `${rc.queryHash}\u0000${rc.operationName ?? ''}\u0000${JSON.stringify(rc.request.variables ?? {})}`;
  return {
    async requestDidStart() {
      let version: number | undefined;
      return {
        async responseForOperation(rc) {
          if (!onlyStats(rc.operation)) return null;
          try {
            requireScope(rc.contextValue.caller, 'read');
          } catch {
            return null; // executed, so the resolver's guard answers with its error
          }
          try {
            version = await rc.contextValue.services.stats.currentVersion(rc.contextValue.driver);
          } catch {
            return null; // executed, so the resolver meets the failure and reports it as usual (503 UNAVAILABLE)
          }
          const hit = answers.get(keyOf(rc));
          // A fresh head each time: Apollo merges it into this response's.
          return hit && hit.version === version ? { http: { headers: new HeaderMap(), status: undefined }, body: hit.body } : null;
        },
        async willSendResponse(rc) {
          if (version === undefined || rc.response.body.kind !== 'single' || rc.response.body.singleResult.errors) return;
          const key = keyOf(rc);
          if (answers.get(key)?.version === version) return;
          if (answers.size >= MAX_CACHED_ANSWERS) answers.delete(answers.keys().next().value!);
          answers.set(key, { version, body: rc.response.body });
        },
      };
    },
  };
}

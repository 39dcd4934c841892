// Whole answers to `stats` queries, kept per graph version. Dashboards ask the same stats
// query every few seconds; its counts are cached already (stats.ts), and so is the answer
// built from them: a request whose only root field is `stats` reads the graph's version
// (the one read the counts cache needs anyway) and, when the version has not moved since
// the answer was made, gets that answer without executing the query again. Any write bumps
// the version, so an answer is never served after the graph changed. Other queries are
// never cached: their cost is the database's, and a benchmark of repeated questions would
// measure the cache instead of the queries.
//
// The same answers are also served before Apollo (statsFastPath): a repeated POST of the
// same stats query, by a caller who may read, while the version has not moved, is answered
// by the Express route itself. Apollo's pipeline around a cached answer (hashing the query,
// the plugin hooks, the response's serialisation) was most of what such a request cost the
// server beyond its one version read.
import { type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse, HeaderMap } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Driver } from '../queries/db';
import { type Caller, requireScope } from './auth';
import type { Context } from './context';
import { requestInfoOf } from './logging';
import type { Metrics } from './metrics';
import type { StatsCache } from './stats';

/** Distinct stats queries (selection × variables) kept at once. */
export const MAX_CACHED_ANSWERS = 64;

interface Cached {
  version: number;
  body: GraphQLResponse['body'];
  /** The body as Apollo writes it (JSON and a newline), for the fast path. */
  text: string;
}

/** The answers kept for stats queries, shared by the Apollo plugin and the fast path. */
export class StatsAnswers {
  private readonly byKey = new Map<string, Cached>();
  get(key: string): Cached | undefined {
    return this.byKey.get(key);
  }
  set(key: string, answer: Cached): void {
    if (!this.byKey.has(key) && this.byKey.size >= MAX_CACHED_ANSWERS) this.byKey.delete(this.byKey.keys().next().value!);
    this.byKey.set(key, answer);
  }
}

/** Where an answer is kept: the query's text, operation name and variables. */
export const answerKey = (query: string, operationName: unknown, variables: unknown): string =>
  `${query}\u0000${typeof operationName === 'string' ? operationName : ''}\u0000${JSON.stringify(variables ?? {})}`;

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

export function statsResponsePlugin(answers: StatsAnswers = new StatsAnswers()): ApolloServerPlugin<Context> {
  const keyOf = (rc: GraphQLRequestContext<Context>) => answerKey(rc.request.query ?? `#${rc.queryHash}`, rc.operationName, rc.request.variables);
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
          const { data, extensions } = rc.response.body.singleResult;
          // What Apollo sends for a result without errors: data, then extensions, then a newline.
          const text = `${JSON.stringify(extensions === undefined ? { data } : { data, extensions })}\n`;
          answers.set(key, { version, body: rc.response.body, text });
        },
      };
    },
  };
}

export interface FastPathDeps {
  answers: StatsAnswers;
  stats: StatsCache;
  driver: Driver;
  metrics: Metrics;
  callerOf: (req: Request) => Caller;
}

/**
 * Express middleware in front of Apollo on /graphql: answers a POSTed stats query from the
 * kept answers when the graph has not changed since, and hands everything else to Apollo
 * untouched (other queries, other media types, a caller who may not read, a failed version read).
 */
export function statsFastPath(deps: FastPathDeps) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const started = process.hrtime.bigint();
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (req.method !== 'POST' || typeof body?.query !== 'string' || body.extensions !== undefined || !acceptsJson(req.headers.accept)) return next();
    const hit = deps.answers.get(answerKey(body.query, body.operationName, body.variables));
    if (!hit) return next();
    try {
      requireScope(deps.callerOf(req), 'read');
      if ((await deps.stats.currentVersion(deps.driver)) !== hit.version) return next();
    } catch {
      return next();
    }
    const operation = deps.metrics.operation(typeof body.operationName === 'string' ? body.operationName : undefined);
    const info = requestInfoOf(req);
    if (info) info.operation = operation;
    deps.metrics.graphql.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
    res.status(200);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.send(hit.text);
  };
}

/** Whether Apollo would answer this Accept header with application/json (none, any, or JSON first and no graphql-response). */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept === '' || accept === '*/*') return true;
  return /^application\/json\b/.test(accept) && !accept.includes('graphql-response');
}

// Prepared queries: the /graphql route's fast path for read queries. A query text that
// comes a second time is parsed, validated (with the same rules Apollo applies,
// introspection refused) and compiled by graphql-jit; after that a request with the same
// text runs the compiled function with the same resolvers and context, and its answer is
// sent as Apollo sends it.
// What it is for: Apollo's pipeline and graphql-js's field-by-field execution were most
// of what the API added to Neo4j's own time (bench/README-query.md).
//
// Anything it does not handle the way Apollo would is handed on to Apollo untouched:
// GET, batches, extensions (persisted queries), media types other than JSON, mutations,
// `stats` (it has a fast path of its own), documents that fail to parse or validate, and
// variables that fail to coerce. Errors raised while resolving are formatted by the same
// formatError, counted and logged as Apollo's plugins do.
import type { NextFunction, Request, Response } from 'express';
import {
  type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule,
  Kind, NoSchemaIntrospectionCustomRule, getOperationAST, parse, specifiedRules, validate,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Context } from './context';
import { countError, formatError, logIfInternal, type Log, unavailableIn } from './errors';
import { requestInfoOf } from './logging';
import type { Metrics } from './metrics';
import { acceptsJson } from './stats-response';

export interface PreparedDeps {
  schema: GraphQLSchema;
  /** The validation rules Apollo is given (depth, aliases, complexity). */
  rules: readonly ValidationRule[];
  contextOf: (req: Request) => Context;
  metrics: Metrics;
  log: Log;
  /** Seconds a 503 asks the client to wait. */
  retryAfter: number;
  /** Distinct query texts kept compiled; the oldest is dropped past it. */
  maxEntries?: number;
}

/** A query text's compiled form; null: Apollo answers it; SEEN_ONCE: not compiled yet. */
type Entry = CompiledQuery | null | typeof SEEN_ONCE;

export const MAX_PREPARED = 500;
const HANDED_ON = null;
// Compiling costs more than Apollo's parse and validation of a text, so a text is compiled
// the second time it comes: dashboards and the explorer repeat theirs, a one-off query is
// answered by Apollo alone.
const SEEN_ONCE = Symbol('seen once');

/** Parses, validates and compiles a query text; null when Apollo should answer it. */
export function prepare(schema: GraphQLSchema, rules: readonly ValidationRule[], query: string, operationName: string | undefined): CompiledQuery | null {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return HANDED_ON;
  }
  if (validate(schema, document, [...specifiedRules, ...rules, NoSchemaIntrospectionCustomRule]).length > 0) return HANDED_ON;
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') return HANDED_ON;
  const asksStats = operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === 'stats');
  if (asksStats) return HANDED_ON;
  const compiled = compileQuery(schema, document, operationName);
  return isCompiledQuery(compiled) ? compiled : HANDED_ON;
}

export function preparedQueries(deps: PreparedDeps) {
  const max = deps.maxEntries ?? MAX_PREPARED;
  const entries = new Map<string, Entry>();
  const entryFor = (query: string, operationName: string | undefined): CompiledQuery | null => {
    const key = `${operationName ?? ''}\u0000${query}`;
    const entry = entries.get(key);
    if (entry !== undefined && entry !== SEEN_ONCE) return entry;
    if (entry === undefined && entries.size >= max) entries.delete(entries.keys().next().value!);
    const next = entry === undefined ? SEEN_ONCE : prepare(deps.schema, deps.rules, query, operationName);
    entries.set(key, next);
    return next === SEEN_ONCE ? HANDED_ON : next;
  };

  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const started = process.hrtime.bigint();
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (req.method !== 'POST' || typeof body?.query !== 'string' || body.extensions !== undefined || !acceptsJson(req.headers.accept)) return next();
    const { operationName, variables } = body;
    if (operationName != null && typeof operationName !== 'string') return next();
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return next();
    const compiled = entryFor(body.query, operationName ?? undefined);
    if (!compiled) return next();
    const context = deps.contextOf(req);
    let result: ExecutionResult;
    try {
      result = await compiled.query(undefined, context, (variables ?? {}) as Record<string, unknown>);
    } catch {
      return next();
    }
    // No data at all: the variables did not coerce. Apollo words that error its own way.
    if (result.errors && result.data === undefined) return next();
    const info = requestInfoOf(req);
    const operation = deps.metrics.operation(operationName ?? undefined);
    if (info) info.operation = operation;
    let errors: GraphQLFormattedError[] | undefined;
    if (result.errors) errors = result.errors.map((e) => formatted(e, deps, info?.id));
    if (info && errors) for (const e of errors) info.errorCodes.push(e.extensions!.code as string);
    deps.metrics.graphql.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
    const unavailable = unavailableIn(errors);
    res.status(unavailable ? 503 : 200);
    if (unavailable) res.setHeader('retry-after', String(deps.retryAfter));
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-type', 'application/json; charset=utf-8');
    // Apollo's order of the members, and its trailing newline.
    res.send(`${JSON.stringify({ errors, data: result.data })}\n`);
  };
}

/** One error as Apollo's formatError hook, error counter and internal-error log leave it. */
function formatted(error: GraphQLError, deps: PreparedDeps, requestId: string | undefined): GraphQLFormattedError {
  const shape = error.toJSON();
  logIfInternal(deps.log, error, requestId);
  return countError(deps.metrics, formatError({ ...shape, extensions: { ...shape.extensions, code: shape.extensions?.code ?? 'INTERNAL_SERVER_ERROR' } }, error));
}

// The one normaliser for errors leaving the server. An AppError keeps its code and
// message; a request the client got wrong (parse, validation, variable errors found by
// Apollo before execution) keeps Apollo's; anything else is a bug or an outage we did
// not map, so the client sees "Internal server error" and the stack goes to our log.
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../core/errors';
import type { Metrics } from './metrics';

export const INTERNAL_MESSAGE = 'Internal server error';

const CLIENT_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/** A server log line's writer; `requestId` names the request being served, when there is one. */
export type Log = (message: string, requestId?: string) => void;

interface ErrorShape { path?: ReadonlyArray<string | number>; extensions?: { code?: unknown } }

/** Whether the client is told only "Internal server error" (and our log gets the stack). */
export function isInternal(shape: ErrorShape, error: unknown): boolean {
  if (unwrapResolverError(error) instanceof AppError) return false;
  const code = shape.extensions?.code;
  // Errors from before execution carry no path; those with a path came from resolving.
  return !(shape.path === undefined && typeof code === 'string' && CLIENT_CODES.has(code));
}

/** What the client sees of an error. Pure: the logging is internalErrorLog's. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const where = { locations: formatted.locations, path: formatted.path };
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return { message: original.message, ...where, extensions: { code: original.code } };
  if (!isInternal(formatted, error)) return { message: formatted.message, ...where, extensions: { code: formatted.extensions!.code } };
  return { message: INTERNAL_MESSAGE, ...where, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
}

/** Counts a formatted error by its code (policy_graph_graphql_errors_total) and hands it back. */
export function countError(metrics: Pick<Metrics, 'errors'>, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'UNKNOWN';
  metrics.errors.inc({ code });
  return formatted;
}

/** Whether an answer with these errors is a 503: Neo4j was unreachable. */
export const unavailableIn = (errors: ReadonlyArray<GraphQLFormattedError> | undefined): boolean =>
  errors?.some((e) => e.extensions?.code === ErrorCode.UNAVAILABLE) ?? false;

/** Logs the stack of an error the client is told only "Internal server error" of. */
export function logIfInternal(log: Log, error: GraphQLError, requestId: string | undefined): void {
  if (!isInternal(error, error)) return;
  const original = unwrapResolverError(error);
  const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
  log(`graphql: internal error${error.path ? ` at ${error.path.join('.')}` : ''}: ${detail}`, requestId);
}

/**
 * Logs the stack of every error the client sees as internal, with the request's id. A
 * plugin rather than part of formatError because formatError is not told the request,
 * and carrying it in AsyncLocalStorage put a hook on every promise of every request.
 */
export function internalErrorLog<C extends { request?: { id: string } }>(log: Log): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) logIfInternal(log, error, contextValue.request?.id);
        },
      };
    },
  };
}

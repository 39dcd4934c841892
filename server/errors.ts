// The one normaliser for errors leaving the server. An AppError keeps its code and
// message; a request the client got wrong (parse, validation, variable errors found by
// Apollo before execution) keeps Apollo's; anything else is a bug or an outage we did
// not map, so the client sees "Internal server error" and the stack goes to our log.
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../core/errors';

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

export type Log = (message: string) => void;

export function createFormatError(log: Log) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const where = { locations: formatted.locations, path: formatted.path };
    const original = unwrapResolverError(error);
    if (original instanceof AppError) return { message: original.message, ...where, extensions: { code: original.code } };
    const code = formatted.extensions?.code;
    // Errors from before execution carry no path; those with a path came from resolving.
    if (formatted.path === undefined && typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { message: formatted.message, ...where, extensions: { code } };
    }
    const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
    log(`graphql: internal error${formatted.path ? ` at ${formatted.path.join('.')}` : ''}: ${detail}`);
    return { message: INTERNAL_MESSAGE, ...where, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

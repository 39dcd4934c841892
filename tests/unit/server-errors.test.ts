import { GraphQLError } from 'graphql';
import { AppError, ErrorCode, badInput } from '../../core/errors';
import { INTERNAL_MESSAGE, formatError, internalErrorLog } from '../../server/errors';
import { jsonLine } from '../../server/logging';

// Apollo hands formatError the formatted error and the original (a GraphQLError that
// wraps what a resolver threw).
function fromResolver(thrown: unknown) {
  const error = new GraphQLError(thrown instanceof Error ? thrown.message : String(thrown), {
    path: ['entity'],
    originalError: thrown instanceof Error ? thrown : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  return [{ message: error.message, path: ['entity'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, error] as const;
}

describe('formatError', () => {
  test.each([
    [badInput('first must be from 0 to 100, not 1000000'), ErrorCode.BAD_USER_INPUT],
    [new AppError(ErrorCode.NOT_FOUND, 'no entity with id Q1'), ErrorCode.NOT_FOUND],
    [new AppError(ErrorCode.UNAVAILABLE, 'the graph database is unavailable'), ErrorCode.UNAVAILABLE],
  ])('keeps an AppError’s code and message: %s', async (thrown, code) => {
    const [formatted, error] = fromResolver(thrown);
    expect(formatError(formatted, error)).toEqual({
      message: thrown.message,
      path: ['entity'],
      locations: undefined,
      extensions: { code },
    });
    expect(await logOf(error)).toEqual([]);
  });

  test('hides anything else, and logs its stack on the server with the request id', async () => {
    const secret = new Error('Neo.ClientError.Statement.SyntaxError at line 3 (password=hunter2)');
    const [formatted, error] = fromResolver(secret);
    const out = formatError(formatted, error);
    expect(out).toEqual({ message: INTERNAL_MESSAGE, path: ['entity'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toMatch(/hunter2|SyntaxError|stacktrace/);
    const logged = await logOf(error);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.message).toContain('hunter2');
    expect(logged[0]!.message).toContain('graphql: internal error at entity: ');
    expect(logged[0]!.requestId).toBe('req-7');
  });

  test('keeps the client errors Apollo raises before execution, and does not log them', async () => {
    const formatted = { message: 'Cannot query field "nope" on type "Query".', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] } };
    const error = new GraphQLError(formatted.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const out = formatError(formatted, error);
    expect(out).toEqual({ message: formatted.message, locations: formatted.locations, path: undefined, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(await logOf(error)).toEqual([]);
  });
});

// What the internalErrorLog plugin logs when Apollo reports these errors for request req-7.
async function logOf(...errors: GraphQLError[]): Promise<Array<{ message: string; requestId?: string }>> {
  const logged: Array<{ message: string; requestId?: string }> = [];
  const plugin = internalErrorLog<{ request?: { id: string } }>((message, requestId) => logged.push({ message, requestId }));
  const contextValue = { request: { id: 'req-7' } };
  const listener = await plugin.requestDidStart!({ contextValue } as never);
  await listener!.didEncounterErrors!({ errors, contextValue } as never);
  return logged;
}

test('a JSON log line names its request when given one', () => {
  expect(JSON.parse(jsonLine('error', 'boom', 'req-9'))).toMatchObject({ level: 'error', msg: 'boom', requestId: 'req-9' });
  expect(JSON.parse(jsonLine('info', 'up'))).not.toHaveProperty('requestId');
});

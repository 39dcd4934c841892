import { GraphQLError } from 'graphql';
import { AppError, ErrorCode, badInput } from '../../core/errors';
import { INTERNAL_MESSAGE, createFormatError } from '../../server/errors';

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
  ])('keeps an AppError’s code and message: %s', (thrown, code) => {
    const logged: string[] = [];
    const [formatted, error] = fromResolver(thrown);
    expect(createFormatError((m) => logged.push(m))(formatted, error)).toEqual({
      message: thrown.message,
      path: ['entity'],
      locations: undefined,
      extensions: { code },
    });
    expect(logged).toEqual([]);
  });

  test('hides anything else, and logs its stack on the server', () => {
    const logged: string[] = [];
    const secret = new Error('Neo.ClientError.Statement.SyntaxError at line 3 (password=hunter2)');
    const [formatted, error] = fromResolver(secret);
    const out = createFormatError((m) => logged.push(m))(formatted, error);
    expect(out).toEqual({ message: INTERNAL_MESSAGE, path: ['entity'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toMatch(/hunter2|SyntaxError|stacktrace/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('hunter2');
    expect(logged[0]).toContain('at ');
  });

  test('keeps the client errors Apollo raises before execution', () => {
    const formatted = { message: 'Cannot query field "nope" on type "Query".', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] } };
    const out = createFormatError(() => undefined)(formatted, new GraphQLError(formatted.message));
    expect(out).toEqual({ message: formatted.message, locations: formatted.locations, path: undefined, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});

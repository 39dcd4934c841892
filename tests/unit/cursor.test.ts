import { AppError, ErrorCode } from '../../core/errors';
import { decodeCursor, encodeCursor } from '../../server/cursor';
import { MAX_FIRST, checkFirst } from '../../server/limits';

describe('cursors', () => {
  test.each([
    ['0f3a9c'],
    ['a'.repeat(32)],
    ['ümlaut and spaces / + ='],
  ])('round-trips %j', (id) => {
    const cursor = encodeCursor(id);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(id);
    expect(decodeCursor(cursor)).toBe(id);
  });

  test('is stable: the same id gives the same cursor', () => {
    expect(encodeCursor('abc')).toBe(encodeCursor('abc'));
  });

  test.each([
    ['', 'empty'],
    ['not a cursor!', 'not base64url'],
    [Buffer.from('evidence:1').toString('base64url'), 'another prefix'],
    [Buffer.from('rel:').toString('base64url'), 'no id'],
  ])('rejects %j (%s) as BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(AppError);
    try {
      decodeCursor(cursor);
    } catch (err) {
      expect((err as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
    }
  });
});

describe('checkFirst', () => {
  test.each([
    [undefined, 20, 20],
    [null, 5, 5],
    [0, 20, 0],
    [MAX_FIRST, 20, MAX_FIRST],
  ])('first=%p with fallback %p is %p', (first, fallback, expected) => {
    expect(checkFirst(first, fallback)).toBe(expected);
  });

  test.each([[MAX_FIRST + 1], [1_000_000], [-1]])('rejects %p', (first) => {
    expect(() => checkFirst(first, 20)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
  });
});

// Cursors are opaque to clients. A relationship page is keyed on the relationship id
// (base64url of `rel:<id>`, the v1 format); other pages on their sort key and an id
// (base64url of JSON `[kind, ...key]`), so a page boundary is a fixed place in the order
// and never moves when items are added elsewhere (keyset paging).
import { badInput } from '../core/errors';

const PREFIX = 'rel:';

export const encodeCursor = (relationshipId: string): string => Buffer.from(PREFIX + relationshipId, 'utf8').toString('base64url');

const text = (cursor: string): string => (/^[A-Za-z0-9_-]{1,2000}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '');

/** The relationship id inside a cursor; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string): string {
  const t = text(cursor);
  if (!t.startsWith(PREFIX) || t.length === PREFIX.length) throw badInput(`"${cursor.slice(0, 100)}" is not a valid cursor`);
  return t.slice(PREFIX.length);
}

export type KeyPart = string | number;

/** A cursor for a page of `kind` sorted by `key` (the last item's sort values). */
export const encodeKey = (kind: string, key: readonly KeyPart[]): string => Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');

/** The key inside a cursor of `kind` with `length` parts; BAD_USER_INPUT otherwise. */
export function decodeKey(kind: string, cursor: string, length: number): KeyPart[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text(cursor));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || parsed.length !== length + 1
    || !parsed.slice(1).every((p) => typeof p === 'string' || typeof p === 'number')) {
    throw badInput(`"${cursor.slice(0, 100)}" is not a valid cursor for ${kind}`);
  }
  return parsed.slice(1) as KeyPart[];
}

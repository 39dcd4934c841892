// Cursors are opaque to clients: base64url of a prefix and the sort key (the
// relationship id), so a page boundary never moves when edges are added elsewhere.
import { badInput } from '../core/errors';

const PREFIX = 'rel:';

export const encodeCursor = (relationshipId: string): string => Buffer.from(PREFIX + relationshipId, 'utf8').toString('base64url');

/** The relationship id inside a cursor; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]*$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(PREFIX) || text.length === PREFIX.length) throw badInput(`"${cursor}" is not a valid cursor`);
  return text.slice(PREFIX.length);
}

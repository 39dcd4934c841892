// Who is asking, from `Authorization: Bearer <key>`, and what they may do. Keys are
// compared by their SHA-256 digests with timingSafeEqual, against every configured key
// (no early exit), so the time taken says nothing about how close a guess was.
import { timingSafeEqual } from 'node:crypto';
import type { ApiKey, AuthConfig, Scope } from '../core/auth-config';
import { keyDigest } from '../core/auth-config';
import { AppError, ErrorCode } from '../core/errors';

export interface Principal {
  /** The key's name; 'anonymous' without a key. */
  name: string;
  scopes: readonly Scope[];
}

/** What the request presented: a principal, or why its credentials were refused. */
export type Caller = { principal: Principal } | { refused: string };

export const ANONYMOUS = 'anonymous';

export function findKey(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  const digest = keyDigest(presented);
  let found: ApiKey | undefined;
  for (const k of keys) if (timingSafeEqual(k.digest, digest) && !found) found = k;
  return found;
}

export function identify(auth: AuthConfig, header: string | undefined): Caller {
  if (header === undefined || header.trim() === '') {
    return { principal: { name: ANONYMOUS, scopes: auth.anonymousRead ? ['read'] : [] } };
  }
  const m = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
  if (!m) return { refused: 'the Authorization header must be "Bearer <key>"' };
  const key = findKey(auth.keys, m[1]);
  return key ? { principal: { name: key.name, scopes: key.scopes } } : { refused: 'the API key is not valid' };
}

/** The principal when it holds `scope`; UNAUTHENTICATED without valid credentials, FORBIDDEN when the key lacks the scope. */
export function requireScope(caller: Caller, scope: Scope): Principal {
  if ('refused' in caller) throw new AppError(ErrorCode.UNAUTHENTICATED, caller.refused);
  const p = caller.principal;
  if (p.scopes.includes(scope)) return p;
  if (p.name === ANONYMOUS) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, scope === 'write' ? 'writing needs an API key with the write scope' : 'reading needs an API key (anonymous reads are off)');
  }
  throw new AppError(ErrorCode.FORBIDDEN, `the API key "${p.name}" lacks the ${scope} scope`);
}

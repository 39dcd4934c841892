// The rate-limit middleware: a request with a valid API key draws on that key's bucket,
// any other request (anonymous, or a key that is not valid) on its client IP's bucket,
// so guessing keys is limited per IP. Refused: 429, Retry-After, a GraphQL-shaped error.
import type express from 'express';
import type { RateLimit } from '../../core/config';
import { ErrorCode } from '../../core/errors';
import { ANONYMOUS, type Caller } from '../auth';
import { TokenBuckets } from './rate-limit';

export interface RateLimiter {
  middleware: express.RequestHandler;
  close(): void;
}

export function rateLimiter(
  ip: RateLimit | null, key: RateLimit | null, callerOf: (req: express.Request) => Caller, refused?: (by: 'ip' | 'key') => void,
): RateLimiter {
  const byIp = ip ? new TokenBuckets(ip) : undefined;
  const byKey = key ? new TokenBuckets(key) : undefined;
  // Full buckets are dropped once a minute so idle clients cost nothing.
  const sweeper = setInterval(() => {
    byIp?.sweep();
    byKey?.sweep();
  }, 60_000);
  sweeper.unref();
  const middleware: express.RequestHandler = (req, res, next) => {
    const caller = callerOf(req);
    const keyName = 'principal' in caller && caller.principal.name !== ANONYMOUS ? caller.principal.name : undefined;
    const by = keyName !== undefined ? 'key' : 'ip';
    const buckets = keyName !== undefined ? byKey : byIp;
    const taken = buckets?.take(keyName ?? req.ip ?? 'unknown') ?? { ok: true as const };
    if (taken.ok) {
      next();
      return;
    }
    refused?.(by);
    res.status(429).setHeader('Retry-After', String(taken.retryAfterSeconds)).json({
      errors: [{ message: `too many requests; retry after ${taken.retryAfterSeconds} s`, extensions: { code: ErrorCode.RATE_LIMITED } }],
    });
  };
  return { middleware, close: () => clearInterval(sweeper) };
}

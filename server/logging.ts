// Structured logs: one JSON object a line. Each request gets an id (the client's
// X-Request-Id when it is a short token, else a new UUID), returned as X-Request-Id and
// kept with the request (requestInfoOf), so errors logged while serving it name it.
// A request line holds method, path (no query string), status, duration, client IP, key
// name and GraphQL operation: never headers (Authorization), bodies or variables.
import { randomUUID } from 'node:crypto';
import type express from 'express';

export interface RequestInfo {
  id: string;
  /** The API key's name, or 'anonymous'. */
  principal?: string;
  operation?: string;
  /** extensions.code of the errors sent. */
  errorCodes: string[];
}

// Kept beside the request, not in AsyncLocalStorage: on Node 20 that installs a hook run
// for every promise the process creates, which cost the API 5-10 % on small requests.
const infos = new WeakMap<object, RequestInfo>();
/** The request's id and log fields, once requestLogger has seen it. */
export const requestInfoOf = (req: object): RequestInfo | undefined => infos.get(req);

export type LineWriter = (line: string) => void;

/** One JSON log line, naming the request it was written for when there is one. */
export function jsonLine(level: 'info' | 'warn' | 'error', msg: string, requestId?: string): string {
  return JSON.stringify({ time: new Date().toISOString(), level, msg, ...(requestId ? { requestId } : {}) });
}

const CLIENT_ID = /^[\w.:-]{1,64}$/;

// Request ids need to be unique, not secret: a random prefix per process and a counter, in
// the shape of a UUID. A fresh randomUUID() per request cost more than the rest of the
// logger on small requests.
const ID_PREFIX = randomUUID().slice(0, 24);
let requestCount = 0;
const nextRequestId = (): string => ID_PREFIX + (requestCount = (requestCount + 1) % 2 ** 48).toString(16).padStart(12, '0');

/**
 * Assigns the request id and, when `write` is given, logs one line when the answer is
 * finished (or the client went away). `observe` gets the route's duration for metrics.
 */
export function requestLogger(write: LineWriter | undefined, observe?: (req: express.Request, path: string, status: number, seconds: number) => void): express.RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const info: RequestInfo = { id: typeof given === 'string' && CLIENT_ID.test(given) ? given : nextRequestId(), errorCodes: [] };
    res.setHeader('X-Request-Id', info.id);
    const started = process.hrtime.bigint();
    // Routers mounted at a path (app.use('/graphql', …)) shorten req.path; keep the original.
    const path = req.path.slice(0, 200);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.writableFinished ? res.statusCode : 499;
      observe?.(req, path, status, seconds);
      if (!write) return;
      write(JSON.stringify({
        time: new Date().toISOString(), level: status >= 500 ? 'error' : 'info', msg: 'request', requestId: info.id,
        method: req.method, path, status, ms: Math.round(seconds * 10_000) / 10,
        ip: req.ip, principal: info.principal, operation: info.operation,
        ...(info.errorCodes.length ? { errors: [...new Set(info.errorCodes)] } : {}),
      }));
    };
    res.once('finish', finish);
    res.once('close', finish);
    infos.set(req, info);
    next();
  };
}

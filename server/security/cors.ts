// CORS from an allow-list (POLICY_GRAPH_CORS_ORIGINS): a listed origin gets
// Access-Control-Allow-Origin and its preflights are answered; any other origin gets no
// CORS headers, so browsers keep its scripts from reading answers. No credentials mode:
// the API authenticates with a Bearer header, never cookies.
import type express from 'express';

export const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name, X-Request-Id';

export function cors(origins: readonly string[]): express.RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (origins.length > 0) res.vary('Origin');
    if (origin === undefined || !(any || allowed.has(origin))) {
      // A preflight from an origin not on the list: refused here, the browser stops.
      if (preflight && origin !== undefined) {
        res.status(403).end();
        return;
      }
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
    res.setHeader('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After');
    if (preflight) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', CORS_ALLOW_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

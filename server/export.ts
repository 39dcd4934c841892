// GET /export/{graphml,json,csv}?center=…&depth=…[&types=A,B][&limit=…][&asOf=…][&table=nodes]:
// the subgraph that `subgraph` returns, as a file. Needs the read scope, like queries.
import express from 'express';
import { AppError, ErrorCode, badInput } from '../core/errors';
import { isRelationshipType, type RelationshipType } from '../core/ontology';
import { requireScope } from './auth';
import type { Context } from './context';
import type { Log } from './errors';
import { findSubgraph } from './find';
import { toCsv, toGraphml, toJson } from './formats';
import { requestInfoOf } from './logging';
import { isDay } from './scalars';

const FORMATS = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  json: { type: 'application/json; charset=utf-8', write: toJson },
  csv: { type: 'text/csv; charset=utf-8', write: toCsv },
} as const;

const one = (q: unknown, name: string): string | undefined => {
  if (q === undefined) return undefined;
  if (typeof q !== 'string') throw badInput(`${name} must be given once`);
  return q;
};
const int = (q: string | undefined, name: string): number | undefined => {
  if (q === undefined) return undefined;
  if (!/^\d{1,6}$/.test(q)) throw badInput(`${name} must be a whole number`);
  return Number(q);
};

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400, [ErrorCode.UNAUTHENTICATED]: 401, [ErrorCode.FORBIDDEN]: 403, [ErrorCode.NOT_FOUND]: 404, [ErrorCode.UNAVAILABLE]: 503,
};

export function exportRouter(context: (req: express.Request) => Context, log: Log): express.Router {
  const router = express.Router();
  router.get('/export/:format', async (req, res) => {
    try {
      const format = FORMATS[req.params.format as keyof typeof FORMATS];
      if (!Object.hasOwn(FORMATS, req.params.format)) throw new AppError(ErrorCode.NOT_FOUND, `no export format "${req.params.format}"; use graphml, json or csv`);
      const ctx = context(req);
      requireScope(ctx.caller, 'read');
      const center = one(req.query.center, 'center');
      if (!center) throw badInput('center (an entity id) is required');
      const types = one(req.query.types, 'types')?.split(',').filter((t) => t !== '');
      if (types?.some((t) => !isRelationshipType(t))) throw badInput('types must be relationship types, separated by commas');
      const asOf = one(req.query.asOf, 'asOf');
      if (asOf !== undefined && !isDay(asOf)) throw badInput('asOf must be a day, YYYY-MM-DD');
      const table = one(req.query.table, 'table') ?? 'edges';
      if (table !== 'edges' && table !== 'nodes') throw badInput('table must be edges or nodes');
      const graph = await findSubgraph(ctx, {
        center, depth: int(one(req.query.depth, 'depth'), 'depth'), limit: int(one(req.query.limit, 'limit'), 'limit'),
        types: (types as RelationshipType[] | undefined) ?? null, asOf: asOf ?? null,
      });
      const body = format === FORMATS.csv ? toCsv(graph, table) : format.write(graph);
      const name = `policy-graph-${center.replace(/[^\w.-]+/g, '_').slice(0, 60)}${table === 'nodes' ? '-nodes' : ''}.${req.params.format}`;
      res.status(200).set({
        'Content-Type': format.type, 'Content-Disposition': `attachment; filename="${name}"`, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store',
      }).send(body);
    } catch (err) {
      if (err instanceof AppError) {
        res.status(STATUS[err.code] ?? 400).json({ error: { message: err.message, code: err.code } });
        return;
      }
      log(`export: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, requestInfoOf(req)?.id);
      res.status(500).json({ error: { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' } });
    }
  });
  return router;
}

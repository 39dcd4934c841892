// Top-level lookups behind Query: argument checks, then a loader or a query function.
import { AppError, ErrorCode, badInput } from '../core/errors';
import type { EntityType, RelationshipType } from '../core/ontology';
import type { DocumentRecord } from '../queries/documents';
import { type EntityRecord, entityByName, entitySeenBy } from '../queries/entities';
import { COMPANY_GOVERNMENT_LINKS, MAX_HOPS, MAX_PATHS, type PathRecord, shortestPathStatement, shortestPaths } from '../queries/paths';
import { relationshipPageStatement } from '../queries/relationships';
import { type PolicyRecord, policyById } from '../queries/policy';
import { MAX_SEARCH_TEXT, searchEntities } from '../queries/search';
import { MAX_DEPTH, MAX_NODES, type SubgraphRecord, subgraph, subgraphStatements } from '../queries/subgraph';
import { type Driver, read } from '../queries/db';
import type { Context } from './context';
import { checkFirst, checkId, checkLength, checkList, checkRange } from './limits';

/** An entity as read for a date: its fields below are answered as of then too. */
export type DatedEntity = EntityRecord & { asOf?: string | null };

const nullIfNotFound = <T>(p: Promise<T>): Promise<T | null> =>
  p.catch((err: unknown) => {
    if (err instanceof AppError && err.code === ErrorCode.NOT_FOUND) return null;
    throw err;
  });

const MAX_NAME = 500;

async function byIdOrName(ctx: Context, what: string, args: { id?: string | null; name?: string | null }): Promise<EntityRecord | null> {
  const hasId = args.id != null;
  if (hasId === (args.name != null)) throw badInput(`${what} takes exactly one of id and name`);
  if (hasId) return nullIfNotFound(ctx.loaders.entity.load(checkId('id', args.id!)));
  const found = await entityByName(ctx.driver, checkLength('name', args.name!, MAX_NAME));
  if (found) ctx.loaders.remember(found);
  return found;
}

export async function findEntity(ctx: Context, args: { id?: string | null; name?: string | null; asOf?: string | null }): Promise<DatedEntity | null> {
  const entity = await byIdOrName(ctx, 'entity', args);
  if (!entity || !args.asOf) return entity;
  return (await entitySeenBy(ctx.driver, entity.id, args.asOf)) ? { ...entity, asOf: args.asOf } : null;
}

export function findDocument(ctx: Context, id: string): Promise<DocumentRecord | null> {
  return nullIfNotFound(ctx.loaders.document.load(checkId('id', id)));
}

export function search(ctx: Context, args: { text: string; types?: EntityType[] | null; first?: number | null }): Promise<EntityRecord[]> {
  return searchEntities(ctx.driver, checkLength('text', args.text, MAX_SEARCH_TEXT), args.types, checkFirst(args.first, 10));
}

// ---- paths ----

export interface PathsArgs {
  from: string; to: string; maxHops?: number | null; types?: RelationshipType[] | null; exclude?: string[] | null;
  first?: number | null; asOf?: string | null;
}
export type DatedPath = PathRecord & { asOf: string | null };

/** How long a path search may run before Neo4j stops it. */
export const PATH_TIMEOUT_MS = 5_000;

export async function paths(ctx: Context, args: PathsArgs): Promise<DatedPath[]> {
  const maxHops = checkRange('maxHops', args.maxHops, 4, 1, MAX_HOPS);
  const first = checkFirst(args.first, 5, MAX_PATHS, 1);
  const exclude = (checkList('exclude', args.exclude, 100) ?? []).filter((id) => id !== args.from && id !== args.to);
  checkId('from', args.from);
  checkId('to', args.to);
  if (args.from === args.to) throw badInput('from and to must be different entities');
  const found = await shortestPaths(ctx.driver, {
    from: args.from, to: args.to, maxHops, types: args.types ?? null, exclude, first, asOf: args.asOf ?? null, timeoutMs: PATH_TIMEOUT_MS,
  });
  return found.map((p) => ({ ...p, asOf: args.asOf ?? null }));
}

// ---- policy ----

export async function findPolicy(ctx: Context, args: { id?: string | null; name?: string | null }): Promise<PolicyRecord | null> {
  const entity = await byIdOrName(ctx, 'policy', args);
  if (!entity || entity.type !== 'Policy') return null;
  return policyById(ctx.driver, entity.id);
}

// ---- subgraph ----

export interface SubgraphArgs { center: string; depth?: number | null; types?: RelationshipType[] | null; limit?: number | null; asOf?: string | null }

export async function findSubgraph(ctx: Context, args: SubgraphArgs): Promise<SubgraphRecord & { asOf: string | null }> {
  const depth = checkRange('depth', args.depth, 1, 1, MAX_DEPTH);
  const limit = checkRange('limit', args.limit, 200, 1, MAX_NODES);
  const found = await subgraph(ctx.driver, { center: checkId('center', args.center), depth, types: args.types ?? null, limit, asOf: args.asOf ?? null });
  if (!found) throw new AppError(ErrorCode.NOT_FOUND, `no entity with id ${args.center}`);
  return { ...found, asOf: args.asOf ?? null };
}

// ---- plans ----

/**
 * Runs the statements of the common questions once on nothing (no ids, no such entity),
 * so Neo4j plans and caches them before the first request. The relationship page and the
 * links are unions of many small branches: planning one takes about 0.5 s of CPU, seconds
 * on a busy machine, and a first request could otherwise run into the query timeout.
 * (EXPLAIN does not fill the plan cache; running does.) Call it once after start-up.
 */
export async function warmQueryPlans(driver: Driver): Promise<void> {
  // Parameters of the same types as real calls (the plan cache keys on them), naming nothing.
  const none = { ids: [''], eids: [''], frontier: [''], seen: [''], after: null, limit: 21, room: 200, edgeLimit: 1000, asOf: null };
  const statements = [
    ...(['BOTH', 'OUT', 'IN'] as const).map((d) => relationshipPageStatement(d, null, false)),
    shortestPathStatement(4, null, false, false),
    COMPANY_GOVERNMENT_LINKS.company,
    subgraphStatements(null, false).nextLevel,
    subgraphStatements(null, false).edgesAmong,
  ];
  for (const statement of statements) {
    await read(driver, statement, { ...none, from: '', to: '', exclude: [], first: 1, company: '', government: null });
  }
}

// Top-level lookups behind Query: argument checks, then a loader or a query function.
import { AppError, ErrorCode, badInput } from '../core/errors';
import type { EntityType } from '../core/ontology';
import type { DocumentRecord } from '../queries/documents';
import { type EntityRecord, entityByName } from '../queries/entities';
import { searchEntities } from '../queries/search';
import type { Context } from './context';
import { checkFirst } from './limits';

const nullIfNotFound = <T>(p: Promise<T>): Promise<T | null> =>
  p.catch((err: unknown) => {
    if (err instanceof AppError && err.code === ErrorCode.NOT_FOUND) return null;
    throw err;
  });

export function findEntity(ctx: Context, args: { id?: string | null; name?: string | null }): Promise<EntityRecord | null> {
  const hasId = args.id != null;
  if (hasId === (args.name != null)) throw badInput('entity takes exactly one of id and name');
  return hasId ? nullIfNotFound(ctx.loaders.entity.load(args.id!)) : entityByName(ctx.driver, args.name!);
}

export function findDocument(ctx: Context, id: string): Promise<DocumentRecord | null> {
  return nullIfNotFound(ctx.loaders.document.load(id));
}

export function search(ctx: Context, args: { text: string; types?: EntityType[] | null; first?: number | null }): Promise<EntityRecord[]> {
  return searchEntities(ctx.driver, args.text, args.types, checkFirst(args.first, 10));
}

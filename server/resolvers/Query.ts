import type { EntityType } from '../../core/ontology';
import type { Context } from '../context';
import { findDocument, findEntity, search } from '../find';

export const Query = {
  entity: (_: unknown, args: { id?: string | null; name?: string | null }, ctx: Context) => findEntity(ctx, args),
  search: (_: unknown, args: { text: string; types?: EntityType[] | null; first?: number | null }, ctx: Context) => search(ctx, args),
  document: (_: unknown, args: { id: string }, ctx: Context) => findDocument(ctx, args.id),
};

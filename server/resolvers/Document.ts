import type { DocumentRecord } from '../../queries/documents';
import type { Context } from '../context';
import { checkFirst } from '../limits';

export const Document = {
  entities: async (d: DocumentRecord, args: { first?: number | null }, ctx: Context) =>
    ctx.loaders.entity.loadMany(await ctx.loaders.documentEntities.load({ id: d.id, limit: checkFirst(args.first, 50) })),
  relationships: async (d: DocumentRecord, args: { first?: number | null }, ctx: Context) => {
    const keys = await ctx.loaders.documentRelationships.load({ id: d.id, limit: checkFirst(args.first, 50) });
    return ctx.loaders.relationship.loadMany(keys.map((key) => ({ key, asOf: null })));
  },
};

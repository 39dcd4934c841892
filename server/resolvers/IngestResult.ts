import type { Context } from '../context';
import type { IngestOutcome } from '../mutate';

export const IngestResult = {
  document: (r: IngestOutcome, _: unknown, ctx: Context) => ctx.loaders.document.load(r.documentId),
  entities: async (r: IngestOutcome, _: unknown, ctx: Context) =>
    ctx.loaders.entity.loadMany(await ctx.loaders.documentEntities.load({ id: r.documentId, limit: 100 })),
  relationships: async (r: IngestOutcome, _: unknown, ctx: Context) => {
    const keys = await ctx.loaders.documentRelationships.load({ id: r.documentId, limit: 100 });
    return ctx.loaders.relationship.loadMany(keys.map((key) => ({ key, asOf: null })));
  },
};

export const Merge = {
  keep: (m: { keep: string }, _: unknown, ctx: Context) => ctx.loaders.entity.load(m.keep),
};

import { RELATIONSHIP_TYPES, type RelationshipType } from '../../core/ontology';
import type { Direction } from '../../queries/relationships';
import { type RelationshipsArgs, entityDocuments, relationshipConnection } from '../connection';
import type { Context } from '../context';
import type { DatedEntity } from '../find';
import { checkFirst } from '../limits';

const stats = (e: DatedEntity, ctx: Context) => ctx.loaders.entityStats.load({ id: e.id, asOf: e.asOf ?? null });

export const Entity = {
  degree: async (e: DatedEntity, _: unknown, ctx: Context) => (await stats(e, ctx)).degree,
  firstSeen: async (e: DatedEntity, _: unknown, ctx: Context) => (await stats(e, ctx)).firstSeen,
  lastSeen: async (e: DatedEntity, _: unknown, ctx: Context) => (await stats(e, ctx)).lastSeen,
  relationships: (e: DatedEntity, args: RelationshipsArgs, ctx: Context) => relationshipConnection(ctx, e.id, args, e.asOf ?? null),
  documents: (e: DatedEntity, args: { first?: number | null; after?: string | null }, ctx: Context) => entityDocuments(ctx, e.id, args),
  neighbors: async (e: DatedEntity, args: { types?: RelationshipType[] | null; direction?: Direction | null; first?: number | null }, ctx: Context) => {
    const ids = await ctx.loaders.neighbors.load({
      id: e.id, direction: args.direction ?? 'BOTH', types: args.types ? [...new Set(args.types)].sort() : RELATIONSHIP_TYPES,
      limit: checkFirst(args.first, 20), asOf: e.asOf ?? null,
    });
    return ctx.loaders.entity.loadMany(ids).then((all) => all.map((x) => (x instanceof Error ? null : x)).filter((x) => x !== null));
  },
};

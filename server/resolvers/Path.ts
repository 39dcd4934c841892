import type { DatedPath } from '../find';
import type { Context } from '../context';

// A path's relationships are read as of the date the path was searched for.
export const Path = {
  length: (p: DatedPath) => p.relationships.length,
  nodes: (p: DatedPath, _: unknown, ctx: Context) => ctx.loaders.entity.loadMany(p.nodeIds),
  relationships: (p: DatedPath, _: unknown, ctx: Context) =>
    ctx.loaders.relationship.loadMany(p.relationships.map((key) => ({ key, asOf: p.asOf ?? null }))),
};

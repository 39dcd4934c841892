import type { EntityRecord } from '../../queries/entities';
import type { RelationshipRecord } from '../../queries/relationships';
import type { Context } from '../context';
import { checkFirst } from '../limits';

type Node = EntityRecord & { distance: number; asOf?: string | null };

export const GraphNode = {
  entity: (n: Node) => n,
};

export const GraphEdge = {
  source: (r: RelationshipRecord) => r.sourceId,
  target: (r: RelationshipRecord) => r.targetId,
  label: (r: RelationshipRecord) => r.action ?? r.role ?? r.status ?? null,
  relationship: (r: RelationshipRecord) => r,
};

export const Subgraph = {
  nodes: (s: { nodes: Node[]; asOf: string | null }) => s.nodes.map((n) => (s.asOf ? { ...n, asOf: s.asOf } : n)),
  edges: (s: { edges: RelationshipRecord[]; asOf: string | null }) => s.edges.map((r) => (s.asOf ? { ...r, asOf: s.asOf } : r)),
};

export const Stats = {
  documentCount: async (_: unknown, __: unknown, ctx: Context) => (await ctx.services.stats.stats(ctx.driver)).documentCount,
  entityCounts: async (_: unknown, __: unknown, ctx: Context) => (await ctx.services.stats.stats(ctx.driver)).entityCounts,
  relationshipCounts: async (_: unknown, __: unknown, ctx: Context) => (await ctx.services.stats.stats(ctx.driver)).relationshipCounts,
  documentsPerMonth: async (_: unknown, __: unknown, ctx: Context) => (await ctx.services.stats.stats(ctx.driver)).documentsPerMonth,
  topEntities: async (_: unknown, args: { type?: string | null; first?: number | null }, ctx: Context) => {
    const top = await ctx.services.stats.top(ctx.driver, args.type ?? null, checkFirst(args.first, 10));
    return top.map((t) => ({ entityId: t.id, degree: t.degree }));
  },
};

export const EntityDegree = {
  entity: (t: { entityId: string }, _: unknown, ctx: Context) => ctx.loaders.entity.load(t.entityId),
};

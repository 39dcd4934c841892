import type { EntityRecord } from '../../queries/entities';
import type { RelationshipRecord } from '../../queries/relationships';
import type { StatsRecord } from '../../queries/stats';
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

/** What `Query.stats` resolves to: the counts, read (version check included) once per request. */
export interface StatsParent { counts: () => Promise<StatsRecord> }

export const Stats = {
  documentCount: async (s: StatsParent) => (await s.counts()).documentCount,
  entityCounts: async (s: StatsParent) => (await s.counts()).entityCounts,
  relationshipCounts: async (s: StatsParent) => (await s.counts()).relationshipCounts,
  documentsPerMonth: async (s: StatsParent) => (await s.counts()).documentsPerMonth,
  topEntities: async (_: StatsParent, args: { type?: string | null; first?: number | null }, ctx: Context) => {
    const top = await ctx.services.stats.top(ctx.driver, args.type ?? null, checkFirst(args.first, 10));
    return top.map((t) => ({ entityId: t.id, degree: t.degree }));
  },
};

export const EntityDegree = {
  entity: (t: { entityId: string }, _: unknown, ctx: Context) => ctx.loaders.entity.load(t.entityId),
};

import type { PolicyRecord } from '../../queries/policy';
import { timelineEvents } from '../../queries/timeline';
import type { Context } from '../context';

export const PolicyOverview = {
  policy: (p: PolicyRecord, _: unknown, ctx: Context) => ctx.loaders.entity.load(p.policyId),
  tracks: (p: PolicyRecord, _: unknown, ctx: Context) => ctx.loaders.entity.loadMany(p.tracks),
  partOf: (p: PolicyRecord, _: unknown, ctx: Context) => ctx.loaders.entity.loadMany(p.partOf),
  announcedBy: (p: PolicyRecord, _: unknown, ctx: Context) => ctx.loaders.entity.loadMany(p.announcedBy),
  targets: (p: PolicyRecord, _: unknown, ctx: Context) => ctx.loaders.relationship.loadMany(p.targets.map((key) => ({ key, asOf: null }))),
  supporters: (p: PolicyRecord, _: unknown, ctx: Context) => ctx.loaders.entity.loadMany(p.supporters),
  opponents: (p: PolicyRecord, _: unknown, ctx: Context) => ctx.loaders.entity.loadMany(p.opponents),
  timeline: async (p: PolicyRecord, _: unknown, ctx: Context) =>
    (await timelineEvents(ctx.driver, { entities: [p.policyId, ...p.tracks], types: null, from: null, to: null, after: null, limit: 50 })).events,
};

import type { EventRecord } from '../../queries/timeline';
import type { Context } from '../context';

export const TimelineEvent = {
  relationship: (e: EventRecord, _: unknown, ctx: Context) => ctx.loaders.relationship.load({ key: e.relationship, asOf: null }),
  evidence: (e: EventRecord, _: unknown, ctx: Context) => ctx.loaders.evidenceById.loadMany(e.evidenceIds),
};

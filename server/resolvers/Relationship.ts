import type { RelationshipRecord } from '../../queries/relationships';
import type { Context } from '../context';
import { checkFirst } from '../limits';

export const Relationship = {
  source: (r: RelationshipRecord, _: unknown, ctx: Context) => ctx.loaders.known(r.sourceId) ?? ctx.loaders.entity.load(r.sourceId),
  target: (r: RelationshipRecord, _: unknown, ctx: Context) => ctx.loaders.known(r.targetId) ?? ctx.loaders.entity.load(r.targetId),
  evidence: (r: RelationshipRecord, args: { first?: number | null }, ctx: Context) =>
    ctx.loaders.evidence.load({ relId: r.id, first: checkFirst(args.first, 5), asOf: r.asOf ?? null }),
};

import type { LinkRecord } from '../../queries/paths';
import type { Context } from '../context';

export const CompanyGovernmentLink = {
  company: (l: LinkRecord, _: unknown, ctx: Context) => ctx.loaders.entity.load(l.companyId),
  government: (l: LinkRecord, _: unknown, ctx: Context) => ctx.loaders.entity.load(l.governmentId),
  path: (l: LinkRecord) => ({ ...l.path, asOf: null }),
};

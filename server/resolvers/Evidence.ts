import type { EvidenceRecord } from '../../queries/evidence';
import type { Context } from '../context';

export const Evidence = {
  document: (v: EvidenceRecord, _: unknown, ctx: Context) => ctx.loaders.document.load(v.documentId),
};

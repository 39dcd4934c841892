import type { Context } from '../context';
import { type IngestInput, alias, ingestDocument, merge, removeDocument, undo } from '../mutate';
import { requireScope } from '../auth';

export const Mutation = {
  ingestDocument: (_: unknown, args: { input: IngestInput }, ctx: Context) => ingestDocument(ctx, args.input),
  deleteDocument: (_: unknown, args: { id: string }, ctx: Context) => removeDocument(ctx, args.id),
  mergeEntities: (_: unknown, args: { keep: string; merge: string[] }, ctx: Context) => merge(ctx, requireScope(ctx.caller, 'write'), args),
  undoMerge: (_: unknown, args: { id: string }, ctx: Context) => undo(ctx, requireScope(ctx.caller, 'write'), args.id),
  addAlias: (_: unknown, args: { entity: string; alias: string }, ctx: Context) => alias(ctx, args),
};

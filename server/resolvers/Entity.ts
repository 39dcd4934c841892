import type { EntityRecord } from '../../queries/entities';
import { type RelationshipsArgs, relationshipConnection } from '../connection';
import type { Context } from '../context';

export const Entity = {
  relationships: (e: EntityRecord, args: RelationshipsArgs, ctx: Context) => relationshipConnection(ctx, e.id, args),
};

// Builds a RelationshipConnection: asks for one more edge than the page holds to
// learn whether another page follows.
import type { RelationshipType } from '../core/ontology';
import type { Direction, RelationshipRecord } from '../queries/relationships';
import type { Context } from './context';
import { decodeCursor, encodeCursor } from './cursor';
import { checkFirst } from './limits';

export interface RelationshipsArgs {
  types?: RelationshipType[] | null;
  direction?: Direction | null;
  first?: number | null;
  after?: string | null;
}

export interface RelationshipConnection {
  totalCount: number;
  edges: Array<{ cursor: string; node: RelationshipRecord }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export async function relationshipConnection(ctx: Context, entityId: string, args: RelationshipsArgs): Promise<RelationshipConnection> {
  const first = checkFirst(args.first, 20);
  const after = args.after ? decodeCursor(args.after) : null;
  // An empty list would match nothing; it means "no filter" only when omitted.
  const types = args.types ? [...new Set(args.types)].sort() : null;
  const page = await ctx.loaders.relationships.load({
    entityId,
    args: { types, direction: args.direction ?? 'BOTH', after, limit: first + 1 },
  });
  const nodes = page.relationships.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: { hasNextPage: page.relationships.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

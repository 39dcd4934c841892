import type { EntityType, RelationshipType } from '../../core/ontology';
import type { DocumentFilter } from '../../queries/documents';
import type { EntityOrder } from '../../queries/entities';
import type { RelationshipFilter } from '../../queries/relationships';
import { allRelationships, changes, documents, entities, links, timeline, type ChangesArgs, type TimelineArgs } from '../connection';
import type { StatsRecord } from '../../queries/stats';
import type { Context } from '../context';
import type { StatsParent } from './Graph';
import { type PathsArgs, type SubgraphArgs, findDocument, findEntity, findPolicy, findSubgraph, paths, search } from '../find';


export const Query = {
  entity: (_p: unknown, args: { id?: string | null; name?: string | null; asOf?: string | null }, ctx: Context) => findEntity(ctx, args),
  entities: (_p: unknown, args: { type?: EntityType | null; first?: number | null; after?: string | null; orderBy?: EntityOrder | null }, ctx: Context) =>
    entities(ctx, args),
  search: (_p: unknown, args: { text: string; types?: EntityType[] | null; first?: number | null }, ctx: Context) => search(ctx, args),
  relationships: (_p: unknown, args: { filter?: RelationshipFilter | null; first?: number | null; after?: string | null; asOf?: string | null }, ctx: Context) =>
    allRelationships(ctx, args),
  paths: (_p: unknown, args: PathsArgs, ctx: Context) => paths(ctx, args),
  companyGovernmentLinks: (_p: unknown, args: { company?: string | null; government?: string | null; first?: number | null; after?: string | null }, ctx: Context) =>
    links(ctx, args),
  policy: (_p: unknown, args: { id?: string | null; name?: string | null }, ctx: Context) => findPolicy(ctx, args),
  timeline: (_p: unknown, args: TimelineArgs, ctx: Context) => timeline(ctx, args),
  subgraph: (_p: unknown, args: SubgraphArgs, ctx: Context) => findSubgraph(ctx, args),
  documents: (_p: unknown, args: { filter?: DocumentFilter | null; first?: number | null; after?: string | null }, ctx: Context) => documents(ctx, args),
  document: (_p: unknown, args: { id: string }, ctx: Context) => findDocument(ctx, args.id),
  changes: (_p: unknown, args: ChangesArgs, ctx: Context) => changes(ctx, args),
  // The four count fields share one read: one version check per request, not one per field.
  stats: (_p: unknown, _a: unknown, ctx: Context): StatsParent => {
    let counts: Promise<StatsRecord> | undefined;
    return { counts: () => (counts ??= ctx.services.stats.stats(ctx.driver)) };
  },
};

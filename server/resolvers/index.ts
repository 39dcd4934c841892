// One file per GraphQL type; fields not listed here resolve to the record's property of
// the same name. Every Query field needs the read scope and every Mutation field the
// write scope: the guard wraps them here, once, so no resolver can forget it.
import type { Scope } from '../../core/auth-config';
import { requireScope } from '../auth';
import type { Context } from '../context';
import { DateScalar } from '../scalars';
import { CompanyGovernmentLink } from './CompanyGovernmentLink';
import { Document } from './Document';
import { Entity } from './Entity';
import { Evidence } from './Evidence';
import { EntityDegree, GraphEdge, GraphNode, Stats, Subgraph } from './Graph';
import { IngestResult, Merge } from './IngestResult';
import { Mutation } from './Mutation';
import { Path } from './Path';
import { PolicyOverview } from './PolicyOverview';
import { Query } from './Query';
import { Relationship } from './Relationship';
import { TimelineEvent } from './TimelineEvent';

type Resolver = (parent: unknown, args: never, ctx: Context, info: unknown) => unknown;

function guarded<T extends Record<string, Resolver>>(scope: Scope, fields: T): T {
  const out: Record<string, Resolver> = {};
  for (const [name, resolve] of Object.entries(fields)) {
    out[name] = (parent, args, ctx, info) => {
      requireScope(ctx.caller, scope);
      return resolve(parent, args, ctx, info);
    };
  }
  return out as T;
}

export const objectResolvers = {
  Query: guarded('read', Query as unknown as Record<string, Resolver>),
  Mutation: guarded('write', Mutation as unknown as Record<string, Resolver>),
  Entity, Relationship, Evidence, Document, Path, CompanyGovernmentLink, PolicyOverview, TimelineEvent,
  Subgraph, GraphNode, GraphEdge, Stats, EntityDegree, IngestResult, Merge,
};

export const resolvers = { ...objectResolvers, Date: DateScalar };

// The cursor connections: each asks for one more item than the page holds to learn
// whether another page follows, and encodes each item's place in the order as its cursor.
import { badInput } from '../core/errors';
import type { EntityType, RelationshipType } from '../core/ontology';
import { type DocumentFilter, type DocumentRecord, documentPage } from '../queries/documents';
import { type EntityOrder, type EntityRecord, entityPage } from '../queries/entities';
import { type LinkRecord, companyGovernmentLinks } from '../queries/paths';
import {
  type Direction, type RelationshipFilter, type RelationshipRecord, changedRelationships, filteredRelationships,
} from '../queries/relationships';
import { type EventRecord, timelineEvents } from '../queries/timeline';
import { RELATIONSHIP_TYPES } from '../core/ontology';
import type { Context } from './context';
import { type KeyPart, decodeCursor, decodeKey, encodeCursor, encodeKey } from './cursor';
import { checkFirst, checkId } from './limits';

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A connection from `first + 1` fetched items. */
export function connection<T>(totalCount: number, items: readonly T[], first: number, cursorOf: (item: T) => string): Connection<T> {
  const edges = items.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return { totalCount, edges, pageInfo: { hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

const pair = (key: KeyPart[]): [string, string] => [String(key[0]), String(key[1])];
// An empty list would match nothing; it means "no filter" only when omitted.
const typeSet = <T extends string>(types: readonly T[] | null | undefined): T[] | null => (types ? [...new Set(types)].sort() : null);
const asOfRecord = (asOf: string | null | undefined) => (r: RelationshipRecord): RelationshipRecord => (asOf ? { ...r, asOf } : r);

// ---- relationships ----

export interface RelationshipsArgs {
  types?: RelationshipType[] | null;
  direction?: Direction | null;
  first?: number | null;
  after?: string | null;
}

export async function relationshipConnection(
  ctx: Context, entityId: string, args: RelationshipsArgs, asOf: string | null = null,
): Promise<Connection<RelationshipRecord>> {
  const first = checkFirst(args.first, 20);
  const after = args.after ? decodeCursor(args.after) : null;
  const page = await ctx.loaders.relationships.load({
    entityId,
    args: { types: typeSet(args.types), direction: args.direction ?? 'BOTH', after, limit: first + 1, ...(asOf ? { asOf } : {}) },
  });
  return connection(page.totalCount, page.relationships.map(asOfRecord(asOf)), first, (r) => encodeCursor(r.id));
}

export interface AllRelationshipsArgs { filter?: RelationshipFilter | null; first?: number | null; after?: string | null; asOf?: string | null }

export async function allRelationships(ctx: Context, args: AllRelationshipsArgs): Promise<Connection<RelationshipRecord>> {
  const first = checkFirst(args.first, 20);
  const after = args.after ? decodeCursor(args.after) : null;
  const f = args.filter ?? {};
  if (f.minConfidence != null && !(f.minConfidence >= 0 && f.minConfidence <= 1)) throw badInput('minConfidence must be in [0, 1]');
  if (f.documentId != null) checkId('documentId', f.documentId);
  const filter = { ...f, types: typeSet(f.types), sourceTypes: typeSet(f.sourceTypes), targetTypes: typeSet(f.targetTypes) };
  const page = await filteredRelationships(ctx.driver, filter, after, first + 1, args.asOf ?? null);
  return connection(page.totalCount, page.relationships.map(asOfRecord(args.asOf)), first, (r) => encodeCursor(r.id));
}

export interface ChangesArgs {
  from?: string | null; to?: string | null; entity?: string | null; types?: RelationshipType[] | null; first?: number | null; after?: string | null;
}

export async function changes(ctx: Context, args: ChangesArgs): Promise<Connection<RelationshipRecord>> {
  const first = checkFirst(args.first, 20);
  const after = args.after ? pair(decodeKey('changes', args.after, 2)) : null;
  const page = await changedRelationships(ctx.driver, {
    entity: args.entity ? checkId('entity', args.entity) : null, types: typeSet(args.types), from: args.from ?? null, to: args.to ?? null, after, limit: first + 1,
  });
  return connection(page.totalCount, page.relationships, first, (r) => encodeKey('changes', [r.firstSeen ?? '', r.id]));
}

// ---- entities ----

export interface EntitiesArgs { type?: EntityType | null; first?: number | null; after?: string | null; orderBy?: EntityOrder | null }

export async function entities(ctx: Context, args: EntitiesArgs): Promise<Connection<EntityRecord>> {
  const first = checkFirst(args.first, 20);
  const order = args.orderBy ?? 'NAME';
  const key = args.after ? decodeKey(`entities:${order}`, args.after, 2) : null;
  if (key && order === 'DEGREE' && typeof key[0] !== 'number') throw badInput('not a cursor of a page ordered by DEGREE');
  const page = await entityPage(ctx.driver, {
    type: args.type ?? null, order, after: key ? [key[0], String(key[1])] : null, limit: first + 1, relTypes: RELATIONSHIP_TYPES,
  });
  const conn = connection(page.totalCount, page.entities, first, (e) => encodeKey(`entities:${order}`, [e.key, e.entity.id]));
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.entity })) };
}

// ---- documents ----

export async function documents(ctx: Context, args: { filter?: DocumentFilter | null; first?: number | null; after?: string | null }): Promise<Connection<DocumentRecord>> {
  const first = checkFirst(args.first, 20);
  const after = args.after ? pair(decodeKey('documents', args.after, 2)) : null;
  const page = await documentPage(ctx.driver, args.filter ?? {}, after, first + 1);
  const conn = connection(page.totalCount, page.documents, first, (d) => encodeKey('documents', [d.day ?? '', d.document.id]));
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.document })) };
}

export async function entityDocuments(ctx: Context, entityId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<DocumentRecord>> {
  const first = checkFirst(args.first, 20);
  const after = args.after ? pair(decodeKey('documents', args.after, 2)) : null;
  const page = await ctx.loaders.entityDocuments.load({ id: entityId, after, limit: first + 1 });
  const conn = connection(page.totalCount, page.documents, first, (d) => encodeKey('documents', [d.day ?? '', d.document.id]));
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.document })) };
}

// ---- company–government links ----

export async function links(
  ctx: Context, args: { company?: string | null; government?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<LinkRecord>> {
  const first = checkFirst(args.first, 20);
  const after = args.after ? String(decodeKey('links', args.after, 1)[0]) : null;
  const page = await companyGovernmentLinks(ctx.driver, {
    company: args.company ? checkId('company', args.company) : null, government: args.government ? checkId('government', args.government) : null,
    after, limit: first + 1,
  });
  return connection(page.totalCount, page.links, first, (l) => encodeKey('links', [l.key]));
}

// ---- timeline ----

export interface TimelineArgs {
  entity?: string | null; from?: string | null; to?: string | null; types?: RelationshipType[] | null; first?: number | null; after?: string | null;
}

export async function timeline(ctx: Context, args: TimelineArgs): Promise<Connection<EventRecord>> {
  const first = checkFirst(args.first, 20);
  const after = args.after ? pair(decodeKey('timeline', args.after, 2)) : null;
  const page = await timelineEvents(ctx.driver, {
    entities: args.entity ? [checkId('entity', args.entity)] : [], types: typeSet(args.types), from: args.from ?? null, to: args.to ?? null, after, limit: first + 1,
  });
  return connection(page.totalCount, page.events, first, (e) => encodeKey('timeline', [e.date, e.relationship.id]));
}

// DataLoaders, built fresh for every request (so nothing is cached across requests or
// users). Each batch runs one `UNWIND $ids` statement and answers in key order; a
// missing key gets a NOT_FOUND error in its own slot and fails alone.
import DataLoader from 'dataloader';
import { notFound } from '../core/errors';
import { RELATIONSHIP_TYPES } from '../core/ontology';
import type { Driver } from '../queries/db';
import {
  type DocumentPage, type DocumentRecord, documentEntityIds, documentRelationshipKeys, documentsByIds, entityDocumentPages,
} from '../queries/documents';
import { type EntityRecord, type EntityStats, entitiesByIds, entityStats, neighborIds } from '../queries/entities';
import { type EvidenceRecord, evidenceByIds, evidenceByRelationshipIds } from '../queries/evidence';
import {
  type Direction, type PageArgs, type RelationshipKey, type RelationshipPage, type RelationshipRecord, relationshipPages, relationshipsByKeys,
} from '../queries/relationships';

export interface Loaders {
  entity: DataLoader<string, EntityRecord>;
  entityStats: DataLoader<{ id: string; asOf: string | null }, EntityStats, string>;
  document: DataLoader<string, DocumentRecord>;
  evidence: DataLoader<EvidenceKey, EvidenceRecord[], string>;
  evidenceById: DataLoader<string, EvidenceRecord>;
  relationships: DataLoader<RelationshipsKey, RelationshipPage, string>;
  relationship: DataLoader<{ key: RelationshipKey; asOf: string | null }, RelationshipRecord, string>;
  neighbors: DataLoader<NeighborsKey, string[], string>;
  entityDocuments: DataLoader<{ id: string; after: [string, string] | null; limit: number }, DocumentPage, string>;
  documentEntities: DataLoader<{ id: string; limit: number }, string[], string>;
  documentRelationships: DataLoader<{ id: string; limit: number }, RelationshipKey[], string>;
  /**
   * An entity this request has read already, or undefined. A resolver that returns it
   * instead of `entity.load`'s promise keeps graphql-js on its synchronous path: on a
   * 20-edge page naming both ends that was 40 promises, each awaited in turn.
   */
  known(id: string): EntityRecord | undefined;
  /** Remembers an entity read some other way (undated records only), for `known` and `entity`. */
  remember(e: EntityRecord): void;
  /** Forgets an entity changed by this request, so the next read goes to Neo4j. */
  forget(id: string): void;
}
export interface EvidenceKey { relId: string; first: number; asOf?: string | null }
export interface RelationshipsKey { entityId: string; args: PageArgs }
export interface NeighborsKey { id: string; direction: Direction; types: readonly string[]; limit: number; asOf: string | null }

const orNotFound = <T>(what: string, ids: readonly string[]) => (values: Array<T | null>): Array<T | Error> =>
  values.map((v, i) => v ?? notFound(`no ${what} with id ${ids[i]}`));

/**
 * A loader whose keys carry arguments besides the id: keys with the same arguments
 * share one statement, so a batch runs one statement per distinct set of arguments.
 */
function groupedLoader<K, V>(
  idOf: (key: K) => string, argsOf: (key: K) => unknown, load: (ids: string[], key: K, all: K[]) => Promise<Array<V | Error>>,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, number[]>();
      keys.forEach((k, i) => {
        const g = JSON.stringify(argsOf(k));
        groups.set(g, [...(groups.get(g) ?? []), i]);
      });
      const out = new Array<V | Error>(keys.length);
      await Promise.all([...groups.values()].map(async (idx) => {
        const values = await load(idx.map((i) => idOf(keys[i])), keys[idx[0]], idx.map((i) => keys[i]));
        idx.forEach((i, j) => (out[i] = values[j]));
      }));
      return out;
    },
    { cacheKeyFn: (k) => JSON.stringify([idOf(k), argsOf(k)]) },
  );
}

/**
 * The loaders of one request, each built when a resolver first asks for it: a request
 * uses one or two of the eleven, and building all of them was a measurable share of a
 * small request.
 */
export const createLoaders = (driver: Driver): Loaders => new LazyLoaders(driver) as unknown as Loaders;

class LazyLoaders {
  readonly built: Partial<Loaders> = {};
  readonly entities = new Map<string, EntityRecord>();
  constructor(readonly driver: Driver) {}

  known(id: string): EntityRecord | undefined {
    return this.entities.get(id);
  }

  remember(e: EntityRecord): void {
    if (this.entities.has(e.id)) return;
    this.entities.set(e.id, e);
    (this as unknown as Loaders).entity.prime(e.id, e);
  }

  forget(id: string): void {
    this.entities.delete(id);
    this.built.entity?.clear(id);
  }
}

type LoaderName = Exclude<keyof Loaders, 'known' | 'remember' | 'forget'>;
type Builders = { [K in LoaderName]: (driver: Driver, loaders: Loaders & LazyLoaders) => Loaders[K] };

const BUILDERS: Builders = {
  entity: (driver, loaders) => new DataLoader(async (ids) => {
    const found = await entitiesByIds(driver, ids);
    for (const e of found) if (e) loaders.entities.set(e.id, e);
    return orNotFound<EntityRecord>('entity', ids)(found);
  }),
  entityStats: (driver) => groupedLoader(
    (k) => k.id, (k) => k.asOf,
    async (ids, k) => orNotFound<EntityStats>('entity', ids)(await entityStats(driver, ids, RELATIONSHIP_TYPES, k.asOf)),
  ),
  document: (driver) => new DataLoader(async (ids) => orNotFound<DocumentRecord>('document', ids)(await documentsByIds(driver, ids))),
  evidence: (driver) => groupedLoader(
    (k: EvidenceKey) => k.relId, (k) => [k.first, k.asOf ?? null],
    (ids, k) => evidenceByRelationshipIds(driver, ids, k.first, k.asOf ?? null),
  ),
  evidenceById: (driver) => new DataLoader(async (ids) => orNotFound<EvidenceRecord>('evidence', ids)(await evidenceByIds(driver, ids))),
  relationships: (driver, loaders) => groupedLoader(
    (k: RelationshipsKey) => k.entityId, (k) => k.args,
    async (ids, k) => {
      const pages = await relationshipPages(driver, ids, k.args);
      // The page read both ends of its edges: the source and target resolvers find them here.
      for (const page of pages) for (const e of page.ends ?? []) loaders.remember(e);
      return pages;
    },
  ),
  relationship: (driver) => groupedLoader(
    (k) => k.key.id, (k) => k.asOf,
    async (ids, k, all) => {
      const records = await relationshipsByKeys(driver, all.map((a) => a.key), k.asOf);
      return orNotFound<RelationshipRecord>('relationship', ids)(records.map((r) => (r && k.asOf ? { ...r, asOf: k.asOf } : r)));
    },
  ),
  neighbors: (driver) => groupedLoader(
    (k: NeighborsKey) => k.id, ({ direction, types, limit, asOf }) => ({ direction, types, limit, asOf }),
    (ids, k) => neighborIds(driver, ids, k),
  ),
  entityDocuments: (driver) => groupedLoader((k) => k.id, ({ after, limit }) => ({ after, limit }), (ids, k) => entityDocumentPages(driver, ids, k.after, k.limit)),
  documentEntities: (driver) => groupedLoader((k) => k.id, (k) => k.limit, (ids, k) => documentEntityIds(driver, ids, k.limit)),
  documentRelationships: (driver) => groupedLoader((k) => k.id, (k) => k.limit, (ids, k) => documentRelationshipKeys(driver, ids, k.limit)),
};

for (const name of Object.keys(BUILDERS) as LoaderName[]) {
  Object.defineProperty(LazyLoaders.prototype, name, {
    enumerable: true,
    get(this: LazyLoaders) {
      return (this.built[name] ??= BUILDERS[name](this.driver, this as unknown as Loaders & LazyLoaders) as never);
    },
  });
}

// DataLoaders, built fresh for every request (so nothing is cached across requests or
// users). Each batch runs one `UNWIND $ids` statement and answers in key order; a
// missing key gets a NOT_FOUND error in its own slot and fails alone.
import DataLoader from 'dataloader';
import { notFound } from '../core/errors';
import type { Driver } from '../queries/db';
import { type DocumentRecord, documentsByIds } from '../queries/documents';
import { type EntityRecord, entitiesByIds } from '../queries/entities';
import { type EvidenceRecord, evidenceByRelationshipIds } from '../queries/evidence';
import { type PageArgs, type RelationshipPage, relationshipPages } from '../queries/relationships';

export interface Loaders {
  entity: DataLoader<string, EntityRecord>;
  document: DataLoader<string, DocumentRecord>;
  evidence: DataLoader<EvidenceKey, EvidenceRecord[], string>;
  relationships: DataLoader<RelationshipsKey, RelationshipPage, string>;
}
export interface EvidenceKey { relId: string; first: number }
export interface RelationshipsKey { entityId: string; args: PageArgs }

const orNotFound = <T>(what: string, ids: readonly string[]) => (values: Array<T | null>): Array<T | Error> =>
  values.map((v, i) => v ?? notFound(`no ${what} with id ${ids[i]}`));

/**
 * A loader whose keys carry arguments besides the id: keys with the same arguments
 * share one statement, so a batch runs one statement per distinct set of arguments.
 */
function groupedLoader<K, V>(
  idOf: (key: K) => string, argsOf: (key: K) => unknown, load: (ids: string[], key: K) => Promise<V[]>,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, number[]>();
      keys.forEach((k, i) => {
        const g = JSON.stringify(argsOf(k));
        groups.set(g, [...(groups.get(g) ?? []), i]);
      });
      const out = new Array<V>(keys.length);
      await Promise.all([...groups.values()].map(async (idx) => {
        const values = await load(idx.map((i) => idOf(keys[i])), keys[idx[0]]);
        idx.forEach((i, j) => (out[i] = values[j]));
      }));
      return out;
    },
    { cacheKeyFn: (k) => JSON.stringify([idOf(k), argsOf(k)]) },
  );
}

export function createLoaders(driver: Driver): Loaders {
  return {
    entity: new DataLoader(async (ids) => orNotFound<EntityRecord>('entity', ids)(await entitiesByIds(driver, ids))),
    document: new DataLoader(async (ids) => orNotFound<DocumentRecord>('document', ids)(await documentsByIds(driver, ids))),
    evidence: groupedLoader(
      (k: EvidenceKey) => k.relId, (k) => k.first,
      (ids, k) => evidenceByRelationshipIds(driver, ids, k.first),
    ),
    relationships: groupedLoader(
      (k: RelationshipsKey) => k.entityId, (k) => k.args,
      (ids, k) => relationshipPages(driver, ids, k.args),
    ),
  };
}

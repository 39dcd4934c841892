// What the ingest pipeline needs from the graph, in one place: which documents are
// already there (one query per batch of ids) and writing a batch of extractions in one
// transaction. The default store is the writer (write.ts) over a driver; tests of the
// pipeline's own logic may pass another.
import type { Driver } from 'neo4j-driver';
import { documentsByIds } from '../queries/documents';
import type { Extraction } from './types';
import { writeBatch, type StoredDocument } from './write';

export interface StoreItem {
  doc: StoredDocument;
  extraction: Extraction;
}

export interface StoreCounts {
  entitiesCreated: number;
  relationshipsCreated: number;
  evidenceCreated: number;
}

export interface StoreBatchResult extends StoreCounts {
  /** Documents refused before the transaction (invalid extraction); the rest were written. */
  failed: Array<{ documentId: string; reason: string }>;
}

export interface DocumentStore {
  /** The ids, of those given, that are stored already. */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /** Writes the batch in one transaction: all of it commits or none. */
  write(items: readonly StoreItem[]): Promise<StoreBatchResult>;
}

export function neo4jStore(driver: Driver): DocumentStore {
  return {
    async existing(ids) {
      const found = await documentsByIds(driver, ids);
      return new Set(found.flatMap((d) => (d ? [d.id] : [])));
    },
    async write(items) {
      const r = await writeBatch(driver, items);
      return {
        entitiesCreated: r.entitiesCreated,
        relationshipsCreated: r.relationshipsCreated,
        evidenceCreated: r.evidenceCreated,
        failed: r.failed.map((f) => ({ documentId: f.documentId, reason: f.error.message })),
      };
    },
  };
}

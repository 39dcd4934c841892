// What the ingest pipeline needs from the graph, in one place: which documents are
// already there (one query per batch of ids) and writing a batch of extractions in one
// transaction. The default store is the writer (write.ts) over a driver; tests of the
// pipeline's own logic may pass another.
import type { Driver } from 'neo4j-driver';
import { knownDocuments } from '../queries/documents';
import type { Extraction } from './types';
import { prepareWriter, writeBatch, type StoredDocument } from './write';

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
  /** Documents not written: a newer version of the same article (same URL) is stored or came in the batch. */
  superseded?: string[];
  /** Stored documents this batch replaced with a newer version at the same URL. */
  replaced?: number;
}

export interface DocumentStore {
  /**
   * The ids, of those given, that need no writing: stored already, or (with `urls`, one
   * per id, null where none) replaced by a newer version stored at the same URL.
   */
  existing(ids: readonly string[], urls?: ReadonlyArray<string | null>): Promise<Set<string>>;
  /** Optional: readies the store for writing (plans the statements) while the first documents are extracted. */
  prepare?(): Promise<void>;
  /** Writes the batch in one transaction: all of it commits or none. */
  write(items: readonly StoreItem[]): Promise<StoreBatchResult>;
}

export function neo4jStore(driver: Driver): DocumentStore {
  return {
    prepare: () => prepareWriter(driver),
    async existing(ids, urls) {
      return knownDocuments(driver, ids.map((id, i) => ({ id, url: urls?.[i] ?? null })));
    },
    async write(items) {
      const r = await writeBatch(driver, items);
      return {
        entitiesCreated: r.entitiesCreated,
        relationshipsCreated: r.relationshipsCreated,
        evidenceCreated: r.evidenceCreated,
        failed: r.failed.map((f) => ({ documentId: f.documentId, reason: f.error.message })),
        superseded: r.superseded,
        replaced: r.replaced.length,
      };
    },
  };
}

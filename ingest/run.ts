// The edge of the ingest pipeline: read each input, run the pure extraction stages, and
// write the result. A document that fails is kept as an error value and the batch goes on.
import type { Driver } from 'neo4j-driver';
import { extract } from './extract';
import type { Lexicon } from './lexicon';
import { documentId } from './read';
import type { SourceDocument } from './types';
import { documentExists, writeExtraction } from './write';

export interface IngestItem {
  /** What to call this input in reports: a path, a path and line, a URL. */
  label: string;
  load(): Promise<SourceDocument>;
}

export interface IngestReport {
  read: number;
  ingested: number;
  unchanged: number;
  rejected: { input: string; reason: string }[];
  entities: number;
  relationships: number;
  elapsedMs: number;
  docsPerSec: number;
}

export interface IngestOptions {
  onDocument?: (label: string, outcome: 'ingested' | 'unchanged' | 'rejected', report: IngestReport) => void;
  now?: () => Date;
}

export function emptyReport(): IngestReport {
  return { read: 0, ingested: 0, unchanged: 0, rejected: [], entities: 0, relationships: 0, elapsedMs: 0, docsPerSec: 0 };
}

export async function ingestItems(
  driver: Driver,
  lexicon: Lexicon,
  items: Iterable<IngestItem> | AsyncIterable<IngestItem>,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const report = emptyReport();
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  for await (const item of items) {
    let outcome: 'ingested' | 'unchanged' | 'rejected';
    try {
      const doc = await item.load();
      report.read++;
      const id = documentId(doc.text);
      if (await documentExists(driver, id)) {
        report.unchanged++;
        outcome = 'unchanged';
      } else {
        const extraction = extract(doc, lexicon);
        const written = await writeExtraction(driver, { ...doc, id, ingestedAt: now().toISOString() }, extraction);
        report.ingested++;
        report.entities += written.entitiesCreated;
        report.relationships += written.relationshipsCreated;
        outcome = 'ingested';
      }
    } catch (err) {
      if (isUnavailable(err)) throw err;
      report.rejected.push({ input: item.label, reason: err instanceof Error ? err.message : String(err) });
      outcome = 'rejected';
    }
    report.elapsedMs = Date.now() - started;
    report.docsPerSec = report.elapsedMs > 0 ? (report.ingested + report.unchanged) / (report.elapsedMs / 1000) : 0;
    options.onDocument?.(item.label, outcome, report);
  }
  report.elapsedMs = Date.now() - started;
  return report;
}

/** A lost database is the run's failure, not the document's: stop rather than reject everything after it. */
function isUnavailable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === 'UNAVAILABLE';
}

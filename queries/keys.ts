// Ids and lookup keys shared by the writer and the readers. Pure functions.
import { createHash } from 'node:crypto';

/** The form a name is looked up by: Unicode-normalised, lower case, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const hash = (parts: ReadonlyArray<string | number>): string =>
  createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

/** A document's id: the SHA-256 of its text, in hex. */
export const documentId = (text: string): string => createHash('sha256').update(text).digest('hex');

/** One edge per (subject, type, object); its id is stable across documents and runs. */
export const relationshipId = (subject: string, type: string, object: string): string => hash(['rel', subject, type, object]);

/** One evidence node per (edge, document, span). */
export const evidenceId = (relId: string, docId: string, start: number, end: number): string =>
  hash(['ev', relId, docId, start, end]);

// Plain text documents and the identity of every document.
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../types';

/** A document's identity: the SHA-256 of its text. */
export const documentId = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The first line of a plain text, when it reads like a headline. */
export function headline(text: string): string | undefined {
  const first = text.trimStart().split(/\r?\n/, 1)[0]?.trim();
  return first && first.length <= 200 ? first : undefined;
}

export function documentFromText(text: string, meta: Partial<SourceDocument> = {}): SourceDocument {
  return { ...meta, text, title: meta.title ?? headline(text) };
}

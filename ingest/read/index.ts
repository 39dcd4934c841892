// Reading one input file into a SourceDocument. The text returned is the text that
// every offset of the extraction points into.
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { badInput } from '../../core/errors';
import type { SourceDocument } from '../types';
import { decodeText } from './decode';
import { readHtml } from './html';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.text'];
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];

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

export async function readDocumentFile(file: string, maxBytes = 50 * 1024 * 1024): Promise<SourceDocument> {
  const ext = path.extname(file).toLowerCase();
  const stat = await fs.stat(file).catch(() => {
    throw badInput(`${file}: no such file`);
  });
  if (!stat.isFile()) throw badInput(`${file}: not a regular file`);
  if (stat.size > maxBytes) throw badInput(`${file}: ${stat.size} bytes is over the limit of ${maxBytes} (--max-bytes)`);
  const text = decodeText(await fs.readFile(file), file);
  if (HTML_EXTENSIONS.includes(ext) || (!TEXT_EXTENSIONS.includes(ext) && /^\s*<(!doctype html|html)/i.test(text))) {
    const doc = readHtml(text);
    if (!doc.text.trim()) throw badInput(`${file}: the page has no article text`);
    return doc;
  }
  return documentFromText(text);
}

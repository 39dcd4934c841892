// Reading inputs into SourceDocuments. The text returned is the text that every offset
// of the extraction points into. One module per format: text.ts, html.ts, record.ts
// (JSON and NDJSON records), feed.ts (RSS, Atom), with lines.ts for streaming, url.ts
// for fetching and format.ts for telling which is which.
import fs from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../core/errors';
import type { SourceDocument } from '../types';
import { decodeText } from './decode';
import { readHtml } from './html';
import { documentFromText } from './text';

export { decodeText } from './decode';
export { htmlToText, isoDate, readHtml } from './html';
export { documentFromText, documentId, headline } from './text';
export { documentFromRecord, readJsonRecords, type RecordResult } from './record';
export { looksLikeFeed, readFeed, type FeedEntry } from './feed';
export { readLines, type Line } from './lines';
export { DEFAULT_FETCH_LIMITS, fetchText, isUrl, type FetchLimits, type Fetched } from './url';
export { EXTENSIONS, formatFromContentType, formatFromName, sniffFormat, type Format } from './format';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.text'];
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The bytes of a file, refused with a reason when it is missing, not a file or over `maxBytes`. */
export async function readFileCapped(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  const stat = await fs.stat(file).catch(() => {
    throw badInput(`${file}: no such file`);
  });
  if (!stat.isFile()) throw badInput(`${file}: not a regular file`);
  if (stat.size > maxBytes) throw badInput(`${file}: ${stat.size} bytes is over the limit of ${maxBytes} (--max-bytes)`);
  return fs.readFile(file);
}

/** A text already decoded, as HTML (when it is, or says so) or as plain text. */
export function documentFromPage(text: string, where: string, html: boolean, url?: string): SourceDocument {
  if (html || /^\s*<(!doctype html|html)/i.test(text)) {
    const doc = readHtml(text, url);
    if (!doc.text.trim()) throw badInput(`${where}: the page has no article text`);
    return doc;
  }
  return documentFromText(text, url ? { url } : {});
}

/** One text or HTML file. */
export async function readDocumentFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceDocument> {
  const ext = path.extname(file).toLowerCase();
  const text = decodeText(await readFileCapped(file, maxBytes), file);
  return documentFromPage(text, file, HTML_EXTENSIONS.includes(ext) && !TEXT_EXTENSIONS.includes(ext));
}

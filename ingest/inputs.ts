// Command-line inputs to documents: files, folders (recursively), glob patterns, `-`
// (standard input) and http(s) URLs. `resolveInputs` settles what there is to read (and
// how many bytes, for the progress bar); `inputItems` yields one IngestItem per document,
// lazily, so that an NDJSON file or a feed of any size streams through the pipeline.
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { badInput } from '../core/errors';
import { expandGlob, hasMagic } from './glob';
import {
  DEFAULT_FETCH_LIMITS, DEFAULT_MAX_BYTES, decodeText, documentFromPage, documentFromRecord, EXTENSIONS, fetchText,
  formatFromName, isUrl, readFeed, readFileCapped, readJsonRecords, readLines, sniffFormat, type FetchLimits, type Format,
} from './read';
import type { IngestItem } from './run';
import type { SourceDocument } from './types';

export interface InputProblem {
  input: string;
  reason: string;
}

export type Source =
  | { kind: 'file'; path: string; size: number; format?: Format }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' };

export interface ResolvedInputs {
  sources: Source[];
  problems: InputProblem[];
  /** Bytes of all the files; undefined when stdin or a URL makes the total unknown. */
  totalBytes?: number;
}

export interface InputOptions {
  /** The largest document (a file, an NDJSON line, a response) read; larger ones are rejected. */
  maxBytes?: number;
  fetch?: Partial<FetchLimits>;
  stdin?: NodeJS.ReadableStream;
  /** The format of standard input, when sniffing its first bytes is not wanted. */
  stdinFormat?: Format;
}

/** Files named directly are taken whatever their extension; folders and globs give their supported files, sorted. */
export async function resolveInputs(inputs: string[]): Promise<ResolvedInputs> {
  const sources: Source[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let totalBytes: number | undefined = 0;
  const addFile = async (file: string, size?: number) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    const s = size ?? (await fs.stat(file)).size;
    sources.push({ kind: 'file', path: file, size: s, format: formatFromName(file) });
    if (totalBytes !== undefined) totalBytes += s;
  };
  const walk = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(p);
      else if (e.isFile() && EXTENSIONS[path.extname(e.name).toLowerCase()]) await addFile(p);
    }
  };
  let stdin = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdin) problems.push({ input, reason: 'standard input can be read only once' });
      else sources.push({ kind: 'stdin' });
      stdin = true;
      totalBytes = undefined;
      continue;
    }
    if (isUrl(input)) {
      sources.push({ kind: 'url', url: input });
      totalBytes = undefined;
      continue;
    }
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) await walk(input);
    else if (stat?.isFile()) await addFile(input, stat.size);
    else if (stat) problems.push({ input, reason: 'not a file or folder' });
    else if (hasMagic(input)) {
      const files = await expandGlob(input);
      if (files.length === 0) problems.push({ input, reason: 'no file matches this pattern' });
      for (const f of files) await addFile(f);
    } else problems.push({ input, reason: 'no such file or folder' });
  }
  return { sources, problems, totalBytes };
}

// ---- items ----

const ok = (label: string, doc: SourceDocument, bytes?: number): IngestItem => ({ label, bytes, load: async () => doc });
const failed = (label: string, reason: string, bytes?: number): IngestItem => ({
  label,
  bytes,
  load: async () => {
    throw badInput(reason);
  },
});

/** Items of a text already in memory, by format (a JSON file, a feed, a fetched page). */
async function* itemsOfText(text: string, format: Format, where: string, maxBytes: number, url?: string): AsyncGenerator<IngestItem> {
  const bytes = Buffer.byteLength(text);
  switch (format) {
    case 'json': {
      const records = readJsonRecords(text, where);
      const each = Math.round(bytes / Math.max(1, records.length));
      for (const r of records) yield r.doc ? ok(r.label, r.doc, each) : failed(r.label, r.error!, each);
      return;
    }
    case 'ndjson':
      yield* ndjsonItems(Readable.from([Buffer.from(text)]), where, maxBytes);
      return;
    case 'feed': {
      const entries = readFeed(text, where);
      if (entries.length === 0) yield failed(where, `${where}: the feed has no items`, bytes);
      const each = Math.round(bytes / Math.max(1, entries.length));
      for (const e of entries) yield e.doc ? ok(e.label, e.doc, each) : failed(e.label, e.error!, each);
      return;
    }
    default:
      yield ok(where, documentFromPage(text, where, format === 'html', url), bytes);
  }
}

/** One item per line of an NDJSON stream; blank lines are skipped, a bad line is rejected alone. */
export async function* ndjsonItems(stream: NodeJS.ReadableStream | Readable, where: string, maxBytes: number): AsyncGenerator<IngestItem> {
  for await (const line of readLines(stream as Readable, maxBytes)) {
    const label = `${where}:${line.number}`;
    if (line.error) {
      yield failed(label, line.error.replace(/^line \d+: /, ''), line.bytes + 1);
      continue;
    }
    if (!line.text!.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text!);
    } catch (err) {
      yield failed(label, `not valid JSON (${(err as Error).message})`, line.bytes + 1);
      continue;
    }
    try {
      yield ok(label, documentFromRecord(value, label), line.bytes + 1);
    } catch (err) {
      yield failed(label, (err as Error).message, line.bytes + 1);
    }
  }
}

async function* fileItems(source: Extract<Source, { kind: 'file' }>, maxBytes: number): AsyncGenerator<IngestItem> {
  const file = source.path;
  let format = source.format;
  if (format === 'ndjson') {
    yield* ndjsonItems(createReadStream(file, { highWaterMark: 256 * 1024 }), file, maxBytes);
    return;
  }
  if (format === 'text' || format === 'html') {
    // Read when the pipeline gets to it, so that many files are read concurrently.
    yield { label: file, bytes: source.size, load: async () => documentFromPage(decodeText(await readFileCapped(file, maxBytes), file), file, format === 'html') };
    return;
  }
  let text: string;
  try {
    text = decodeText(await readFileCapped(file, maxBytes), file);
  } catch (err) {
    yield failed(file, (err as Error).message, source.size);
    return;
  }
  format ??= sniffFormat(text.slice(0, 4096));
  try {
    yield* itemsOfText(text, format, file, maxBytes);
  } catch (err) {
    yield failed(file, (err as Error).message, source.size);
  }
}

async function* urlItems(url: string, limits: FetchLimits, maxBytes: number): AsyncGenerator<IngestItem> {
  let fetched;
  try {
    fetched = await fetchText(url, limits);
  } catch (err) {
    yield failed(url, (err as Error).message);
    return;
  }
  // A server that calls everything text/plain or XML still gets a look at what it sent.
  const sniffed = sniffFormat(fetched.text.slice(0, 4096));
  const format = fetched.format === 'text' && sniffed !== 'text' ? sniffed : fetched.format;
  try {
    yield* itemsOfText(fetched.text, format, url, maxBytes, fetched.url);
  } catch (err) {
    yield failed(url, (err as Error).message);
  }
}

async function* stdinItems(stdin: NodeJS.ReadableStream, maxBytes: number, format?: Format): AsyncGenerator<IngestItem> {
  const where = '<stdin>';
  const iterator = (stdin as Readable)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  // Enough of the start to tell the format; NDJSON then streams, anything else is read whole.
  while (!format && size < 64 * 1024) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    head.push(chunk);
    size += chunk.length;
    if (chunk.includes(0x0a) && size > 1024) break;
  }
  const headBuf = Buffer.concat(head);
  format ??= sniffFormat(headBuf.subarray(0, 4096).toString('utf8'));
  async function* rest(): AsyncGenerator<Buffer> {
    yield headBuf;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    }
  }
  if (format === 'ndjson') {
    yield* ndjsonItems(Readable.from(rest()), where, maxBytes);
    return;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of rest()) {
    total += c.length;
    if (total > maxBytes) {
      yield failed(where, `${where}: over the limit of ${maxBytes} bytes (--max-bytes)`);
      return;
    }
    chunks.push(c);
  }
  try {
    yield* itemsOfText(decodeText(Buffer.concat(chunks, total), where), format, where, maxBytes);
  } catch (err) {
    yield failed(where, (err as Error).message, total);
  }
}

/** Every document of every source, in order, as items for `ingestItems`. */
export async function* inputItems(sources: Source[], options: InputOptions = {}): AsyncGenerator<IngestItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const limits: FetchLimits = { ...DEFAULT_FETCH_LIMITS, maxBytes, ...options.fetch };
  for (const source of sources) {
    // A source that breaks midway (a file removed or unreadable while it streams) is
    // rejected from where it broke; the sources after it are still read.
    const label = source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : '<stdin>';
    try {
      if (source.kind === 'file') yield* fileItems(source, maxBytes);
      else if (source.kind === 'url') yield* urlItems(source.url, limits, maxBytes);
      else yield* stdinItems(options.stdin ?? process.stdin, maxBytes, options.stdinFormat);
    } catch (err) {
      yield failed(label, `reading stopped: ${(err as Error).message}`);
    }
  }
}

/** The old entry point: files and folders to a list of files. Kept for callers that want paths only. */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const { sources, problems } = await resolveInputs(inputs);
  return { files: sources.flatMap((s) => (s.kind === 'file' ? [s.path] : [])), problems };
}

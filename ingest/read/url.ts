// Fetching an http(s) URL with limits: a timeout over the whole exchange, a size cap on
// the body, a bounded number of redirects, and only content types we can read.
import { AppError, badInput } from '../../core/errors';
import { formatFromContentType, type Format } from './format';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 5 };

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  format: Format;
  text: string;
}

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

function charsetOf(contentType: string | null): string {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return (m?.[1] ?? 'utf-8').toLowerCase();
}

async function bodyWithCap(res: Response, where: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) throw badInput(`${where}: ${declared} bytes is over the limit of ${maxBytes} (--max-bytes)`);
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw badInput(`${where}: the body is over the limit of ${maxBytes} bytes (--max-bytes)`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function decode(bytes: Uint8Array, charset: string, where: string): string {
  if (bytes.length === 0) throw badInput(`${where}: the response is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw badInput(`${where}: binary data (NUL bytes), not text`);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw badInput(`${where}: unknown charset "${charset}"`);
  }
  try {
    return decoder.decode(bytes).replace(/^\ufeff/, '');
  } catch {
    throw badInput(`${where}: not valid ${charset}`);
  }
}

/** GET a URL and return its text and the format its content type names. */
export async function fetchText(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      const res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html, application/rss+xml, application/atom+xml, application/xml, application/json, application/x-ndjson, text/plain;q=0.8' },
      });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel();
        if (hops >= limits.maxRedirects) throw badInput(`${url}: more than ${limits.maxRedirects} redirects`);
        current = new URL(res.headers.get('location')!, current).toString();
        if (!isUrl(current)) throw badInput(`${url}: redirected to a URL that is not http(s): ${current}`);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw badInput(`${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const contentType = res.headers.get('content-type');
      const format = formatFromContentType(contentType);
      if (!format) {
        await res.body?.cancel();
        throw badInput(`${url}: content type "${contentType ?? 'none'}" is not one we read (HTML, text, JSON, NDJSON, RSS, Atom)`);
      }
      const bytes = await bodyWithCap(res, url, limits.maxBytes);
      return { url: current, format, text: decode(bytes, charsetOf(contentType), url) };
    }
  } catch (err) {
    if (signal.aborted) throw badInput(`${url}: no complete answer within ${limits.timeoutMs} ms`);
    if (err instanceof AppError) throw err;
    // fetch's own errors (not always instanceof this realm's Error) carry the reason in `cause`.
    const e = err as { message?: string; cause?: { code?: string; message?: string } };
    throw badInput(`${url}: ${e.cause?.code ?? e.cause?.message ?? e.message ?? String(err)}`);
  }
}

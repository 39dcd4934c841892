// Lines of a stream of any size, in constant memory: the bytes of one line at a time,
// never the whole input. We split bytes ourselves rather than use `readline` so that a
// line over the size limit is skipped without being held, and a line that is not UTF-8
// is rejected alone (readline would decode it with replacement characters).
import type { Readable } from 'node:stream';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Byte length of the line, its newline excluded. */
  bytes: number;
  text?: string;
  error?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function* readLines(stream: Readable | AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    let line: Line;
    if (oversized) {
      line = { number, bytes: size, error: `line ${number}: ${size} bytes is over the limit of ${maxLineBytes} (--max-bytes)` };
    } else {
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      try {
        line = { number, bytes: size, text: utf8.decode(bytes) };
      } catch {
        line = { number, bytes: size, error: `line ${number}: not valid UTF-8` };
      }
    }
    parts = [];
    size = 0;
    oversized = false;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a)) {
      take(buf.subarray(0, nl));
      yield finish();
      buf = buf.subarray(nl + 1);
    }
    take(buf);
  }
  if (size > 0 || parts.length > 0) yield finish();

  function take(piece: Buffer) {
    if (piece.length === 0) return;
    size += piece.length;
    if (oversized) return;
    if (size > maxLineBytes) {
      oversized = true;
      parts = [];
      return;
    }
    parts.push(piece);
  }
}

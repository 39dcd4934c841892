// Bytes to text, refusing what is not text: a batch reports such a file and goes on.
import { badInput } from '../../core/errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw badInput(`${where}: the file is empty`);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw badInput(`${where}: binary data (NUL bytes), not text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw badInput(`${where}: not valid UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw badInput(`${where}: no text (only white space)`);
  return text;
}

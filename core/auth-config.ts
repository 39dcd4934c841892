// API keys and anonymous access, read from the environment once:
//   POLICY_GRAPH_API_KEYS="name:scope[+scope]:key,…"   scopes: read, write (write includes read)
//   POLICY_GRAPH_API_KEYS_FILE=path                      lines "name:scope[+scope]:sha256hex" (only hashes)
//   POLICY_GRAPH_ANONYMOUS_READ=0                        turns anonymous reads off (on by default)
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { badInput } from './errors';

export const SCOPES = ['read', 'write'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ApiKey {
  name: string;
  scopes: readonly Scope[];
  /** SHA-256 of the key: only digests are kept and compared (in constant time). */
  digest: Buffer;
}

export interface AuthConfig {
  keys: readonly ApiKey[];
  anonymousRead: boolean;
}

export const keyDigest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** Keys shorter than this are refused: a key is a secret, not a password to remember. */
export const MIN_KEY_LENGTH = 16;

const NAME = /^[\w.@-]{1,64}$/;
const NAME_RULE = "the name must be 1-64 letters, digits, '.', '@', '_' or '-'";

function parseScopes(text: string, where: string): Scope[] {
  const scopes = text.split('+');
  const bad = scopes.find((s) => !(SCOPES as readonly string[]).includes(s));
  if (bad !== undefined) throw badInput(`${where}: unknown scope "${bad}"; use ${SCOPES.join(' or ')}`);
  const all = new Set(scopes as Scope[]);
  if (all.has('write')) all.add('read');
  return SCOPES.filter((s) => all.has(s));
}

/** The line of a keys file for a key: `name:scopes:sha256hex`. */
export function keyFileLine(name: string, scopes: string, key: string): string {
  if (!NAME.test(name)) throw badInput(NAME_RULE);
  if (key.length < MIN_KEY_LENGTH) throw badInput(`the key must be at least ${MIN_KEY_LENGTH} characters`);
  return `${name}:${parseScopes(scopes, 'scopes').join('+')}:${keyDigest(key).toString('hex')}`;
}

/** A new random key: 32 bytes, base64url (43 characters). */
export const newKey = (): string => randomBytes(32).toString('base64url');

/**
 * A keys file: one `name:scope[+scope]:sha256hex` a line (the SHA-256 of the key in hex,
 * 64 characters); blank lines and lines starting with # are ignored. The file never holds
 * a key itself, so reading it gives nothing away.
 */
export function parseKeysFile(text: string, file = 'keys file'): ApiKey[] {
  const keys: ApiKey[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const where = `${file} line ${i + 1}`;
    const parts = line.split(':');
    if (parts.length !== 3) throw badInput(`${where} must be name:scope[+scope]:sha256hex`);
    const [name, scopeText, hex] = parts;
    if (!NAME.test(name)) throw badInput(`${where}: ${NAME_RULE}`);
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw badInput(`${where} (${name}): the hash must be 64 hex digits (sha256 of the key; \`policy-graph keys hash KEY\` prints it)`);
    keys.push({ name, scopes: parseScopes(scopeText, `${where} (${name})`), digest: Buffer.from(hex, 'hex') });
  }
  return keys;
}

export function parseApiKeys(raw: string | undefined): ApiKey[] {
  const keys: ApiKey[] = [];
  const names = new Set<string>();
  for (const [i, entry] of (raw ?? '').split(',').map((e) => e.trim()).entries()) {
    if (entry === '') continue;
    const first = entry.indexOf(':');
    const second = first < 0 ? -1 : entry.indexOf(':', first + 1);
    const where = `POLICY_GRAPH_API_KEYS entry ${i + 1}`;
    if (second < 0) throw badInput(`${where} must be name:scope[+scope]:key`);
    const name = entry.slice(0, first);
    const scopeText = entry.slice(first + 1, second);
    const key = entry.slice(second + 1);
    if (!/^[\w.@-]{1,64}$/.test(name)) throw badInput(`${where}: the name must be 1-64 letters, digits, '.', '@', '_' or '-'`);
    if (names.has(name)) throw badInput(`${where}: the name "${name}" is used twice`);
    const scopes = parseScopes(scopeText, `${where} (${name})`);
    if (key.length < MIN_KEY_LENGTH) throw badInput(`${where} (${name}): the key must be at least ${MIN_KEY_LENGTH} characters`);
    names.add(name);
    keys.push({ name, scopes, digest: keyDigest(key) });
  }
  return keys;
}

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const anon = env.POLICY_GRAPH_ANONYMOUS_READ?.trim();
  if (anon !== undefined && anon !== '' && !['0', '1', 'true', 'false'].includes(anon)) {
    throw badInput(`POLICY_GRAPH_ANONYMOUS_READ must be 0 or 1, not "${anon}"`);
  }
  const keys = parseApiKeys(env.POLICY_GRAPH_API_KEYS);
  const file = env.POLICY_GRAPH_API_KEYS_FILE?.trim();
  if (file) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw badInput(`POLICY_GRAPH_API_KEYS_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const names = new Set(keys.map((k) => k.name));
    for (const k of parseKeysFile(text, file)) {
      if (names.has(k.name)) throw badInput(`the key name "${k.name}" is used twice (POLICY_GRAPH_API_KEYS and ${file})`);
      names.add(k.name);
      keys.push(k);
    }
  }
  return { keys, anonymousRead: !(anon === '0' || anon === 'false') };
}

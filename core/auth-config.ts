// API keys and anonymous access, read from the environment once:
//   POLICY_GRAPH_API_KEYS="name:scope[+scope]:key,…"   scopes: read, write (write includes read)
//   POLICY_GRAPH_ANONYMOUS_READ=0                        turns anonymous reads off (on by default)
import { createHash } from 'node:crypto';
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
    const scopes = scopeText.split('+');
    const bad = scopes.find((s) => !(SCOPES as readonly string[]).includes(s));
    if (bad !== undefined) throw badInput(`${where} (${name}): unknown scope "${bad}"; use ${SCOPES.join(' or ')}`);
    if (key.length < MIN_KEY_LENGTH) throw badInput(`${where} (${name}): the key must be at least ${MIN_KEY_LENGTH} characters`);
    names.add(name);
    const all = new Set(scopes as Scope[]);
    if (all.has('write')) all.add('read');
    keys.push({ name, scopes: SCOPES.filter((s) => all.has(s)), digest: keyDigest(key) });
  }
  return keys;
}

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const anon = env.POLICY_GRAPH_ANONYMOUS_READ?.trim();
  if (anon !== undefined && anon !== '' && !['0', '1', 'true', 'false'].includes(anon)) {
    throw badInput(`POLICY_GRAPH_ANONYMOUS_READ must be 0 or 1, not "${anon}"`);
  }
  return { keys: parseApiKeys(env.POLICY_GRAPH_API_KEYS), anonymousRead: !(anon === '0' || anon === 'false') };
}

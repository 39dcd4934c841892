// The environment is read once, here, into a typed and validated object; everything
// else receives `config` as an argument.
import fs from 'node:fs';
import path from 'node:path';
import { badInput } from './errors';

export interface Neo4jConnection {
  /** Unset means: start (or reuse) the local Neo4j under `home`. */
  uri?: string;
  user: string;
  password: string;
  database?: string;
}

export interface Config {
  /** Project root (where package.json lives). */
  root: string;
  /** Where the local Neo4j keeps its store, logs and pid file. */
  home: string;
  neo4j: Neo4jConnection;
  /** Bolt port for the local Neo4j; 0 lets the launcher pick a free one. */
  localBoltPort: number;
  /** Heap of the local Neo4j JVM, e.g. "1g". */
  localHeap: string;
  /** Page cache of the local Neo4j; unset keeps the launcher's 256m. */
  localPagecache?: string;
  port: number;
  debugCypher: boolean;
  /** Every read transaction the server runs is stopped by Neo4j after this long (0: no limit). */
  queryTimeoutMs: number;
  server: ServerSettings;
}

/** A token bucket: `rate` requests a second on average, bursts of up to `burst`. */
export interface RateLimit {
  rate: number;
  burst: number;
}

export interface ServerSettings {
  /** NODE_ENV=production: introspection and GraphiQL default to off. */
  production: boolean;
  introspection: boolean;
  /** GraphiQL at /graphiql. */
  graphiql: boolean;
  /** Origins allowed to call the API from a browser on another origin; empty: none. */
  corsOrigins: string[];
  /** Requests without a valid API key, per client IP; null: unlimited. */
  rateLimitIp: RateLimit | null;
  /** Requests with a valid API key, per key; null: unlimited. */
  rateLimitKey: RateLimit | null;
  /** Express's `trust proxy` (hops or addresses) when behind a reverse proxy; false: the socket's address. */
  trustProxy: string | number | false;
  /** /metrics in Prometheus text format. */
  metrics: boolean;
  /** Seconds a shared cache may keep a public read (an anonymous GET query answered without errors); 0: never. */
  publicMaxAge: number;
}

/** The project root: sources run from core/, compiled code from dist/core/. */
function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) return dir;
  }
}
export const ROOT = findRoot(__dirname);

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw badInput(`${name} must be 1 or 0, not "${env[name]}"`);
}

/** "rate" or "rate,burst" (requests a second); "0" or "off" turns the limit off. */
export function parseRateLimit(name: string, raw: string | undefined, fallback: RateLimit | null): RateLimit | null {
  const text = raw?.trim().toLowerCase();
  if (text === undefined || text === '') return fallback;
  if (text === '0' || text === 'off') return null;
  const m = /^(\d+(?:\.\d+)?)(?:\s*,\s*(\d+))?$/.exec(text);
  const rate = m ? Number(m[1]) : NaN;
  const burst = m?.[2] !== undefined ? Number(m[2]) : Math.max(1, Math.ceil(rate * 2));
  if (!m || !(rate > 0) || rate > 1e6 || burst < 1 || burst > 1e7) {
    throw badInput(`${name} must be "rate" or "rate,burst" in requests a second (e.g. "20,100"), or 0 for none; not "${raw}"`);
  }
  return { rate, burst };
}

function trustProxyFrom(raw: string | undefined): string | number | false {
  const text = raw?.trim();
  if (!text || text === '0' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

export const DEFAULT_RATE_LIMIT_IP: RateLimit = { rate: 50, burst: 300 };
export const DEFAULT_RATE_LIMIT_KEY: RateLimit = { rate: 200, burst: 1000 };
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
/** A dashboard refreshing every few seconds through a CDN sees data at most this old. */
export const DEFAULT_PUBLIC_MAX_AGE = 5;

export function loadServerSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const production = env.NODE_ENV === 'production';
  const origins = (env.POLICY_GRAPH_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  for (const o of origins) {
    if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o)) throw badInput(`POLICY_GRAPH_CORS_ORIGINS: "${o}" is not an origin like https://example.org (no path, no trailing slash)`);
  }
  return {
    production,
    introspection: boolFrom(env, 'POLICY_GRAPH_INTROSPECTION', !production),
    graphiql: boolFrom(env, 'POLICY_GRAPH_GRAPHIQL', !production),
    corsOrigins: origins,
    rateLimitIp: parseRateLimit('POLICY_GRAPH_RATE_LIMIT_IP', env.POLICY_GRAPH_RATE_LIMIT_IP, DEFAULT_RATE_LIMIT_IP),
    rateLimitKey: parseRateLimit('POLICY_GRAPH_RATE_LIMIT_KEY', env.POLICY_GRAPH_RATE_LIMIT_KEY, DEFAULT_RATE_LIMIT_KEY),
    trustProxy: trustProxyFrom(env.POLICY_GRAPH_TRUST_PROXY),
    metrics: boolFrom(env, 'POLICY_GRAPH_METRICS', true),
    publicMaxAge: intFrom(env, 'POLICY_GRAPH_PUBLIC_MAX_AGE', DEFAULT_PUBLIC_MAX_AGE, 0, 86_400),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim() || undefined;
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw badInput(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, not "${uri}"`);
  }
  const home = path.resolve(env.POLICY_GRAPH_HOME || path.join(ROOT, '.data'));
  return {
    root: ROOT,
    home,
    neo4j: {
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || '',
      database: env.NEO4J_DATABASE || undefined,
    },
    localBoltPort: intFrom(env, 'POLICY_GRAPH_NEO4J_PORT', 7687, 0, 65535),
    localHeap: env.POLICY_GRAPH_NEO4J_HEAP || '1g',
    localPagecache: env.POLICY_GRAPH_NEO4J_PAGECACHE || undefined,
    port: intFrom(env, 'PORT', 4000, 0, 65535),
    debugCypher: env.POLICY_GRAPH_DEBUG_CYPHER === '1',
    queryTimeoutMs: intFrom(env, 'POLICY_GRAPH_QUERY_TIMEOUT_MS', DEFAULT_QUERY_TIMEOUT_MS, 0, 3_600_000),
    server: loadServerSettings(env),
  };
}

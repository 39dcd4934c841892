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
  port: number;
  debugCypher: boolean;
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
    port: intFrom(env, 'PORT', 4000, 0, 65535),
    debugCypher: env.POLICY_GRAPH_DEBUG_CYPHER === '1',
  };
}

// Pure helpers for talking to the Java launcher (neo4j/launcher): its stdout protocol,
// the JVM command line, the run record kept under <home>/neo4j/run.json, and parsing
// `java -version`. No I/O here, so that all of it is unit-tested.
import path from 'node:path';
import { badInput } from '../core/errors';

export const LAUNCHER_MAIN_CLASS = 'policygraph.launcher.Launcher';

export type LauncherLine = { kind: 'ready'; uri: string; port: number } | { kind: 'failed'; reason: string };

/** The launcher prints exactly one of `READY bolt://127.0.0.1:<port>` or `FAILED <reason>`. */
export function parseLauncherLine(line: string): LauncherLine | null {
  const text = line.trim();
  const ready = /^READY (bolt:\/\/[^\s:/]+:(\d{1,5}))$/.exec(text);
  if (ready) {
    const port = Number(ready[2]);
    if (port < 1 || port > 65535) return null;
    return { kind: 'ready', uri: ready[1], port };
  }
  const failed = /^FAILED (.*)$/.exec(text);
  if (failed) return { kind: 'failed', reason: failed[1] };
  return null;
}

/** Major Java version from `java -version` output (which goes to stderr): 8 for "1.8.0_x", 17 for "17.0.15". */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** A JVM heap size as -Xmx takes it: digits with an optional k/m/g unit. */
export function checkHeap(heap: string, what = 'heap'): string {
  const h = heap.trim();
  if (!/^\d+[kKmMgG]?$/.test(h) || /^0+[kKmMgG]?$/.test(h)) {
    throw badInput(`the Neo4j ${what} must look like 512m or 2g, not "${heap}"`);
  }
  return h;
}

export interface LauncherPaths {
  launcherDir: string;
  pom: string;
  target: string;
  classes: string;
  lib: string;
  plugins: string;
  /** Written after a successful build; newer than every source means "up to date". */
  stamp: string;
}

export function launcherPaths(root: string): LauncherPaths {
  const launcherDir = path.join(root, 'neo4j', 'launcher');
  const target = path.join(launcherDir, 'target');
  return {
    launcherDir,
    pom: path.join(launcherDir, 'pom.xml'),
    target,
    classes: path.join(target, 'classes'),
    lib: path.join(target, 'lib'),
    plugins: path.join(target, 'plugins'),
    stamp: path.join(target, '.policy-graph-built'),
  };
}

export interface HomePaths {
  dir: string;
  data: string;
  logs: string;
  launcherLog: string;
  runFile: string;
}

export function homePaths(home: string): HomePaths {
  const dir = path.join(home, 'neo4j');
  return {
    dir,
    data: path.join(dir, 'data'),
    logs: path.join(dir, 'logs'),
    launcherLog: path.join(dir, 'logs', 'launcher.log'),
    runFile: path.join(dir, 'run.json'),
  };
}

export interface JvmArgsOptions {
  paths: LauncherPaths;
  storeDir: string;
  logsDir: string;
  boltPort: number;
  heap: string;
  /** Neo4j's page cache (the store kept in memory), e.g. "256m"; the launcher's default when absent. */
  pagecache?: string;
  watchStdin: boolean;
  /** Load APOC core from target/plugins (costs several seconds of start-up). */
  apoc: boolean;
}

/** The `java` arguments that run the launcher. */
export function jvmArgs(o: JvmArgsOptions): string[] {
  if (!Number.isInteger(o.boltPort) || o.boltPort < 0 || o.boltPort > 65535) {
    throw badInput(`the Neo4j Bolt port must be a whole number from 0 to 65535, not ${o.boltPort}`);
  }
  const heap = checkHeap(o.heap);
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    // What Neo4j's own start script passes on Java 17.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    // java expands the trailing `*` itself; no shell is involved.
    '-cp',
    [o.paths.classes, path.join(o.paths.lib, '*')].join(path.delimiter),
    LAUNCHER_MAIN_CLASS,
    '--store',
    o.storeDir,
    '--logs',
    o.logsDir,
    '--port',
    String(o.boltPort),
  ];
  if (o.pagecache) args.push('--pagecache', checkHeap(o.pagecache, 'page cache'));
  if (o.apoc) args.push('--plugins', o.paths.plugins);
  if (!o.watchStdin) args.push('--no-stdin-watch');
  return args;
}

/** What <home>/neo4j/run.json records about the instance that owns the store. */
export interface RunRecord {
  /** "starting" between spawn and READY; "ready" once Bolt accepts connections. */
  state: 'starting' | 'ready';
  /** The launcher JVM; absent for the instant between claiming the record and spawning. */
  pid?: number;
  /** The Node process that started it. */
  ownerPid: number;
  mode: 'attached' | 'detached';
  uri?: string;
  startedAt: string;
}

export function parseRunRecord(text: string): RunRecord | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  const isPid = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x > 0;
  if (r.state !== 'starting' && r.state !== 'ready') return null;
  if (r.mode !== 'attached' && r.mode !== 'detached') return null;
  if (!isPid(r.ownerPid)) return null;
  if (r.pid !== undefined && !isPid(r.pid)) return null;
  if (r.uri !== undefined && (typeof r.uri !== 'string' || !parseLauncherLine(`READY ${r.uri}`))) return null;
  if (r.state === 'ready' && (r.pid === undefined || r.uri === undefined)) return null;
  return {
    state: r.state,
    pid: r.pid as number | undefined,
    ownerPid: r.ownerPid as number,
    mode: r.mode,
    uri: r.uri as string | undefined,
    startedAt: typeof r.startedAt === 'string' ? r.startedAt : '',
  };
}

/** Host and port of a bolt://host:port URI. */
export function boltAddress(uri: string): { host: string; port: number } {
  const m = /^bolt:\/\/([^\s:/]+):(\d{1,5})$/.exec(uri);
  if (!m) throw new Error(`not a local bolt URI: ${uri}`);
  return { host: m[1], port: Number(m[2]) };
}

/** A hint for the usual reasons a start fails, from the launcher's FAILED reason or log. */
export function failureHint(text: string): string | undefined {
  if (/address already in use|BindException/i.test(text)) {
    return 'the Bolt port is taken: set POLICY_GRAPH_NEO4J_PORT to a free port (0 picks one)';
  }
  if (/store_lock|FileLockException|Lock file has been locked|locked by another process/i.test(text)) {
    return 'another Neo4j process holds this store: stop it (policy-graph neo4j stop) or use another POLICY_GRAPH_HOME';
  }
  if (/OutOfMemoryError|Could not reserve enough space|Invalid maximum heap size/i.test(text)) {
    return 'the heap does not fit: lower POLICY_GRAPH_NEO4J_HEAP';
  }
  return undefined;
}

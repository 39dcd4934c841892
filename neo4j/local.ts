// The local Neo4j: a JVM running Neo4j Community embedded (neo4j/launcher), started by
// the project itself. See neo4j/README.md for the life cycle and the files under <home>/neo4j.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import type { Config } from '../core/config';
import { unavailable } from '../core/errors';
import {
  type HomePaths,
  type LauncherLine,
  type LauncherPaths,
  type RunRecord,
  LAUNCHER_MAIN_CLASS,
  boltAddress,
  checkHeap,
  failureHint,
  homePaths,
  jvmArgs,
  launcherPaths,
  parseJavaMajor,
  parseLauncherLine,
  parseRunRecord,
} from './protocol';

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port>; auth is off. */
  uri: string;
  /** The launcher JVM. */
  pid: number;
  /** True when another live instance already owned `home` and was reused: `stop()` then does nothing. */
  reused: boolean;
  /** Stops the instance this call started (clean shutdown, then SIGKILL after 30 s). */
  stop(): Promise<void>;
}

export interface StartLocalOptions {
  /** Project root (where neo4j/launcher lives). */
  root: string;
  /** Store, logs and run.json go under <home>/neo4j. */
  home: string;
  /** 0 lets the launcher pick a free port. */
  boltPort: number;
  /** JVM heap, e.g. "1g". */
  heap: string;
  /** Page cache, e.g. "1500m" for a store of a million relationships; the launcher's 256m when absent. */
  pagecache?: string;
  /** true: outlives this process (CLI `neo4j start`); false: dies with it. */
  detached: boolean;
  log?: (msg: string) => void;
  /** How long to wait for the READY line; default 120 s. */
  timeoutMs?: number;
  /** Load APOC core (apoc.* allowed); off by default since nothing here calls it and it slows start-up. */
  apoc?: boolean;
}

export interface LocalStatus {
  running: boolean;
  uri?: string;
  pid?: number;
}

export interface Neo4jTarget {
  uri: string;
  /** configured: NEO4J_URI; reused: a running local instance; started: started here (attached). */
  source: 'configured' | 'reused' | 'started';
  pid?: number;
  /** Stops what this call started; does nothing for configured or reused instances. */
  stop(): Promise<void>;
}

const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
const MIN_JAVA = 17;
const noop = async (): Promise<void> => {};

// ---------------------------------------------------------------- tools: java and mvn

interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion, capturing stdout+stderr; rejects with code ENOENT when it is missing. */
function runTool(cmd: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function javaBin(): string {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome) {
    const candidate = path.join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'java';
}

let javaChecked: Promise<string> | undefined;

/** Resolves to the java binary once it is known to be Java 17 or newer. */
function checkJava(): Promise<string> {
  javaChecked ??= (async () => {
    const bin = javaBin();
    let res: RunResult;
    try {
      res = await runTool(bin, ['-version'], process.cwd());
    } catch (err) {
      throw unavailable(
        `Java ${MIN_JAVA} or newer is needed to run the local Neo4j, and "${bin}" was not found (${(err as Error).message}). ` +
          'Install a JDK 17 or 21 (or set JAVA_HOME), or set NEO4J_URI to use an existing Neo4j.',
      );
    }
    const major = parseJavaMajor(res.output);
    if (major === null) throw unavailable(`could not read the Java version from "${bin} -version": ${res.output.trim().slice(0, 300)}`);
    if (major < MIN_JAVA) {
      throw unavailable(`Neo4j 5.26 needs Java ${MIN_JAVA} or 21, but "${bin}" is Java ${major}. Install a newer JDK or set JAVA_HOME.`);
    }
    return bin;
  })();
  javaChecked.catch(() => (javaChecked = undefined));
  return javaChecked;
}

function newestMtime(file: string): number {
  const st = fs.statSync(file);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

function launcherUpToDate(p: LauncherPaths): boolean {
  try {
    const built = fs.statSync(p.stamp).mtimeMs;
    if (!fs.existsSync(path.join(p.classes, ...LAUNCHER_MAIN_CLASS.split('.')) + '.class')) return false;
    if (!fs.statSync(p.lib).isDirectory() || !fs.statSync(p.plugins).isDirectory()) return false;
    const sources = Math.max(fs.statSync(p.pom).mtimeMs, newestMtime(path.join(p.launcherDir, 'src')));
    return built >= sources;
  } catch {
    return false;
  }
}

/** Builds neo4j/launcher with Maven when target/ is missing or older than the pom or sources. */
export async function ensureLauncherBuilt(root: string, log: (msg: string) => void): Promise<void> {
  const p = launcherPaths(root);
  if (!fs.existsSync(p.pom)) throw unavailable(`the Neo4j launcher sources are missing: ${p.pom}`);
  await checkJava();
  if (launcherUpToDate(p)) return;

  log('building the Neo4j launcher with Maven (first run only)…');
  const t0 = Date.now();
  // Jars of an older build would otherwise stay on the classpath next to the new ones.
  fs.rmSync(p.lib, { recursive: true, force: true });
  fs.rmSync(p.plugins, { recursive: true, force: true });
  fs.rmSync(p.stamp, { force: true });
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  let res: RunResult;
  try {
    res = await runTool(mvn, ['-q', '-B', '-f', p.pom, 'package', '-DskipTests'], root);
  } catch (err) {
    throw unavailable(
      `Maven ("${mvn}") is needed once to build the local Neo4j launcher and was not found (${(err as Error).message}). ` +
        'Install Maven 3.6+, or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  if (res.code !== 0) {
    throw unavailable(`Maven failed to build the Neo4j launcher (exit ${res.code}):\n${lastLines(res.output, 30)}`);
  }
  fs.writeFileSync(p.stamp, `${new Date().toISOString()}\n`);
  log(`built the Neo4j launcher in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- processes

/** Whether pid is a live process (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

/** Whether pid is a live launcher JVM (guards against a recycled pid where /proc tells). */
function isLauncher(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_MAIN_CLASS);
  } catch {
    return process.platform !== 'linux';
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** SIGTERM (the launcher's shutdown hook flushes the store), then SIGKILL after the grace period. */
async function terminate(pid: number, graceMs = STOP_GRACE_MS): Promise<void> {
  signal(pid, 'SIGTERM');
  if (await waitGone(pid, graceMs)) return;
  signal(pid, 'SIGKILL');
  await waitGone(pid, 10_000);
}

function tcpAccepts(uri: string, timeoutMs = 1000): Promise<boolean> {
  const { host, port } = boltAddress(uri);
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

// ---------------------------------------------------------------- run.json

function readRecord(hp: HomePaths): { record: RunRecord | null; raw: string } | null {
  let raw: string;
  try {
    raw = fs.readFileSync(hp.runFile, 'utf8');
  } catch {
    return null;
  }
  return { record: parseRunRecord(raw), raw };
}

/** A record is live when its JVM runs, or (before spawning) when the process that claimed it runs. */
function recordLive(r: RunRecord): boolean {
  if (r.pid !== undefined) return isLauncher(r.pid);
  return isAlive(r.ownerPid);
}

function writeRecord(hp: HomePaths, r: RunRecord): void {
  const tmp = `${hp.runFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(r, null, 2)}\n`);
  fs.renameSync(tmp, hp.runFile);
}

/** Creates run.json only if absent (atomic, complete content): the right to start an instance. */
function claimRecord(hp: HomePaths, r: RunRecord): boolean {
  const tmp = `${hp.runFile}.${process.pid}.claim`;
  fs.writeFileSync(tmp, `${JSON.stringify(r, null, 2)}\n`);
  try {
    fs.linkSync(tmp, hp.runFile);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Removes run.json if it still holds exactly `raw` (someone may have replaced it meanwhile). */
function removeRecordIf(hp: HomePaths, raw: string): void {
  try {
    if (fs.readFileSync(hp.runFile, 'utf8') === raw) fs.rmSync(hp.runFile, { force: true });
  } catch {
    // already gone
  }
}

/** Removes run.json if it describes the given JVM. */
function removeRecordOf(hp: HomePaths, pid: number | undefined, ownerPid?: number): void {
  const cur = readRecord(hp);
  if (!cur) return;
  const r = cur.record;
  if (r && (pid !== undefined ? r.pid === pid : r.pid === undefined && r.ownerPid === ownerPid)) removeRecordIf(hp, cur.raw);
}

/** Drops run.json when it is unreadable or describes a dead process; returns the live record otherwise. */
function liveRecord(hp: HomePaths, log: (m: string) => void): RunRecord | null {
  const cur = readRecord(hp);
  if (!cur) return null;
  if (cur.record && recordLive(cur.record)) return cur.record;
  if (!cur.record) {
    // A half-written file is impossible (writes are atomic), so this is garbage.
    log(`removing an unreadable ${hp.runFile}`);
  } else {
    log(`removing a stale ${hp.runFile} (pid ${cur.record.pid ?? cur.record.ownerPid} is gone)`);
  }
  removeRecordIf(hp, cur.raw);
  return null;
}

// ---------------------------------------------------------------- start

function lastLines(text: string, n: number): string {
  const lines = text.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.slice(-n).join('\n');
}

function readFrom(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size <= offset) return '';
      const buf = Buffer.alloc(size - offset);
      fs.readSync(fd, buf, 0, buf.length, offset);
      return buf.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/**
 * Waits for the launcher's READY/FAILED line: from the stdout pipe (attached) or from the
 * launcher log it writes to (detached). Rejects on FAILED, early exit or timeout.
 */
function waitForReady(child: ChildProcess, logFile: string, logOffset: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let poll: NodeJS.Timeout | undefined;
    const finish = (err: Error | null, uri?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      child.off('exit', onExit);
      child.off('error', onError);
      if (err) reject(err);
      else resolve(uri as string);
    };
    const onLine = (line: string) => {
      const parsed: LauncherLine | null = parseLauncherLine(line);
      if (parsed?.kind === 'ready') finish(null, parsed.uri);
      else if (parsed?.kind === 'failed') finish(new Error(parsed.reason));
    };
    const onExit = (code: number | null, sig: NodeJS.Signals | null) => {
      // The last stdout data may still be in flight: give it a moment.
      setTimeout(() => finish(new Error(`the launcher exited before it was ready (${sig ?? `exit code ${code}`})`)), 200);
    };
    const onError = (err: Error) => finish(new Error(`could not run java: ${err.message}`));
    const timer = setTimeout(() => finish(new Error(`no READY line within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);

    child.once('exit', onExit);
    child.once('error', onError);
    if (child.stdout) {
      readline.createInterface({ input: child.stdout }).on('line', onLine);
    } else {
      let seen = 0;
      poll = setInterval(() => {
        const text = readFrom(logFile, logOffset);
        const complete = text.slice(0, text.lastIndexOf('\n') + 1);
        for (const line of complete.slice(seen).split('\n')) onLine(line);
        seen = complete.length;
      }, 150);
    }
  });
}

function reusedHandle(r: RunRecord): LocalNeo4j {
  return { uri: r.uri as string, pid: r.pid as number, reused: true, stop: noop };
}

/**
 * Starts Neo4j under <home>/neo4j, or reuses the live instance that already owns that store.
 * Attached instances die with this process (their stdin is our pipe); detached ones outlive it.
 */
export async function startLocalNeo4j(opts: StartLocalOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  const timeoutMs = opts.timeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const heap = checkHeap(opts.heap);
  const hp = homePaths(path.resolve(opts.home));
  const mode = opts.detached ? 'detached' : 'attached';
  fs.mkdirSync(hp.data, { recursive: true });
  fs.mkdirSync(hp.logs, { recursive: true });

  // Reuse the owner of the store, wait for one that is starting, or claim run.json.
  const deadline = Date.now() + timeoutMs;
  const claim: RunRecord = { state: 'starting', ownerPid: process.pid, mode, startedAt: new Date().toISOString() };
  let waitingLogged = false;
  for (;;) {
    const r = liveRecord(hp, log);
    if (r) {
      if (r.state === 'ready' && r.uri && (await tcpAccepts(r.uri))) {
        log(`reusing the local Neo4j at ${r.uri} (pid ${r.pid}, ${r.mode})`);
        return reusedHandle(r);
      }
      if (Date.now() > deadline) {
        throw unavailable(
          `a Neo4j process (pid ${r.pid ?? r.ownerPid}) owns ${hp.dir} but ${r.uri ? `does not accept Bolt connections at ${r.uri}` : 'did not finish starting'}; ` +
            'stop it with `policy-graph neo4j stop`',
        );
      }
      if (!waitingLogged) log(`waiting for the local Neo4j that pid ${r.pid ?? r.ownerPid} is starting…`);
      waitingLogged = true;
      await sleep(250);
      continue;
    }
    if (claimRecord(hp, claim)) break;
  }

  let child: ChildProcess | undefined;
  try {
    await ensureLauncherBuilt(opts.root, log);
    const java = await checkJava();
    const args = jvmArgs({
      paths: launcherPaths(opts.root),
      storeDir: hp.data,
      logsDir: hp.logs,
      boltPort: opts.boltPort,
      heap,
      pagecache: opts.pagecache,
      watchStdin: !opts.detached,
      apoc: opts.apoc ?? false,
    });

    const logFd = fs.openSync(hp.launcherLog, 'a');
    let logOffset: number;
    try {
      fs.writeSync(logFd, `\n--- ${new Date().toISOString()} starting (${mode}, port ${opts.boltPort}, heap ${heap}) from pid ${process.pid}\n`);
      logOffset = fs.fstatSync(logFd).size;
      log(`starting the local Neo4j (${mode}) in ${hp.dir}…`);
      child = spawn(java, args, {
        cwd: hp.dir,
        detached: opts.detached,
        stdio: opts.detached ? ['ignore', logFd, logFd] : ['pipe', 'pipe', logFd],
        windowsHide: true,
      });
    } finally {
      fs.closeSync(logFd);
    }
    const started = Date.now();
    const spawned = child;
    const uri = await waitForReady(spawned, hp.launcherLog, logOffset, timeoutMs).catch((err: Error) => {
      if (spawned.pid !== undefined && spawned.exitCode === null) spawned.kill('SIGKILL');
      const tail = lastLines(readFrom(hp.launcherLog, logOffset), 25);
      const hint = failureHint(`${err.message}\n${tail}`);
      throw unavailable(
        `the local Neo4j did not start: ${err.message}${hint ? `\nhint: ${hint}` : ''}\n` +
          `--- end of ${hp.launcherLog} (more in ${path.join(hp.logs, 'debug.log')}):\n${tail}`,
      );
    });
    const pid = spawned.pid as number;
    writeRecord(hp, { ...claim, state: 'ready', pid, uri });
    log(`local Neo4j ready at ${uri} (pid ${pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return opts.detached ? detachedHandle(spawned, hp, uri, pid) : attachedHandle(spawned, hp, uri, pid);
  } catch (err) {
    removeRecordOf(hp, child?.pid, process.pid);
    if (child?.pid !== undefined) removeRecordOf(hp, undefined, process.pid);
    throw err;
  }
}

function detachedHandle(child: ChildProcess, hp: HomePaths, uri: string, pid: number): LocalNeo4j {
  child.unref();
  return {
    uri,
    pid,
    reused: false,
    async stop() {
      await terminate(pid);
      removeRecordOf(hp, pid);
    },
  };
}

function attachedHandle(child: ChildProcess, hp: HomePaths, uri: string, pid: number): LocalNeo4j {
  // Keep reading stdout so the child never blocks on a full pipe, and let this process
  // exit without stopping it first: the stdin pipe then closes and the JVM shuts down.
  child.stdout?.resume();
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  (child.stdout as unknown as { unref?: () => void } | null)?.unref?.();
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  // If this process exits without stop(), nobody should try to reuse the dying JVM.
  const onExit = () => removeRecordOf(hp, pid);
  process.once('exit', onExit);
  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid,
    reused: false,
    stop() {
      stopping ??= (async () => {
        child.stdin?.end(); // the launcher shuts down cleanly on end-of-file
        let timer: NodeJS.Timeout | undefined;
        const gone = await Promise.race([
          exited.then(() => true),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STOP_GRACE_MS))),
        ]);
        clearTimeout(timer);
        if (!gone) await terminate(pid, 5_000);
        process.off('exit', onExit);
        removeRecordOf(hp, pid);
      })();
      return stopping;
    },
  };
}

// ---------------------------------------------------------------- status, stop, connect

/** running = the recorded JVM is alive AND its Bolt port accepts a TCP connection. */
export async function localStatus(home: string): Promise<LocalStatus> {
  const hp = homePaths(path.resolve(home));
  const r = liveRecord(hp, () => {});
  if (!r) return { running: false };
  const running = r.state === 'ready' && r.uri !== undefined && (await tcpAccepts(r.uri));
  return { running, uri: r.uri, pid: r.pid };
}

/** Stops the instance that owns <home>/neo4j (SIGTERM, SIGKILL after 30 s); false if none was running. */
export async function stopLocalNeo4j(home: string): Promise<boolean> {
  const hp = homePaths(path.resolve(home));
  const r = liveRecord(hp, () => {});
  if (!r || r.pid === undefined) return false;
  await terminate(r.pid);
  removeRecordOf(hp, r.pid);
  return true;
}

/**
 * The Neo4j to use: NEO4J_URI when configured (nothing started); else the local instance
 * running under config.home; else a new attached one, stopped by the returned `stop`.
 */
export async function connectOrStart(
  config: Config,
  opts: { log?: (msg: string) => void; timeoutMs?: number; apoc?: boolean } = {},
): Promise<Neo4jTarget> {
  if (config.neo4j.uri) return { uri: config.neo4j.uri, source: 'configured', stop: noop };
  const neo = await startLocalNeo4j({
    root: config.root,
    home: config.home,
    boltPort: config.localBoltPort,
    heap: config.localHeap,
    pagecache: config.localPagecache,
    detached: false,
    log: opts.log,
    timeoutMs: opts.timeoutMs,
    apoc: opts.apoc,
  });
  return { uri: neo.uri, source: neo.reused ? 'reused' : 'started', pid: neo.pid, stop: () => neo.stop() };
}

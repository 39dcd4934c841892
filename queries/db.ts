// The only module that talks to the Neo4j driver. Everything else passes Cypher and
// parameters to read()/write() (or a multi-statement transaction) and gets plain rows
// back: Neo4j integers as numbers, nodes and relationships as their properties.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config, Neo4jConnection } from '../core/config';
import { AppError, ErrorCode, badInput } from '../core/errors';

export type { Driver } from 'neo4j-driver';
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface StatementStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}
export interface StatementResult<T = Row> {
  rows: T[];
  stats: StatementStats;
}
/** Runs one statement inside an open transaction. */
export type Run = <T = Row>(cypher: string, params?: Params) => Promise<StatementResult<T>>;

interface DriverSettings {
  database?: string;
  debugCypher: boolean;
  /** How long a failed auto-commit read is retried (the driver's maxTransactionRetryTime). */
  maxRetryMs: number;
  log: (line: string) => void;
  /** Timeout of read transactions that do not set their own. */
  readTimeoutMs?: number;
  /** Set by configureDriver({ failFast: true }): refuse work at once while Neo4j is known to be down. */
  breaker?: Breaker;
}
// The driver is what the rest of the code passes around, so the settings that go with
// it (database name, debug flag) live beside it rather than in every call.
const settings = new WeakMap<Driver, DriverSettings>();
/** The driver's own default maxTransactionRetryTime. */
const DRIVER_MAX_RETRY_MS = 30_000;
const DEFAULT_SETTINGS: DriverSettings = { debugCypher: false, maxRetryMs: DRIVER_MAX_RETRY_MS, log: (line) => process.stderr.write(`${line}\n`) };

export interface DriverOptions {
  debugCypher?: boolean;
  log?: (line: string) => void;
  /** How long a transaction is retried on transient failures (the driver's default is 30 s). */
  maxRetryTimeMs?: number;
  /** How long opening a connection may take (the driver's default is 30 s). */
  connectionTimeoutMs?: number;
  /** How long waiting for a pooled connection may take (the driver's default is 60 s). */
  connectionAcquisitionTimeoutMs?: number;
}

/** A driver for `conn` (or `config.neo4j`, with `config.debugCypher`). Close it with `driver.close()`. */
export function createDriver(conn: Neo4jConnection | Config, options: DriverOptions = {}): Driver {
  const isConfig = 'neo4j' in conn;
  const c: Neo4jConnection = isConfig ? conn.neo4j : conn;
  if (!c.uri) throw badInput('no Neo4j URI: set NEO4J_URI or start the local Neo4j first');
  const auth = c.password ? neo4j.auth.basic(c.user, c.password) : undefined;
  const driver = neo4j.driver(c.uri, auth, {
    userAgent: 'policy-graph',
    // Integers arrive as numbers (every one we store is a count or an offset, far below
    // 2^53): unpacking them into Integer objects and back was a tenth of a large read.
    disableLosslessIntegers: true,
    ...(options.maxRetryTimeMs !== undefined ? { maxTransactionRetryTime: options.maxRetryTimeMs } : {}),
    ...(options.connectionTimeoutMs !== undefined ? { connectionTimeout: options.connectionTimeoutMs } : {}),
    ...(options.connectionAcquisitionTimeoutMs !== undefined ? { connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs } : {}),
  });
  settings.set(driver, {
    database: c.database,
    debugCypher: options.debugCypher ?? (isConfig ? conn.debugCypher : false),
    maxRetryMs: options.maxRetryTimeMs ?? DRIVER_MAX_RETRY_MS,
    log: options.log ?? DEFAULT_SETTINGS.log,
  });
  return driver;
}

const settingsOf = (driver: Driver): DriverSettings => settings.get(driver) ?? DEFAULT_SETTINGS;

export interface ServingOptions {
  /** Read transactions that set no timeout of their own get this one (0 or undefined: none). */
  readTimeoutMs?: number;
  /**
   * Once a statement fails because Neo4j is unreachable, further work fails at once with
   * UNAVAILABLE (no waiting on connection timeouts and retries) while a probe asks Neo4j
   * every `probeMs`; the first answer closes the breaker again.
   */
  failFast?: boolean;
  probeMs?: number;
}

/** Settings for a driver that serves requests (the GraphQL server); a driver from elsewhere gets them too. */
export function configureDriver(driver: Driver, options: ServingOptions): void {
  const s = settings.get(driver) ?? { ...DEFAULT_SETTINGS };
  s.readTimeoutMs = options.readTimeoutMs || undefined;
  if (options.failFast && !s.breaker) s.breaker = new Breaker(driver, s, options.probeMs ?? 1000);
  settings.set(driver, s);
}

/** True while the breaker of a fail-fast driver is open (Neo4j last seen unreachable). */
export const isUnavailable = (driver: Driver): boolean => settingsOf(driver).breaker?.open ?? false;

/** Stops the breaker's probe (call before driver.close()). */
export function releaseDriver(driver: Driver): void {
  settingsOf(driver).breaker?.stop();
}

export interface QueryObservation {
  mode: 'READ' | 'WRITE';
  seconds: number;
  /** Our error code when the transaction failed, 'INTERNAL' for an unmapped failure. */
  error?: string;
}
const observers = new Set<(o: QueryObservation) => void>();
/** Called after every transaction of every driver (metrics); returns the function that removes it. */
export function observeQueries(listener: (o: QueryObservation) => void): () => void {
  observers.add(listener);
  return () => observers.delete(listener);
}

const UNREACHABLE = /^(ServiceUnavailable|SessionExpired)$/;
const isUnreachable = (err: unknown): boolean =>
  err instanceof neo4j.Neo4jError && UNREACHABLE.test(err.code) ||
  (err instanceof AppError && typeof err.details?.neo4jCode === 'string' && UNREACHABLE.test(err.details.neo4jCode));

/**
 * Neo4j's reachability as the server sees it. Closed: work goes through. Open (after a
 * statement failed with ServiceUnavailable): work fails at once, and a timer pings Neo4j
 * until it answers, which closes the breaker; the driver's pool reconnects by itself.
 */
class Breaker {
  open = false;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  constructor(private readonly driver: Driver, private readonly s: DriverSettings, private readonly probeMs: number) {}

  trip(): void {
    if (this.open || this.stopped) return;
    this.open = true;
    this.s.log('neo4j: unreachable; failing requests fast until it answers again');
    this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      if (this.stopped) return;
      if (await pingDriver(this.driver, Math.max(500, this.probeMs))) {
        this.open = false;
        this.s.log('neo4j: reachable again');
      } else this.schedule();
    }, this.probeMs);
    this.timer.unref();
  }

  /** A successful ping elsewhere (/readyz) closes the breaker early. */
  answered(ok: boolean): void {
    if (ok && this.open) {
      clearTimeout(this.timer);
      this.open = false;
      this.s.log('neo4j: reachable again');
    } else if (!ok) this.trip();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}

export interface TransactionOptions {
  /** Neo4j stops the transaction after this long; it fails as BAD_USER_INPUT ("took too long"). */
  timeoutMs?: number;
}

/**
 * Runs a read-only statement (routed to a reader in a cluster) as an auto-commit
 * transaction: one round trip where a managed transaction takes two (BEGIN with the
 * statement, then COMMIT), about 0.4 ms of a 1 ms read. A statement that reads is safe to
 * run again, so a transient failure is retried here as the managed transaction would.
 */
export async function read<T = Row>(driver: Driver, cypher: string, params: Params = {}, options: TransactionOptions = {}): Promise<T[]> {
  const s = settingsOf(driver);
  const timeout = options.timeoutMs ?? s.readTimeoutMs;
  const config = timeout !== undefined ? { timeout } : undefined;
  const deadline = Date.now() + s.maxRetryMs;
  for (let attempt = 0; ; attempt++) {
    // The driver's own back-off for managed transactions: 1 s doubling, ±20 %, until maxRetryTimeMs.
    const delay = Math.min(1000 * 2 ** attempt, 8000) * (0.8 + Math.random() * 0.4);
    try {
      return await observed('READ', async () => {
        if (s.breaker?.open) throw new AppError(ErrorCode.UNAVAILABLE, UNAVAILABLE_MESSAGE, { neo4jCode: 'ServiceUnavailable' });
        const session = driver.session({ database: s.database, defaultAccessMode: neo4j.session.READ });
        try {
          return (await statement<T>(s, (c, p) => session.run(c, p, config), cypher, params)).rows;
        } catch (err) {
          if (retriable(err) && Date.now() + delay < deadline) throw new Retry(err);
          if (s.breaker && isUnreachable(err)) s.breaker.trip();
          throw toAppError(err);
        } finally {
          await session.close().catch(() => {});
        }
      });
    } catch (err) {
      if (!(err instanceof Retry)) throw err;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** A failure the read loop tries again; never seen outside it. */
class Retry extends Error {
  constructor(override readonly cause: unknown) {
    super('retry');
  }
}

// What the driver's managed transactions retry, less a statement stopped by its timeout:
// running it again would only take as long again.
const retriable = (err: unknown): boolean =>
  neo4j.isRetryableError(err) && !(err instanceof neo4j.Neo4jError && /TransactionTimedOut|Terminated/.test(err.code));

/** Runs one statement in its own write transaction. */
export async function write<T = Row>(driver: Driver, cypher: string, params: Params = {}): Promise<T[]> {
  return (await writeTransaction(driver, (run) => run<T>(cypher, params))).rows;
}

/** Runs `work` in one read transaction; the driver retries it on transient failures. */
export function readTransaction<T>(driver: Driver, work: (run: Run) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return transaction(driver, 'READ', work, options);
}

/** Runs `work` in one write transaction: all its statements commit together or not at all. */
export function writeTransaction<T>(driver: Driver, work: (run: Run) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return transaction(driver, 'WRITE', work, options);
}

async function transaction<T>(
  driver: Driver, mode: 'READ' | 'WRITE', work: (run: Run) => Promise<T>, options: TransactionOptions,
): Promise<T> {
  const s = settingsOf(driver);
  return observed(mode, async () => {
    if (s.breaker?.open) throw new AppError(ErrorCode.UNAVAILABLE, UNAVAILABLE_MESSAGE, { neo4jCode: 'ServiceUnavailable' });
    const session = driver.session({ database: s.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const body = (tx: ManagedTransaction) => work(runner(tx, s));
      const timeout = options.timeoutMs ?? (mode === 'READ' ? s.readTimeoutMs : undefined);
      const config = timeout !== undefined ? { timeout } : undefined;
      return await (mode === 'READ' ? session.executeRead(body, config) : session.executeWrite(body, config));
    } catch (err) {
      if (s.breaker && isUnreachable(err)) s.breaker.trip();
      throw toAppError(err);
    } finally {
      await session.close().catch(() => {});
    }
  });
}

/** Runs a transaction's work and tells the observers (metrics) how long it took and how it ended; a retried try is not one. */
async function observed<T>(mode: 'READ' | 'WRITE', work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  let failure: unknown;
  try {
    return await work();
  } catch (err) {
    failure = err;
    throw err;
  } finally {
    if (observers.size > 0 && !(failure instanceof Retry)) {
      const o: QueryObservation = { mode, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
      if (failure !== undefined) o.error = failure instanceof AppError ? failure.code : 'INTERNAL';
      for (const listener of observers) listener(o);
    }
  }
}

// The driver records the caller's stack trace for every statement (new Error().stack, in
// the Result's constructor) to decorate a failure; formatting it cost 6 % of the server's
// CPU on small reads. Failures are mapped to AppError with Neo4j's message and code, which
// never showed that stack, so it is not captured: the constructor runs synchronously here.
type RunIn = (cypher: string, params: Params) => ReturnType<ManagedTransaction['run']>;

function runWithoutCallerStack(run: RunIn, cypher: string, params: Params) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run(cypher, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** One statement through `run` (a transaction's, or a session's auto-commit), as plain rows and counters. */
async function statement<T>(s: DriverSettings, run: RunIn, cypher: string, params: Params = {}): Promise<StatementResult<T>> {
  if (s.debugCypher) s.log(`cypher: ${cypher.replace(/\s+/g, ' ').trim()} params: ${JSON.stringify(params)}`);
  const result = await runWithoutCallerStack(run, cypher, params);
  const u = result.summary.counters.updates();
  return {
    rows: result.records.map((r) => toPlain(r.toObject()) as T),
    stats: {
      nodesCreated: u.nodesCreated,
      nodesDeleted: u.nodesDeleted,
      relationshipsCreated: u.relationshipsCreated,
      relationshipsDeleted: u.relationshipsDeleted,
      propertiesSet: u.propertiesSet,
    },
  };
}

function runner(tx: ManagedTransaction, s: DriverSettings): Run {
  return <T>(cypher: string, params: Params = {}) => statement<T>(s, (c, p) => tx.run(c, p), cypher, params);
}

/** True when Neo4j answers within `timeoutMs`; a fail-fast driver's breaker follows the answer. */
export async function ping(driver: Driver, timeoutMs = 2000): Promise<boolean> {
  const ok = await pingDriver(driver, timeoutMs);
  settingsOf(driver).breaker?.answered(ok);
  return ok;
}

async function pingDriver(driver: Driver, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answer = driver
    .getServerInfo({ database: settingsOf(driver).database })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Neo4j values to plain JS: integers to numbers, temporals to ISO strings, graph objects to properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: answered before any of the driver's type checks.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  const out: Row = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

function isTemporal(v: object): boolean {
  return (
    neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) ||
    neo4j.isLocalTime(v) || neo4j.isDuration(v)
  );
}

const UNAVAILABLE_MESSAGE = 'the graph database is unavailable';

// Neo4j's error codes mapped to ours, in one place. Anything not listed is a bug on
// our side (a Cypher syntax error, say) and stays as it is, so the server hides it.
const CODE_MAP: Array<[RegExp, ErrorCode, string]> = [
  // A transaction stopped by its timeout: the request asked for too much (before the transient rule).
  [/^Neo\.(ClientError|TransientError)\.Transaction\.(TransactionTimedOut|TransactionTimedOutClientConfiguration)$/, ErrorCode.BAD_USER_INPUT,
    'the query took too long; narrow it (fewer hops, fewer types, exclude hubs)'],
  [UNREACHABLE, ErrorCode.UNAVAILABLE, UNAVAILABLE_MESSAGE],
  [/^Neo\.TransientError\./, ErrorCode.UNAVAILABLE, 'the graph database is busy; try again'],
  [/^Neo\.ClientError\.Database\.DatabaseNotFound$/, ErrorCode.UNAVAILABLE, 'the configured Neo4j database does not exist'],
  [/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired|TokenExpired)$/, ErrorCode.UNAUTHENTICATED, 'Neo4j rejected the credentials'],
  [/^Neo\.ClientError\.Security\./, ErrorCode.FORBIDDEN, 'Neo4j refused the operation'],
  [/^Neo\.ClientError\.Schema\.ConstraintValidationFailed$/, ErrorCode.CONFLICT, 'the write conflicts with existing data'],
  [/^Neo\.ClientError\.Cluster\.NotALeader$/, ErrorCode.UNAVAILABLE, 'the graph database is electing a leader; try again'],
];

export function toAppError(err: unknown): unknown {
  if (err instanceof AppError || !(err instanceof neo4j.Neo4jError)) return err;
  const hit = CODE_MAP.find(([re]) => re.test(err.code));
  if (!hit) return err;
  const appError = new AppError(hit[1], hit[2], { neo4jCode: err.code });
  (appError as Error).cause = err;
  return appError;
}

// The HTTP app: GraphQL at /graphql, exports at /export/*, liveness at /healthz, readiness
// at /readyz, metrics at /metrics, and the explorer (server/explorer.ts, when present) at /
// and /graphiql. In front of them, in order: request id and log line, security headers,
// CORS, then (past the health checks) the caller's identity and its rate limit.
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import { type AuthConfig, loadAuthConfig } from '../core/auth-config';
import type { Config, ServerSettings } from '../core/config';
import { AppError, ErrorCode } from '../core/errors';
import { loadLexicon } from '../ingest/lexicon';
import type { Lexicon } from '../ingest/lexicon';
import { type Driver, configureDriver, isUnavailable, ping, releaseDriver } from '../queries/db';
import { type Caller, identify, requireScope } from './auth';
import { type Context, type Services, createContext } from './context';
import { type Log, countError, formatError, internalErrorLog, unavailableIn } from './errors';
import { exportRouter } from './export';
import { type LineWriter, requestInfoOf, requestLogger } from './logging';
import { Metrics } from './metrics';
import { preparedQueries } from './prepared';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { cors, rateLimiter, securityHeaders } from './security';
import { StatsCache } from './stats';
import { StatsAnswers, statsFastPath, statsResponsePlugin } from './stats-response';
import { type QueryLimits, DEFAULT_LIMITS, validationRules } from './validation';

export interface AppOptions {
  config: Config;
  driver: Driver;
  /** When given, stopping Apollo also drains this server's open requests. */
  httpServer?: http.Server;
  /** Where internal errors are logged; stderr by default. */
  log?: Log;
  /** Where one JSON line per request goes; none by default (`serve` writes them to stdout). */
  accessLog?: LineWriter;
  /** API keys and anonymous access; read from the environment (core/auth-config.ts) by default. */
  auth?: AuthConfig;
  /** Depth, alias and complexity limits of a query. */
  limits?: QueryLimits;
  /** CORS, rate limits, introspection, GraphiQL, metrics; config.server by default. */
  settings?: Partial<ServerSettings>;
  /** Answer repeated read queries from their compiled form (server/prepared.ts); on by default. */
  prepared?: boolean;
}

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  /** Stops Apollo. The driver belongs to the caller and stays open. */
  close(): Promise<void>;
}

const stderr: Log = (m) => process.stderr.write(`${m}\n`);

/** Largest request body: an ingested document of 1,000,000 characters fits, with room for JSON escapes. */
export const MAX_BODY = '8mb';
/** What a 503 asks the client to wait, in seconds. */
export const RETRY_AFTER_UNAVAILABLE = 5;

export async function createApp(options: AppOptions): Promise<App> {
  const { config, driver, httpServer, log = stderr, accessLog, auth, limits = DEFAULT_LIMITS } = options;
  const settings: ServerSettings = { ...config.server, ...options.settings };
  // Every read the server runs has a timeout; once Neo4j is unreachable, requests fail at once.
  configureDriver(driver, { readTimeoutMs: config.queryTimeoutMs, failFast: true });
  const metrics = new Metrics(() => isUnavailable(driver));
  let lexicon: Lexicon | undefined;
  const services: Services = { auth: auth ?? loadAuthConfig(), stats: new StatsCache(), lexicon: () => (lexicon ??= loadLexicon()), metrics };
  const statsAnswers = new StatsAnswers();
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(config.root), resolvers });
  const rules = validationRules(limits);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: (formatted, error) => countError(metrics, formatError(formatted, error)),
    includeStacktraceInErrorResponses: false,
    introspection: settings.introspection,
    validationRules: rules,
    // The default landing page loads its scripts from a CDN; csrfPrevention stays on (the default).
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema gives no cache hints, so the built-in cache-control plugin could only ever
      // answer no-store, yet it wraps every field resolver to collect hints: a third of the
      // execution time of a 200-node subgraph. observePlugin sends the no-store instead.
      ApolloServerPluginCacheControlDisabled(),
      observePlugin(metrics, settings.publicMaxAge),
      internalErrorLog<Context>(log),
      statsResponsePlugin(statsAnswers),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
  await apollo.start();

  const callers = new WeakMap<express.Request, Caller>();
  const callerOf = (req: express.Request): Caller => {
    let c = callers.get(req);
    if (!c) callers.set(req, (c = identify(services.auth, req.headers.authorization)));
    return c;
  };
  const limiter = rateLimiter(settings.rateLimitIp, settings.rateLimitKey, callerOf, (by) => metrics.rateLimited.inc({ by }));

  const app = express();
  app.disable('x-powered-by');
  // API answers are no-store, so an ETag buys nothing, and computing one hashed every
  // body. The explorer's static files keep theirs (express.static sets its own).
  app.disable('etag');
  app.set('trust proxy', settings.trustProxy);
  app.use(requestLogger(accessLog, (req, path, status, seconds) => metrics.http.observe({ route: routeOf(path), method: req.method, status: String(status) }, seconds)));
  app.use(securityHeaders());
  app.use(cors(settings.corsOrigins));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await ping(driver);
    if (!ready) res.setHeader('Retry-After', String(RETRY_AFTER_UNAVAILABLE));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', neo4j: ready });
  });
  app.use((req, _res, next) => {
    const caller = callerOf(req);
    const info = requestInfoOf(req);
    if (info) info.principal = 'principal' in caller ? caller.principal.name : 'refused';
    next();
  });
  app.use(limiter.middleware);
  if (settings.metrics) {
    app.get('/metrics', (req, res) => {
      try {
        requireScope(callerOf(req), 'read');
      } catch (err) {
        const e = err as AppError;
        res.status(e.code === ErrorCode.FORBIDDEN ? 403 : 401).json({ error: { message: e.message, code: e.code } });
        return;
      }
      res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.send(metrics.render());
    });
  }
  const contextOf = (req: express.Request) => createContext(config, driver, services, req.headers.authorization, callerOf(req), requestInfoOf(req));
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    statsFastPath({ answers: statsAnswers, stats: services.stats, driver, metrics, callerOf }),
    ...(options.prepared === false ? [] : [preparedQueries({ schema, rules, contextOf, metrics, log, retryAfter: RETRY_AFTER_UNAVAILABLE })]),
    expressMiddleware(apollo, { context: async ({ req }) => contextOf(req) }),
  );
  app.use(exportRouter(contextOf, log));
  app.use(bodyErrors);
  mountExplorerIfPresent(app, config, { graphiql: settings.graphiql });

  let stopped: Promise<void> | undefined;
  const close = () => (stopped ??= (async () => {
    limiter.close();
    metrics.close();
    await apollo.stop();
    releaseDriver(driver);
  })());
  return { app, apollo, metrics, close };
}

const ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);
function routeOf(path: string): string {
  if (ROUTES.has(path)) return path;
  if (path.startsWith('/export/')) return '/export';
  if (path === '/' || path === '/graphiql' || path.startsWith('/web/') || path.startsWith('/vendor/')) return 'explorer';
  return 'other';
}

// Times each GraphQL request by operation name, and answers 503 with Retry-After when
// Neo4j was unreachable (the errors then say UNAVAILABLE), so load balancers and clients
// can tell an outage from a bad request. Sets the answer's Cache-Control (cacheControl).
function observePlugin(metrics: Metrics, publicMaxAge: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          const operation = metrics.operation(rc.operationName ?? rc.request.operationName);
          const info = rc.contextValue.request;
          if (info) info.operation = operation;
          metrics.graphql.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          const body = rc.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          if (!rc.response.http.headers.has('cache-control')) {
            const request = rc.request.http;
            rc.response.http.headers.set('cache-control', cacheControl(publicMaxAge, request?.method, request?.headers.has('authorization') ?? false, body.kind === 'single' && !errors));
            if (request?.method === 'GET') rc.response.http.headers.set('vary', 'accept, authorization');
          }
          if (info && errors) for (const e of errors) if (typeof e.extensions?.code === 'string') info.errorCodes.push(e.extensions.code);
          if (unavailableIn(errors)) {
            rc.response.http.status = 503;
            rc.response.http.headers.set('retry-after', String(RETRY_AFTER_UNAVAILABLE));
          }
        },
      };
    },
  };
}

/**
 * A public read may sit in a shared cache (a CDN in front of dashboards) for `maxAge`
 * seconds: a GET query (Apollo runs no mutation over GET) without an API key, answered
 * without errors. Anything else is no-store: answers behind a key, errors, and POSTs,
 * which shared caches do not keep anyway.
 */
export function cacheControl(maxAge: number, method: string | undefined, withKey: boolean, clean: boolean): string {
  return maxAge > 0 && method === 'GET' && !withKey && clean ? `public, max-age=${maxAge}` : 'no-store';
}

// A body that is too large or not JSON never reaches Apollo; answer it as GraphQL over
// HTTP would, not with Express's HTML error page.
function bodyErrors(err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  const e = err as { type?: string; status?: number };
  if (e?.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: `the request body is larger than ${MAX_BODY}`, extensions: { code: 'BAD_USER_INPUT' } }] });
  } else if (e?.type === 'entity.parse.failed' || e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    res.status(400).json({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(err);
  }
}

export interface ExplorerOptions {
  /** Serve GraphiQL at /graphiql. */
  graphiql: boolean;
}

// The explorer is another module's (web/ and server/explorer.ts); mounted after the API
// routes when it is there, so the API works without it.
function mountExplorerIfPresent(app: express.Express, config: Config, options: ExplorerOptions): void {
  let mod: { mountExplorer?: (app: express.Express, config: Config, options: ExplorerOptions) => void };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('./explorer');
  } catch (err) {
    if ((err as { code?: string }).code === 'MODULE_NOT_FOUND' && /explorer/.test(String((err as Error).message))) return;
    throw err;
  }
  mod.mountExplorer?.(app, config, options);
}

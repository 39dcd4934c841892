// The HTTP app: GraphQL at /graphql, exports at /export/*, liveness at /healthz, readiness
// at /readyz, and the explorer (server/explorer.ts, when present) at / and /graphiql.
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { type AuthConfig, loadAuthConfig } from '../core/auth-config';
import type { Config } from '../core/config';
import { loadLexicon } from '../ingest/lexicon';
import type { Lexicon } from '../ingest/lexicon';
import { type Driver, ping } from '../queries/db';
import { type Context, type Services, createContext } from './context';
import { type Log, createFormatError } from './errors';
import { exportRouter } from './export';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { StatsCache } from './stats';
import { type QueryLimits, DEFAULT_LIMITS, validationRules } from './validation';

export interface AppOptions {
  config: Config;
  driver: Driver;
  /** When given, stopping Apollo also drains this server's open requests. */
  httpServer?: http.Server;
  /** Where internal errors are logged; stderr by default. */
  log?: Log;
  /** API keys and anonymous access; read from the environment (core/auth-config.ts) by default. */
  auth?: AuthConfig;
  /** Depth, alias and complexity limits of a query. */
  limits?: QueryLimits;
}

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
  /** Stops Apollo. The driver belongs to the caller and stays open. */
  close(): Promise<void>;
}

const stderr: Log = (m) => process.stderr.write(`${m}\n`);

/** Largest request body: an ingested document of 1,000,000 characters fits, with room for JSON escapes. */
export const MAX_BODY = '8mb';

export async function createApp({ config, driver, httpServer, log = stderr, auth, limits = DEFAULT_LIMITS }: AppOptions): Promise<App> {
  let lexicon: Lexicon | undefined;
  const services: Services = { auth: auth ?? loadAuthConfig(), stats: new StatsCache(), lexicon: () => (lexicon ??= loadLexicon()) };
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(config.root),
    resolvers,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    validationRules: validationRules(limits),
    // The default landing page loads its scripts from a CDN; csrfPrevention stays on (the default).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await ping(driver);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', neo4j: ready });
  });
  const contextOf = (req: express.Request) => createContext(config, driver, services, req.headers.authorization);
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: async ({ req }) => contextOf(req) }),
  );
  app.use(exportRouter(contextOf, log));
  app.use(bodyErrors);
  mountExplorerIfPresent(app, config);

  let stopped: Promise<void> | undefined;
  return { app, apollo, close: () => (stopped ??= apollo.stop()) };
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

// The explorer is another module's (web/ and server/explorer.ts); mounted after the API
// routes when it is there, so the API works without it.
function mountExplorerIfPresent(app: express.Express, config: Config): void {
  let mod: { mountExplorer?: (app: express.Express, config: Config) => void };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('./explorer');
  } catch (err) {
    if ((err as { code?: string }).code === 'MODULE_NOT_FOUND' && /explorer/.test(String((err as Error).message))) return;
    throw err;
  }
  mod.mountExplorer?.(app, config);
}

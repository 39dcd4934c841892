// The HTTP app: GraphQL at /graphql, liveness at /healthz, readiness at /readyz.
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from '../core/config';
import { type Driver, ping } from '../queries/db';
import { type Context, createContext } from './context';
import { type Log, createFormatError } from './errors';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface AppOptions {
  config: Config;
  driver: Driver;
  /** When given, stopping Apollo also drains this server's open requests. */
  httpServer?: http.Server;
  /** Where internal errors are logged; stderr by default. */
  log?: Log;
}

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
  /** Stops Apollo. The driver belongs to the caller and stays open. */
  close(): Promise<void>;
}

const stderr: Log = (m) => process.stderr.write(`${m}\n`);

export async function createApp({ config, driver, httpServer, log = stderr }: AppOptions): Promise<App> {
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(config.root),
    resolvers,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
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
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(config, driver) }),
  );

  let stopped: Promise<void> | undefined;
  return { app, apollo, close: () => (stopped ??= apollo.stop()) };
}

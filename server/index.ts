// Starting and stopping the HTTP server. `server.close()` drains: it stops accepting,
// lets requests in flight finish, then stops Apollo.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuthConfig } from '../core/auth-config';
import type { Config, ServerSettings } from '../core/config';
import type { Driver } from '../queries/db';
import { createApp } from './app';
import type { Log } from './errors';

export { createApp, type App, type AppOptions } from './app';

// Stopping Apollo once the HTTP side has closed; kept so stopServer() can wait for it.
const stopApollo = new WeakMap<http.Server, () => Promise<void>>();

export interface ServerOptions {
  /** 0 picks a free port; defaults to config.port. */
  port?: number;
  host?: string;
  /** API keys and anonymous access; from the environment by default. */
  auth?: AuthConfig;
  /** Where internal errors are logged; stderr by default. */
  log?: Log;
  /** Where one JSON line per request goes; none by default. */
  accessLog?: (line: string) => void;
  /** Overrides of config.server (CORS, rate limits, introspection, GraphiQL, metrics). */
  settings?: Partial<ServerSettings>;
}

/** A listening server. Close it with `server.close()` or `stopServer(server)`; the driver stays open. */
export async function startServer(config: Config, driver: Driver, options: ServerOptions = {}): Promise<http.Server> {
  const server = http.createServer();
  const { app, close } = await createApp({
    config, driver, auth: options.auth, log: options.log, accessLog: options.accessLog, settings: options.settings,
  });
  server.on('request', app);
  stopApollo.set(server, close);
  server.once('close', () => void close());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

/** The port a listening server got (useful with port 0). */
export const portOf = (server: http.Server): number => (server.address() as AddressInfo).port;

/**
 * Closes gracefully: no new connections, idle keep-alive ones closed now, the rest
 * given `graceMs` to finish before they are cut.
 */
export async function stopServer(server: http.Server, graceMs = 10_000): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close((err) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    });
    server.closeIdleConnections();
  });
  await stopApollo.get(server)?.();
}

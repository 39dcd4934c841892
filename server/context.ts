// What every resolver receives: the driver, this request's loaders and caller, and the
// services shared by all requests (auth settings, the stats cache, the lexicon).
import type { AuthConfig } from '../core/auth-config';
import type { Config } from '../core/config';
import type { Lexicon } from '../ingest/lexicon';
import type { Driver } from '../queries/db';
import { type Caller, identify } from './auth';
import { type Loaders, createLoaders } from './loaders';
import type { RequestInfo } from './logging';
import type { Metrics } from './metrics';
import type { StatsCache } from './stats';

export interface Services {
  auth: AuthConfig;
  stats: StatsCache;
  /** The extraction lexicon, loaded on first use (only ingestDocument needs it). */
  lexicon: () => Lexicon;
  /** Counters of the running app (ingest figures); absent outside the server. */
  metrics?: Metrics;
}

export interface Context {
  config: Config;
  driver: Driver;
  loaders: Loaders;
  caller: Caller;
  services: Services;
  /** The HTTP request's id and log fields; absent outside HTTP (tests, the CLI). */
  request?: RequestInfo;
}

/** `caller` when the HTTP layer identified it already (for its rate limit); else from `authorization`. */
export const createContext = (
  config: Config, driver: Driver, services: Services, authorization?: string, caller?: Caller, request?: RequestInfo,
): Context => ({
  config, driver, services, loaders: createLoaders(driver), caller: caller ?? identify(services.auth, authorization), request,
});

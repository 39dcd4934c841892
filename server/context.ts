// What every resolver receives: the driver and this request's loaders.
import type { Config } from '../core/config';
import type { Driver } from '../queries/db';
import { type Loaders, createLoaders } from './loaders';

export interface Context {
  config: Config;
  driver: Driver;
  loaders: Loaders;
}

export const createContext = (config: Config, driver: Driver): Context => ({ config, driver, loaders: createLoaders(driver) });

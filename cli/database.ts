// Connecting the CLI to Neo4j: the configured server, or the local one (reused when
// `policy-graph neo4j start` left one running, started and later stopped otherwise).
import type { Driver } from 'neo4j-driver';
import type { Config } from '../core/config';
import { connectOrStart } from '../neo4j/local';
import { applySchema } from '../queries/schema';
import { createDriver } from '../queries/db';

export interface OpenDatabase {
  driver: Driver;
  uri: string;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (msg: string) => void): Promise<OpenDatabase> {
  const neo = await connectOrStart(config, { log });
  const driver = createDriver({ ...config.neo4j, uri: neo.uri }, config);
  try {
    await applySchema(driver, config);
  } catch (err) {
    await driver.close();
    await neo.stop?.();
    throw err;
  }
  return {
    driver,
    uri: neo.uri,
    async close() {
      await driver.close();
      await neo.stop?.();
    },
  };
}

// Starts the Neo4j the integration tests use, unless NEO4J_URI points at one already.
// It runs attached (its stdin is a pipe from this process), so it dies with Jest even
// when Jest crashes; globalTeardown stops it cleanly. Tests run in band and share it.
import path from 'node:path';
import { ROOT } from '../../core/config';
import { type StartLocalOptions, startLocalNeo4j } from '../../neo4j/local';
import { keepHandle } from './neo4jHandle';

interface GlobalConfigLike {
  testPathPatterns?: { patterns?: string[] } | string[];
}

/** True when the command line only selects unit tests (e.g. `jest tests/unit`): no database needed. */
function onlyUnitTests(globalConfig: GlobalConfigLike): boolean {
  const p = globalConfig.testPathPatterns;
  const patterns = Array.isArray(p) ? p : (p?.patterns ?? []);
  return patterns.length > 0 && patterns.every((s) => /(^|[\\/])unit([\\/]|$)/.test(s) && !/\.int\./.test(s));
}

export default async function globalSetup(globalConfig: GlobalConfigLike): Promise<void> {
  if (process.env.NEO4J_URI) return;
  if (onlyUnitTests(globalConfig)) return;
  const log = (m: string) => process.stderr.write(`[neo4j] ${m}\n`);
  const testHome = process.env.POLICY_GRAPH_TEST_HOME || path.join(ROOT, '.data', 'test');
  const opts: StartLocalOptions = {
    root: ROOT,
    home: testHome,
    boltPort: 0,
    heap: process.env.POLICY_GRAPH_NEO4J_HEAP || '1g',
    detached: false,
    log,
  };
  let neo = await startLocalNeo4j(opts);
  let scratchHome: string | undefined;
  if (neo.reused) {
    // Another test run owns the shared test store. Its tests wipe the database and its
    // teardown stops it, so this run takes a private store, removed again at teardown.
    scratchHome = `${testHome}-${process.pid}`;
    log(`the test store is in use by another run; using ${scratchHome}`);
    neo = await startLocalNeo4j({ ...opts, home: scratchHome });
  }
  process.env.NEO4J_URI = neo.uri;
  keepHandle(neo, true, scratchHome);
}

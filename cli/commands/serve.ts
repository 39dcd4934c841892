// `policy-graph serve`: the GraphQL server. It starts listening even when Neo4j is not
// there yet (NEO4J_URI down): /readyz says 503 and requests fail fast as UNAVAILABLE
// until Neo4j answers; the schema (and the samples, into an empty graph) are applied as
// soon as it does. SIGTERM or SIGINT: stop accepting, let requests in flight finish
// (up to POLICY_GRAPH_DRAIN_MS), close the driver, stop the local Neo4j this process
// started. A second signal stops at once. Logs are JSON lines: requests on stdout,
// everything else on stderr.
import { loadConfig } from '../../core/config';
import { loadLexicon } from '../../ingest/lexicon';
import { ingestItems } from '../../ingest/run';
import { sampleItems } from '../../ingest/samples';
import { connectOrStart } from '../../neo4j/local';
import { countDocuments } from '../../queries/documents';
import { type Driver, createDriver, releaseDriver } from '../../queries/db';
import { applySchema } from '../../queries/schema';
import { startServer, stopServer } from '../../server';
import { warmQueryPlans } from '../../server/find';
import { jsonLine } from '../../server/logging';
import { intFlag, parseArgs } from '../args';
import { summaryText } from '../progress';

/** How the server's driver behaves when Neo4j goes away: short waits, so requests fail fast. */
export const SERVING_DRIVER = { maxRetryTimeMs: 3_000, connectionTimeoutMs: 5_000, connectionAcquisitionTimeoutMs: 10_000 };

export async function runServe(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['port'], ['no-samples', 'verbose']);
  const config = loadConfig();
  const port = intFlag(args, 'port', config.port, 0, 65535);
  const drainMs = Number(process.env.POLICY_GRAPH_DRAIN_MS ?? '') || 10_000;
  const log = (m: string, requestId?: string) => process.stderr.write(`${jsonLine(/error|unreachable|failed/i.test(m) ? 'error' : 'info', m, requestId)}\n`);
  const accessLog = (line: string) => process.stdout.write(`${line}\n`);

  const neo = await connectOrStart(config, { log });
  const driver = createDriver({ ...config.neo4j, uri: neo.uri }, { ...SERVING_DRIVER, debugCypher: config.debugCypher, log });
  let stopping = false;
  try {
    // Normally the schema and samples are in place before the server answers; when Neo4j
    // is away they follow in the background.
    const ready = await prepareOnce(driver, config.root, !args.flags.has('no-samples'), log);
    const server = await startServer(config, driver, { port, log, accessLog });
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    log(`policy-graph: GraphQL at http://localhost:${bound}/graphql (Neo4j at ${neo.uri}); Ctrl-C stops`);
    const prepared = (ready ? Promise.resolve(true) : prepare(driver, config.root, !args.flags.has('no-samples'), log, () => stopping))
      .then((ok) => (ok && !stopping ? warm(driver, log) : undefined));
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        if (stopping) {
          log(`${signal} again: stopping now`);
          process.exit(130);
        }
        stopping = true;
        log(`${signal}: draining requests (up to ${drainMs} ms), then closing the database connection`);
        stopServer(server, drainMs).catch((err) => log(`stopping the server failed: ${String(err)}`)).finally(resolve);
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
    });
    await prepared;
    return 0;
  } finally {
    releaseDriver(driver);
    await driver.close();
    if (neo.source === 'started') log('stopping the local Neo4j this process started');
    await neo.stop();
    log('stopped');
  }
}

// The schema, then the samples into an empty graph.
async function prepareOnce(driver: Driver, root: string, samples: boolean, log: (m: string) => void): Promise<boolean> {
  try {
    await applySchema(driver);
    if (samples && (await countDocuments(driver)) === 0) {
      log('the graph is empty: loading the bundled samples (serve --no-samples skips this)');
      const report = await ingestItems(driver, loadLexicon(), await sampleItems(root));
      log(summaryText(report).trimEnd());
    }
    return true;
  } catch (err) {
    log(`neo4j not ready (${err instanceof Error ? err.message : String(err)}); serving anyway, retrying every 3 s`);
    return false;
  }
}

// Retried every few seconds while Neo4j is away, so a server started before its
// database still comes up whole.
async function prepare(driver: Driver, root: string, samples: boolean, log: (m: string) => void, stopped: () => boolean): Promise<boolean> {
  while (!stopped()) {
    await new Promise((r) => setTimeout(r, 3000).unref());
    if (!stopped() && (await prepareOnce(driver, root, samples, () => {}))) {
      log('neo4j answers: schema applied');
      return true;
    }
  }
  return false;
}

// The union-heavy statements planned once in the background, so the first requests do
// not spend their transaction timeout on planning (server/find.ts).
async function warm(driver: Driver, log: (m: string) => void): Promise<void> {
  const t0 = Date.now();
  try {
    await warmQueryPlans(driver);
    log(`query plans warmed in ${Date.now() - t0} ms`);
  } catch (err) {
    log(`warming query plans failed (not fatal): ${err instanceof Error ? err.message : String(err)}`);
  }
}

import { loadConfig } from '../../core/config';
import { loadLexicon } from '../../ingest/lexicon';
import { ingestItems } from '../../ingest/run';
import { sampleItems } from '../../ingest/samples';
import { countDocuments } from '../../queries/documents';
import { startServer } from '../../server';
import { intFlag, parseArgs } from '../args';
import { openDatabase } from '../database';
import { summaryText } from '../progress';

export async function runServe(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['port'], ['no-samples', 'verbose']);
  const config = loadConfig();
  const port = intFlag(args, 'port', config.port, 0, 65535);
  const log = (m: string) => process.stderr.write(`${m}\n`);

  const db = await openDatabase(config, log);
  let closing: Promise<void> | undefined;
  try {
    if (!args.flags.has('no-samples') && (await countDocuments(db.driver)) === 0) {
      log('the graph is empty: loading the bundled samples (serve --no-samples skips this)');
      const report = await ingestItems(db.driver, loadLexicon(), await sampleItems(config.root));
      log(summaryText(report).trimEnd());
    }
    const server = await startServer(config, db.driver, { port });
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    log(`policy-graph: GraphQL at http://localhost:${bound}/graphql (Neo4j at ${db.uri}); Ctrl-C stops`);
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        if (closing) return;
        log(`${signal}: draining requests, closing the database connection`);
        closing = new Promise<void>((done) => server.close(() => done())).then(resolve);
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    return 0;
  } finally {
    await db.close();
  }
}

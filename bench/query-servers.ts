// The three servers of the query benchmark in one child process (so that autocannon,
// in the parent, does not share their event loop): the floor, our API (startServer from
// server/) and @neo4j/graphql, each with its own driver. Prints one line,
// `READY {"floor":port,"api":port,"neo4jGraphql":port|null,"neo4jGraphqlError":…}`,
// and exits when its stdin closes.
//   node dist/bench/query-servers.js TARGETS.json   (NEO4J_URI set)
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../core/config';
import { createDriver } from '../queries/db';
import { startServer } from '../server';
import { warmQueryPlans } from '../server/find';
import { floorApp } from './floor-server';
import { neo4jGraphqlApp } from './query-neo4j-graphql';
import { type Targets, makeQuestions } from './query-questions';

function listen(app: http.RequestListener): Promise<http.Server> {
  const server = http.createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
const portOf = (s: http.Server) => (s.address() as AddressInfo).port;

async function main() {
  const targets = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as Targets;
  const config = loadConfig({ ...process.env, PORT: '0' });
  const conn = { uri: config.neo4j.uri!, user: 'neo4j', password: '' };
  const drivers = [createDriver(conn), createDriver(conn), createDriver(conn)];
  const floor = await listen(floorApp(drivers[0]!, makeQuestions(targets)));
  // Plans are cached per Neo4j, so the three ways share them; planning before READY keeps
  // a first call from running into the API's query timeout (server/find.ts).
  await warmQueryPlans(drivers[1]!);
  const api = await startServer(config, drivers[1]!, { port: 0, host: '127.0.0.1' });
  let ngql: http.Server | null = null;
  let neo4jGraphqlError: string | null = null;
  try {
    ngql = await listen((await neo4jGraphqlApp(drivers[2]!)).app);
  } catch (err) {
    neo4jGraphqlError = err instanceof Error ? err.message : String(err);
  }
  process.stdout.write(`READY ${JSON.stringify({ floor: portOf(floor), api: portOf(api), neo4jGraphql: ngql && portOf(ngql), neo4jGraphqlError })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
}

main().catch((err) => {
  process.stdout.write(`FAILED ${err instanceof Error ? err.stack?.replace(/\n/g, ' | ') : String(err)}\n`);
  process.exit(1);
});

// The `policy-graph` command. One top-level catch: `error: <message>` on stderr, the
// stack only with --verbose. Exit codes: 0 done, 1 some inputs were rejected,
// 2 the command itself failed (bad usage, no database, …).
import { AppError } from '../core/errors';

const USAGE = `usage: policy-graph <command> [options]

commands:
  serve [--no-samples] [--port N]   start the GraphQL server (and the local Neo4j when
                                    NEO4J_URI is unset); loads the bundled samples into
                                    an empty graph unless --no-samples
  ingest [options] INPUT...         extract and store documents: files, folders, globs,
                                    - (stdin), URLs and feeds; see \`ingest --help\`
  extract [--json] FILE...          print what would be extracted; touches no database
                                    (--rules names each relation's rule; relations under
                                    --min-confidence, default 0.3, are withheld)
  neo4j start|stop|status|build     manage the local Neo4j under POLICY_GRAPH_HOME
  keys hash KEY|-                   the SHA-256 of an API key, for POLICY_GRAPH_API_KEYS_FILE
  keys add NAME SCOPES [--file F]   make a key, append its hash line to the keys file,
                                    print the key once
  help                              this text

options for every command:
  --verbose                         stack traces on errors, more progress detail
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve')).runServe,
  ingest: async () => (await import('./commands/ingest')).runIngest,
  extract: async () => (await import('./commands/extract')).runExtract,
  neo4j: async () => (await import('./commands/neo4j')).runNeo4j,
  keys: async () => (await import('./commands/keys')).runKeys,
};

export async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const [name, ...rest] = argv;
  try {
    if (!name || name === 'help' || name === '--help' || name === '-h') {
      process.stdout.write(USAGE);
      process.exitCode = name ? 0 : 2;
      return;
    }
    const load = COMMANDS[name];
    if (!load) {
      process.stderr.write(`error: unknown command "${name}"\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    const command = await load();
    process.exitCode = await command(rest);
  } catch (err) {
    const message = err instanceof AppError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`error: ${message}\n`);
    if (verbose && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  }
}

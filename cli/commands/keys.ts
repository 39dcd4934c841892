// `policy-graph keys hash KEY|-` and `policy-graph keys add NAME SCOPES [--file F]`: the
// lines of a keys file (POLICY_GRAPH_API_KEYS_FILE), which holds only SHA-256 hashes of
// keys. `add` makes a random key, appends its line and prints the key once: it is stored
// nowhere else.
import fs from 'node:fs';
import { keyDigest, keyFileLine, newKey, parseKeysFile } from '../../core/auth-config';
import { badInput } from '../../core/errors';
import { parseArgs } from '../args';

const USAGE = `usage:
  policy-graph keys hash [--name NAME --scopes SCOPES] KEY|-
      the SHA-256 of KEY in hex (- reads the key from stdin, which keeps it out of the
      shell history); with --name and --scopes, the whole keys-file line
  policy-graph keys add NAME SCOPES [--file FILE]
      makes a random key with SCOPES (read, write or read+write), appends
      NAME:SCOPES:SHA256HEX to FILE (default: $POLICY_GRAPH_API_KEYS_FILE) and prints the key
`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function runKeys(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['name', 'scopes', 'file'], ['verbose', 'help']);
  const [sub, ...rest] = args.positionals;
  if (args.flags.has('help') || sub === undefined) {
    process.stdout.write(USAGE);
    return sub === undefined && !args.flags.has('help') ? 2 : 0;
  }
  if (sub === 'hash') {
    if (rest.length !== 1) throw badInput(`keys hash takes one key\n${USAGE}`);
    const key = rest[0] === '-' ? await readStdin() : rest[0]!;
    const name = args.flags.get('name');
    const scopes = args.flags.get('scopes');
    if ((name === undefined) !== (scopes === undefined)) throw badInput('give both --name and --scopes, or neither');
    const out = typeof name === 'string' && typeof scopes === 'string' ? keyFileLine(name, scopes, key) : keyDigest(key).toString('hex');
    process.stdout.write(`${out}\n`);
    return 0;
  }
  if (sub === 'add') {
    if (rest.length !== 2) throw badInput(`keys add takes NAME and SCOPES\n${USAGE}`);
    const [name, scopes] = rest as [string, string];
    const flag = args.flags.get('file');
    const file = typeof flag === 'string' ? flag : process.env.POLICY_GRAPH_API_KEYS_FILE?.trim();
    if (!file) throw badInput('keys add needs --file FILE or POLICY_GRAPH_API_KEYS_FILE');
    const key = newKey();
    const line = keyFileLine(name, scopes, key);
    const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (parseKeysFile(existing, file).some((k) => k.name === name)) throw badInput(`${file} already has a key named "${name}"`);
    const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
    fs.appendFileSync(file, `${sep}${line}\n`, { mode: 0o600 });
    process.stderr.write(`added "${name}" (${line.split(':')[1]}) to ${file}; the key below is shown once and stored nowhere:\n`);
    process.stdout.write(`${key}\n`);
    return 0;
  }
  throw badInput(`unknown keys command "${sub}"\n${USAGE}`);
}

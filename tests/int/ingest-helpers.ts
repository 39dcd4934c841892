// Shared by the ingest integration tests: the real CLI as a child process, and what the
// graph holds, read back through queries/db.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../core/config';
import { createDriver, read, write, type Driver } from '../../queries/db';

export const BIN = path.join(ROOT, 'bin', 'policy-graph.js');

/** The CLI runs from dist/: compile once per test file (incremental, quick when up to date). */
export function buildOnce(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT, stdio: 'inherit',
  });
}

export function testDriver(): Driver {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the integration tests need the globalSetup Neo4j');
  return createDriver({ uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || '' });
}

export async function clearGraph(driver: Driver): Promise<void> {
  await write(driver, 'MATCH (n) DETACH DELETE n');
}

export interface GraphSnapshot {
  documents: string[];
  entities: string[];
  relationships: string[];
  evidence: string[];
  mentions: string[];
}

/** Every id in the graph, sorted: two equal snapshots are the same graph as far as ingest is concerned. */
export async function snapshot(driver: Driver): Promise<GraphSnapshot> {
  const ids = async (cypher: string) => (await read<{ id: string }>(driver, cypher)).map((r) => String(r.id)).sort();
  return {
    documents: await ids('MATCH (d:Document) RETURN d.id AS id'),
    entities: await ids(`MATCH (e:Entity)
      RETURN e.id + ":" + reduce(s = "", l IN labels(e) | s + "|" + l) + ":" + e.name + ":" + reduce(s = "", a IN coalesce(e.aliases, []) | s + "|" + a) AS id`),
    // Confidence rounded: a sum of the same terms in another order may differ in the last bit.
    relationships: await ids(`MATCH (s:Entity)-[r]->(o:Entity)
      RETURN type(r) + ":" + r.id + ":" + s.id + ">" + o.id + ":" + r.evidenceCount + ":" + r.sourceCount + ":" + round(r.confidence, 9)
        + ":" + coalesce(r.firstSeen, "") + ":" + coalesce(r.lastSeen, "") + ":" + coalesce(r.action, r.role, r.status, "") AS id`),
    evidence: await ids('MATCH (v:Evidence)-[:IN_DOCUMENT]->(d:Document) RETURN v.id + ":" + d.id + ":" + v.relId AS id'),
    mentions: await ids('MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN d.id + ">" + e.id + ":" + m.count AS id'),
  };
}

export const counts = (s: GraphSnapshot) => ({
  documents: s.documents.length, entities: s.entities.length, relationships: s.relationships.length, evidence: s.evidence.length,
  mentions: s.mentions.length,
});

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], input?: string, uri = process.env.NEO4J_URI): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  if (input !== undefined) child.stdin!.end(input);
  const done = new Promise<CliResult>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export const runCli = (args: string[], input?: string, uri?: string) => startCli(args, input, uri).done;

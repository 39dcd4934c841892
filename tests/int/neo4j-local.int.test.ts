// The real local Neo4j: a detached instance in a temporary home (start, status, reuse,
// stop, no JVM left behind), stale run.json clean-up, and an attached instance.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { type Config, ROOT, loadConfig } from '../../core/config';
import { connectOrStart, isAlive, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/local';
import { homePaths } from '../../neo4j/protocol';

jest.setTimeout(180_000);

const HEAP = '512m';


async function scalar(uri: string, cypher: string): Promise<unknown> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher);
    return records[0].get(0);
  } finally {
    await driver.close();
  }
}
const returnOne = (uri: string) => scalar(uri, 'RETURN 1 AS one');

function configFor(home: string, uri?: string): Config {
  const base = loadConfig({ POLICY_GRAPH_HOME: home, POLICY_GRAPH_NEO4J_HEAP: HEAP, POLICY_GRAPH_NEO4J_PORT: '0' });
  return { ...base, neo4j: { ...base.neo4j, uri } };
}

describe('local Neo4j, detached', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-neo4j-'));
  const hp = homePaths(home);
  let pid = 0;
  let uri = '';

  afterAll(async () => {
    await stopLocalNeo4j(home); // in case a test failed half-way
    fs.rmSync(home, { recursive: true, force: true });
  });

  test('starts, records pid and uri, and answers over Bolt', async () => {
    const logs: string[] = [];
    const neo = await startLocalNeo4j({ root: ROOT, home, boltPort: 0, heap: HEAP, detached: true, log: (m) => logs.push(m) });
    ({ pid, uri } = neo);
    expect(neo.reused).toBe(false);
    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(isAlive(pid)).toBe(true);

    const run = JSON.parse(fs.readFileSync(hp.runFile, 'utf8'));
    expect(run).toMatchObject({ state: 'ready', pid, uri, mode: 'detached' });
    expect(fs.readFileSync(hp.launcherLog, 'utf8')).toContain(`READY ${uri}`);
    expect(fs.existsSync(path.join(hp.data, 'data', 'databases', 'neo4j'))).toBe(true);

    expect(await localStatus(home)).toEqual({ running: true, uri, pid });
    expect(await returnOne(uri)).toBe(1);
  });

  test('a second start reuses the running instance', async () => {
    const again = await startLocalNeo4j({ root: ROOT, home, boltPort: 0, heap: HEAP, detached: true });
    expect(again).toMatchObject({ uri, pid, reused: true });
    await again.stop(); // a reused handle does not stop the owner
    expect(isAlive(pid)).toBe(true);

    const target = await connectOrStart(configFor(home));
    expect(target).toMatchObject({ uri, source: 'reused', pid });
    await target.stop();
    expect((await localStatus(home)).running).toBe(true);
  });

  test('a configured NEO4J_URI is returned as it is and nothing starts', async () => {
    const target = await connectOrStart(configFor(home, 'bolt://db.example.org:7687'));
    expect(target).toMatchObject({ uri: 'bolt://db.example.org:7687', source: 'configured' });
  });

  test('stop ends the JVM and clears run.json', async () => {
    expect(await stopLocalNeo4j(home)).toBe(true);
    expect(isAlive(pid)).toBe(false);
    expect(fs.existsSync(hp.runFile)).toBe(false);
    expect(await localStatus(home)).toEqual({ running: false });
    expect(await stopLocalNeo4j(home)).toBe(false);
    expect(fs.readFileSync(hp.launcherLog, 'utf8')).toMatch(/neo4j stopped in \d+ ms/);
  });

  test('a run.json naming a dead process is cleaned up', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    expect(isAlive(dead)).toBe(false);
    fs.writeFileSync(hp.runFile, JSON.stringify({ state: 'ready', pid: dead, ownerPid: dead, mode: 'detached', uri: 'bolt://127.0.0.1:1', startedAt: '' }));
    expect(await localStatus(home)).toEqual({ running: false });
    expect(fs.existsSync(hp.runFile)).toBe(false);
    expect(await stopLocalNeo4j(home)).toBe(false);
  });
});

describe('local Neo4j, attached', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-neo4j-'));

  afterAll(async () => {
    await stopLocalNeo4j(home);
    fs.rmSync(home, { recursive: true, force: true });
  });

  test('connectOrStart starts one when none runs (with APOC on request), and its stop ends it', async () => {
    const target = await connectOrStart(configFor(home), { apoc: true });
    expect(target.source).toBe('started');
    const pid = target.pid as number;
    expect(isAlive(pid)).toBe(true);
    expect(await returnOne(target.uri)).toBe(1);
    expect(await scalar(target.uri, 'RETURN apoc.version()')).toMatch(/^5\.26\./);
    expect(await scalar(target.uri, "RETURN apoc.date.convertFormat('2024-03-01', 'date', 'basic_iso_date')")).toBe('20240301');
    // Another caller under the same home reuses it instead of failing on the store lock.
    const other = await startLocalNeo4j({ root: ROOT, home, boltPort: 0, heap: HEAP, detached: false });
    expect(other).toMatchObject({ uri: target.uri, pid, reused: true });

    await target.stop();
    expect(isAlive(pid)).toBe(false);
    expect(await localStatus(home)).toEqual({ running: false });
  });
});

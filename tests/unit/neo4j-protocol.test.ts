import path from 'node:path';
import {
  boltAddress,
  checkHeap,
  failureHint,
  homePaths,
  jvmArgs,
  launcherPaths,
  parseJavaMajor,
  parseLauncherLine,
  parseRunRecord,
} from '../../neo4j/protocol';

describe('parseLauncherLine', () => {
  test('reads READY and FAILED lines', () => {
    expect(parseLauncherLine('READY bolt://127.0.0.1:7687')).toEqual({ kind: 'ready', uri: 'bolt://127.0.0.1:7687', port: 7687 });
    expect(parseLauncherLine('READY bolt://127.0.0.1:41234\r')).toEqual({ kind: 'ready', uri: 'bolt://127.0.0.1:41234', port: 41234 });
    expect(parseLauncherLine('FAILED RuntimeException: Address already in use')).toEqual({
      kind: 'failed',
      reason: 'RuntimeException: Address already in use',
    });
  });

  test('ignores anything else', () => {
    for (const line of ['', 'neo4j started in 8000 ms', 'READY', 'READY bolt://127.0.0.1', 'READY bolt://127.0.0.1:0', 'READY bolt://127.0.0.1:99999', 'xREADY bolt://127.0.0.1:7687', 'READY http://127.0.0.1:7474']) {
      expect(parseLauncherLine(line)).toBeNull();
    }
  });
});

describe('parseJavaMajor', () => {
  test('reads modern and 1.x version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_381"')).toBe(8);
    expect(parseJavaMajor('openjdk version "11.0.2-ea"')).toBe(11);
    expect(parseJavaMajor('Picked up JAVA_TOOL_OPTIONS: -Xss1m\nopenjdk version "17.0.1"')).toBe(17);
    expect(parseJavaMajor('command not found')).toBeNull();
  });
});

test('checkHeap accepts -Xmx sizes only', () => {
  expect(checkHeap('1g')).toBe('1g');
  expect(checkHeap(' 512m ')).toBe('512m');
  for (const bad of ['', '1 g', '1gb', '-1g', '0', '0m', '1g -Dx=y']) expect(() => checkHeap(bad)).toThrow(/heap/);
});

describe('jvmArgs', () => {
  const paths = launcherPaths('/repo');
  const base = { paths, storeDir: '/h/neo4j/data', logsDir: '/h/neo4j/logs', boltPort: 0, heap: '1g', watchStdin: true, apoc: false };

  test('bounds the heap, opens the modules Neo4j needs and passes the launcher options', () => {
    const args = jvmArgs(base);
    expect(args).toEqual(expect.arrayContaining(['-Xms1g', '-Xmx1g', '-XX:+ExitOnOutOfMemoryError', '--add-opens=java.base/java.nio=ALL-UNNAMED']));
    const cp = args[args.indexOf('-cp') + 1];
    expect(cp).toBe([path.join('/repo', 'neo4j', 'launcher', 'target', 'classes'), path.join('/repo', 'neo4j', 'launcher', 'target', 'lib', '*')].join(path.delimiter));
    const main = args.indexOf('policygraph.launcher.Launcher');
    expect(args.slice(main + 1)).toEqual(['--store', '/h/neo4j/data', '--logs', '/h/neo4j/logs', '--port', '0']);
  });

  test('APOC is loaded from target/plugins only on request', () => {
    expect(jvmArgs({ ...base, apoc: true }).slice(-2)).toEqual(['--plugins', paths.plugins]);
  });

  test('passes a page cache size only when one is configured, and checks it', () => {
    expect(jvmArgs(base)).not.toContain('--pagecache');
    const args = jvmArgs({ ...base, pagecache: '1500m' });
    expect(args[args.indexOf('--pagecache') + 1]).toBe('1500m');
    expect(() => jvmArgs({ ...base, pagecache: 'big' })).toThrow(/page cache/);
  });

  test('detached launchers do not watch stdin', () => {
    expect(jvmArgs({ ...base, watchStdin: false }).at(-1)).toBe('--no-stdin-watch');
  });

  test('rejects a bad port or heap', () => {
    expect(() => jvmArgs({ ...base, boltPort: 70000 })).toThrow(/port/);
    expect(() => jvmArgs({ ...base, heap: 'lots' })).toThrow(/heap/);
  });
});

test('homePaths keeps everything under <home>/neo4j', () => {
  expect(homePaths('/h')).toEqual({
    dir: path.join('/h', 'neo4j'),
    data: path.join('/h', 'neo4j', 'data'),
    logs: path.join('/h', 'neo4j', 'logs'),
    launcherLog: path.join('/h', 'neo4j', 'logs', 'launcher.log'),
    runFile: path.join('/h', 'neo4j', 'run.json'),
  });
});

describe('parseRunRecord', () => {
  const ready = { state: 'ready', pid: 42, ownerPid: 41, mode: 'detached', uri: 'bolt://127.0.0.1:7687', startedAt: '2025-01-01T00:00:00Z' };

  test('reads valid records', () => {
    expect(parseRunRecord(JSON.stringify(ready))).toEqual(ready);
    expect(parseRunRecord(JSON.stringify({ state: 'starting', ownerPid: 41, mode: 'attached', startedAt: 'x' }))).toEqual({
      state: 'starting',
      pid: undefined,
      ownerPid: 41,
      mode: 'attached',
      uri: undefined,
      startedAt: 'x',
    });
  });

  test('rejects garbage and incomplete records', () => {
    expect(parseRunRecord('')).toBeNull();
    expect(parseRunRecord('{"state":')).toBeNull();
    expect(parseRunRecord('null')).toBeNull();
    expect(parseRunRecord(JSON.stringify({ ...ready, pid: undefined }))).toBeNull();
    expect(parseRunRecord(JSON.stringify({ ...ready, pid: -1 }))).toBeNull();
    expect(parseRunRecord(JSON.stringify({ ...ready, uri: 'http://x' }))).toBeNull();
    expect(parseRunRecord(JSON.stringify({ ...ready, mode: 'other' }))).toBeNull();
    expect(parseRunRecord(JSON.stringify({ ...ready, ownerPid: 'me' }))).toBeNull();
  });
});

test('boltAddress splits a local bolt URI', () => {
  expect(boltAddress('bolt://127.0.0.1:7687')).toEqual({ host: '127.0.0.1', port: 7687 });
  expect(() => boltAddress('neo4j://x')).toThrow();
});

test('failureHint explains the usual failures', () => {
  expect(failureHint('java.net.BindException: Address already in use')).toMatch(/POLICY_GRAPH_NEO4J_PORT/);
  expect(failureHint('FileLockException: Lock file has been locked by another process: /x/store_lock')).toMatch(/another Neo4j/);
  expect(failureHint('Invalid maximum heap size: -Xmx9zz')).toMatch(/HEAP/);
  expect(failureHint('something else')).toBeUndefined();
});

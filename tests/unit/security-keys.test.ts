// The keys file (hashes only), the keys CLI, and server settings read from the environment.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keyFileLine, loadAuthConfig, parseKeysFile } from '../../core/auth-config';
import { DEFAULT_RATE_LIMIT_IP, loadConfig, loadServerSettings, parseRateLimit } from '../../core/config';
import { runKeys } from '../../cli/commands/keys';
import { identify, requireScope } from '../../server/auth';

const KEY = 'k'.repeat(20) + '-secret-value';
const hex = (k: string) => createHash('sha256').update(k).digest('hex');

describe('keys file', () => {
  test('reads name:scopes:sha256hex lines, skips comments and blanks; write includes read', () => {
    const keys = parseKeysFile(`# ops keys\n\nreader:read:${hex(KEY)}\r\nbot:write:${hex('x'.repeat(16))}\n`);
    expect(keys.map((k) => [k.name, k.scopes, k.digest.toString('hex')])).toEqual([
      ['reader', ['read'], hex(KEY)], ['bot', ['read', 'write'], hex('x'.repeat(16))],
    ]);
  });

  test.each([
    [`reader:read:${KEY}`, /64 hex digits/],
    ['reader:read', /must be name:scope/],
    [`reader:admin:${hex(KEY)}`, /unknown scope "admin"/],
    [`re ader:read:${hex(KEY)}`, /the name must be/],
    [`a:read:${hex(KEY)}:extra`, /must be name:scope/],
  ])('refuses %j', (line, message) => {
    expect(() => parseKeysFile(line, 'keys.txt')).toThrow(message);
  });

  test('a key in the file authenticates with its scopes; the file holds no key', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-keys-'));
    const file = path.join(dir, 'keys');
    fs.writeFileSync(file, `${keyFileLine('ingester', 'read+write', KEY)}\n`);
    expect(fs.readFileSync(file, 'utf8')).not.toContain(KEY);
    const auth = loadAuthConfig({ POLICY_GRAPH_API_KEYS_FILE: file, POLICY_GRAPH_ANONYMOUS_READ: '0' });
    expect(requireScope(identify(auth, `Bearer ${KEY}`), 'write').name).toBe('ingester');
    expect(() => requireScope(identify(auth, `Bearer ${KEY}x`), 'read')).toThrow('the API key is not valid');
    expect(() => requireScope(identify(auth, undefined), 'read')).toThrow(/anonymous reads are off/);
    // Env keys and file keys together; one name twice is refused.
    const both = loadAuthConfig({ POLICY_GRAPH_API_KEYS: `reader:read:${'r'.repeat(16)}`, POLICY_GRAPH_API_KEYS_FILE: file });
    expect(both.keys.map((k) => k.name)).toEqual(['reader', 'ingester']);
    expect(() => loadAuthConfig({ POLICY_GRAPH_API_KEYS: `ingester:read:${'r'.repeat(16)}`, POLICY_GRAPH_API_KEYS_FILE: file })).toThrow(/used twice/);
    expect(() => loadAuthConfig({ POLICY_GRAPH_API_KEYS_FILE: path.join(dir, 'missing') })).toThrow(/cannot read .*ENOENT/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('policy-graph keys', () => {
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  test('hash prints the sha256 hex, or the whole line with --name and --scopes', async () => {
    expect(await runKeys(['hash', KEY])).toBe(0);
    expect(await runKeys(['hash', '--name', 'bot', '--scopes', 'write', KEY])).toBe(0);
    expect(out).toEqual([`${hex(KEY)}\n`, `bot:read+write:${hex(KEY)}\n`]);
    await expect(runKeys(['hash', 'short'])).resolves.toBe(0); // a bare hash of anything is fine
    await expect(runKeys(['hash', '--name', 'bot', '--scopes', 'write', 'short'])).rejects.toThrow(/at least 16/);
  });

  test('add makes a random key, appends only its hash, prints the key once, refuses a name twice', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-keys-'));
    const file = path.join(dir, 'keys');
    fs.writeFileSync(file, '# keys\n');
    expect(await runKeys(['add', 'alice', 'read', '--file', file])).toBe(0);
    expect(await runKeys(['add', 'bob', 'read+write', '--file', file])).toBe(0);
    const [alice, bob] = out.map((s) => s.trim());
    expect(alice).toMatch(/^[\w-]{43}$/);
    expect(alice).not.toBe(bob);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toBe(`# keys\nalice:read:${hex(alice!)}\nbob:read+write:${hex(bob!)}\n`);
    expect(text).not.toContain(alice);
    expect(err.join('')).not.toContain(alice);
    const auth = loadAuthConfig({ POLICY_GRAPH_API_KEYS_FILE: file });
    expect(requireScope(identify(auth, `Bearer ${bob}`), 'write').name).toBe('bob');
    await expect(runKeys(['add', 'alice', 'read', '--file', file])).rejects.toThrow(/already has a key named "alice"/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

});

describe('server settings', () => {
  test('defaults: introspection and GraphiQL on outside production, off in it unless switched on', () => {
    expect(loadServerSettings({})).toMatchObject({ introspection: true, graphiql: true, corsOrigins: [], rateLimitIp: DEFAULT_RATE_LIMIT_IP, metrics: true, trustProxy: false });
    expect(loadServerSettings({ NODE_ENV: 'production' })).toMatchObject({ production: true, introspection: false, graphiql: false });
    expect(loadServerSettings({ NODE_ENV: 'production', POLICY_GRAPH_INTROSPECTION: '1' })).toMatchObject({ introspection: true, graphiql: false });
    expect(loadServerSettings({ POLICY_GRAPH_GRAPHIQL: 'off' }).graphiql).toBe(false);
    expect(() => loadServerSettings({ POLICY_GRAPH_GRAPHIQL: 'perhaps' })).toThrow(/must be 1 or 0/);
  });

  test('CORS origins are origins', () => {
    expect(loadServerSettings({ POLICY_GRAPH_CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(() => loadServerSettings({ POLICY_GRAPH_CORS_ORIGINS: 'https://a.example/' })).toThrow(/not an origin/);
  });

  test.each([
    ['20', { rate: 20, burst: 40 }], ['2.5,10', { rate: 2.5, burst: 10 }], ['0', null], ['off', null], [undefined, DEFAULT_RATE_LIMIT_IP],
  ])('rate limit %j', (raw, expected) => {
    expect(parseRateLimit('X', raw, DEFAULT_RATE_LIMIT_IP)).toEqual(expected);
  });
  test.each(['-1', 'fast', '10,0', '1,2,3'])('refuses rate limit %j', (raw) => {
    expect(() => parseRateLimit('X', raw, null)).toThrow(/requests a second/);
  });

  test('query timeout: 10 s by default, configurable, 0 for none', () => {
    expect(loadConfig({}).queryTimeoutMs).toBe(10_000);
    expect(loadConfig({ POLICY_GRAPH_QUERY_TIMEOUT_MS: '2500' }).queryTimeoutMs).toBe(2500);
    expect(loadConfig({ POLICY_GRAPH_QUERY_TIMEOUT_MS: '0' }).queryTimeoutMs).toBe(0);
    expect(() => loadConfig({ POLICY_GRAPH_QUERY_TIMEOUT_MS: 'soon' })).toThrow(/whole number/);
  });
});

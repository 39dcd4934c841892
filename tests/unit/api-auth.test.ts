import { loadAuthConfig, parseApiKeys } from '../../core/auth-config';
import { AppError } from '../../core/errors';
import { findKey, identify, requireScope } from '../../server/auth';

const KEY_A = 'aaaaaaaaaaaaaaaaaaaa';
const KEY_B = 'bbbbbbbbbbbbbbbbbbbb';

describe('parseApiKeys', () => {
  test('reads name:scope[+scope]:key entries; write includes read; only digests are kept', () => {
    const keys = parseApiKeys(` alice:read:${KEY_A} , bot:write:${KEY_B},`);
    expect(keys.map((k) => [k.name, k.scopes])).toEqual([['alice', ['read']], ['bot', ['read', 'write']]]);
    expect(JSON.stringify(keys)).not.toContain(KEY_A);
    expect(parseApiKeys(undefined)).toEqual([]);
    expect(parseApiKeys(`x:read:${KEY_A}:with:colons`)[0].name).toBe('x');
  });

  test.each([
    ['alice', /must be name:scope/],
    [`alice:admin:${KEY_A}`, /unknown scope "admin"/],
    ['alice:read:short', /at least 16 characters/],
    [`a b:read:${KEY_A}`, /the name must be/],
    [`a:read:${KEY_A},a:write:${KEY_B}`, /used twice/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseApiKeys(raw)).toThrow(message);
  });

  test('anonymous reads are on unless POLICY_GRAPH_ANONYMOUS_READ=0', () => {
    expect(loadAuthConfig({}).anonymousRead).toBe(true);
    expect(loadAuthConfig({ POLICY_GRAPH_ANONYMOUS_READ: '0' }).anonymousRead).toBe(false);
    expect(() => loadAuthConfig({ POLICY_GRAPH_ANONYMOUS_READ: 'maybe' })).toThrow(AppError);
  });
});

describe('identify and requireScope', () => {
  const auth = { keys: parseApiKeys(`reader:read:${KEY_A},writer:write:${KEY_B}`), anonymousRead: true };
  const code = (f: () => unknown) => {
    try {
      f();
      return 'ok';
    } catch (err) {
      return (err as AppError).code;
    }
  };

  test.each([
    [undefined, 'read', 'ok'],
    [undefined, 'write', 'UNAUTHENTICATED'],
    [`Bearer ${KEY_A}`, 'read', 'ok'],
    [`Bearer ${KEY_A}`, 'write', 'FORBIDDEN'],
    [`bearer ${KEY_B}`, 'write', 'ok'],
    [`Bearer ${KEY_B}x`, 'read', 'UNAUTHENTICATED'],
    [`Basic ${KEY_A}`, 'read', 'UNAUTHENTICATED'],
    ['Bearer', 'read', 'UNAUTHENTICATED'],
  ] as const)('%s asking to %s -> %s', (header, scope, expected) => {
    expect(code(() => requireScope(identify(auth, header), scope))).toBe(expected);
  });

  test('without anonymous reads, no key means UNAUTHENTICATED', () => {
    expect(code(() => requireScope(identify({ ...auth, anonymousRead: false }, undefined), 'read'))).toBe('UNAUTHENTICATED');
  });

  test('findKey finds the key and only the key', () => {
    expect(findKey(auth.keys, KEY_B)?.name).toBe('writer');
    expect(findKey(auth.keys, KEY_B.slice(1))).toBeUndefined();
  });
});

// The writer's pure parts: URL identity (which version of an article lands) and the
// merging of a batch's plans into one row per entity and edge.
import { mergePlans, planDocument, resolveUrls, summarize, type StoredAtUrl } from '../../ingest/write';
import type { Extraction } from '../../ingest/types';

const plan = (id: string, url: string | null, publishedAt: string | null) => ({ document: { id, url, publishedAt } as { id: string; url: string | null; publishedAt: string | null; replaces?: string[] } });
const stored = (id: string, oldId: string, publishedAt: string | null, replaces: string[] = []): StoredAtUrl => ({ id, oldId, publishedAt, replaces });

describe('resolveUrls', () => {
  const cases: Array<[string, ReturnType<typeof plan>[], StoredAtUrl[], { kept: string[]; superseded: string[]; replaced: string[] }, Record<string, string[]>?]> = [
    ['no URL: everything lands', [plan('a', null, null), plan('b', null, null)], [], { kept: ['a', 'b'], superseded: [], replaced: [] }],
    ['a new version replaces the stored one', [plan('b', 'u', '2020-01-02')], [stored('b', 'a', '2020-01-01')], { kept: ['b'], superseded: [], replaced: ['a'] }, { b: ['a'] }],
    ['undated: the incoming one replaces', [plan('b', 'u', null)], [stored('b', 'a', null, ['z'])], { kept: ['b'], superseded: [], replaced: ['a'] }, { b: ['a', 'z'] }],
    ['an older version is superseded', [plan('b', 'u', '2019-12-31')], [stored('b', 'a', '2020-01-01')], { kept: [], superseded: ['b'], replaced: [] }],
    ['a version replaced before stays replaced', [plan('a', 'u', null)], [stored('a', 'b', null, ['a'])], { kept: [], superseded: ['a'], replaced: [] }],
    ['in one batch the later lands', [plan('a', 'u', null), plan('b', 'u', null), plan('c', 'v', null)], [], { kept: ['b', 'c'], superseded: ['a'], replaced: [] }, { b: ['a'] }],
    ['in one batch the newer date lands', [plan('a', 'u', '2020-02-01'), plan('b', 'u', '2020-01-01')], [], { kept: ['a'], superseded: ['b'], replaced: [] }, { a: ['b'] }],
  ];
  it.each(cases)('%s', (_name, plans, rows, expected, replaces = {}) => {
    const r = resolveUrls(plans, rows);
    expect({ kept: r.kept.map((p) => p.document.id), superseded: r.superseded.sort(), replaced: r.replaced }).toEqual(expected);
    for (const p of plans) expect(p.document.replaces).toEqual(replaces[p.document.id]);
  });
});

const x = (names: Array<[string, string, string[]]>): Extraction => ({
  language: 'en', coverage: 'full', body: { start: 0, end: 10 },
  entities: names.map(([id, name, aliases]) => ({ id, name, type: 'Company', aliases, mentions: [{ surface: name, start: 0, end: 1 }] })),
  relations: names.length > 1 ? [{ subject: names[0]![0], predicate: 'SUPPLIES', object: names[1]![0], confidence: 0.5, evidence: { sentence: 'x', start: 0, end: 5 } }] : [],
});

it('mergePlans keeps one row per entity (names unioned, the last name kept) and per edge, sorted by id', () => {
  const a = planDocument({ id: 'd1', text: 'abcdefghij', source: 's1' }, x([['q2', 'Huawei', ['HW']], ['q1', 'ZTE', []]]), '2024-01-01T00:00:00Z');
  const b = planDocument({ id: 'd2', text: 'abcdefghij', source: 's2' }, x([['q2', 'Huawei Technologies', []], ['q1', 'ZTE', []]]), '2024-01-01T00:00:00Z');
  const m = mergePlans([a, b]);
  expect(m.entities.get('Company')).toEqual([
    { id: 'q1', type: 'Company', name: 'ZTE', nameKey: 'zte', aliases: [], keys: ['zte'], wikidataId: null },
    { id: 'q2', type: 'Company', name: 'Huawei Technologies', nameKey: 'huawei technologies', aliases: ['HW', 'Huawei'], keys: ['huawei', 'huawei technologies', 'hw'], wikidataId: null },
  ]);
  expect(m.relationships.get('SUPPLIES')).toHaveLength(1);
  expect(m.evidence).toHaveLength(2);
  expect(m.mentions.map((r) => `${r.entityId}/${r.docId}`)).toEqual(['q1/d1', 'q1/d2', 'q2/d1', 'q2/d2']);
});

it('summarize combines publishers by noisy-or and takes dates and values from the latest evidence', () => {
  const doc = (id: string, publishedAt: string | null, publisher: string | null) =>
    [id, { id, publishedAt, ingestedAt: '2024-05-05T10:00:00Z', publisher, title: null, url: null, source: null, language: 'en', text: '' }] as const;
  const docs = new Map([doc('d1', '2020-01-02T09:00:00Z', 'a'), doc('d2', null, 'b'), doc('d3', '2020-01-01', 'a')]);
  const ev = (id: string, docId: string, confidence: number, action: string | null) =>
    ({ id, relId: 'r', relType: 'TARGETS' as const, docId, sentence: '', start: 0, end: 1, confidence, action, role: null, status: null, origSubject: null, origObject: null });
  expect(summarize([ev('v1', 'd1', 0.6, 'ban'), ev('v2', 'd2', 0.5, null), ev('v3', 'd3', 0.9, 'block')], docs)).toEqual({
    evidenceCount: 3, sourceCount: 2, confidence: 1 - (1 - 0.9) * (1 - 0.5),
    firstSeen: '2020-01-01', lastSeen: '2024-05-05', action: 'ban', role: null, status: null,
  });
});

import { csvCell, escapeXml, toCsv, toGraphml } from '../../server/formats';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    [0.75, '0.75'],
    [-1, '-1'],
    [null, ''],
  ])('%j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('escapeXml', () => {
  test.each([
    ['AT&T <Corp>', 'AT&amp;T &lt;Corp&gt;'],
    [`"quoted" 'single'`, '&quot;quoted&quot; &apos;single&apos;'],
    ['bell\u0007 gone', 'bell gone'],
    ['Færøerne', 'Færøerne'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

const graph = {
  nodes: [
    { id: 'a&b', name: '=cmd()', type: 'Company' as const, aliases: ['<x>'], wikidataId: null, distance: 0 },
    { id: 'c', name: 'China', type: 'Government' as const, aliases: [], wikidataId: 'Q148', distance: 1 },
  ],
  edges: [{
    id: 'r1', type: 'BASED_IN' as const, sourceId: 'a&b', targetId: 'c', confidence: 0.9, sourceCount: 2, evidenceCount: 3,
    firstSeen: '2020-01-01', lastSeen: '2020-02-01', action: null, role: null, status: null,
  }],
};

test('GraphML escapes ids and values and declares every key it uses', () => {
  const xml = toGraphml(graph);
  expect(xml).toContain('<node id="a&amp;b"><data key="n_label">=cmd()</data><data key="n_type">Company</data><data key="n_aliases">&lt;x&gt;</data><data key="n_distance">0</data></node>');
  expect(xml).toContain('<edge id="r1" source="a&amp;b" target="c">');
  const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
  for (const key of used) expect(xml).toContain(`<key id="${key}"`);
});

test('CSV: a header and one row per edge, both ends named, formulas defused', () => {
  expect(toCsv(graph).split('\r\n')).toEqual([
    'id,source,source_name,source_type,type,target,target_name,target_type,confidence,source_count,evidence_count,first_seen,last_seen,action,role,status',
    "r1,a&b,'=cmd(),Company,BASED_IN,c,China,Government,0.9,2,3,2020-01-01,2020-02-01,,,",
    '',
  ]);
  expect(toCsv(graph, 'nodes').split('\r\n')[1]).toBe("a&b,'=cmd(),Company,<x>,,0");
});

// The pure parts of the query benchmark: the power-law sampler, percentiles, the SVG chart,
// and the shape of the statements it measures.
import { PowerLawSampler, generateGraph, prng, typeCounts } from '../../bench/query-graph';
import { latency, percentile, ratio } from '../../bench/query-stats';
import { chartSvg, decades, escapeXml } from '../../bench/query-svg';
import { RELATIONSHIP_TYPES, isValidRelationship } from '../../core/ontology';
import { COMPANY_GOVERNMENT_LINKS, LINKS_PER_KIND, shortestPathStatement } from '../../queries/paths';
import { relationshipPageStatement } from '../../queries/relationships';
import { subgraphStatements } from '../../queries/subgraph';

describe('PowerLawSampler', () => {
  it('gives rank i a probability proportional to 1/(i+1)^s', () => {
    const s = new PowerLawSampler(4, 1);
    const h = 1 + 1 / 2 + 1 / 3 + 1 / 4;
    expect([0, 1, 2, 3].map((i) => s.probability(i))).toEqual([1 / h, 1 / 2 / h, 1 / 3 / h, 1 / 4 / h].map((p) => expect.closeTo(p, 12)));
  });

  it('draws ranks with those frequencies, and the same ones for the same seed', () => {
    const s = new PowerLawSampler(100, 1);
    const random = prng(7);
    const counts = new Array(100).fill(0);
    for (let i = 0; i < 200_000; i++) counts[s.sample(random)]++;
    expect(counts[0] / 200_000).toBeCloseTo(s.probability(0), 2);
    expect(counts[9] / 200_000).toBeCloseTo(s.probability(9), 2);
    expect(counts[0]).toBeGreaterThan(counts[1]);
    const again = prng(7);
    expect(Array.from({ length: 5 }, () => s.sample(again))).toEqual(Array.from({ length: 5 }, (() => { const r = prng(7); return () => s.sample(r); })()));
  });

  it('never draws outside 0..n-1', () => {
    const s = new PowerLawSampler(3, 2);
    expect(s.sample(() => 0)).toBe(0);
    expect(s.sample(() => 0.999999999)).toBe(2);
    expect(() => new PowerLawSampler(0, 1)).toThrow();
  });
});

describe('generateGraph', () => {
  const gazetteer = [
    { id: 'Q30', name: 'United States', type: 'Government' as const },
    { id: 'Q148', name: 'China', type: 'Government' as const, aliases: { da: ['Kina'] } },
    { id: 'Q160120', name: 'Huawei', type: 'Company' as const },
  ];
  const g = generateGraph({ relationships: 5000, entities: 1000, seed: 1, gazetteer });

  it('puts the hubs first in their type and makes China the best connected entity', () => {
    const degree = new Map<number, number>();
    for (let r = 0; r < g.relSource.length; r++) for (const e of [g.relSource[r]!, g.relTarget[r]!]) degree.set(e, (degree.get(e) ?? 0) + 1);
    const top = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
    expect(g.entities[top]).toMatchObject({ name: 'China', aliases: ['Kina'] });
  });

  it('keeps every relationship within the ontology, distinct and without self-loops', () => {
    const seen = new Set<string>();
    for (let r = 0; r < g.relSource.length; r++) {
      const [s, t, type] = [g.relSource[r]!, g.relTarget[r]!, RELATIONSHIP_TYPES[g.relType[r]!]!];
      expect(isValidRelationship(type, g.entities[s]!.type, g.entities[t]!.type)).toBe(true);
      expect(s).not.toBe(t);
      seen.add(`${s}:${type}:${t}`);
      expect(g.relEvidence[r + 1]! - g.relEvidence[r]!).toBeGreaterThanOrEqual(1);
    }
    expect(seen.size).toBe(5000);
  });

  it('splits entities by type with at least one of each', () => {
    const c = typeCounts(100);
    expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.min(...Object.values(c))).toBeGreaterThanOrEqual(1);
  });
});

describe('percentile', () => {
  it.each([
    [[5], 50, 5],
    [[1, 2, 3, 4], 50, 2],
    [[4, 3, 2, 1], 99, 4],
    [Array.from({ length: 100 }, (_, i) => i + 1), 99, 99],
    [Array.from({ length: 100 }, (_, i) => i + 1), 50, 50],
    [Array.from({ length: 1000 }, (_, i) => 1000 - i), 99, 990],
  ])('case %#: nearest rank', (samples, p, expected) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it('is NaN with no samples and refuses p outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });

  it('summarises p50 and p99 rounded to 0.01 ms, and ratios', () => {
    expect(latency([1.234, 2.345, 3.456])).toEqual({ p50: 2.35, p99: 3.46 });
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, null)).toBeNull();
  });
});

describe('chartSvg', () => {
  const svg = chartSvg({
    relationships: 1000,
    questions: [
      { name: 'a <b>', concurrency: 1, floor: { p50: 1, p99: 2 }, api: { p50: 1.5, p99: 30 }, neo4jGraphql: null },
      { name: 'stats', concurrency: 32, floor: null, api: null, neo4jGraphql: null },
    ],
  });

  it('is one well-formed SVG with one bar and one p99 tick per measured way', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<title>/g)).toHaveLength(2);
    expect(svg.match(/stroke-width="2"/g)).toHaveLength(2);
  });

  it('escapes names and spans the values with decade ticks', () => {
    expect(svg).toContain('a &lt;b&gt; ×1');
    expect(escapeXml(`"&'`)).toBe('&quot;&amp;&apos;');
    expect(decades(1, 30)).toEqual([1, 10, 100]);
  });
});

// The statements the benchmark measures are built from the ontology's fixed lists; these
// check what PROFILE found necessary: typed patterns (never MENTIONS, never type(r) IN),
// bounded searches, one statement per argument shape.
describe('query statements', () => {
  it('pages relationships with one typed branch per wanted type, in the ontology order', () => {
    const s = relationshipPageStatement('IN', ['OWNS', 'TARGETS'], false);
    expect(s).toContain('(e)<-[r:TARGETS]-()');
    expect(s).toContain('USING INDEX r:OWNS(id)');
    expect(s.indexOf('TARGETS')).toBeLessThan(s.indexOf('OWNS'));
    expect(s).not.toMatch(/type\(r\) IN|MENTIONS|\$types/);
    expect(relationshipPageStatement('IN', ['TARGETS', 'OWNS'], false)).toBe(s);
    expect(relationshipPageStatement('BOTH', [], false)).toContain('0 AS totalCount');
    expect(relationshipPageStatement('OUT', null, true)).not.toContain('USING INDEX');
  });

  it('searches paths with ALL SHORTEST, bounded hops, typed steps, exclusion only when asked', () => {
    const s = shortestPathStatement(4, null, false, false);
    expect(s).toContain('ALL SHORTEST');
    expect(s).toContain('){1,4} (b)');
    expect(s).not.toMatch(/excluded\b.*WHERE|\$asOf|type\(r\) IN/);
    expect(shortestPathStatement(2, ['OWNS'], true, true)).toMatch(/\[r:OWNS\]-\(y\) WHERE NOT y IN excluded AND r\.firstSeen <= \$asOf\)\{1,2\}/);
    expect(() => shortestPathStatement(7, null, false, false)).toThrow(RangeError);
    expect(() => shortestPathStatement(0, null, false, false)).toThrow(RangeError);
  });

  it('starts company–government links from what is given and bounds every branch', () => {
    expect(COMPANY_GOVERNMENT_LINKS.company).toMatch(/^\s*MATCH \(anchor:Entity \{id: \$company\}\)/);
    expect(COMPANY_GOVERNMENT_LINKS.government).toMatch(/^\s*MATCH \(anchor:Entity \{id: \$government\}\)/);
    for (const s of Object.values(COMPANY_GOVERNMENT_LINKS)) {
      const branches = s.split('UNION ALL').length;
      expect(s.match(new RegExp(`LIMIT ${LINKS_PER_KIND}\\b`, 'g'))).toHaveLength(branches);
      expect(s).not.toMatch(/type\(r\) IN|\*\.\.|\{0,\}/);
    }
  });

  it('walks a subgraph level by level with a bound per entity', () => {
    const { nextLevel, edgesAmong } = subgraphStatements(['SUPPLIES'], false);
    expect(nextLevel).toMatch(/\[r:SUPPLIES\]-\(n\).*\n\s*RETURN n LIMIT \d+/);
    expect(edgesAmong).toMatch(/\[r:SUPPLIES\]-\(b\) RETURN r, b LIMIT \d+/);
    expect(subgraphStatements(['SUPPLIES'], false)).toBe(subgraphStatements(['SUPPLIES'], false));
  });
});

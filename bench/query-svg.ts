// A horizontal bar chart of the query benchmark, as a self-contained SVG string: one
// group per (question, concurrency), one bar per way (p50), a tick at p99, on a log
// scale (latencies span three orders of magnitude). Pure: returns text.
import type { QueryBenchResult } from './query-stats';

export const SERIES = [
  { key: 'floor', label: 'floor (bare Express + same Cypher)', color: '#7f7f7f' },
  { key: 'api', label: 'our GraphQL API', color: '#1f77b4' },
  { key: 'neo4jGraphql', label: '@neo4j/graphql 7', color: '#ff7f0e' },
] as const;

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Log-scale axis: the decades that cover [min, max]. */
export function decades(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(Math.max(min, 1e-3)));
  const hi = Math.ceil(Math.log10(Math.max(max, min * 10, 1e-2)));
  const out: number[] = [];
  for (let e = lo; e <= hi; e++) out.push(Math.pow(10, e));
  return out;
}

export function chartSvg(r: QueryBenchResult, title = `Query latency at ${r.relationships.toLocaleString('en-US')} relationships`): string {
  const bar = 9;
  const groupGap = 10;
  const left = 250;
  const plotWidth = 560;
  const top = 60;
  const values: number[] = [];
  for (const q of r.questions) for (const s of SERIES) {
    const l = q[s.key];
    if (l) values.push(l.p50, l.p99);
  }
  const ticks = decades(values.length ? Math.min(...values) : 1, values.length ? Math.max(...values) : 10);
  const lo = Math.log10(ticks[0]!);
  const hi = Math.log10(ticks.at(-1)!);
  const x = (ms: number) => left + ((Math.log10(Math.max(ms, ticks[0]!)) - lo) / (hi - lo || 1)) * plotWidth;
  const groupHeight = SERIES.length * bar + groupGap;
  const height = top + r.questions.length * groupHeight + 40;
  const width = left + plotWidth + 40;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="18" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="10" y="34" fill="#555">bars: p50; black tick: p99; milliseconds, log scale; missing bar: not measured</text>`,
  ];
  SERIES.forEach((s, i) => {
    const lx = left + i * 190;
    out.push(`<rect x="${lx}" y="42" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="51">${escapeXml(s.label)}</text>`);
  });
  const bottom = height - 30;
  for (const t of ticks) {
    out.push(`<line x1="${x(t).toFixed(1)}" y1="${top - 4}" x2="${x(t).toFixed(1)}" y2="${bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${x(t).toFixed(1)}" y="${bottom + 14}" text-anchor="middle" fill="#555">${t >= 1 ? t : t.toFixed(3).replace(/0+$/, '')} ms</text>`);
  }
  r.questions.forEach((q, gi) => {
    const gy = top + gi * groupHeight;
    out.push(`<text x="${left - 8}" y="${gy + (SERIES.length * bar) / 2 + 4}" text-anchor="end">${escapeXml(`${q.name} ×${q.concurrency}`)}</text>`);
    SERIES.forEach((s, si) => {
      const l = q[s.key];
      const y = gy + si * bar;
      if (!l) return;
      out.push(`<rect x="${left}" y="${y}" width="${Math.max(1, x(l.p50) - left).toFixed(1)}" height="${bar - 1}" fill="${s.color}"><title>${escapeXml(`${s.label}: p50 ${l.p50} ms, p99 ${l.p99} ms`)}</title></rect>`);
      out.push(`<line x1="${x(l.p99).toFixed(1)}" y1="${y}" x2="${x(l.p99).toFixed(1)}" y2="${y + bar - 1}" stroke="black" stroke-width="2"/>`);
    });
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

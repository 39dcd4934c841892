// Latency statistics for the query benchmark. Pure functions: no clock, no I/O.

export interface Latency {
  p50: number;
  p99: number;
}

/** One row of bench/results/query-N.json. */
export interface QuestionResult {
  name: string;
  concurrency: number;
  floor: Latency | null;
  api: Latency | null;
  neo4jGraphql: Latency | null;
  /** The driver called in-process with the same Cypher, for reference (not over HTTP). */
  inProcess?: Latency | null;
  /** Why a way is missing, e.g. "api: Query.stats not in the schema yet". */
  notes?: string[];
}

export interface QueryBenchResult {
  relationships: number;
  questions: QuestionResult[];
}

/**
 * The p-th percentile (0 < p <= 100) by the nearest-rank method: the smallest sample
 * such that at least p % of the samples are at or below it. NaN for no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], not ${p}`);
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50 and p99 in milliseconds, rounded to 0.01 ms. */
export function latency(samplesMs: readonly number[]): Latency {
  return { p50: round2(percentile(samplesMs, 50)), p99: round2(percentile(samplesMs, 99)) };
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** a / b, rounded to 0.01; null when either is missing. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return round2(a / b);
}

const fmt = (x: number | null | undefined, digits = 1) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(digits));

/** The plain-text table the benchmark prints: p50/p99 per way, and the ratios b/a and b/c at p50. */
export function formatTable(r: QueryBenchResult): string {
  const head = ['question', 'conc', 'floor p50/p99', 'in-proc p50/p99', 'api p50/p99', 'neo4j-gql p50/p99', 'api/floor', 'api/neo4j-gql'];
  const rows = r.questions.map((q) => [
    q.name,
    String(q.concurrency),
    q.floor ? `${fmt(q.floor.p50)} / ${fmt(q.floor.p99)}` : '—',
    q.inProcess ? `${fmt(q.inProcess.p50)} / ${fmt(q.inProcess.p99)}` : '—',
    q.api ? `${fmt(q.api.p50)} / ${fmt(q.api.p99)}` : 'missing',
    q.neo4jGraphql ? `${fmt(q.neo4jGraphql.p50)} / ${fmt(q.neo4jGraphql.p99)}` : '—',
    fmt(ratio(q.api?.p50, q.floor?.p50), 2),
    fmt(ratio(q.api?.p50, q.neo4jGraphql?.p50), 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`${r.relationships} relationships (milliseconds)`, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

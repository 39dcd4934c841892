// Prometheus text format (version 0.0.4), written by hand: counters and histograms with
// labels, plus process gauges. Label values a client chooses (the GraphQL operation name)
// are bounded: past MAX_OPERATIONS distinct names, new ones count as "other".
import { type QueryObservation, observeQueries } from '../queries/db';

type Labels = Record<string, string>;

const escapeLabel = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labelText = (labels: Labels): string => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
};
const keyOf = (labels: Labels): string => JSON.stringify(Object.entries(labels));
const num = (n: number): string => (Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : '-Inf');

export class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(readonly name: string, readonly help: string) {}
  inc(labels: Labels = {}, by = 1): void {
    const k = keyOf(labels);
    const v = this.values.get(k);
    if (v) v.value += by;
    else this.values.set(k, { labels, value: by });
  }
  get(labels: Labels = {}): number {
    return this.values.get(keyOf(labels))?.value ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values()) lines.push(`${this.name}${labelText(labels)} ${num(value)}`);
    return lines.join('\n');
  }
}

export class Histogram {
  private readonly series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(readonly name: string, readonly help: string, readonly buckets: readonly number[]) {}
  observe(labels: Labels, value: number): void {
    const k = keyOf(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) s.counts[i]!++;
    s.sum += value;
    s.count++;
  }
  count(labels: Labels): number {
    return this.series.get(keyOf(labels))?.count ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const { labels, counts, sum, count } of this.series.values()) {
      this.buckets.forEach((le, i) => lines.push(`${this.name}_bucket${labelText({ ...labels, le: num(le) })} ${counts[i]}`));
      lines.push(`${this.name}_bucket${labelText({ ...labels, le: '+Inf' })} ${count}`);
      lines.push(`${this.name}_sum${labelText(labels)} ${sum}`);
      lines.push(`${this.name}_count${labelText(labels)} ${count}`);
    }
    return lines.join('\n');
  }
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
export const MAX_OPERATIONS = 100;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export class Metrics {
  readonly http = new Histogram('policy_graph_http_request_duration_seconds', 'HTTP requests by route, method and status', SECONDS);
  readonly graphql = new Histogram('policy_graph_graphql_request_duration_seconds', 'GraphQL requests by operation name', SECONDS);
  readonly errors = new Counter('policy_graph_graphql_errors_total', 'GraphQL errors sent, by extensions.code');
  readonly neo4j = new Histogram('policy_graph_neo4j_transaction_duration_seconds', 'Neo4j transactions by mode (READ, WRITE) and outcome', SECONDS);
  readonly ingestDocuments = new Counter('policy_graph_ingest_documents_total', 'documents sent to ingestDocument, by result (created, existing)');
  readonly ingestEntities = new Counter('policy_graph_ingest_entities_created_total', 'entities created by ingestDocument');
  readonly ingestRelationships = new Counter('policy_graph_ingest_relationships_created_total', 'relationships created by ingestDocument');
  readonly rateLimited = new Counter('policy_graph_rate_limited_total', 'requests refused with 429, by what was limited (ip, key)');
  private readonly operations = new Set<string>();
  private readonly started = Date.now();
  private readonly unobserve: () => void;

  constructor(private readonly neo4jDown: () => boolean = () => false) {
    this.unobserve = observeQueries((o: QueryObservation) => this.neo4j.observe({ mode: o.mode, outcome: o.error ?? 'ok' }, o.seconds));
  }

  /** The label for an operation name: itself while few are known, else "other". */
  operation(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }

  render(): string {
    const mem = process.memoryUsage();
    const gauges: Array<[string, string, number]> = [
      ['policy_graph_neo4j_unavailable', '1 while Neo4j is known to be unreachable (requests fail fast)', this.neo4jDown() ? 1 : 0],
      ['process_resident_memory_bytes', 'resident set size', mem.rss],
      ['nodejs_heap_used_bytes', 'V8 heap in use', mem.heapUsed],
      ['process_uptime_seconds', 'seconds since the server started', (Date.now() - this.started) / 1000],
    ];
    return [
      this.http, this.graphql, this.errors, this.neo4j, this.ingestDocuments, this.ingestEntities, this.ingestRelationships, this.rateLimited,
    ].map((m) => m.render()).concat(gauges.map(([n, h, v]) => `# HELP ${n} ${h}\n# TYPE ${n} gauge\n${n} ${v}`)).join('\n') + '\n';
  }

  close(): void {
    this.unobserve();
  }
}

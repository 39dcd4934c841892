// Loads a synthetic graph (bench/query-graph.ts) into an EMPTY Neo4j, in exactly the
// model the writer produces (schema/README.md, queries/ingest.ts): typed entities with
// nameKey/keys, documents whose text holds the evidence sentences at their offsets,
// evidence with publisher and date, MENTIONS with counts, and edges whose properties
// are the summary of their evidence (summary.ts: per-publisher noisy-or, sourceCount,
// first/last seen, latest action/role/status). It uses CREATE in batched UNWINDs (every
// key is unique by construction), one transaction per batch, the next batch built while
// Neo4j writes the previous one.
//   node dist/bench/graph-loader.js --relationships 100000 [--seed 42]   (NEO4J_URI must be set)
import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_TYPES, RELATIONSHIP_TYPES, type EntityType, type RelationshipType } from '../core/ontology';
import { type Driver, createDriver, read, write } from '../queries/db';
import { documentId, evidenceId, nameKey, relationshipId } from '../queries/keys';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS, applySchema } from '../queries/schema';
import { type GazetteerEntry, type SyntheticGraph, QUALIFIERS, dayToDate, generateGraph } from './query-graph';

export const BATCH = 10_000;

const PUBLISHERS = [
  'Reuters', 'Associated Press', 'Bloomberg', 'Financial Times', 'The Guardian', 'BBC News', 'Politico', 'South China Morning Post',
  'Nikkei Asia', 'The Wall Street Journal', 'The New York Times', 'Le Monde', 'Der Spiegel', 'DR', 'Berlingske', 'Politiken',
  'Jyllands-Posten', 'Børsen', 'Ritzau', 'Light Reading', 'The Register', 'TechCrunch', 'Wired', 'Axios', 'CNBC', 'Xinhua',
  'Global Times', 'Caixin', 'Euractiv', 'Computerworld',
].map((name) => ({ name, publisher: name.trim().toLowerCase() }));

const VERBS: Record<RelationshipType, string> = {
  ANNOUNCED: 'announced', PART_OF: 'is part of', TARGETS: 'moved against', HOLDS_ROLE: 'holds a role at', ACQUIRES: 'is buying',
  OWNS: 'owns', BASED_IN: 'is based in', SUPPLIES: 'supplies', SUPPORTS: 'backed', OPPOSES: 'criticised',
};

const ENTITY_STATEMENT = (type: EntityType) => `
UNWIND $rows AS row
CREATE (e:Entity:${type})
SET e.id = row.id, e.name = row.name, e.nameKey = row.nameKey, e.aliases = row.aliases, e.keys = row.keys,
    e.wikidataId = row.wikidataId`;

const DOCUMENT_STATEMENT = `
UNWIND $rows AS row
CREATE (d:Document)
SET d.id = row.id, d.title = row.title, d.url = row.url, d.source = row.source, d.language = row.language,
    d.publishedAt = row.publishedAt, d.ingestedAt = row.ingestedAt, d.text = row.text, d.publisher = row.publisher`;

const RELATIONSHIP_STATEMENT = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.s})
MATCH (o:Entity {id: row.o})
CREATE (s)-[r:${type}]->(o)
SET r.id = row.id, r.evidenceCount = toInteger(row.evidenceCount), r.sourceCount = toInteger(row.sourceCount),
    r.confidence = toFloat(row.confidence), r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen,
    r.action = row.action, r.role = row.role, r.status = row.status`;

const EVIDENCE_STATEMENT = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
CREATE (v:Evidence)-[:IN_DOCUMENT]->(d)
SET v.id = row.id, v.relId = row.relId, v.relType = row.relType, v.sentence = row.sentence,
    v.start = toInteger(row.start), v.end = toInteger(row.end), v.confidence = toFloat(row.confidence),
    v.action = row.action, v.role = row.role, v.status = row.status,
    v.publishedAt = row.publishedAt, v.publisher = row.publisher`;

const MENTION_STATEMENT = `
UNWIND $rows AS row
MATCH (d:Document {id: row.d})
MATCH (e:Entity {id: row.e})
CREATE (d)-[m:MENTIONS]->(e)
SET m.count = toInteger(row.c)`;

const GRAPH_VERSION = `MERGE (m:GraphVersion {id: 'graph'}) SET m.version = coalesce(m.version, 0) + 1`;

export interface LoadResult {
  entities: number;
  documents: number;
  relationships: number;
  evidence: number;
  mentions: number;
  /** Seconds: generating in memory, then writing (schema included). */
  generateSeconds: number;
  loadSeconds: number;
  /** Hubs by degree: name, id and degree of the most connected entities. */
  hubs: Array<{ id: string; name: string; type: EntityType; degree: number }>;
}

/** Where each document's evidence sits (CSR), its text, id, and the evidence offsets. */
interface Texts {
  docIds: string[];
  evStart: Int32Array;
  evEnd: Int32Array;
  docEvidence: Int32Array;
  docEvidenceStart: Int32Array;
  relIds: string[];
}

const sentenceOf = (g: SyntheticGraph, rel: number): string =>
  `${g.entities[g.relSource[rel]!]!.name} ${VERBS[RELATIONSHIP_TYPES[g.relType[rel]!]!]} ${g.entities[g.relTarget[rel]!]!.name}.`;

const publisherOfDoc = (d: number) => PUBLISHERS[d % PUBLISHERS.length]!;
const evRel = (g: SyntheticGraph): Int32Array => {
  const out = new Int32Array(g.evDocument.length);
  for (let r = 0; r < g.relSource.length; r++) for (let v = g.relEvidence[r]!; v < g.relEvidence[r + 1]!; v++) out[v] = r;
  return out;
};

function buildTexts(g: SyntheticGraph, evToRel: Int32Array): Texts {
  const D = g.documents;
  const E = g.evDocument.length;
  // Counting sort of the evidence by document.
  const docEvidenceStart = new Int32Array(D + 1);
  for (let v = 0; v < E; v++) docEvidenceStart[g.evDocument[v]! + 1]!++;
  for (let d = 0; d < D; d++) docEvidenceStart[d + 1]! += docEvidenceStart[d]!;
  const fill = docEvidenceStart.slice(0, D);
  const docEvidence = new Int32Array(E);
  for (let v = 0; v < E; v++) docEvidence[fill[g.evDocument[v]!]!++] = v;

  const evStart = new Int32Array(E);
  const evEnd = new Int32Array(E);
  const docIds: string[] = new Array(D);
  for (let d = 0; d < D; d++) {
    let text = `${titleOf(g, d)}\n\n`;
    for (let k = docEvidenceStart[d]!; k < docEvidenceStart[d + 1]!; k++) {
      const v = docEvidence[k]!;
      const sentence = sentenceOf(g, evToRel[v]!);
      evStart[v] = text.length;
      text += sentence;
      evEnd[v] = text.length;
      text += ' ';
    }
    docIds[d] = documentId(textOf(text));
  }
  const relIds: string[] = new Array(g.relSource.length);
  for (let r = 0; r < g.relSource.length; r++) {
    relIds[r] = relationshipId(g.entities[g.relSource[r]!]!.id, RELATIONSHIP_TYPES[g.relType[r]!]!, g.entities[g.relTarget[r]!]!.id);
  }
  return { docIds, evStart, evEnd, docEvidence, docEvidenceStart, relIds };
}

const titleOf = (g: SyntheticGraph, d: number) => `Policy briefing ${d + 1} (${dayToDate(g.docDay[d]!)})`;
const textOf = (raw: string) => `${raw.trimEnd()}\n`;

function documentText(g: SyntheticGraph, t: Texts, evToRel: Int32Array, d: number): string {
  let text = `${titleOf(g, d)}\n\n`;
  for (let k = t.docEvidenceStart[d]!; k < t.docEvidenceStart[d + 1]!; k++) text += `${sentenceOf(g, evToRel[t.docEvidence[k]!]!)} `;
  return textOf(text);
}

/** One evidence row, as MERGE_EVIDENCE stores it. */
function evidenceRow(g: SyntheticGraph, t: Texts, evToRel: Int32Array, v: number) {
  const rel = evToRel[v]!;
  const type = RELATIONSHIP_TYPES[g.relType[rel]!]!;
  const q = QUALIFIERS[type];
  const doc = g.evDocument[v]!;
  const qualifier = q && g.evQualifier[v]! >= 0 ? q.values[g.evQualifier[v]!]! : null;
  return {
    id: evidenceId(t.relIds[rel]!, t.docIds[doc]!, t.evStart[v]!, t.evEnd[v]!),
    relId: t.relIds[rel]!, relType: type, docId: t.docIds[doc]!, sentence: sentenceOf(g, rel),
    start: t.evStart[v]!, end: t.evEnd[v]!, confidence: g.evConfidence[v]!,
    action: q?.property === 'action' ? qualifier : null,
    role: q?.property === 'role' ? qualifier : null,
    status: q?.property === 'status' ? qualifier : null,
    publishedAt: dayToDate(g.docDay[doc]!), publisher: publisherOfDoc(doc).publisher,
  };
}

type EvidenceRow = ReturnType<typeof evidenceRow>;

/** The edge's properties from its evidence, as queries/summary.ts computes them. */
export function summarize(evs: EvidenceRow[]) {
  const ordered = [...evs].sort((a, b) =>
    a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.confidence - b.confidence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const best = new Map<string, number>();
  for (const v of ordered) best.set(v.publisher, Math.max(best.get(v.publisher) ?? 0, v.confidence));
  const last = (k: 'action' | 'role' | 'status') => ordered.filter((v) => v[k] !== null).at(-1)?.[k] ?? null;
  return {
    evidenceCount: ordered.length,
    sourceCount: best.size,
    confidence: 1 - [...best.values()].reduce((p, c) => p * (1 - c), 1),
    firstSeen: ordered[0]?.publishedAt ?? null,
    lastSeen: ordered.at(-1)?.publishedAt ?? null,
    action: last('action'), role: last('role'), status: last('status'),
  };
}

/**
 * Runs batches one transaction each, up to `parallel` at once (Neo4j runs each on its
 * own thread), building the next batch while Neo4j writes. A deadlock between two
 * batches that touch the same hub is transient: the driver retries it.
 */
class BatchWriter {
  private readonly inFlight = new Set<Promise<unknown>>();
  private failure: unknown;
  written = 0;
  constructor(private readonly driver: Driver, private readonly parallel: number) {}
  async send(statement: string, rows: unknown[]): Promise<void> {
    while (this.inFlight.size >= this.parallel) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    this.written += rows.length;
    const p: Promise<unknown> = write(this.driver, statement, { rows })
      .catch((err: unknown) => (this.failure ??= err))
      .finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }
  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }
}

export interface LoadOptions {
  relationships: number;
  seed: number;
  root: string;
  /** Node batches in flight at once; default 2 (edge batches go one at a time). */
  parallel?: number;
  log?: (m: string) => void;
}

export function readGazetteer(root: string): GazetteerEntry[] {
  const dir = path.join(root, 'ingest', 'lexicon', 'gazetteer');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GazetteerEntry[]);
}

/** Generates the graph and writes it into an empty database. */
export async function loadGraph(driver: Driver, o: LoadOptions): Promise<{ result: LoadResult; graph: SyntheticGraph }> {
  const log = o.log ?? (() => {});
  const [{ n }] = await read<{ n: number }>(driver, 'MATCH (n) RETURN count(n) AS n');
  if (n > 0) throw new Error(`the database is not empty (${n} nodes); the loader only writes into an empty one`);

  const t0 = Date.now();
  const g = generateGraph({ relationships: o.relationships, seed: o.seed, gazetteer: readGazetteer(o.root) });
  const evToRel = evRel(g);
  const texts = buildTexts(g, evToRel);
  const generateSeconds = (Date.now() - t0) / 1000;
  log(`generated ${g.entities.length} entities, ${g.documents} documents, ${g.relSource.length} relationships, ${g.evDocument.length} evidence in ${generateSeconds.toFixed(1)} s`);

  const t1 = Date.now();
  // Only the lookups the load needs exist while it runs; the other indexes and
  // constraints (applySchema, at the end) are then built in one pass over the data,
  // which is several times faster than maintaining them row by row.
  for (const statement of SCHEMA_STATEMENTS.filter((s) => /\b(entity_id|document_id)\b/.test(s))) await write(driver, statement);
  await write(driver, AWAIT_INDEXES, { seconds: 120 });
  // Nodes go in parallel; edges one transaction at a time, since nearly every batch
  // touches the hubs and parallel batches would only wait for each other's locks
  // (measured: 100k relationships took 23 s alone, 42 s two at a time).
  const nodes = new BatchWriter(driver, o.parallel ?? 2);
  const edges = new BatchWriter(driver, 1);
  let w = nodes;
  const step = (what: string, from: number) => log(`  ${what}: ${w.written - from} rows, ${((Date.now() - t1) / 1000).toFixed(1)} s so far`);

  // Entities, one statement per type label.
  let mark = w.written;
  for (const type of ENTITY_TYPES) {
    const rows = g.entities.filter((e) => e.type === type).map((e) => {
      const keys = [...new Set([e.name, ...e.aliases].map(nameKey))].sort();
      return { id: e.id, name: e.name, nameKey: nameKey(e.name), aliases: e.aliases, keys, wikidataId: e.wikidataId };
    });
    for (let i = 0; i < rows.length; i += BATCH) await w.send(ENTITY_STATEMENT(type), rows.slice(i, i + BATCH));
  }
  step('entities', mark);

  mark = w.written;
  const ingestedAt = '2025-01-01T00:00:00.000Z';
  let batch: unknown[] = [];
  for (let d = 0; d < g.documents; d++) {
    const p = publisherOfDoc(d);
    batch.push({
      id: texts.docIds[d], title: titleOf(g, d), url: `https://bench.invalid/query/${d}`, source: p.name, language: 'en',
      publishedAt: dayToDate(g.docDay[d]!), ingestedAt, text: documentText(g, texts, evToRel, d), publisher: p.publisher,
    });
    if (batch.length === BATCH) await w.send(DOCUMENT_STATEMENT, batch.splice(0));
  }
  if (batch.length) await w.send(DOCUMENT_STATEMENT, batch.splice(0));
  await nodes.flush();
  step('documents', mark);
  w = edges;
  edges.written = nodes.written;

  mark = w.written;
  const byType = new Map<RelationshipType, unknown[]>(RELATIONSHIP_TYPES.map((t) => [t, []]));
  for (let r = 0; r < g.relSource.length; r++) {
    const type = RELATIONSHIP_TYPES[g.relType[r]!]!;
    const evs: EvidenceRow[] = [];
    for (let v = g.relEvidence[r]!; v < g.relEvidence[r + 1]!; v++) evs.push(evidenceRow(g, texts, evToRel, v));
    const rows = byType.get(type)!;
    rows.push({ s: g.entities[g.relSource[r]!]!.id, o: g.entities[g.relTarget[r]!]!.id, id: texts.relIds[r], ...summarize(evs) });
    if (rows.length === BATCH) await w.send(RELATIONSHIP_STATEMENT(type), rows.splice(0));
  }
  for (const [type, rows] of byType) if (rows.length) await w.send(RELATIONSHIP_STATEMENT(type), rows.splice(0));
  step('relationships', mark);

  mark = w.written;
  // Evidence nodes hang off documents only (IN_DOCUMENT), and documents are not hubs.
  await edges.flush();
  nodes.written = edges.written;
  w = nodes;
  for (let v = 0; v < g.evDocument.length; v++) {
    batch.push(evidenceRow(g, texts, evToRel, v));
    if (batch.length === BATCH) await w.send(EVIDENCE_STATEMENT, batch.splice(0));
  }
  if (batch.length) await w.send(EVIDENCE_STATEMENT, batch.splice(0));
  await nodes.flush();
  step('evidence', mark);
  edges.written = nodes.written;
  w = edges;

  // A document mentions the subject and the object of each of its sentences.
  mark = w.written;
  let mentions = 0;
  for (let d = 0; d < g.documents; d++) {
    const counts = new Map<number, number>();
    for (let k = texts.docEvidenceStart[d]!; k < texts.docEvidenceStart[d + 1]!; k++) {
      const rel = evToRel[texts.docEvidence[k]!]!;
      for (const e of [g.relSource[rel]!, g.relTarget[rel]!]) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    for (const [e, c] of counts) batch.push({ d: texts.docIds[d], e: g.entities[e]!.id, c });
    mentions += counts.size;
    if (batch.length >= BATCH) await w.send(MENTION_STATEMENT, batch.splice(0));
  }
  if (batch.length) await w.send(MENTION_STATEMENT, batch.splice(0));
  await w.flush();
  step('mentions', mark);
  await write(driver, GRAPH_VERSION);
  const tSchema = Date.now();
  // The launcher stops transactions after 60 s, so a long population is waited for by polling.
  await applySchema(driver, { awaitSeconds: 50 }).catch(async () => {
    for (;;) {
      const [{ n: pending }] = await read<{ n: number }>(driver, "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n");
      if (pending === 0) return applySchema(driver);
      await new Promise((r) => setTimeout(r, 2000));
    }
  });
  log(`  applySchema (indexes populated): ${((Date.now() - tSchema) / 1000).toFixed(1)} s`);
  const loadSeconds = (Date.now() - t1) / 1000;

  const degree = new Int32Array(g.entities.length);
  for (let r = 0; r < g.relSource.length; r++) {
    degree[g.relSource[r]!]!++;
    degree[g.relTarget[r]!]!++;
  }
  const hubs = [...degree.keys()].sort((a, b) => degree[b]! - degree[a]!).slice(0, 10)
    .map((i) => ({ id: g.entities[i]!.id, name: g.entities[i]!.name, type: g.entities[i]!.type, degree: degree[i]! }));
  const result = {
    entities: g.entities.length, documents: g.documents, relationships: g.relSource.length, evidence: g.evDocument.length,
    mentions, generateSeconds, loadSeconds, hubs,
  };
  return { result, graph: g };
}

function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

if (require.main === module) {
  const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    process.stderr.write('error: set NEO4J_URI to an empty Neo4j\n');
    process.exit(2);
  }
  const driver = createDriver({ uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || '' });
  loadGraph(driver, { relationships: Number(arg('relationships', '10000')), seed: Number(arg('seed', '42')), root, log: (m) => process.stderr.write(`${m}\n`) })
    .then((r) => process.stdout.write(`${JSON.stringify(r.result, null, 2)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    })
    .finally(() => void driver.close());
}

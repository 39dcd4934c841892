// The writer against the real Neo4j that Jest's global setup starts: idempotence,
// alias union, and edge properties recomputed from evidence.
import { loadConfig } from '../../core/config';
import { ErrorCode } from '../../core/errors';
import type { EntityType, RelationshipType } from '../../core/ontology';
import { documentExists, documentId, writeBatch, writeExtraction, type StoredDocument } from '../../ingest/write';
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../../ingest/types';
import { type Driver, createDriver, read, write } from '../../queries/db';
import { knownDocuments } from '../../queries/documents';
import { relationshipId } from '../../queries/keys';
import { applySchema } from '../../queries/schema';

// ---- hand-made documents ----

interface EntitySpec { id: string; name: string; type: EntityType; aliases?: string[]; wikidataId?: string; surfaces: string[] }
interface RelationSpec { s: string; p: RelationshipType; o: string; sentence: string; confidence: number; action?: string; role?: string; status?: string }

function makeDoc(text: string, meta: Partial<StoredDocument> = {}): StoredDocument {
  return { id: documentId(text), text, title: 'A test article', url: `https://example.org/${documentId(text).slice(0, 8)}`, source: 'test', ...meta };
}

function makeExtraction(doc: StoredDocument, language: string, entities: EntitySpec[], relations: RelationSpec[]): Extraction {
  const ents: ExtractedEntity[] = entities.map((e) => ({
    id: e.id, name: e.name, type: e.type, aliases: e.aliases ?? [], wikidataId: e.wikidataId,
    mentions: e.surfaces.map((surface) => {
      const start = doc.text.indexOf(surface);
      if (start < 0) throw new Error(`fixture: "${surface}" is not in the text`);
      return { surface, start, end: start + surface.length };
    }),
  }));
  const rels: ExtractedRelation[] = relations.map((r) => {
    const start = doc.text.indexOf(r.sentence);
    if (start < 0) throw new Error(`fixture: "${r.sentence}" is not in the text`);
    return {
      subject: r.s, predicate: r.p, object: r.o, confidence: r.confidence, action: r.action, role: r.role, status: r.status,
      evidence: { sentence: r.sentence, start, end: start + r.sentence.length },
    };
  });
  return { language, coverage: 'full', body: { start: 0, end: doc.text.length }, entities: ents, relations: rels };
}

const S1 = 'Secretary of State Mike Pompeo announced the Clean Network.';
const S2 = 'The Clean Network aims to keep Huawei out of 5G networks.';
const S3 = 'China, the PRC, criticised the Clean Network.';
const EN_TEXT = `${S1} ${S2} ${S3}`;
const DA_S1 = 'Kina kritiserer Clean Network.';
const DA_TEXT = `${DA_S1} Huawei er også nævnt.`;

const CHINA = { id: 'Q148', name: 'China', type: 'Government', wikidataId: 'Q148' } as const;
const CLEAN = { id: 'pg:clean-network', name: 'Clean Network', type: 'Policy' } as const;
const HUAWEI = { id: 'Q160120', name: 'Huawei', type: 'Company', wikidataId: 'Q160120' } as const;
const POMPEO = { id: 'Q473239', name: 'Mike Pompeo', type: 'Person', aliases: ['Pompeo'] } as const;
const STATE = { id: 'Q789915', name: 'United States Department of State', type: 'Agency', aliases: ['State Department'] } as const;

function english(meta: Partial<StoredDocument> = { publishedAt: '2020-08-05' }, chinaConfidence = 0.6) {
  const doc = makeDoc(EN_TEXT, meta);
  return {
    doc,
    x: makeExtraction(doc, 'en', [
      { ...POMPEO, aliases: [...POMPEO.aliases], surfaces: ['Mike Pompeo'] },
      { ...STATE, aliases: [...STATE.aliases], surfaces: [] },
      { ...CLEAN, surfaces: ['Clean Network'] },
      { ...HUAWEI, surfaces: ['Huawei'] },
      { ...CHINA, aliases: ['PRC'], surfaces: ['China', 'PRC'] },
    ], [
      { s: POMPEO.id, p: 'HOLDS_ROLE', o: STATE.id, sentence: S1, confidence: 0.7, role: 'Secretary of State' },
      { s: STATE.id, p: 'ANNOUNCED', o: CLEAN.id, sentence: S1, confidence: 0.8 },
      { s: CLEAN.id, p: 'TARGETS', o: HUAWEI.id, sentence: S2, confidence: 0.9, action: 'exclude' },
      { s: CHINA.id, p: 'OPPOSES', o: CLEAN.id, sentence: S3, confidence: chinaConfidence },
    ]),
  };
}

function danish(meta: Partial<StoredDocument> = { publishedAt: '2020-09-01' }) {
  // Another publisher than the English text, so their evidence counts as two sources.
  const doc = makeDoc(DA_TEXT, { source: 'test-da', ...meta });
  return {
    doc,
    x: makeExtraction(doc, 'da', [
      { ...CHINA, aliases: ['Kina'], surfaces: ['Kina'] },
      { ...CLEAN, surfaces: ['Clean Network'] },
      { ...HUAWEI, surfaces: ['Huawei'] },
    ], [{ s: CHINA.id, p: 'OPPOSES', o: CLEAN.id, sentence: DA_S1, confidence: 0.5 }]),
  };
}

// ---- reading the graph back ----

/** Every node and edge with its labels/type and properties, in a stable order. */
async function snapshot(driver: Driver) {
  const nodes = await read(driver, `
    MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.id, ''), labels(n)[0]`);
  const edges = await read(driver, `
    MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
    ORDER BY from, type, to`);
  return { nodes, edges };
}

async function counts(driver: Driver) {
  const [row] = await read<Record<string, number>>(driver, `
    RETURN COUNT { (:Entity) } AS entities, COUNT { (:Document) } AS documents, COUNT { (:Evidence) } AS evidence,
           COUNT { ()-[:MENTIONS]->() } AS mentions, COUNT { ()-[:IN_DOCUMENT]->() } AS inDocument,
           COUNT { (:Entity)-[r]->(:Entity) } AS relationships`);
  return row;
}

async function edge(driver: Driver, s: string, p: RelationshipType, o: string) {
  const [row] = await read<{ r: Record<string, unknown> }>(driver,
    'MATCH (:Entity {id: $s})-[r]->(:Entity {id: $o}) WHERE type(r) = $p RETURN properties(r) AS r', { s, p, o });
  return row?.r;
}

// ---- the tests ----

let driver: Driver;

beforeAll(async () => {
  driver = createDriver(loadConfig());
  await applySchema(driver);
});
afterAll(async () => {
  await driver?.close();
});
beforeEach(async () => {
  await write(driver, 'MATCH (n) DETACH DELETE n');
});

test('applySchema can run again and leaves the constraints and indexes in place', async () => {
  await applySchema(driver);
  const names = (await read<{ name: string }>(driver, 'SHOW INDEXES YIELD name RETURN name')).map((r) => r.name);
  expect(names).toEqual(expect.arrayContaining([
    'entity_id', 'document_id', 'evidence_id', 'rel_targets_id', 'evidence_rel_id', 'entity_name_key', 'document_url',
    'entity_search', 'entity_keys',
  ]));
});

test('writing the same document twice changes nothing', async () => {
  const { doc, x } = english();
  const first = await writeExtraction(driver, doc, x, { now: new Date('2024-01-02T03:04:05Z') });
  expect(first).toEqual({
    documentId: doc.id, documentsCreated: 1, entitiesCreated: 5, relationshipsCreated: 4, evidenceCreated: 4,
    evidenceRemoved: 0, relationshipsRemoved: 0, skipped: [],
  });
  const before = await snapshot(driver);
  expect(await counts(driver)).toEqual({ entities: 5, documents: 1, evidence: 4, mentions: 4, inDocument: 4, relationships: 4 });

  const second = await writeExtraction(driver, doc, x, { now: new Date('2025-06-07T00:00:00Z') });
  expect(second).toEqual({ ...first, documentsCreated: 0, entitiesCreated: 0, relationshipsCreated: 0, evidenceCreated: 0 });
  expect(await snapshot(driver)).toEqual(before);
});

test('an entity gets exactly one type label and its aliases from every document, unioned', async () => {
  const en = english();
  const da = danish();
  await writeExtraction(driver, en.doc, en.x);
  await writeExtraction(driver, da.doc, da.x);
  await writeExtraction(driver, en.doc, en.x);

  const [china] = await read(driver, 'MATCH (e:Entity {id: "Q148"}) RETURN labels(e) AS labels, e { .* } AS e');
  expect(china).toEqual({
    labels: ['Entity', 'Government'],
    e: { id: 'Q148', name: 'China', nameKey: 'china', aliases: ['Kina', 'PRC'], keys: ['china', 'kina', 'prc'], wikidataId: 'Q148' },
  });
  const [pompeo] = await read(driver, 'MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, e.keys AS keys', { id: POMPEO.id });
  expect(pompeo).toEqual({ aliases: ['Pompeo'], keys: ['mike pompeo', 'pompeo'] });
  expect(await counts(driver)).toEqual({ entities: 5, documents: 2, evidence: 5, mentions: 7, inDocument: 5, relationships: 4 });
});

test('confidence, firstSeen and lastSeen are recomputed from the evidence, not accumulated', async () => {
  const en = english({ publishedAt: '2020-08-05T10:00:00Z' });
  const da = danish({ publishedAt: '2020-09-01' });
  await writeExtraction(driver, en.doc, en.x);
  expect(await edge(driver, CHINA.id, 'OPPOSES', CLEAN.id)).toMatchObject({
    confidence: 0.6, evidenceCount: 1, firstSeen: '2020-08-05', lastSeen: '2020-08-05',
  });

  await writeExtraction(driver, da.doc, da.x);
  await writeExtraction(driver, da.doc, da.x);
  await writeExtraction(driver, en.doc, en.x);
  const opposes = await edge(driver, CHINA.id, 'OPPOSES', CLEAN.id);
  // noisy-or: 1 - (1 - 0.6) * (1 - 0.5)
  expect(opposes?.confidence).toBeCloseTo(0.8, 10);
  expect(opposes).toMatchObject({
    id: relationshipId(CHINA.id, 'OPPOSES', CLEAN.id), evidenceCount: 2, firstSeen: '2020-08-05', lastSeen: '2020-09-01',
  });
  expect(await edge(driver, CLEAN.id, 'TARGETS', HUAWEI.id)).toMatchObject({ action: 'exclude', confidence: 0.9, evidenceCount: 1 });
  expect(await edge(driver, POMPEO.id, 'HOLDS_ROLE', STATE.id)).toMatchObject({ role: 'Secretary of State' });
});

test('concurrent writers of the same entity and edge lose nothing', async () => {
  const en = english();
  const da = danish();
  await Promise.all([writeExtraction(driver, en.doc, en.x), writeExtraction(driver, da.doc, da.x)]);
  const [china] = await read(driver, 'MATCH (e:Entity {id: "Q148"}) RETURN e.aliases AS aliases');
  expect(china).toEqual({ aliases: ['Kina', 'PRC'] });
  const opposes = await edge(driver, CHINA.id, 'OPPOSES', CLEAN.id);
  expect(opposes).toMatchObject({ evidenceCount: 2, firstSeen: '2020-08-05', lastSeen: '2020-09-01' });
  expect(opposes?.confidence).toBeCloseTo(0.8, 10);
});

test('a document without a date counts from the day it was ingested', async () => {
  const da = danish({ publishedAt: undefined });
  await writeExtraction(driver, da.doc, da.x, { now: new Date('2024-03-09T23:00:00Z') });
  expect(await edge(driver, CHINA.id, 'OPPOSES', CLEAN.id)).toMatchObject({ firstSeen: '2024-03-09', lastSeen: '2024-03-09' });
  const [d] = await read(driver, 'MATCH (d:Document) RETURN d { .* } AS d');
  expect(d).toEqual({
    d: {
      id: da.doc.id, title: 'A test article', url: da.doc.url, source: 'test-da', language: 'da', text: DA_TEXT,
      ingestedAt: '2024-03-09T23:00:00.000Z', publisher: 'test-da',
    },
  });
});

test('rewriting a document with a new extraction replaces what it said before', async () => {
  const en = english();
  const da = danish();
  await writeExtraction(driver, en.doc, en.x);
  await writeExtraction(driver, da.doc, da.x);
  // The English document no longer states OPPOSES nor TARGETS; the Danish one still states OPPOSES.
  const fewer = { ...en.x, relations: en.x.relations.filter((r) => r.predicate !== 'OPPOSES' && r.predicate !== 'TARGETS') };
  const result = await writeExtraction(driver, en.doc, fewer);
  expect(result).toMatchObject({ evidenceRemoved: 2, relationshipsRemoved: 1, relationshipsCreated: 0, evidenceCreated: 0 });
  expect(await edge(driver, CLEAN.id, 'TARGETS', HUAWEI.id)).toBeUndefined();
  expect(await edge(driver, CHINA.id, 'OPPOSES', CLEAN.id)).toMatchObject({
    confidence: 0.5, evidenceCount: 1, firstSeen: '2020-09-01', lastSeen: '2020-09-01',
  });
});

test('documentExists tells a stored document from a new one', async () => {
  const { doc, x } = english();
  expect(await documentExists(driver, doc.id)).toBe(false);
  await writeExtraction(driver, doc, x);
  expect(await documentExists(driver, doc.id)).toBe(true);
});

test('invalid extractions are refused before anything is written; off-ontology relations are skipped', async () => {
  const { doc, x } = english();
  const dangling = { ...x, relations: [{ ...x.relations[0], object: 'Q-not-listed' }] };
  await expect(writeExtraction(driver, doc, dangling)).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  const badOffsets = { ...x, relations: [{ ...x.relations[0], evidence: { sentence: 'x', start: 5, end: 10_000 } }] };
  await expect(writeExtraction(driver, doc, badOffsets)).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  expect(await counts(driver)).toMatchObject({ entities: 0, documents: 0 });

  // Huawei (a Company) cannot ANNOUNCE anything.
  const offOntology = { ...x, relations: [...x.relations, { ...x.relations[1], subject: HUAWEI.id }] };
  const result = await writeExtraction(driver, doc, offOntology);
  expect(result.skipped).toEqual([
    { documentId: doc.id, subject: HUAWEI.id, predicate: 'ANNOUNCED', object: CLEAN.id, reason: 'ANNOUNCED does not join Company to Policy' },
  ]);
  expect(result.relationshipsCreated).toBe(4);
});

test('writeBatch writes the valid documents in one transaction and reports the others', async () => {
  const en = english();
  const da = danish();
  const broken = { doc: makeDoc('Nothing here.'), extraction: { ...da.x, relations: [{ ...da.x.relations[0], predicate: 'LIKES' as RelationshipType }] } };
  const result = await writeBatch(driver, [{ doc: en.doc, extraction: en.x }, broken, { doc: da.doc, extraction: da.x }]);
  expect(result).toMatchObject({
    written: [en.doc.id, da.doc.id], documentsCreated: 2, entitiesCreated: 5, relationshipsCreated: 4, evidenceCreated: 5,
  });
  expect(result.failed).toEqual([{ documentId: broken.doc.id, error: expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }) }]);

  const again = await writeBatch(driver, [{ doc: en.doc, extraction: en.x }, { doc: da.doc, extraction: da.x }]);
  expect(again).toMatchObject({ documentsCreated: 0, entitiesCreated: 0, relationshipsCreated: 0, evidenceCreated: 0, failed: [] });
  expect(await counts(driver)).toEqual({ entities: 5, documents: 2, evidence: 5, mentions: 7, inDocument: 5, relationships: 4 });
});

test('a batch of new documents gets the same edge summaries as recomputing them from evidence', async () => {
  // Two publishers state OPPOSES in one batch: the writer computes the new edge's summary itself.
  const en = english();
  const da = danish();
  await writeBatch(driver, [{ doc: en.doc, extraction: en.x }, { doc: da.doc, extraction: da.x }]);
  const computed = await snapshot(driver);
  expect((await edge(driver, CHINA.id, 'OPPOSES', CLEAN.id))?.sourceCount).toBe(2);
  // Stored as integers, as RECOMPUTE stores them (numbers from JavaScript arrive as floats).
  expect(await read(driver, 'MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT valueType(r.evidenceCount) AS e, valueType(r.sourceCount) AS s'))
    .toEqual([{ e: 'INTEGER NOT NULL', s: 'INTEGER NOT NULL' }]);
  // Rewriting both makes the writer recompute every edge from the evidence in the graph.
  await writeBatch(driver, [{ doc: en.doc, extraction: en.x }, { doc: da.doc, extraction: da.x }]);
  expect(await snapshot(driver)).toEqual(computed);
});

// ---- URL identity: a changed article at the same URL replaces the old version ----

const URL_A = 'https://example.org/news/clean-network';
const S4 = 'Huawei rejected the claims.';

function updated(meta: Partial<StoredDocument>) {
  // The same article, edited: the TARGETS sentence is gone, a sentence is added.
  const text = `${S1} ${S3} ${S4}`;
  const doc = makeDoc(text, { url: URL_A, ...meta });
  return {
    doc,
    x: makeExtraction(doc, 'en', [
      { ...POMPEO, aliases: [...POMPEO.aliases], surfaces: ['Mike Pompeo'] },
      { ...STATE, aliases: [...STATE.aliases], surfaces: [] },
      { ...CLEAN, surfaces: ['Clean Network'] },
      { ...HUAWEI, surfaces: ['Huawei'] },
      { ...CHINA, aliases: ['PRC'], surfaces: ['China'] },
    ], [
      { s: POMPEO.id, p: 'HOLDS_ROLE', o: STATE.id, sentence: S1, confidence: 0.7, role: 'Secretary of State' },
      { s: STATE.id, p: 'ANNOUNCED', o: CLEAN.id, sentence: S1, confidence: 0.8 },
      { s: CHINA.id, p: 'OPPOSES', o: CLEAN.id, sentence: S3, confidence: 0.6 },
      { s: HUAWEI.id, p: 'OPPOSES', o: CLEAN.id, sentence: S4, confidence: 0.5 },
    ]),
  };
}

const docIds = async () => (await read<{ id: string }>(driver, 'MATCH (d:Document) RETURN d.id AS id ORDER BY id')).map((r) => r.id);
const evidenceDocs = async () =>
  (await read<{ id: string }>(driver, 'MATCH (:Evidence)-[:IN_DOCUMENT]->(d:Document) RETURN DISTINCT d.id AS id ORDER BY id')).map((r) => r.id);

test('a changed article at the same URL replaces the old version: its evidence, mentions and orphaned edges go', async () => {
  const old = english({ url: URL_A, publishedAt: '2020-08-05' });
  const da = danish(); // another URL, also states OPPOSES
  const now = updated({ publishedAt: '2020-08-06' });
  await writeBatch(driver, [{ doc: old.doc, extraction: old.x }, { doc: da.doc, extraction: da.x }]);
  expect(await edge(driver, CLEAN.id, 'TARGETS', HUAWEI.id)).toBeDefined();

  const result = await writeBatch(driver, [{ doc: now.doc, extraction: now.x }]);
  expect(result).toMatchObject({ written: [now.doc.id], replaced: [old.doc.id], superseded: [], documentsCreated: 1 });
  expect(await docIds()).toEqual([da.doc.id, now.doc.id].sort());
  expect(await evidenceDocs()).toEqual([da.doc.id, now.doc.id].sort());
  // TARGETS was stated only by the old version: removed with its evidence.
  expect(await edge(driver, CLEAN.id, 'TARGETS', HUAWEI.id)).toBeUndefined();
  // OPPOSES keeps the Danish evidence and gets the new version's; Huawei's is new.
  expect(await edge(driver, CHINA.id, 'OPPOSES', CLEAN.id)).toMatchObject({ evidenceCount: 2, sourceCount: 2, firstSeen: '2020-08-06', lastSeen: '2020-09-01' });
  expect(await edge(driver, HUAWEI.id, 'OPPOSES', CLEAN.id)).toMatchObject({ evidenceCount: 1 });
  expect(await edge(driver, POMPEO.id, 'HOLDS_ROLE', STATE.id)).toMatchObject({ evidenceCount: 1, firstSeen: '2020-08-06' });
  const [mentions] = await read<{ n: number }>(driver, 'MATCH (d:Document {id: $id})-[:MENTIONS]->() RETURN count(*) AS n', { id: now.doc.id });
  expect(mentions.n).toBe(4);
  expect(await counts(driver)).toMatchObject({ documents: 2, mentions: 4 + 3, evidence: 5, inDocument: 5, relationships: 4 });
  const after = await snapshot(driver);

  // The same URL and the same content again: nothing changes.
  await writeBatch(driver, [{ doc: now.doc, extraction: now.x }]);
  expect(await snapshot(driver)).toEqual(after);
  // The replaced version again (a re-run of the same inputs): superseded, nothing changes.
  const stale = await writeBatch(driver, [{ doc: old.doc, extraction: old.x }]);
  expect(stale).toMatchObject({ written: [], superseded: [old.doc.id], replaced: [] });
  expect(await snapshot(driver)).toEqual(after);
  // An older version that was never seen (an earlier publishedAt): superseded too.
  const older = makeDoc(`${S1} An early draft.`, { url: URL_A, publishedAt: '2020-08-01' });
  const early = await writeBatch(driver, [{ doc: older, extraction: makeExtraction(older, 'en', [], []) }]);
  expect(early).toMatchObject({ written: [], superseded: [older.id] });
  expect(await snapshot(driver)).toEqual(after);
  // And the ingest's existence check knows all three as needing no write.
  const known = await knownDocuments(driver, [old.doc, now.doc, older, makeDoc('Brand new.', { url: URL_A })].map((d) => ({ id: d.id, url: d.url })));
  expect([...known].sort()).toEqual([old.doc.id, now.doc.id].sort());
});

test('two versions of one URL in the same batch: the later one lands and replaces the other', async () => {
  const first = english({ url: URL_A, publishedAt: undefined });
  const second = updated({ publishedAt: undefined });
  const result = await writeBatch(driver, [{ doc: first.doc, extraction: first.x }, { doc: second.doc, extraction: second.x }]);
  expect(result).toMatchObject({ written: [second.doc.id], superseded: [first.doc.id], replaced: [] });
  expect(await docIds()).toEqual([second.doc.id]);
  const [d] = await read<{ replaces: string[] }>(driver, 'MATCH (d:Document) RETURN d.replaces AS replaces');
  expect(d.replaces).toEqual([first.doc.id]);
  expect(await edge(driver, CLEAN.id, 'TARGETS', HUAWEI.id)).toBeUndefined();
  const again = await writeBatch(driver, [{ doc: first.doc, extraction: first.x }]);
  expect(again).toMatchObject({ written: [], superseded: [first.doc.id] });
  expect(await docIds()).toEqual([second.doc.id]);
});

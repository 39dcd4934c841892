// Cypher for writing extractions. Every statement takes `$rows` (one transaction may
// carry many documents). Labels and relationship types are chosen from the fixed lists
// of core/ontology.ts when the module loads; input only ever arrives as parameters.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/ontology';
import { evidenceOf, perPublisher, summaryOf } from './summary';

export const DOCUMENT_EXISTS = 'MATCH (d:Document {id: $id}) RETURN d.id AS id LIMIT 1';

// Writers may run concurrently. A read-modify-write of a node or edge first takes its
// write lock (setting and removing a dummy property), so a second writer waits for the
// first to commit and then reads what it wrote, instead of overwriting it.
const LOCK = (v: string) => `SET ${v}._lock = true REMOVE ${v}._lock`;

// Aliases and keys are unioned and kept sorted, so writing the same rows again leaves
// the node exactly as it was. A renamed entity keeps its old name as an alias.
const UNION_ENTITY = `WITH e, row, [n IN [e.name] WHERE n IS NOT NULL AND n <> row.name] AS oldNames
SET e.name = row.name,
    e.nameKey = row.nameKey,
    e.wikidataId = coalesce(row.wikidataId, e.wikidataId),
    e.aliases = COLLECT {
      UNWIND coalesce(e.aliases, []) + oldNames + row.aliases AS a
      WITH a WHERE a <> row.name
      RETURN DISTINCT a ORDER BY a
    },
    e.keys = COLLECT {
      UNWIND coalesce(e.keys, []) + row.keys AS k
      RETURN DISTINCT k ORDER BY k
    }`;

/** rows: {docId, entityIds, evidenceIds}. Drops what an earlier write of the document said and this one does not. */
export const DROP_STALE_MENTIONS = `
UNWIND $rows AS row
MATCH (:Document {id: row.docId})-[m:MENTIONS]->(e:Entity)
WHERE NOT e.id IN row.entityIds
DELETE m`;

/** Same rows; returns the relationships whose evidence was dropped, to recompute them. */
export const DROP_STALE_EVIDENCE = `
UNWIND $rows AS row
MATCH (v:Evidence)-[:IN_DOCUMENT]->(:Document {id: row.docId})
WHERE NOT v.id IN row.evidenceIds
WITH v, v.relId AS relId, v.relType AS relType
DETACH DELETE v
RETURN DISTINCT relId, relType`;

/** rows: {docId, entityId, count, origIds, origCounts}: origIds/origCounts name the merged entities redirected here (else null). */
export const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (e:Entity {id: row.entityId})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = toInteger(row.count), m.origIds = row.origIds, m.origCounts = row.origCounts`;

const mergeRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:${type} {id: row.id}]->(o)`;

/** rows: {id, subject, object}, one statement per relationship type. */
export const MERGE_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, mergeRelationships(t)]),
) as Record<RelationshipType, string>;

/**
 * rows: {id, relId, relType, docId, sentence, start, end, confidence, action, role, status,
 * origSubject, origObject}. The orig* ids are set when a merge redirected the entity the
 * extraction named (so that undoing the merge can move the evidence back); null otherwise.
 */
export const MERGE_EVIDENCE = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MERGE (v:Evidence {id: row.id})
SET v.relId = row.relId, v.relType = row.relType, v.sentence = row.sentence,
    v.start = toInteger(row.start), v.end = toInteger(row.end), v.confidence = toFloat(row.confidence),
    v.action = row.action, v.role = row.role, v.status = row.status,
    v.publishedAt = coalesce(left(d.publishedAt, 10), left(d.ingestedAt, 10)),
    v.publisher = coalesce(d.publisher, d.id),
    v.origSubject = row.origSubject, v.origObject = row.origObject
MERGE (v)-[:IN_DOCUMENT]->(d)`;

// A document created by this transaction has no mentions or evidence yet, and no other
// writer can add any before it commits (they would wait on its lock to MERGE the same
// document, then find it stored and take the MERGE path): its own are CREATEd, which
// skips the existence check and lock of every MERGE.

/** MERGE_MENTIONS for documents this transaction created. */
export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (e:Entity {id: row.entityId})
CREATE (d)-[:MENTIONS {count: toInteger(row.count), origIds: row.origIds, origCounts: row.origCounts}]->(e)`;

/** MERGE_EVIDENCE for documents this transaction created (the same properties; nulls are not stored). */
export const CREATE_EVIDENCE = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
CREATE (v:Evidence {id: row.id, relId: row.relId, relType: row.relType, sentence: row.sentence,
    start: toInteger(row.start), end: toInteger(row.end), confidence: toFloat(row.confidence),
    action: row.action, role: row.role, status: row.status,
    publishedAt: coalesce(left(d.publishedAt, 10), left(d.ingestedAt, 10)),
    publisher: coalesce(d.publisher, d.id),
    origSubject: row.origSubject, origObject: row.origObject})-[:IN_DOCUMENT]->(d)`;

// Everything on the edge is derived from its evidence, never incremented, so a
// rewrite lands on the same values (summary.ts): confidence combines the evidence of
// each publisher at its most confident by noisy-or, sourceCount counts the publishers,
// firstSeen/lastSeen are the earliest and latest evidence dates, and action/role/status
// come from the latest (then most confident) evidence that has one. An edge left with no
// evidence is deleted.
const recompute = (type: RelationshipType) => `
UNWIND $relIds AS relId
MATCH ()-[r:${type} {id: relId}]->()
${LOCK('r')}
WITH r, ${evidenceOf('r', false)} AS evs
WITH r, evs, ${perPublisher('evs')} AS publisherBest
WITH r, evs, { ${summaryOf('evs', 'publisherBest')} } AS s
SET r.evidenceCount = s.evidenceCount, r.sourceCount = s.sourceCount, r.confidence = s.confidence,
    r.firstSeen = s.firstSeen, r.lastSeen = s.lastSeen, r.action = s.action, r.role = s.role, r.status = s.status
WITH r, evs
FOREACH (_ IN CASE WHEN size(evs) = 0 THEN [1] ELSE [] END | DELETE r)`;

/** params: {relIds} (sorted, so concurrent writers lock edges in the same order), one statement per relationship type. */
export const RECOMPUTE_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, recompute(t)]),
) as Record<RelationshipType, string>;

// ---- the batch writer's statements: one of each per transaction, whatever the batch holds ----
// Rows come deduplicated across the batch (one row per entity, edge and evidence) and
// sorted by id, so that concurrent writers take their locks in the same order.

/**
 * rows: {id, url, publishedAt}. The stored documents at the same URL as an incoming one
 * (through the document_url index), for URL identity: a changed article at the same URL
 * replaces the old one. `replaces` lists the content hashes it replaced before. The hint
 * keeps the planner on the URL index: left alone it scanned the id index (the WHERE).
 */
export const SAME_URL = `
UNWIND $rows AS row
MATCH (old:Document {url: row.url})
USING INDEX old:Document(url)
WITH row, old WHERE old.id <> row.id
RETURN row.id AS id, old.id AS oldId, old.publishedAt AS publishedAt, coalesce(old.replaces, []) AS replaces`;

/** params: {ids}. Deletes replaced documents with their mentions and evidence; returns the edges that lost evidence. */
export const DELETE_REPLACED = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (v:Evidence)-[:IN_DOCUMENT]->(d)
WITH d, collect(v) AS evs
WITH d, evs, [v IN evs | {relId: v.relId, relType: v.relType}] AS rels
FOREACH (v IN evs | DETACH DELETE v)
DETACH DELETE d
WITH rels UNWIND rels AS rel
RETURN DISTINCT rel.relId AS relId, rel.relType AS relType`;

/**
 * rows: {id, title, url, source, language, publishedAt, text, ingestedAt, publisher, replaces}.
 * ingestedAt is kept from the first write. Returns {id, created} per row.
 */
export const WRITE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.ingestedAt = row.ingestedAt, d._created = true
SET d.title = row.title, d.url = row.url, d.source = row.source, d.language = row.language,
    d.publishedAt = row.publishedAt, d.text = row.text, d.publisher = row.publisher,
    d.replaces = CASE WHEN size(row.replaces) = 0 THEN d.replaces
      ELSE COLLECT { UNWIND coalesce(d.replaces, []) + row.replaces AS r RETURN DISTINCT r ORDER BY r } END
WITH d, row, d._created IS NOT NULL AS created
REMOVE d._created
RETURN row.id AS id, created`;

/**
 * rows: {id, type, name, nameKey, aliases, keys, wikidataId}, every type in one statement
 * (the type label is a dynamic label, set once, on creation; `type` is checked against the
 * ontology before it gets here). A stored entity is written only when the row adds
 * something (another name, an alias, a key, a wikidataId), so the entities every batch
 * names (China, Huawei) cost an index seek and a comparison, not a write and a full-text
 * re-index; when it does add, it is locked first and unioned (UNION_ENTITY).
 */
export const WRITE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.type), e.name = row.name, e.nameKey = row.nameKey, e.aliases = row.aliases,
    e.keys = row.keys, e.wikidataId = row.wikidataId
WITH e, row WHERE e.name <> row.name
  OR (row.wikidataId IS NOT NULL AND coalesce(e.wikidataId, '') <> row.wikidataId)
  OR any(a IN row.aliases WHERE NOT a IN coalesce(e.aliases, []))
  OR any(k IN row.keys WHERE NOT k IN coalesce(e.keys, []))
${LOCK('e')}
${UNION_ENTITY}`;

// A dynamic relationship type would not use the per-type uniqueness index (MERGE would
// expand between the endpoints, slow between two hubs), so one branch per type.
// Counts go through toInteger: numbers from JavaScript arrive as floats, and an edge must
// read the same whether the writer or RECOMPUTE summarised it.
const mergeTyped = (t: RelationshipType) =>
  `  WITH * WHERE row.type = '${t}' MERGE (s)-[r:${t} {id: row.id}]->(o) ON CREATE SET r._created = true, ${CREATE_SUMMARY} RETURN r`;
const CREATE_SUMMARY = `r.evidenceCount = toInteger(row.summary.evidenceCount), r.sourceCount = toInteger(row.summary.sourceCount),
    r.confidence = toFloat(row.summary.confidence), r.firstSeen = row.summary.firstSeen, r.lastSeen = row.summary.lastSeen,
    r.action = row.summary.action, r.role = row.summary.role, r.status = row.summary.status`;

/**
 * rows: {id, type, subject, object, summary}, every type in one statement. A new edge
 * gets `summary` (its evidence summary, computed by the writer when all its evidence is in
 * this batch, from new documents: exactly what RECOMPUTE would store); returns the ids and
 * types of the edges that must be recomputed from their evidence: those that existed, and
 * those without a summary.
 */
export const WRITE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CALL (row, s, o) {
${RELATIONSHIP_TYPES.map(mergeTyped).join('\n  UNION ALL\n')}
}
WITH row, r, r._created IS NOT NULL AS created
REMOVE r._created
WITH row WHERE NOT created OR row.summary IS NULL
RETURN row.id AS relId, row.type AS relType`;

const findTyped = (t: RelationshipType) => `  MATCH ()-[r:${t} {id: row.relId}]->() WHERE row.relType = '${t}' RETURN r`;

/** rows: {relId, relType} sorted by relId: RECOMPUTE_RELATIONSHIPS for every type in one statement. */
export const RECOMPUTE_ALL = `
UNWIND $rows AS row
CALL (row) {
${RELATIONSHIP_TYPES.map(findTyped).join('\n  UNION ALL\n')}
}
${LOCK('r')}
WITH r, ${evidenceOf('r', false)} AS evs
WITH r, evs, ${perPublisher('evs')} AS publisherBest
WITH r, evs, { ${summaryOf('evs', 'publisherBest')} } AS s
SET r.evidenceCount = s.evidenceCount, r.sourceCount = s.sourceCount, r.confidence = s.confidence,
    r.firstSeen = s.firstSeen, r.lastSeen = s.lastSeen, r.action = s.action, r.role = s.role, r.status = s.status
WITH r, evs
FOREACH (_ IN CASE WHEN size(evs) = 0 THEN [1] ELSE [] END | DELETE r)`;

/** Bumped by every write (ingest and API), so in-process caches (stats) know when to recompute. Last statement of a write. */
export const BUMP_GRAPH_VERSION = `
MERGE (m:GraphVersion {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1`;

export const GRAPH_VERSION = `OPTIONAL MATCH (m:GraphVersion {id: 'graph'}) RETURN coalesce(m.version, 0) AS version`;

/**
 * Whether any merge is active. The writer asks this first: while none is (most of the time),
 * it does not send MERGE_REDIRECTS the names of every entity of the batch, which cost the
 * database more to receive (about 60 ms a batch of 200 documents) than to answer.
 */
export const ACTIVE_MERGE_EXISTS = `RETURN EXISTS { MATCH (m:Merge) WHERE m.undoneAt IS NULL } AS active`;

/**
 * Redirects of merged entities, for the writer, asked only while a merge is active
 * (ACTIVE_MERGE_EXISTS). rows: {id, keys}. For each id: the entity
 * it now lands on, when an active merge merged that id, or (for an id not in the graph)
 * merged an entity one of whose names is among `keys`. Merges chain (A into B, B into C),
 * so the writer follows redirects until none is left.
 */
export const MERGE_REDIRECTS = `
UNWIND $rows AS row
OPTIONAL MATCH (byId:Merge) WHERE byId.undoneAt IS NULL AND row.id IN byId.merged
WITH row, byId ORDER BY byId.at DESC
WITH row, collect(byId)[0] AS byId
OPTIONAL MATCH (g:Merge) WHERE byId IS NULL AND g.undoneAt IS NULL AND any(k IN row.keys WHERE k IN g.mergedKeys)
  AND NOT EXISTS { MATCH (:Entity {id: row.id}) }
WITH row, coalesce(byId, g) AS m ORDER BY m.at DESC
WITH row, collect(m)[0] AS m
WHERE m IS NOT NULL
RETURN row.id AS id, m.keep AS keep`;

export const KEEP_NAMES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type`;

// Merging entities, recorded and reversible. A merge moves the merged entities' aliases,
// mentions and relationships to the kept entity and deletes them, keeping a snapshot of
// their properties in a (:Merge) node. Every evidence and mention that moves remembers
// the entity the extraction named (`origSubject`/`origObject` on evidence, `origIds`/
// `origCounts` on MENTIONS); the writer does the same for later ingests it redirects. Undo
// recreates the entities from the snapshot and moves back everything whose original
// entity no longer resolves to the kept one: what was merged and what arrived since.
import { AppError, ErrorCode, notFound } from '../core/errors';
import { RELATIONSHIP_TYPES, isRelationshipType, type RelationshipType } from '../core/ontology';
import { type Driver, type Run, read, writeTransaction } from './db';
import { BUMP_GRAPH_VERSION, MERGE_RELATIONSHIPS } from './ingest';
import { evidenceId, nameKey, relationshipId } from './keys';
import { recompute } from './mutations';

export interface MergeRecord {
  id: string;
  keep: string;
  merged: string[];
  mergedNames: string[];
  by: string;
  at: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

const MERGE_FIELDS = 'g { .id, .keep, .merged, .mergedNames, .by, .at, .undoneAt, .undoneBy }';

interface EntitySnapshot { id: string; type: string; props: Record<string, unknown> }

/** params: {ids}. Locks and returns the entities (all their properties and their type). */
export const LOCK_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true REMOVE e._lock
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, properties(e) AS props`;

/** params: {keep, merged}. Moves MENTIONS of the merged entities to the kept one, remembering where each came from. */
export const MOVE_MENTIONS = `
MATCH (k:Entity {id: $keep})
UNWIND $merged AS mid
MATCH (d:Document)-[mm:MENTIONS]->(m:Entity {id: mid})
MERGE (d)-[km:MENTIONS]->(k)
WITH mm, km, m, mm.count - reduce(s = 0, c IN coalesce(mm.origCounts, []) | s + c) AS own
SET km.count = coalesce(km.count, 0) + mm.count,
    km.origIds = coalesce(km.origIds, []) + coalesce(mm.origIds, []) + [m.id],
    km.origCounts = coalesce(km.origCounts, []) + coalesce(mm.origCounts, []) + [own]
DELETE mm`;

/** params: {ids, types}. The typed edges of these entities. */
export const EDGES_OF = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-()
WHERE type(r) IN $types
RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target`;

/** params: {relIds}. The evidence of these edges, with what its id is made of. */
export const EVIDENCE_OF = `
UNWIND $relIds AS relId
MATCH (v:Evidence {relId: relId})-[:IN_DOCUMENT]->(d:Document)
RETURN v.id AS id, relId, d.id AS docId, v.start AS start, v.end AS end, v.origSubject AS origSubject, v.origObject AS origObject`;

/** params: {rows: {oldId, newId, relId, relType, origSubject, origObject, drop}}. Re-points evidence; a duplicate is dropped. */
export const MOVE_EVIDENCE = `
UNWIND $rows AS row
MATCH (v:Evidence {id: row.oldId})
FOREACH (_ IN CASE WHEN row.drop THEN [1] ELSE [] END | DETACH DELETE v)
WITH v, row WHERE NOT row.drop
SET v.id = row.newId, v.relId = row.relId, v.relType = row.relType, v.origSubject = row.origSubject, v.origObject = row.origObject`;

/** params: {ids}. Which of these evidence ids exist. */
export const EXISTING_EVIDENCE = 'UNWIND $ids AS id MATCH (v:Evidence {id: id}) RETURN id';

/** params: {keep, aliases, keys, name, nameKey, wikidataId}. */
export const SET_NAMES = `
MATCH (e:Entity {id: $keep})
SET e.name = $name, e.nameKey = $nameKey, e.aliases = $aliases, e.keys = $keys, e.wikidataId = $wikidataId`;

export const DELETE_ENTITIES = 'UNWIND $ids AS id MATCH (e:Entity {id: id}) DETACH DELETE e';

/** params: {merge}. */
export const CREATE_MERGE = `CREATE (g:Merge) SET g = $merge RETURN ${MERGE_FIELDS} AS merge`;
export const GET_MERGE = `MATCH (g:Merge {id: $id}) SET g._lock = true REMOVE g._lock RETURN ${MERGE_FIELDS} AS merge, g.snapshot AS snapshot, g.keepBefore AS keepBefore, g.mergedAliases AS mergedAliases`;
export const MERGE_BY_ID = `MATCH (g:Merge {id: $id}) RETURN ${MERGE_FIELDS} AS merge`;
export const ACTIVE_MERGES = 'MATCH (g:Merge) WHERE g.undoneAt IS NULL RETURN g.id AS id, g.keep AS keep, g.merged AS merged';
export const MARK_UNDONE = `MATCH (g:Merge {id: $id}) SET g.undoneAt = $at, g.undoneBy = $by RETURN ${MERGE_FIELDS} AS merge`;

/** params: {entities: [{id, type, props}]}: recreates entities; one statement per type, chosen from the ontology. */
const recreate = (type: string) => `UNWIND $entities AS x CREATE (e:Entity:${type}) SET e = x.props`;

/** params: {keep}. The MENTIONS of the kept entity that carry merged parts. */
export const KEEP_MENTIONS = `
MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: $keep}) WHERE m.origIds IS NOT NULL
RETURN d.id AS docId, m.count AS count, m.origIds AS origIds, m.origCounts AS origCounts`;

/** params: {keep, rows: {docId, count, origIds, origCounts}, moves: {docId, entityId, count, origIds, origCounts}}. */
export const SET_KEEP_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})-[m:MENTIONS]->(:Entity {id: $keep})
FOREACH (_ IN CASE WHEN row.count <= 0 THEN [1] ELSE [] END | DELETE m)
WITH m, row WHERE row.count > 0
SET m.count = row.count, m.origIds = row.origIds, m.origCounts = row.origCounts`;
export const ADD_MENTIONS = `
UNWIND $moves AS row
MATCH (d:Document {id: row.docId}), (e:Entity {id: row.entityId})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = coalesce(m.count, 0) + row.count,
    m.origIds = CASE WHEN row.origIds IS NULL THEN m.origIds ELSE coalesce(m.origIds, []) + row.origIds END,
    m.origCounts = CASE WHEN row.origIds IS NULL THEN m.origCounts ELSE coalesce(m.origCounts, []) + row.origCounts END`;

/** params: {keep, types}. Evidence on the kept entity's edges that came from another entity. */
export const REDIRECTED_EVIDENCE = `
MATCH (:Entity {id: $keep})-[r]-() WHERE type(r) IN $types
WITH DISTINCT r
MATCH (v:Evidence {relId: r.id})-[:IN_DOCUMENT]->(d:Document)
WHERE v.origSubject IS NOT NULL OR v.origObject IS NOT NULL
RETURN v.id AS id, r.id AS relId, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
  d.id AS docId, v.start AS start, v.end AS end, v.origSubject AS origSubject, v.origObject AS origObject`;

interface EvidenceMove {
  id: string; docId: string; start: number; end: number; type: RelationshipType;
  oldRelId: string; source: string; target: string; origSubject: string | null; origObject: string | null;
}

/**
 * Moves evidence to the edges (source, type, target) it now belongs to: creates the edges,
 * re-ids the evidence (ids derive from the edge), drops duplicates of evidence already
 * there, and recomputes old and new edges (an edge left without evidence is deleted).
 */
async function moveEvidence(run: Run, moves: EvidenceMove[]): Promise<void> {
  if (moves.length === 0) return;
  const newEdges = new Map<RelationshipType, Map<string, { id: string; subject: string; object: string }>>();
  const rows = moves.map((m) => {
    const relId = relationshipId(m.source, m.type, m.target);
    if (!newEdges.has(m.type)) newEdges.set(m.type, new Map());
    newEdges.get(m.type)!.set(relId, { id: relId, subject: m.source, object: m.target });
    return { oldId: m.id, newId: evidenceId(relId, m.docId, m.start, m.end), relId, relType: m.type, origSubject: m.origSubject, origObject: m.origObject, drop: false };
  });
  for (const [type, edges] of newEdges) await run(MERGE_RELATIONSHIPS[type], { rows: [...edges.values()] });
  const moving = new Set(rows.map((r) => r.oldId));
  const existing = new Set((await run<{ id: string }>(EXISTING_EVIDENCE, { ids: rows.map((r) => r.newId) })).rows.map((r) => r.id));
  const taken = new Set<string>();
  for (const r of rows) {
    // Already there (and not itself about to move away), or taken by another in this move.
    if (r.newId !== r.oldId && ((existing.has(r.newId) && !moving.has(r.newId)) || taken.has(r.newId))) r.drop = true;
    taken.add(r.newId);
  }
  // Two steps, so that a new id never collides with an old one still in place.
  await run(MOVE_EVIDENCE, { rows: rows.map((r) => ({ ...r, newId: `moving:${r.newId}` })) });
  await run(MOVE_EVIDENCE, { rows: rows.filter((r) => !r.drop).map((r) => ({ ...r, oldId: `moving:${r.newId}` })) });
  await recompute(run, [
    ...moves.map((m) => ({ relId: m.oldRelId, relType: m.type })),
    ...rows.map((r) => ({ relId: r.relId, relType: r.relType })),
  ]);
}

const union = (...lists: Array<readonly unknown[] | null | undefined>): string[] =>
  [...new Set(lists.flatMap((l) => (l ?? []).filter((x): x is string => typeof x === 'string' && x !== '')))].sort();

export interface MergeArgs { keep: string; merge: readonly string[]; by: string; at: string; id: string }

export async function mergeEntities(driver: Driver, args: MergeArgs): Promise<MergeRecord> {
  const merged = [...new Set(args.merge)];
  if (merged.includes(args.keep)) throw new AppError(ErrorCode.BAD_USER_INPUT, 'an entity cannot be merged into itself');
  return writeTransaction(driver, async (run) => {
    const found = (await run<EntitySnapshot>(LOCK_ENTITIES, { ids: [args.keep, ...merged] })).rows;
    const byId = new Map(found.map((e) => [e.id, e]));
    const missing = [args.keep, ...merged].filter((id) => !byId.has(id));
    if (missing.length > 0) throw notFound(`no entity with id ${missing.join(', ')}`);
    const keep = byId.get(args.keep)!;
    const gone = merged.map((id) => byId.get(id)!);

    await run(MOVE_MENTIONS, { keep: args.keep, merged });
    const edges = (await run<{ id: string; type: string; source: string; target: string }>(EDGES_OF, { ids: merged, types: RELATIONSHIP_TYPES })).rows;
    const edgeById = new Map(edges.map((e) => [e.id, e]));
    const evidence = (await run<{ id: string; relId: string; docId: string; start: number; end: number; origSubject: string | null; origObject: string | null }>(
      EVIDENCE_OF, { relIds: edges.map((e) => e.id) })).rows;
    const isMerged = new Set(merged);
    await moveEvidence(run, evidence.flatMap((v) => {
      const e = edgeById.get(v.relId)!;
      if (!isRelationshipType(e.type)) return [];
      return [{
        id: v.id, docId: v.docId, start: v.start, end: v.end, type: e.type, oldRelId: e.id,
        source: isMerged.has(e.source) ? args.keep : e.source, target: isMerged.has(e.target) ? args.keep : e.target,
        origSubject: v.origSubject ?? (isMerged.has(e.source) ? e.source : null),
        origObject: v.origObject ?? (isMerged.has(e.target) ? e.target : null),
      }];
    }));

    const p = keep.props;
    const mergedAliases = union(gone.flatMap((g) => [g.props.name, ...((g.props.aliases as string[]) ?? [])]));
    const aliases = union(p.aliases as string[], mergedAliases).filter((a) => a !== p.name);
    await run(SET_NAMES, {
      keep: args.keep, name: p.name, nameKey: p.nameKey ?? nameKey(String(p.name)), wikidataId: p.wikidataId ?? null,
      aliases, keys: union(p.keys as string[], ...gone.map((g) => g.props.keys as string[]), mergedAliases.map(nameKey)),
    });
    await run(DELETE_ENTITIES, { ids: merged });
    const record = {
      id: args.id, keep: args.keep, merged, mergedNames: gone.map((g) => String(g.props.name)), by: args.by, at: args.at,
      mergedKeys: union(...gone.map((g) => g.props.keys as string[]), mergedAliases.map(nameKey)),
      mergedAliases,
      snapshot: JSON.stringify(gone),
      keepBefore: JSON.stringify({ name: p.name, aliases: p.aliases ?? [], wikidataId: p.wikidataId ?? null }),
    };
    const [{ merge }] = (await run<{ merge: MergeRecord }>(CREATE_MERGE, { merge: record })).rows;
    await run(BUMP_GRAPH_VERSION);
    return merge;
  });
}

export async function undoMerge(driver: Driver, args: { id: string; by: string; at: string }): Promise<MergeRecord> {
  return writeTransaction(driver, async (run) => {
    const [row] = (await run<{ merge: MergeRecord; snapshot: string; keepBefore: string; mergedAliases: string[] }>(GET_MERGE, { id: args.id })).rows;
    if (!row) throw notFound(`no merge with id ${args.id}`);
    const m = row.merge;
    if (m.undoneAt) throw new AppError(ErrorCode.CONFLICT, `merge ${m.id} was undone already`);
    const present = (await run<EntitySnapshot>(LOCK_ENTITIES, { ids: [m.keep, ...m.merged] })).rows;
    const keep = present.find((e) => e.id === m.keep);
    if (!keep) {
      const later = (await run<{ id: string; keep: string; merged: string[] }>(ACTIVE_MERGES)).rows.find((g) => g.merged.includes(m.keep));
      throw new AppError(ErrorCode.CONFLICT, `entity ${m.keep} was merged again later${later ? ` (merge ${later.id})` : ''}; undo that first`);
    }
    if (present.length > 1) throw new AppError(ErrorCode.CONFLICT, `an entity with a merged id exists again: ${present.filter((e) => e !== keep).map((e) => e.id).join(', ')}`);
    const [{ merge }] = (await run<{ merge: MergeRecord }>(MARK_UNDONE, { id: m.id, at: args.at, by: args.by })).rows;

    // Where an entity now lands: through the merges still in force.
    const active = new Map<string, string>();
    for (const g of (await run<{ keep: string; merged: string[] }>(ACTIVE_MERGES)).rows) for (const id of g.merged) active.set(id, g.keep);
    const resolve = (id: string): string => {
      for (let i = 0; i < 50 && active.has(id); i++) id = active.get(id)!;
      return id;
    };

    const snapshot = JSON.parse(row.snapshot) as EntitySnapshot[];
    const byType = new Map<string, EntitySnapshot[]>();
    for (const e of snapshot) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
    for (const [type, entities] of byType) {
      if (!/^[A-Z][A-Za-z]*$/.test(type)) continue;
      await run(recreate(type), { entities });
    }

    const before = JSON.parse(row.keepBefore) as { name: string; aliases: string[]; wikidataId: string | null };
    const mergedAliases = new Set(row.mergedAliases ?? []);
    const kp = keep.props;
    const aliases = union(before.aliases, ((kp.aliases as string[]) ?? []).filter((a) => !mergedAliases.has(a) || before.aliases.includes(a)))
      .filter((a) => a !== before.name);
    await run(SET_NAMES, {
      keep: m.keep, name: before.name, nameKey: nameKey(before.name), wikidataId: before.wikidataId,
      aliases, keys: union([before.name, ...aliases].map(nameKey)),
    });

    const evidence = (await run<{ id: string; relId: string; type: string; source: string; target: string; docId: string; start: number; end: number; origSubject: string | null; origObject: string | null }>(
      REDIRECTED_EVIDENCE, { keep: m.keep, types: RELATIONSHIP_TYPES })).rows;
    await moveEvidence(run, evidence.flatMap((v) => {
      if (!isRelationshipType(v.type)) return [];
      const source = v.origSubject ? resolve(v.origSubject) : v.source;
      const target = v.origObject ? resolve(v.origObject) : v.target;
      if (source === v.source && target === v.target) return [];
      return [{
        id: v.id, docId: v.docId, start: v.start, end: v.end, type: v.type, oldRelId: v.relId, source, target,
        origSubject: v.origSubject && resolve(v.origSubject) !== v.origSubject ? v.origSubject : null,
        origObject: v.origObject && resolve(v.origObject) !== v.origObject ? v.origObject : null,
      }];
    }));

    const mentions = (await run<{ docId: string; count: number; origIds: string[]; origCounts: number[] }>(KEEP_MENTIONS, { keep: m.keep })).rows;
    const rows: unknown[] = [];
    const moves: unknown[] = [];
    for (const mn of mentions) {
      const stay = { ids: [] as string[], counts: [] as number[] };
      let count = mn.count;
      mn.origIds.forEach((o, i) => {
        const c = mn.origCounts[i] ?? 0;
        const to = resolve(o);
        if (to === m.keep) {
          stay.ids.push(o);
          stay.counts.push(c);
          return;
        }
        count -= c;
        moves.push({ docId: mn.docId, entityId: to, count: c, origIds: to === o ? null : [o], origCounts: to === o ? null : [c] });
      });
      rows.push({ docId: mn.docId, count, origIds: stay.ids.length ? stay.ids : null, origCounts: stay.ids.length ? stay.counts : null });
    }
    await run(SET_KEEP_MENTIONS, { keep: m.keep, rows });
    await run(ADD_MENTIONS, { moves });
    await run(BUMP_GRAPH_VERSION);
    return merge;
  });
}

export async function mergeById(driver: Driver, id: string): Promise<MergeRecord | null> {
  const [row] = await read<{ merge: MergeRecord }>(driver, MERGE_BY_ID, { id });
  return row?.merge ?? null;
}

// Writes made through the API: deleting a document and adding an alias. Merges are in
// merge.ts. Each runs in one write transaction and bumps the graph version.
import { isRelationshipType, type RelationshipType } from '../core/ontology';
import { type Driver, type Run, writeTransaction } from './db';
import { BUMP_GRAPH_VERSION, RECOMPUTE_RELATIONSHIPS } from './ingest';

/** params: {id}. Deletes the document, its mentions and evidence; returns the edges that lost evidence. */
export const DELETE_DOCUMENT = `
MATCH (d:Document {id: $id})
OPTIONAL MATCH (v:Evidence)-[:IN_DOCUMENT]->(d)
WITH d, collect(v) AS evs
WITH d, evs, [v IN evs | {relId: v.relId, relType: v.relType}] AS rels
FOREACH (v IN evs | DETACH DELETE v)
DETACH DELETE d
RETURN rels`;

/** Recomputes edges from their evidence (deleting those left without), grouped by type, in id order. */
export async function recompute(run: Run, rels: ReadonlyArray<{ relId: string; relType: string }>): Promise<number> {
  const byType = new Map<RelationshipType, Set<string>>();
  for (const r of rels) {
    if (!isRelationshipType(r.relType)) continue;
    if (!byType.has(r.relType)) byType.set(r.relType, new Set());
    byType.get(r.relType)!.add(r.relId);
  }
  let removed = 0;
  for (const [type, ids] of byType) removed += (await run(RECOMPUTE_RELATIONSHIPS[type], { relIds: [...ids].sort() })).stats.relationshipsDeleted;
  return removed;
}

/** False when there was no such document. */
export async function deleteDocument(driver: Driver, id: string): Promise<boolean> {
  return writeTransaction(driver, async (run) => {
    const { rows } = await run<{ rels: Array<{ relId: string; relType: string }> }>(DELETE_DOCUMENT, { id });
    if (rows.length === 0) return false;
    await recompute(run, rows[0].rels);
    await run(BUMP_GRAPH_VERSION);
    return true;
  });
}

/** params: {id, alias, key}. Returns the entity's id when it exists. */
export const ADD_ALIAS = `
MATCH (e:Entity {id: $id})
SET e.aliases = CASE WHEN $alias = e.name OR $alias IN coalesce(e.aliases, []) THEN e.aliases
      ELSE COLLECT { UNWIND coalesce(e.aliases, []) + [$alias] AS a RETURN DISTINCT a ORDER BY a } END,
    e.keys = COLLECT { UNWIND coalesce(e.keys, []) + [$key] AS k RETURN DISTINCT k ORDER BY k }
RETURN e.id AS id`;

export async function addAlias(driver: Driver, id: string, alias: string, key: string): Promise<boolean> {
  return writeTransaction(driver, async (run) => {
    const { rows } = await run(ADD_ALIAS, { id, alias, key });
    if (rows.length === 0) return false;
    await run(BUMP_GRAPH_VERSION);
    return true;
  });
}

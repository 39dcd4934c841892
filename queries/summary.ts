// What a relationship says, computed from its evidence: shared by the writer (which stores
// it on the edge) and by the `asOf` readers (which compute it from the evidence published
// up to a date). Cypher fragments over a list `evs` of Evidence nodes ordered by
// (publishedAt, confidence, id), so the last one with a value is the latest.
import { RELATIONSHIP_TYPES } from '../core/ontology';
import type { RelationshipRecord } from './relationships';

/** The evidence of `r`, optionally only that published up to $asOf, in summary order. */
export const evidenceOf = (r: string, asOf: boolean): string => `COLLECT {
  MATCH (v:Evidence {relId: ${r}.id})${asOf ? ' WHERE v.publishedAt <= $asOf' : ''}
  RETURN v ORDER BY v.publishedAt, v.confidence, v.id
}`;

// Sources count, not repetitions: each publisher's evidence counts once, at its most
// confident, and publishers combine by noisy-or. A publisher is the document's source,
// else its URL host, else the document itself (see ingest/write.ts).
export const perPublisher = (evs: string) => `COLLECT {
  UNWIND ${evs} AS v
  WITH coalesce(v.publisher, v.id) AS publisher, max(v.confidence) AS c
  RETURN c
}`;

/**
 * Map entries (no braces) of the summary of `evs`; `best` names perPublisher(evs), bound
 * beforehand so that it is computed once (it was twice, a fifth of recomputing an edge).
 */
export const summaryOf = (evs: string, best: string): string => `
  evidenceCount: size(${evs}),
  sourceCount: size(${best}),
  confidence: 1.0 - reduce(p = 1.0, c IN ${best} | p * (1.0 - c)),
  firstSeen: reduce(m = null, v IN ${evs} | CASE WHEN m IS NULL OR v.publishedAt < m THEN v.publishedAt ELSE m END),
  lastSeen: reduce(m = null, v IN ${evs} | CASE WHEN m IS NULL OR v.publishedAt > m THEN v.publishedAt ELSE m END),
  action: last([v IN ${evs} WHERE v.action IS NOT NULL | v.action]),
  role: last([v IN ${evs} WHERE v.role IS NOT NULL | v.role]),
  status: last([v IN ${evs} WHERE v.status IS NOT NULL | v.status])`;

/** The map projection of a stored relationship `r` as a RelationshipRecord. */
export const relationshipFields = (r: string): string => `${r} { .id, .confidence, .firstSeen, .lastSeen, .evidenceCount,
  .action, .role, .status, sourceCount: coalesce(${r}.sourceCount, ${r}.evidenceCount),
  type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id }`;

// The same record as a list, for reads of hundreds of edges: the driver builds each map
// with Object.defineProperty per key, which made unpacking 1,000 edge maps cost ~9 ms.
/** The list form of relationshipFields; read it back with relationshipFromTuple. */
export const relationshipTuple = (r: string): string => `[${r}.id, type(${r}), startNode(${r}).id, endNode(${r}).id, ${r}.confidence,
  coalesce(${r}.sourceCount, ${r}.evidenceCount), ${r}.firstSeen, ${r}.lastSeen, ${r}.evidenceCount, ${r}.action, ${r}.role, ${r}.status]`;

type Tuple = readonly unknown[];
/** The record relationshipTuple listed (the same fields relationshipFields gives). */
export function relationshipFromTuple(t: Tuple): RelationshipRecord {
  return {
    id: t[0] as string, type: t[1] as RelationshipRecord['type'], sourceId: t[2] as string, targetId: t[3] as string,
    confidence: t[4] as number, sourceCount: t[5] as number, firstSeen: t[6] as string | null, lastSeen: t[7] as string | null,
    evidenceCount: t[8] as number, action: t[9] as string | null, role: t[10] as string | null, status: t[11] as string | null,
  };
}

/**
 * Cypher that binds `rel` for the edge `r`: its stored record, or (asOf) its record as of
 * $asOf, null when nothing published by then states it.
 */
export function bindRelationship(asOf: boolean, r = 'r'): string {
  if (!asOf) return `WITH *, ${relationshipFields(r)} AS rel`;
  return `WITH *, ${evidenceOf(r, true)} AS evs
WITH *, ${perPublisher('evs')} AS publisherBest
WITH *, CASE WHEN size(evs) = 0 THEN null ELSE ${r} { .id, type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id,
  ${summaryOf('evs', 'publisherBest')} } END AS rel`;
}

/**
 * A subquery that finds the edge `r` of type `typeVar` with id `idVar` through the
 * uniqueness index of its type: Neo4j has no index across relationship types, so there
 * is one branch per type (from the ontology) and only the matching one finds anything.
 */
export const relationshipById = (idVar: string, typeVar: string): string => `CALL (${idVar}, ${typeVar}) {
${RELATIONSHIP_TYPES.map((t) => `  MATCH ()-[r:${t} {id: ${idVar}}]->() WHERE ${typeVar} = '${t}' RETURN r`).join('\n  UNION ALL\n')}
}`;

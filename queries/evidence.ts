// Reading the evidence of relationships, batched by relationship id.
import { type Driver, read } from './db';

export interface EvidenceRecord {
  id: string;
  relId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  publishedAt: string | null;
  documentId: string;
}

// Most confident first, then the newest: the best support for the edge leads.
const EVIDENCE_FIELDS = 'v { .id, .relId, .sentence, .start, .end, .confidence, .publishedAt, documentId: d.id }';

/** params: {relIds, first, asOf}. One row per relationship id: {relId, evidence: [..]}; asOf: only evidence published by then. */
export const EVIDENCE_BY_RELATIONSHIP_IDS = `
UNWIND $relIds AS relId
RETURN relId, COLLECT {
  MATCH (v:Evidence {relId: relId})-[:IN_DOCUMENT]->(d:Document)
  WHERE $asOf IS NULL OR v.publishedAt <= $asOf
  WITH v, d ORDER BY v.confidence DESC, v.publishedAt DESC, v.id
  LIMIT toInteger($first)
  RETURN ${EVIDENCE_FIELDS}
} AS evidence`;

/** params: {ids}. One row per evidence id found. */
export const EVIDENCE_BY_IDS = `
UNWIND $ids AS id
MATCH (v:Evidence {id: id})-[:IN_DOCUMENT]->(d:Document)
RETURN id, ${EVIDENCE_FIELDS} AS evidence`;

export async function evidenceByIds(driver: Driver, ids: readonly string[]): Promise<Array<EvidenceRecord | null>> {
  const rows = await read<{ id: string; evidence: EvidenceRecord }>(driver, EVIDENCE_BY_IDS, { ids });
  const byId = new Map(rows.map((r) => [r.id, r.evidence]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The first `first` pieces of evidence of each relationship, in the order of `relIds`. */
export async function evidenceByRelationshipIds(
  driver: Driver, relIds: readonly string[], first: number, asOf: string | null = null,
): Promise<EvidenceRecord[][]> {
  const rows = await read<{ relId: string; evidence: EvidenceRecord[] }>(driver, EVIDENCE_BY_RELATIONSHIP_IDS, { relIds, first, asOf });
  const byId = new Map(rows.map((r) => [r.relId, r.evidence]));
  return relIds.map((id) => byId.get(id) ?? []);
}

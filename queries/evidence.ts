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
/** params: {relIds, first}. One row per relationship id: {relId, evidence: [..]}. */
export const EVIDENCE_BY_RELATIONSHIP_IDS = `
UNWIND $relIds AS relId
RETURN relId, COLLECT {
  MATCH (v:Evidence {relId: relId})-[:IN_DOCUMENT]->(d:Document)
  WITH v, d ORDER BY v.confidence DESC, v.publishedAt DESC, v.id
  LIMIT toInteger($first)
  RETURN v { .id, .relId, .sentence, .start, .end, .confidence, .publishedAt, documentId: d.id }
} AS evidence`;

/** The first `first` pieces of evidence of each relationship, in the order of `relIds`. */
export async function evidenceByRelationshipIds(
  driver: Driver, relIds: readonly string[], first: number,
): Promise<EvidenceRecord[][]> {
  const rows = await read<{ relId: string; evidence: EvidenceRecord[] }>(driver, EVIDENCE_BY_RELATIONSHIP_IDS, { relIds, first });
  const byId = new Map(rows.map((r) => [r.relId, r.evidence]));
  return relIds.map((id) => byId.get(id) ?? []);
}

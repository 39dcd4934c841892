// A policy and what surrounds it, in one statement.
import { type Driver, read } from './db';
import type { RelationshipKey } from './relationships';

export interface PolicyRecord {
  policyId: string;
  tracks: string[];
  partOf: string[];
  announcedBy: string[];
  targets: RelationshipKey[];
  supporters: string[];
  opponents: string[];
}

/** params: {id}. One row when the entity exists and is a Policy. */
export const POLICY = `
MATCH (p:Policy:Entity {id: $id})
RETURN p.id AS policyId,
  COLLECT { MATCH (t:Policy)-[:PART_OF]->(p) RETURN t.id ORDER BY t.name, t.id } AS tracks,
  COLLECT { MATCH (p)-[:PART_OF]->(q:Policy) RETURN q.id ORDER BY q.name, q.id } AS partOf,
  COLLECT { MATCH (x)-[:ANNOUNCED]->(p) RETURN DISTINCT x.id AS id ORDER BY id } AS announcedBy,
  COLLECT {
    MATCH (p)<-[:PART_OF]-{0,1}(:Policy)-[r:TARGETS]->()
    RETURN DISTINCT {id: r.id, type: 'TARGETS'} AS key ORDER BY key.id
  } AS targets,
  COLLECT { MATCH (x)-[:SUPPORTS]->(p) RETURN DISTINCT x.id AS id ORDER BY id } AS supporters,
  COLLECT { MATCH (x)-[:OPPOSES]->(p) RETURN DISTINCT x.id AS id ORDER BY id } AS opponents`;

export async function policyById(driver: Driver, id: string): Promise<PolicyRecord | null> {
  const [row] = await read<PolicyRecord>(driver, POLICY, { id });
  return row ?? null;
}

// Constraints and indexes, all `IF NOT EXISTS` so applySchema() can run on every start.
// The model they serve is described in schema/README.md.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/ontology';
import { type Driver, write } from './db';

/** Full-text index over names and aliases, for `search`. */
export const ENTITY_SEARCH_INDEX = 'entity_search';
/** Full-text index with the keyword analyzer over the normalised names, for exact lookups. */
export const ENTITY_KEYS_INDEX = 'entity_keys';

// One uniqueness constraint per relationship type: Neo4j has no constraint across all
// types. The type comes from the fixed list, never from input.
const relationshipIdConstraint = (t: RelationshipType) =>
  `CREATE CONSTRAINT rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE`;

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE',
  ...RELATIONSHIP_TYPES.map(relationshipIdConstraint),
  'CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE',
  'CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (m:GraphVersion) REQUIRE m.id IS UNIQUE',
  'CREATE INDEX evidence_rel_id IF NOT EXISTS FOR (v:Evidence) ON (v.relId)',
  'CREATE INDEX evidence_published_at IF NOT EXISTS FOR (v:Evidence) ON (v.publishedAt)',
  'CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey)',
  'CREATE INDEX document_url IF NOT EXISTS FOR (d:Document) ON (d.url)',
  `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  `CREATE FULLTEXT INDEX ${ENTITY_KEYS_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.keys]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'keyword' } }`,
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(toInteger($seconds))';

export interface SchemaOptions {
  /** How long to wait for new indexes to come online. */
  awaitSeconds?: number;
  debugCypher?: boolean;
}

/** Creates what is missing and waits until every index is online. Safe to run again. */
export async function applySchema(driver: Driver, { awaitSeconds = 120 }: SchemaOptions = {}): Promise<void> {
  // Schema commands cannot share a transaction with each other's data, so one each.
  for (const statement of SCHEMA_STATEMENTS) await write(driver, statement);
  await write(driver, AWAIT_INDEXES, { seconds: awaitSeconds });
}

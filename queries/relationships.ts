// Reading relationships: an entity's, one page at a time for many entities at once; all
// of them through a filter; by id; and those first seen in a window. With `asOf`, each is
// recomputed from the evidence published up to that date (summary.ts).
import { ENTITY_TYPES, RELATIONSHIP_TYPES, type EntityType, type RelationshipType } from '../core/ontology';
import { type Driver, read, readTransaction } from './db';
import { bindRelationship, relationshipById, relationshipFields } from './summary';
import { type EntityRecord, entityFromTuple, entityTuple } from './entities';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  confidence: number;
  sourceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  evidenceCount: number;
  action: string | null;
  role: string | null;
  status: string | null;
  /** Set by the server when the record was read as of a date (its evidence is then cut there too). */
  asOf?: string | null;
}

export interface RelationshipPage {
  totalCount: number;
  /** Up to `limit` relationships, ordered by id. */
  relationships: RelationshipRecord[];
  /**
   * The far end of each relationship of an entity's page (relationshipPages), read with it:
   * a page's resolvers name both ends, and the entity itself is loaded already, so no
   * further statement is needed for them.
   */
  ends?: EntityRecord[];
}

export const RELATIONSHIP_FIELDS = relationshipFields('r');

// A pattern cannot take its direction or its types from a parameter, so each (direction,
// set of types, asOf) has its own statement, built from the fixed lists of
// core/ontology.ts and kept once built. Typed patterns never touch MENTIONS.
const ARROW: Record<Direction, [string, string]> = { OUT: ['-', '->'], IN: ['<-', '-'], BOTH: ['-', '-'] };
const typed = (types: readonly RelationshipType[]) => types.join('|');
const degreeOf = (direction: Direction, types: readonly RelationshipType[]) =>
  `COUNT { (e)${ARROW[direction][0]}[:${typed(types)}]${ARROW[direction][1]}() }`;
/** Which end of the edge `(a)-[r]->(b)` the entity `e` is. */
const ENDS: Record<Direction, string> = { OUT: 'a = e', IN: 'b = e', BOTH: '(a = e OR b = e)' };

/** The edge filter every asOf read adds: something published by then states it. */
const seenBy = (asOf: boolean, r = 'r') => (asOf ? ` AND ${r}.firstSeen <= $asOf` : '');

// Pages are keyed on the edge id, which is unique and never changes, so a cursor (the
// last id seen) stays valid while edges are added. Each type gives its first `limit`
// edges by id, the smallest `limit` of those make the page. An entity's edges of one
// type are read in one of two ways, whichever reads fewer records: expanding all of
// them and keeping the smallest ids (cost: its degree k), or walking the type's id index
// in order from the cursor and keeping the edges at the entity (cost: about limit * n / k
// for n edges of the type) -- the second is what keeps a hub's first page from costing
// its tens of thousands of edges. Degrees come from the degree store and n from the
// count store, so the choice itself reads almost nothing. The choice is the index walk's
// lower bound, null when it is not taken: a filter would be planned after the index seek
// (PROFILE showed the whole index read for a small entity), a null bound seeks nothing.
// With asOf, only expansion.
const typeBranch = (direction: Direction, type: RelationshipType, asOf: boolean) => {
  const [left, right] = ARROW[direction];
  const expand = `MATCH (e)${left}[r:${type}]${right}() WHERE ($after IS NULL OR r.id > $after)${seenBy(asOf)}
      RETURN DISTINCT r ORDER BY r.id LIMIT toInteger($limit)`;
  if (asOf) return `      ${expand}`;
  const k = degreeOf(direction, [type]);
  return `      WITH e, CASE WHEN ${k} * ${k} > toInteger($limit) * COUNT { ()-[:${type}]->() } THEN coalesce($after, '') END AS from
      CALL (e, from) {
        MATCH (a)-[r:${type}]->(b) USING INDEX r:${type}(id) WHERE r.id > from AND ${ENDS[direction]}
        RETURN r ORDER BY r.id LIMIT toInteger($limit)
        UNION ALL
        WITH * WHERE from IS NULL
        ${expand}
      }
      RETURN r`;
};

const page = (direction: Direction, types: readonly RelationshipType[], asOf: boolean) => `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id,
  ${asOf
    ? `COUNT { MATCH (e)${ARROW[direction][0]}[r:${typed(types)}]${ARROW[direction][1]}() WHERE true${seenBy(asOf)} RETURN DISTINCT r }`
    : degreeOf(direction, types)} AS totalCount,
  COLLECT {
    CALL (e) {
${types.map((t) => typeBranch(direction, t, asOf)).join('\n    UNION ALL\n')}
    }
    WITH r ORDER BY r.id LIMIT toInteger($limit)
    ${bindRelationship(asOf)}
    WITH rel, CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END AS far
    RETURN CASE WHEN rel IS NULL THEN null ELSE rel { .*, far: ${entityTuple('far')} } END
  } AS relationships`;

const pageStatements = new Map<string, string>();
/**
 * params: {ids, after, limit, asOf}. One row per id: {id, totalCount, relationships}.
 * `types` are taken in the ontology's order, so each set has one statement.
 */
export function relationshipPageStatement(direction: Direction, types: readonly RelationshipType[] | null | undefined, asOf: boolean): string {
  const wanted = types ? RELATIONSHIP_TYPES.filter((t) => types.includes(t)) : RELATIONSHIP_TYPES;
  const key = `${direction}:${wanted.join(',')}:${asOf}`;
  let statement = pageStatements.get(key);
  if (!statement) {
    statement = wanted.length === 0
      ? 'UNWIND $ids AS id RETURN id, 0 AS totalCount, [] AS relationships'
      : page(direction, wanted, asOf);
    pageStatements.set(key, statement);
  }
  return statement;
}

export interface PageArgs {
  types?: readonly RelationshipType[] | null;
  direction: Direction;
  /** Relationships after this id. */
  after?: string | null;
  limit: number;
  asOf?: string | null;
}

/** One page of relationships for each entity id, in the order of `ids`. */
export async function relationshipPages(driver: Driver, ids: readonly string[], args: PageArgs): Promise<RelationshipPage[]> {
  const statement = relationshipPageStatement(args.direction, args.types, Boolean(args.asOf));
  const rows = await read<{ id: string } & RelationshipPage>(driver, statement, {
    ids,
    after: args.after ?? null,
    limit: args.limit,
    asOf: args.asOf ?? null,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    const relationships: RelationshipRecord[] = [];
    const ends: EntityRecord[] = [];
    for (const item of (row?.relationships ?? []) as Array<(RelationshipRecord & { far?: unknown[] }) | null>) {
      if (!item) continue;
      const { far, ...rel } = item;
      relationships.push(rel);
      if (far) ends.push(entityFromTuple(far));
    }
    return { totalCount: row?.totalCount ?? 0, relationships, ends };
  });
}

// ---- all relationships, through a filter ----

export interface RelationshipFilter {
  types?: readonly RelationshipType[] | null;
  sourceTypes?: readonly EntityType[] | null;
  targetTypes?: readonly EntityType[] | null;
  since?: string | null;
  until?: string | null;
  minConfidence?: number | null;
  documentId?: string | null;
}

// The match and the filters shared by the count and the page; `rel` is bound by then,
// so since/until/minConfidence test what the edge says as of $asOf when that is given.
const filtered = (asOf: boolean) => `
MATCH (s:Entity)-[r]->(t:Entity)
WHERE type(r) IN $types${seenBy(asOf)}
  AND any(l IN labels(s) WHERE l IN $sourceTypes) AND any(l IN labels(t) WHERE l IN $targetTypes)
  AND ($documentId IS NULL OR EXISTS { MATCH (:Evidence {relId: r.id})-[:IN_DOCUMENT]->(:Document {id: $documentId}) })
${bindRelationship(asOf)}
WITH rel WHERE rel IS NOT NULL
  AND ($since IS NULL OR rel.lastSeen >= $since) AND ($until IS NULL OR rel.firstSeen <= $until)
  AND ($minConfidence IS NULL OR rel.confidence >= $minConfidence)`;

const allStatements = (asOf: boolean) => ({
  count: `${filtered(asOf)}\nRETURN count(rel) AS n`,
  page: `${filtered(asOf)}\nWITH rel WHERE $after IS NULL OR rel.id > $after\nRETURN rel ORDER BY rel.id LIMIT toInteger($limit)`,
});
/** params: {types, sourceTypes, targetTypes, since, until, minConfidence, documentId, after, limit, asOf}. */
export const ALL_RELATIONSHIPS = allStatements(false);
export const ALL_RELATIONSHIPS_AS_OF = allStatements(true);

/** One page (ordered by id) of the relationships that pass the filter, and how many pass it. */
export async function filteredRelationships(
  driver: Driver, filter: RelationshipFilter, after: string | null, limit: number, asOf: string | null,
): Promise<RelationshipPage> {
  const statements = asOf ? ALL_RELATIONSHIPS_AS_OF : ALL_RELATIONSHIPS;
  const params = {
    types: filter.types ?? RELATIONSHIP_TYPES, sourceTypes: filter.sourceTypes ?? ENTITY_TYPES, targetTypes: filter.targetTypes ?? ENTITY_TYPES,
    since: filter.since ?? null, until: filter.until ?? null, minConfidence: filter.minConfidence ?? null,
    documentId: filter.documentId ?? null, after, limit, asOf,
  };
  return readTransaction(driver, async (run) => {
    const [{ n }] = (await run<{ n: number }>(statements.count, params)).rows;
    const rows = (await run<{ rel: RelationshipRecord }>(statements.page, params)).rows;
    return { totalCount: n, relationships: rows.map((r) => r.rel) };
  });
}

// ---- by id (for paths, links, timelines, documents) ----

export interface RelationshipKey { id: string; type: RelationshipType }

const byIds = (asOf: boolean) => `
UNWIND $keys AS key
WITH key.id AS relId, key.type AS relType
${relationshipById('relId', 'relType')}
${bindRelationship(asOf)}
RETURN relId AS id, rel`;
/** params: {keys: [{id, type}], asOf}. One row per edge found: {id, rel}. */
export const RELATIONSHIPS_BY_KEYS = byIds(false);
export const RELATIONSHIPS_BY_KEYS_AS_OF = byIds(true);

/** Relationships in the order of `keys`; null where there is none (or none as of `asOf`). */
export async function relationshipsByKeys(
  driver: Driver, keys: readonly RelationshipKey[], asOf: string | null,
): Promise<Array<RelationshipRecord | null>> {
  const rows = await read<{ id: string; rel: RelationshipRecord | null }>(
    driver, asOf ? RELATIONSHIPS_BY_KEYS_AS_OF : RELATIONSHIPS_BY_KEYS, { keys: keys.map((k) => ({ id: k.id, type: k.type })), asOf },
  );
  const byId = new Map(rows.map((r) => [r.id, r.rel]));
  return keys.map((k) => byId.get(k.id) ?? null);
}

// ---- changes: first seen in a window ----

const changesMatch = `
CALL () {
  MATCH (e:Entity {id: $entity})-[r]-() WHERE $entity IS NOT NULL RETURN DISTINCT r
  UNION
  MATCH ()-[r]->() WHERE $entity IS NULL RETURN r
}
WITH r WHERE type(r) IN $types AND ($from IS NULL OR r.firstSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)`;

/** params: {entity, types, from, to, after: [firstSeen, id] | null, limit}. Oldest first, then by id. */
export const CHANGES = {
  count: `${changesMatch}\nRETURN count(r) AS n`,
  page: `${changesMatch}
  AND ($after IS NULL OR r.firstSeen > $after[0] OR (r.firstSeen = $after[0] AND r.id > $after[1]))
RETURN ${RELATIONSHIP_FIELDS} AS rel ORDER BY r.firstSeen, r.id LIMIT toInteger($limit)`,
};

export interface ChangesArgs {
  entity: string | null;
  types: readonly RelationshipType[] | null;
  from: string | null;
  to: string | null;
  after: [string, string] | null;
  limit: number;
}

export async function changedRelationships(driver: Driver, args: ChangesArgs): Promise<RelationshipPage> {
  const params = { ...args, types: args.types ?? RELATIONSHIP_TYPES };
  return readTransaction(driver, async (run) => {
    const [{ n }] = (await run<{ n: number }>(CHANGES.count, params)).rows;
    const rows = (await run<{ rel: RelationshipRecord }>(CHANGES.page, params)).rows;
    return { totalCount: n, relationships: rows.map((r) => r.rel) };
  });
}

// The neighbourhood of an entity for a graph view: a breadth-first walk, one statement
// per level inside one read transaction, then the relationships among what it reached.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/ontology';
import { type Driver, readTransaction } from './db';
import { ENTITY_TUPLE, type EntityRecord, entityFromTuple } from './entities';
import type { RelationshipRecord } from './relationships';
import { bindRelationship, relationshipFromTuple, relationshipTuple } from './summary';

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

// Every statement is built from the ontology's types (typed patterns never expand
// MENTIONS) and kept once built; the walk never follows a variable-length pattern.

/**
 * A frontier entity hands on at most this many of its neighbours (the first the store
 * yields): a hub would otherwise make a level cost all of its tens of thousands of
 * edges. Below the bound the walk is exact; above it the hub's neighbours are a sample.
 */
export const NEIGHBORS_PER_ENTITY = 100;

/**
 * params: {frontier, seen (element ids), room, asOf}. The next level: entities not seen yet, those
 * linked to more of the frontier first, then the more connected (degree store).
 */
const nextLevel = (types: string, asOf: boolean) => `
UNWIND $frontier AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:${types}]-(n) WHERE NOT elementId(n) IN $seen${asOf ? ' AND r.firstSeen <= $asOf' : ''}
  RETURN n LIMIT ${NEIGHBORS_PER_ENTITY}
}
WITH n, count(*) AS links
WITH n, links, COUNT { (n)--() } AS size
ORDER BY links DESC, size DESC, n.id
LIMIT toInteger($room)
RETURN n.id AS id, elementId(n) AS eid`;

/** How many of its edges each chosen entity offers when the edges among them are read. */
export const EDGES_PER_ENTITY = 40;

// params: {eids, asOf, edgeLimit}. The relationships among the chosen entities: each is
// found from either end, reading at most EDGES_PER_ENTITY edges of each entity, so an
// entity with fewer edges than that contributes all of its own, and two hubs may miss an
// edge between them that neither one's first edges hold. Reading every edge of every hub
// (or joining hub pairs with Expand(Into): 2.6 million db hits for 123 hubs among 200
// entities at 100k relationships) made the graph view cost seconds. The entities are
// named by element id, which the far end of an edge carries without a property read.
const among = (types: string, asOf: boolean) => `
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
CALL (a) {
  MATCH (a)-[r:${types}]-(b) RETURN r, b LIMIT ${EDGES_PER_ENTITY}
}
WITH DISTINCT r, b WHERE elementId(b) IN $eids${asOf ? ' AND r.firstSeen <= $asOf' : ''}
WITH DISTINCT r
${asOf
    // As of a date the confidence is recomputed from the evidence, so every edge is bound first.
    ? `${bindRelationship(true)}
WITH rel WHERE rel IS NOT NULL
RETURN rel ORDER BY rel.confidence DESC, rel.id LIMIT toInteger($edgeLimit)`
    // Otherwise the stored confidence orders them and only the kept ones are projected, as lists.
    : `ORDER BY r.confidence DESC, r.id LIMIT toInteger($edgeLimit)
RETURN ${relationshipTuple('r')} AS rel`}`;

const statements = new Map<string, { nextLevel: string; edgesAmong: string }>();
/** The two statements of a walk over `types` (ontology order), with or without asOf. */
export function subgraphStatements(types: readonly RelationshipType[] | null, asOf: boolean): { nextLevel: string; edgesAmong: string } {
  const wanted = types ? RELATIONSHIP_TYPES.filter((t) => types.includes(t)) : RELATIONSHIP_TYPES;
  const key = `${wanted.join(',')}:${asOf}`;
  let s = statements.get(key);
  if (!s) statements.set(key, (s = { nextLevel: nextLevel(wanted.join('|'), asOf), edgesAmong: among(wanted.join('|'), asOf) }));
  return s;
}

export const NODES = `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_TUPLE} AS entity, elementId(e) AS eid`;

export interface SubgraphArgs {
  center: string;
  depth: number;
  types: readonly RelationshipType[] | null;
  limit: number;
  asOf: string | null;
}

export interface SubgraphRecord {
  nodes: Array<EntityRecord & { distance: number }>;
  edges: RelationshipRecord[];
  truncated: boolean;
}

export async function subgraph(driver: Driver, args: SubgraphArgs): Promise<SubgraphRecord | null> {
  if (args.types && args.types.length === 0) args = { ...args, depth: 0 };
  const statement = subgraphStatements(args.types, args.asOf !== null);
  return readTransaction(driver, async (run) => {
    const [center] = (await run<{ entity: unknown[]; eid: string }>(NODES, { ids: [args.center] })).rows;
    if (!center) return null;
    const distance = new Map<string, number>([[args.center, 0]]);
    const eids = [center.eid];
    let frontier = [args.center];
    let truncated = false;
    for (let d = 1; d <= args.depth && frontier.length > 0; d++) {
      const room = args.limit - distance.size;
      // One more than there is room for tells whether the limit cut something off.
      const next = (await run<{ id: string; eid: string }>(statement.nextLevel, { frontier, seen: [...eids], room: room + 1, asOf: args.asOf })).rows;
      if (next.length > room) truncated = true;
      const kept = next.slice(0, Math.max(0, room));
      frontier = kept.map((r) => r.id);
      for (const id of frontier) distance.set(id, d);
      eids.push(...kept.map((r) => r.eid));
    }
    const ids = [...distance.keys()];
    const rest = (await run<{ entity: unknown[] }>(NODES, { ids: ids.slice(1) })).rows;
    const edges = args.depth === 0 ? [] : (await run<{ rel: RelationshipRecord | unknown[] }>(statement.edgesAmong, {
      eids, asOf: args.asOf, edgeLimit: args.limit * 5,
    })).rows.map((r) => (Array.isArray(r.rel) ? relationshipFromTuple(r.rel) : r.rel));
    const nodes = [center, ...rest].map(({ entity }) => {
      const e: EntityRecord = entityFromTuple(entity);
      return { ...e, distance: distance.get(e.id) ?? 0 };
    });
    const order = new Map(ids.map((id, i) => [id, i]));
    nodes.sort((a, b) => a.distance - b.distance || order.get(a.id)! - order.get(b.id)!);
    return { nodes, edges, truncated };
  }, { timeoutMs: 10_000 });
}

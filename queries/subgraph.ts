// The neighbourhood of an entity for a graph view: a breadth-first walk, one statement
// per level inside one read transaction, then the relationships among what it reached.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/ontology';
import { type Driver, readTransaction } from './db';
import type { EntityRecord } from './entities';
import { ENTITY_FIELDS } from './entities';
import type { RelationshipRecord } from './relationships';
import { bindRelationship } from './summary';

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

/** params: {frontier, seen, types, room, asOf}. The next level: entities not seen yet, the most linked first. */
export const NEXT_LEVEL = `
UNWIND $frontier AS id
MATCH (e:Entity {id: id})-[r]-(n:Entity)
WHERE type(r) IN $types AND NOT n.id IN $seen AND ($asOf IS NULL OR r.firstSeen <= $asOf)
WITH n, count(DISTINCT r) AS links, COUNT { (n)--() } AS size
ORDER BY links DESC, size DESC, n.id
LIMIT toInteger($room)
RETURN n.id AS id`;

const among = (asOf: boolean) => `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids AND type(r) IN $types AND ($asOf IS NULL OR r.firstSeen <= $asOf)
${bindRelationship(asOf)}
WITH rel WHERE rel IS NOT NULL
RETURN rel ORDER BY rel.confidence DESC, rel.id LIMIT toInteger($edgeLimit)`;
/** params: {ids, types, asOf, edgeLimit}. The relationships among the entities. */
export const EDGES_AMONG = among(false);
export const EDGES_AMONG_AS_OF = among(true);

export const NODES = `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_FIELDS} AS entity`;

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
  const types = args.types ?? RELATIONSHIP_TYPES;
  return readTransaction(driver, async (run) => {
    const [center] = (await run<{ entity: EntityRecord }>(NODES, { ids: [args.center] })).rows;
    if (!center) return null;
    const distance = new Map<string, number>([[args.center, 0]]);
    let frontier = [args.center];
    let truncated = false;
    for (let d = 1; d <= args.depth && frontier.length > 0; d++) {
      const room = args.limit - distance.size;
      // One more than there is room for tells whether the limit cut something off.
      const next = (await run<{ id: string }>(NEXT_LEVEL, { frontier, seen: [...distance.keys()], types, room: room + 1, asOf: args.asOf })).rows;
      if (next.length > room) truncated = true;
      frontier = next.slice(0, Math.max(0, room)).map((r) => r.id);
      for (const id of frontier) distance.set(id, d);
    }
    const ids = [...distance.keys()];
    const rest = (await run<{ entity: EntityRecord }>(NODES, { ids: ids.slice(1) })).rows;
    const edges = (await run<{ rel: RelationshipRecord }>(args.asOf ? EDGES_AMONG_AS_OF : EDGES_AMONG, {
      ids, types, asOf: args.asOf, edgeLimit: args.limit * 5,
    })).rows.map((r) => r.rel);
    const nodes = [center, ...rest].map(({ entity }) => ({ ...entity, distance: distance.get(entity.id) ?? 0 }));
    nodes.sort((a, b) => a.distance - b.distance || ids.indexOf(a.id) - ids.indexOf(b.id));
    return { nodes, edges, truncated };
  }, { timeoutMs: 10_000 });
}

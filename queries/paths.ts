// Shortest paths between two entities, and the links between companies and governments.
// Every pattern is bounded: hop counts are literals chosen from fixed maps, never input.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/ontology';
import { type Driver, read } from './db';
import type { RelationshipKey } from './relationships';

export const MAX_HOPS = 6;
/** How many shortest paths Neo4j selects (SHORTEST k takes no parameter in 5.26); `first` cuts them. */
export const MAX_PATHS = 20;

export interface PathRecord {
  nodeIds: string[];
  relationships: RelationshipKey[];
}

// SHORTEST k over a quantified path pattern: each step is a typed relationship in either
// direction (MENTIONS and IN_DOCUMENT are not in $types), through no excluded entity, and
// (asOf) already stated by then. The endpoints are bound first, so the planner searches
// from both ends.
const shortest = (hops: number) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${MAX_PATHS} (a) ((x)-[r]-(y) WHERE type(r) IN $types AND (y = b OR NOT y.id IN $exclude)
  AND ($asOf IS NULL OR r.firstSeen <= $asOf)){1,${hops}} (b)
RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | {id: r.id, type: type(r)}] AS relationships
ORDER BY length(p)`;

/** params: {from, to, types, exclude, asOf}; one statement per maximum hop count, 1 to MAX_HOPS. */
export const SHORTEST_PATHS: readonly string[] = Array.from({ length: MAX_HOPS + 1 }, (_, hops) => (hops === 0 ? '' : shortest(hops)));

export interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  types: readonly RelationshipType[] | null;
  exclude: readonly string[];
  first: number;
  asOf: string | null;
  timeoutMs: number;
}

/** Up to `first` shortest simple paths (no entity twice), shortest first. */
export async function shortestPaths(driver: Driver, args: PathArgs): Promise<PathRecord[]> {
  const rows = await read<PathRecord>(driver, SHORTEST_PATHS[args.maxHops], {
    from: args.from, to: args.to, types: args.types ?? RELATIONSHIP_TYPES, exclude: args.exclude, asOf: args.asOf,
  }, { timeoutMs: args.timeoutMs });
  // SHORTEST keeps relationships apart, not nodes; a path through an entity twice is a detour.
  return rows.filter((p) => new Set(p.nodeIds).size === p.nodeIds.length).slice(0, args.first);
}

// ---- company–government links ----

export type LinkKind = 'DIRECT' | 'PRODUCT' | 'POLICY';

export interface LinkRecord {
  key: string;
  companyId: string;
  governmentId: string;
  kind: LinkKind;
  path: PathRecord;
}

// Each branch matches one shape of link as one path pattern, read from the government
// side; `c` is the company, `g` the government or agency. A policy link also yields a
// link to the government an announcing agency is part of.
const POLICY_CHAIN = `(x)-[:ANNOUNCED]->(:Policy)<-[:PART_OF]-{0,1}(:Policy)-[:TARGETS]->(tgt)<-[:OWNS]-{0,1}(c:Company)`;
const LINK_BRANCHES = [
  `MATCH p = (g:Government|Agency)-[r]-(c:Company) WHERE type(r) IN $types
   RETURN c, g, 'DIRECT' AS kind, p`,
  `MATCH p = (g:Government|Agency)-[r]-(:Product)<-[:OWNS]-(c:Company) WHERE type(r) IN $types
   RETURN c, g, 'PRODUCT' AS kind, p`,
  `MATCH p = (g:Government|Agency)<-[:HOLDS_ROLE]-{0,1}${POLICY_CHAIN}
   WHERE (x = g OR x:Person) AND (tgt = c OR tgt:Product OR tgt:Company)
   RETURN c, g, 'POLICY' AS kind, p`,
  `MATCH p = (g:Government)<-[:PART_OF]-(:Agency)<-[:HOLDS_ROLE]-{0,1}${POLICY_CHAIN}
   WHERE (tgt = c OR tgt:Product OR tgt:Company)
   RETURN c, g, 'POLICY' AS kind, p`,
];

const LINKS_MATCH = `
CALL () {
  ${LINK_BRANCHES.join('\n  UNION\n  ')}
}
WITH c, g, kind, p WHERE ($company IS NULL OR c.id = $company OR any(n IN nodes(p) WHERE n:Product AND n.id = $company))
  AND ($government IS NULL OR g.id = $government)
WITH c, g, kind, reverse(nodes(p)) AS ns, reverse(relationships(p)) AS rs
WITH c.id AS companyId, g.id AS governmentId, kind, [n IN ns | n.id] AS nodeIds,
  [r IN rs | {id: r.id, type: type(r)}] AS relationships
WITH DISTINCT companyId, governmentId, kind, nodeIds, relationships,
  companyId + '|' + governmentId + '|' + kind + '|' + reduce(s = '', r IN relationships | s + r.id + ',') AS key`;

/** params: {company, government, types, after, limit}. One row: {totalCount, links}; links ordered by key. */
export const COMPANY_GOVERNMENT_LINKS = `${LINKS_MATCH}
ORDER BY key
WITH collect({key: key, companyId: companyId, governmentId: governmentId, kind: kind,
  path: {nodeIds: nodeIds, relationships: relationships}}) AS links
RETURN size(links) AS totalCount, [l IN links WHERE $after IS NULL OR l.key > $after][..toInteger($limit)] AS links`;

export async function companyGovernmentLinks(
  driver: Driver, args: { company: string | null; government: string | null; after: string | null; limit: number },
): Promise<{ totalCount: number; links: LinkRecord[] }> {
  const [row] = await read<{ totalCount: number; links: LinkRecord[] }>(driver, COMPANY_GOVERNMENT_LINKS, {
    ...args, types: RELATIONSHIP_TYPES,
  }, { timeoutMs: 10_000 });
  return row ?? { totalCount: 0, links: [] };
}

// Shortest paths between two entities, and the links between companies and governments.
// Every pattern is bounded: hop counts are literals chosen from fixed maps, never input.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/ontology';
import { type Driver, read } from './db';
import type { RelationshipKey } from './relationships';

export const MAX_HOPS = 6;
/** Most paths one search returns. */
export const MAX_PATHS = 20;

export interface PathRecord {
  nodeIds: string[];
  relationships: RelationshipKey[];
}

// ALL SHORTEST over a quantified path pattern of typed relationships in either direction
// (types from the ontology's list, so MENTIONS and IN_DOCUMENT are never expanded),
// through no excluded entity and (asOf) only edges stated by then. The endpoints are
// bound first, so Neo4j searches from both ends, breadth first, and stops at the
// shortest length: the work is bounded by the neighbourhoods within maxHops.
// `SHORTEST k` (the earlier form) keeps searching longer paths when fewer than k
// shortest ones exist, which through hubs meant enumerating every trail up to maxHops
// and timing out. The excluded entities are bound as nodes once, so the search compares
// node references instead of reading an id at every step.
const shortest = (hops: number, types: readonly RelationshipType[], exclude: boolean, asOf: boolean) => {
  const where = [exclude ? 'NOT y IN excluded' : '', asOf ? 'r.firstSeen <= $asOf' : ''].filter(Boolean).join(' AND ');
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WITH a, b, ${exclude ? 'COLLECT { MATCH (x:Entity) WHERE x.id IN $exclude RETURN x }' : '[]'} AS excluded
MATCH p = ALL SHORTEST (a) ((x)-[r:${types.join('|')}]-(y)${where ? ` WHERE ${where}` : ''}){1,${hops}} (b)
RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | {id: r.id, type: type(r)}] AS relationships
LIMIT toInteger($first)`;
};

const pathStatements = new Map<string, string>();
/** params: {from, to, exclude, asOf, first}; one statement per hop count (1 to MAX_HOPS), set of types, exclusion and asOf. */
export function shortestPathStatement(hops: number, types: readonly RelationshipType[] | null, exclude: boolean, asOf: boolean): string {
  if (!(Number.isInteger(hops) && hops >= 1 && hops <= MAX_HOPS)) throw new RangeError(`hops must be from 1 to ${MAX_HOPS}`);
  const wanted = types ? RELATIONSHIP_TYPES.filter((t) => types.includes(t)) : RELATIONSHIP_TYPES;
  const key = `${hops}:${wanted.join(',')}:${exclude}:${asOf}`;
  let statement = pathStatements.get(key);
  if (!statement) pathStatements.set(key, (statement = shortest(hops, wanted, exclude, asOf)));
  return statement;
}

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
  if (args.types && args.types.length === 0) return [];
  const statement = shortestPathStatement(args.maxHops, args.types, args.exclude.length > 0, args.asOf !== null);
  const rows = await read<PathRecord>(driver, statement, {
    from: args.from, to: args.to, exclude: args.exclude, asOf: args.asOf, first: args.first,
  }, { timeoutMs: args.timeoutMs });
  // A shortest path never passes an entity twice; the check stays as a guard.
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

// Each branch matches one shape of link as one path pattern written from the company
// to the government or agency, with typed relationships only. The statement starts from
// what it is given: the company (or product), else the government, else (neither) the
// whole graph. A hub's links multiply -- a company targeted by tracks of programmes that
// thousands announced has millions of policy links (Huawei at 100k relationships: 1.9
// million announcer paths) -- so each branch stops after LINKS_PER_KIND links. Within
// that bound the links are deduplicated, ordered by key and paged; totalCount counts
// them, so it is exact below the bound and a floor above it.
export const LINKS_PER_KIND = 200;

type Anchor = 'company' | 'government' | 'none';
const ALL_TYPES = RELATIONSHIP_TYPES.join('|');
// The chain from a policy's target back to whoever announced it: (tgt) is the company or
// what it owns, a track or the programme itself targets it, someone announced the programme.
const TO_ANNOUNCER = '<-[:TARGETS]-(:Policy)-[:PART_OF]->{0,1}(:Policy)<-[:ANNOUNCED]-(x)';

// The anchor is handed to a branch as its start variable (`WITH anchor AS c`), so the
// planner expands from it; a `WHERE c = anchor` was planned as a scan of every Company.
function linkBranches(anchor: Anchor): string[] {
  const branch = (bind: string, pattern: string, kind: LinkKind, where = '') => `${bind}MATCH p = ${pattern}
    WHERE ($government IS NULL OR g.id = $government)${where}
    RETURN c, g, '${kind}' AS kind, p LIMIT ${LINKS_PER_KIND}`;
  const policy = (start: string, g: (labels: string) => string) => [
    [`${start}${TO_ANNOUNCER}-[:HOLDS_ROLE]->{0,1}${g('Government|Agency')}`, ' AND (x = g OR x:Person)'],
    [`${start}${TO_ANNOUNCER}-[:HOLDS_ROLE]->{0,1}(:Agency)-[:PART_OF]->${g('Government')}`, ''],
  ];
  if (anchor === 'company') {
    const asCompany = 'WITH anchor AS c WHERE c:Company\n    ';
    const asProduct = 'WITH anchor AS product WHERE product:Product\n    ';
    const g = (labels: string) => `(g:${labels})`;
    return [
      branch(asCompany, `(c)-[:${ALL_TYPES}]-${g('Government|Agency')}`, 'DIRECT'),
      branch(asCompany, `(c)-[:OWNS]->(:Product)-[:${ALL_TYPES}]-${g('Government|Agency')}`, 'PRODUCT'),
      branch(asProduct, `(c:Company)-[:OWNS]->(product)-[:${ALL_TYPES}]-${g('Government|Agency')}`, 'PRODUCT'),
      ...policy('(c)-[:OWNS]->{0,1}()', g).map(([pattern, where]) => branch(asCompany, pattern!, 'POLICY', where)),
      ...policy('(c:Company)-[:OWNS]->(product)', g).map(([pattern, where]) => branch(asProduct, pattern!, 'POLICY', where)),
    ];
  }
  const bind = anchor === 'government' ? 'WITH anchor AS g\n    ' : '';
  // Bound, `g` keeps its label test: a government anchor that is an agency has no PART_OF branch.
  const g = (labels: string) => `(g:${labels})`;
  return [
    branch(bind, `(c:Company)-[:${ALL_TYPES}]-${g('Government|Agency')}`, 'DIRECT'),
    branch(bind, `(c:Company)-[:OWNS]->(:Product)-[:${ALL_TYPES}]-${g('Government|Agency')}`, 'PRODUCT'),
    ...policy('(c:Company)-[:OWNS]->{0,1}()', g).map(([pattern, where]) => branch(bind, pattern!, 'POLICY', where)),
  ];
}

const ANCHOR_MATCH: Record<Anchor, string> = {
  company: 'MATCH (anchor:Entity {id: $company})',
  government: 'MATCH (anchor:Entity {id: $government})',
  none: '',
};

/** params: {company, government, after, limit}. One row: {totalCount, links}; links ordered by key. */
const linksStatement = (anchor: Anchor) => `
${ANCHOR_MATCH[anchor]}
CALL (${anchor === 'none' ? '' : 'anchor'}) {
  ${linkBranches(anchor).join('\n  UNION ALL\n  ')}
}
WITH c.id AS companyId, g.id AS governmentId, kind, [n IN nodes(p) | n.id] AS nodeIds,
  [r IN relationships(p) | {id: r.id, type: type(r)}] AS relationships
WITH DISTINCT companyId, governmentId, kind, nodeIds, relationships,
  companyId + '|' + governmentId + '|' + kind + '|' + reduce(s = '', r IN relationships | s + r.id + ',') AS key
ORDER BY key
WITH collect({key: key, companyId: companyId, governmentId: governmentId, kind: kind,
  path: {nodeIds: nodeIds, relationships: relationships}}) AS links
RETURN size(links) AS totalCount, [l IN links WHERE $after IS NULL OR l.key > $after][..toInteger($limit)] AS links`;

export const COMPANY_GOVERNMENT_LINKS: Record<Anchor, string> = {
  company: linksStatement('company'), government: linksStatement('government'), none: linksStatement('none'),
};

export async function companyGovernmentLinks(
  driver: Driver, args: { company: string | null; government: string | null; after: string | null; limit: number },
): Promise<{ totalCount: number; links: LinkRecord[] }> {
  const anchor: Anchor = args.company !== null ? 'company' : args.government !== null ? 'government' : 'none';
  // The bound is the per-branch LIMIT; the timeout only guards. It is generous because the
  // first call plans seven union branches (0.5 s of CPU, seconds on a saturated machine).
  const [row] = await read<{ totalCount: number; links: LinkRecord[] }>(driver, COMPANY_GOVERNMENT_LINKS[anchor], args, { timeoutMs: 30_000 });
  return row ?? { totalCount: 0, links: [] };
}

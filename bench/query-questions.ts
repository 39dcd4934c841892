// The questions of the query benchmark, each asked three ways: (a) the floor, the same
// queries/ functions our resolvers call, composed by hand behind a bare route; (b) our
// GraphQL API; (c) @neo4j/graphql, where it can express the question. The floor returns
// exactly the `{ data }` the API returns, which the benchmark checks before it measures.
import type { Driver } from '../queries/db';
import { entitiesByIds, entityByName, type EntityRecord } from '../queries/entities';
import { companyGovernmentLinks, shortestPaths } from '../queries/paths';
import { type RelationshipKey, relationshipPages, type RelationshipRecord, relationshipsByKeys } from '../queries/relationships';
import { searchEntities } from '../queries/search';
import { subgraph } from '../queries/subgraph';
import { encodeCursor, encodeKey } from '../server/cursor';
import { PATH_TIMEOUT_MS } from '../server/find';
import { StatsCache } from '../server/stats';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  name: string;
  /** The Query field our API needs for it. */
  field: string;
  api: GraphQLRequest;
  /** The same answer from the same Cypher, without GraphQL; null when not written yet. */
  floor: ((driver: Driver) => Promise<unknown>) | null;
  neo4jGraphql: GraphQLRequest | null;
  /** Why (c) or (a) is missing. */
  notes: string[];
}

/** The entities the questions are about, chosen from the loaded graph. */
export interface Targets {
  /** The biggest hub (China). */
  hubId: string;
  hubName: string;
  /** The biggest company hub (Huawei). */
  companyId: string;
  /** A prefix that matches several names ("hua"). */
  prefix: string;
  /** Centre of the 2-hop subgraph. */
  subgraphCenter: string;
  /** Two entities 3–4 hops apart. */
  pathFrom: string;
  pathTo: string;
  pathHops: number;
}

const ENTITY = 'id name type';
const REL_FIELDS = 'id type confidence firstSeen lastSeen evidenceCount action role status';

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, o[k] ?? null])) as Pick<T, K>;
const short = (e: EntityRecord) => pick(e, ['id', 'name', 'type'] as const);

/** The relationships page the `Entity.relationships` resolver builds (server/connection.ts), with source and target. */
async function relationshipPageFloor(driver: Driver, id: string, types: string[] | null, direction: 'OUT' | 'IN' | 'BOTH', first: number) {
  const [entity] = await entitiesByIds(driver, [id]);
  if (!entity) return { data: { entity: null } };
  const [page] = await relationshipPages(driver, [id], {
    types: types as never, direction, after: null, limit: first + 1,
  });
  const nodes: RelationshipRecord[] = page!.relationships.slice(0, first);
  // The page reads the far end of each edge with it, as the API's loader uses it.
  const byId = new Map((page!.ends ?? []).map((e) => [e.id, e]));
  byId.set(id, entity);
  const edges = nodes.map((r) => ({
    cursor: encodeCursor(r.id),
    node: {
      ...pick(r, ['id', 'type', 'confidence', 'firstSeen', 'lastSeen', 'evidenceCount', 'action', 'role', 'status'] as const),
      source: short(byId.get(r.sourceId)!),
      target: short(byId.get(r.targetId)!),
    },
  }));
  return {
    data: {
      entity: {
        relationships: {
          totalCount: page!.totalCount,
          edges,
          pageInfo: { hasNextPage: page!.relationships.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    },
  };
}

/** Entities by id as the entity loader answers them: one statement for all, null where missing. */
async function entityMap(driver: Driver, ids: Iterable<string>): Promise<Map<string, EntityRecord>> {
  const unique = [...new Set(ids)];
  const found = await entitiesByIds(driver, unique);
  return new Map(found.filter((e): e is EntityRecord => e !== null).map((e) => [e.id, e]));
}

/** Relationships by key as the relationship loader answers them: one statement for all. */
async function relationshipMap(driver: Driver, keys: RelationshipKey[]): Promise<Map<string, RelationshipRecord>> {
  const unique = [...new Map(keys.map((k) => [k.id, k])).values()];
  const found = await relationshipsByKeys(driver, unique, null);
  return new Map(found.filter((r): r is RelationshipRecord => r !== null).map((r) => [r.id, r]));
}

/** `paths` as server/find.ts asks it, then the path's entities and relationships, each in one statement. */
async function pathsFloor(driver: Driver, from: string, to: string) {
  const found = await shortestPaths(driver, { from, to, maxHops: 4, types: null, exclude: [], first: 5, asOf: null, timeoutMs: PATH_TIMEOUT_MS });
  const entities = await entityMap(driver, found.flatMap((p) => p.nodeIds));
  const rels = await relationshipMap(driver, found.flatMap((p) => p.relationships));
  return {
    data: {
      paths: found.map((p) => ({
        length: p.relationships.length,
        nodes: p.nodeIds.map((id) => short(entities.get(id)!)),
        relationships: p.relationships.map((k) => pick(rels.get(k.id)!, ['id', 'type', 'confidence'] as const)),
      })),
    },
  };
}

/** `companyGovernmentLinks(company, first: 20)` as server/connection.ts builds it. */
async function linksFloor(driver: Driver, company: string, first: number) {
  const page = await companyGovernmentLinks(driver, { company, government: null, after: null, limit: first + 1 });
  const links = page.links.slice(0, first);
  const entities = await entityMap(driver, links.flatMap((l) => [l.companyId, l.governmentId, ...l.path.nodeIds]));
  const rels = await relationshipMap(driver, links.flatMap((l) => l.path.relationships));
  const edges = links.map((l) => ({
    cursor: encodeKey('links', [l.key]),
    node: {
      kind: l.kind,
      company: short(entities.get(l.companyId)!),
      government: short(entities.get(l.governmentId)!),
      path: {
        length: l.path.relationships.length,
        nodes: l.path.nodeIds.map((id) => short(entities.get(id)!)),
        relationships: l.path.relationships.map((k) => pick(rels.get(k.id)!, ['id', 'type'] as const)),
      },
    },
  }));
  return {
    data: {
      companyGovernmentLinks: {
        totalCount: page.totalCount, edges, pageInfo: { hasNextPage: page.links.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      },
    },
  };
}

/** `subgraph(center, depth: 2, limit: 200)`: the walk, then nodes and edges as the Graph resolvers shape them. */
async function subgraphFloor(driver: Driver, center: string) {
  const found = await subgraph(driver, { center, depth: 2, types: null, limit: 200, asOf: null });
  return {
    data: {
      subgraph: found && {
        truncated: found.truncated,
        nodes: found.nodes.map((n) => ({ ...short(n), distance: n.distance })),
        edges: found.edges.map((r) => ({ id: r.id, type: r.type, source: r.sourceId, target: r.targetId, confidence: r.confidence })),
      },
    },
  };
}

const PAGE_SELECTION = `totalCount edges { cursor node { ${REL_FIELDS} source { ${ENTITY} } target { ${ENTITY} } } } pageInfo { hasNextPage endCursor }`;

export function makeQuestions(t: Targets): Question[] {
  return [
    {
      name: 'entity by name',
      field: 'entity',
      api: { query: `query Q($name: String!) { entity(name: $name) { ${ENTITY} aliases wikidataId } }`, variables: { name: t.hubName } },
      floor: async (driver) => {
        const e = await entityByName(driver, t.hubName);
        return { data: { entity: e && pick(e, ['id', 'name', 'type', 'aliases', 'wikidataId'] as const) } };
      },
      // Our nameKey index is the one exact-name index there is; @neo4j/graphql gets it too.
      neo4jGraphql: {
        query: `query Q($key: String!) { entities(where: { nameKey: { eq: $key } }, limit: 1) { ${ENTITY} aliases wikidataId } }`,
        variables: { key: t.hubName.toLowerCase() },
      },
      notes: ['neo4jGraphql: exact canonical nameKey only (no alias match, no ranking by mentions)'],
    },
    {
      name: 'search by prefix',
      field: 'search',
      api: { query: `query Q($text: String!) { search(text: $text, first: 10) { ${ENTITY} } }`, variables: { text: t.prefix } },
      floor: async (driver) => {
        const found = await searchEntities(driver, t.prefix, null, 10);
        return { data: { search: found.map(short) } };
      },
      neo4jGraphql: {
        query: `query Q($phrase: String!) { searchEntities(phrase: $phrase, first: 10) { edges { node { ${ENTITY} } } } }`,
        variables: { phrase: `${t.prefix}*` },
      },
      notes: ['neo4jGraphql: @fulltext over the same index, prefix query only (no exact/fuzzy terms, no ranking by degree)'],
    },
    {
      name: 'hub relationships, first page',
      field: 'entity',
      api: {
        query: `query Q($id: ID!) { entity(id: $id) { relationships(first: 20) { ${PAGE_SELECTION} } } }`,
        variables: { id: t.hubId },
      },
      floor: (driver) => relationshipPageFloor(driver, t.hubId, null, 'BOTH', 20),
      neo4jGraphql: null,
      notes: ['neo4jGraphql: a @relationship field has one type and one direction; one page across all types is not expressible'],
    },
    {
      name: 'hub TARGETS in, first page',
      field: 'entity',
      api: {
        query: `query Q($id: ID!) { entity(id: $id) { relationships(types: [TARGETS], direction: IN, first: 20) { ${PAGE_SELECTION} } } }`,
        variables: { id: t.hubId },
      },
      floor: (driver) => relationshipPageFloor(driver, t.hubId, ['TARGETS'], 'IN', 20),
      neo4jGraphql: {
        query: `query Q($id: ID!) { entities(where: { id: { eq: $id } }) { targetsInConnection(first: 20, sort: [{ edge: { id: ASC } }]) {
          totalCount edges { cursor properties { id confidence firstSeen lastSeen evidenceCount action role status } node { ${ENTITY} } }
          pageInfo { hasNextPage endCursor } } } }`,
        variables: { id: t.hubId },
      },
      notes: [],
    },
    ...laterQuestions(t),
  ];
}

const statsCache = new StatsCache();

/** The questions @neo4j/graphql cannot express. */
function laterQuestions(t: Targets): Question[] {
  return [
    {
      name: 'subgraph 2 hops, 200 nodes',
      field: 'subgraph',
      api: {
        query: `query Q($id: ID!) { subgraph(center: $id, depth: 2, limit: 200) { truncated nodes { ${ENTITY} distance } edges { id type source target confidence } } }`,
        variables: { id: t.subgraphCenter },
      },
      floor: (driver) => subgraphFloor(driver, t.subgraphCenter),
      neo4jGraphql: null,
      notes: ['neo4jGraphql: no variable-length traversal with a node budget'],
    },
    {
      name: `shortest paths (${t.pathHops} hops)`,
      field: 'paths',
      api: {
        query: `query Q($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { length nodes { ${ENTITY} } relationships { id type confidence } } }`,
        variables: { from: t.pathFrom, to: t.pathTo },
      },
      floor: (driver) => pathsFloor(driver, t.pathFrom, t.pathTo),
      neo4jGraphql: null,
      notes: ['neo4jGraphql: no shortest-path query'],
    },
    {
      name: 'company–government links of a hub',
      field: 'companyGovernmentLinks',
      api: {
        query: `query Q($c: ID!) { companyGovernmentLinks(company: $c, first: 20) { totalCount edges { cursor node { kind
          company { ${ENTITY} } government { ${ENTITY} } path { length nodes { ${ENTITY} } relationships { id type } } } }
          pageInfo { hasNextPage endCursor } } }`,
        variables: { c: t.companyId },
      },
      floor: (driver) => linksFloor(driver, t.companyId, 20),
      neo4jGraphql: null,
      notes: ['neo4jGraphql: the four link shapes (direct, via product, via policy and its tracks) are one union of path patterns, not expressible'],
    },
    {
      name: 'stats',
      field: 'stats',
      api: { query: '{ stats { documentCount entityCounts { type count } relationshipCounts { type count } documentsPerMonth { month count } } }', variables: {} },
      // The API's cache (server/stats.ts): one version read per request, counts recomputed after a write.
      floor: async (driver) => ({ data: { stats: await statsCache.stats(driver) } }),
      neo4jGraphql: null,
      notes: ['neo4jGraphql: counts per label, per relationship type and per month need a type per label; not expressible on one Entity type'],
    },
  ];
}

// The analyst's API over HTTP with a real GraphQL client (graphql-http's createClient), on
// a graph ingested once from the shared dev texts (when ../shared/eval/dev exists) and
// the bundled samples, through the real extractor and writer.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { createClient, NetworkError } from 'graphql-http';
import { ROOT, loadConfig } from '../../core/config';
import { extract } from '../../ingest/extract';
import { loadLexicon } from '../../ingest/lexicon';
import { documentFromText } from '../../ingest/read';
import { sampleItems } from '../../ingest/samples';
import type { SourceDocument } from '../../ingest/types';
import { documentId, writeBatch } from '../../ingest/write';
import { type Driver, createDriver, read, write } from '../../queries/db';
import { applySchema } from '../../queries/schema';
import { portOf, startServer, stopServer } from '../../server';

const DEV = path.join(ROOT, '..', 'shared', 'eval', 'dev');
const HAS_DEV = fs.existsSync(DEV);

let driver: Driver;
let server: http.Server;
let base: string;
let gql: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;

async function corpus(): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  if (HAS_DEV) {
    for (const file of fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(DEV, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as { publishedAt?: string; source?: string };
      docs.push(documentFromText(fs.readFileSync(path.join(DEV, file), 'utf8'), { publishedAt: gold.publishedAt, url: gold.source }));
    }
  }
  for (const item of await sampleItems(ROOT)) docs.push(await item.load());
  return docs;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  const config = loadConfig();
  driver = createDriver(config.neo4j);
  await applySchema(driver);
  await write(driver, 'MATCH (n) DETACH DELETE n');
  const lexicon = loadLexicon();
  const docs = await corpus();
  const result = await writeBatch(driver, docs.map((doc) => ({ doc: { ...doc, id: documentId(doc.text) }, extraction: extract(doc, lexicon) })));
  expect(result.failed).toEqual([]);
  server = await startServer(config, driver, { port: 0, host: '127.0.0.1', auth: { keys: [], anonymousRead: true } });
  base = `http://127.0.0.1:${portOf(server)}`;
  const client = createClient({ url: `${base}/graphql` });
  gql = (query, variables = {}) => new Promise((resolve, reject) => {
    let result: any;
    client.subscribe({ query, variables }, {
      next: (r) => (result = r),
      error: (err) => {
        if (err instanceof NetworkError && err.response) err.response.json().then(resolve, reject);
        else reject(err);
      },
      complete: () => resolve(result),
    });
  });
  for (const [key, name] of [['pompeo', 'Mike Pompeo'], ['huawei', 'Huawei'], ['us', 'United States'], ['china', 'China'], ['clean', 'Clean Network'], ['state', 'State Department']]) {
    const { data } = await gql<{ entity: { id: string } | null }>('query ($n: String) { entity(name: $n) { id } }', { n: name });
    if (!data?.entity) throw new Error(`fixture: ${name} was not extracted`);
    ids[key] = data.entity.id;
  }
}, 180_000);

afterAll(async () => {
  if (server) await stopServer(server);
  await driver?.close();
});

const ok = <T>(r: { data?: T; errors?: unknown[] }): T => {
  expect(r.errors).toBeUndefined();
  return r.data as T;
};

test('search: an exact alias ranks first, in any language; prefixes and typos find what was meant', async () => {
  const top = async (text: string, types?: string[]) =>
    ok(await gql<{ search: Array<{ id: string; name: string }> }>('query ($t: String!, $ty: [EntityType!]) { search(text: $t, types: $ty) { id name } }', { t: text, ty: types })).search;
  expect((await top('Kina'))[0].id).toBe(ids.china);
  expect((await top('kinesiske'))[0].id).toBe(ids.china);
  expect((await top('Huawey'))[0].id).toBe(ids.huawei);
  expect((await top('hua'))[0].id).toBe(ids.huawei);
  expect((await top('Pompeo'))[0].id).toBe(ids.pompeo);
  expect((await top('clean network'))[0].id).toBe(ids.clean);
  expect(await top('china', ['Company'])).not.toContainEqual(expect.objectContaining({ id: ids.china }));
});

test('entities: paging visits every entity exactly once, in each order', async () => {
  const [{ n }] = await read<{ n: number }>(driver, 'MATCH (e:Entity) RETURN count(e) AS n');
  for (const orderBy of ['NAME', 'DEGREE', 'LAST_SEEN']) {
    const seen: string[] = [];
    const keys: Array<string | number> = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const { entities }: any = ok(await gql<any>(`query ($after: String, $o: EntityOrder) { entities(first: 7, after: $after, orderBy: $o) {
        totalCount edges { cursor node { id name degree lastSeen } } pageInfo { hasNextPage endCursor } } }`, { after, o: orderBy }));
      expect(entities.totalCount).toBe(n);
      for (const e of entities.edges) {
        seen.push(e.node.id);
        keys.push(orderBy === 'NAME' ? e.node.name.toLowerCase() : orderBy === 'DEGREE' ? e.node.degree : (e.node.lastSeen ?? ''));
      }
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    for (let i = 1; i < keys.length; i++) {
      if (orderBy === 'DEGREE' || orderBy === 'LAST_SEEN') expect(keys[i] <= keys[i - 1]).toBe(true);
    }
  }
  const companies = ok(await gql<any>('{ entities(type: Company, first: 100) { totalCount edges { node { type } } } }')).entities;
  expect(companies.edges.every((e: any) => e.node.type === 'Company')).toBe(true);
  expect(companies.totalCount).toBe(companies.edges.length);
});

test('entity: degree, first and last seen, documents and neighbours', async () => {
  const { entity } = ok(await gql<any>(`query ($id: ID) { entity(id: $id) { name degree firstSeen lastSeen
    relationships(first: 100) { totalCount } documents(first: 3) { totalCount edges { node { publishedAt } } pageInfo { hasNextPage } }
    neighbors(first: 20) { id } } }`, { id: ids.huawei }));
  expect(entity.degree).toBe(entity.relationships.totalCount);
  expect(entity.degree).toBeGreaterThan(3);
  expect(entity.firstSeen <= entity.lastSeen).toBe(true);
  expect(entity.documents.totalCount).toBeGreaterThan(5);
  const dates = entity.documents.edges.map((e: any) => e.node.publishedAt);
  expect(dates).toEqual([...dates].sort().reverse());
  // Its home state is among its neighbours; how high it ranks depends on how many states and bodies the corpus
  // has acting against it, which grows with the extractor.
  expect(entity.neighbors.length).toBeLessThanOrEqual(20);
  expect(entity.neighbors.map((n: any) => n.id)).toContain(ids.china);
});

test('relationships: a filtered connection whose pages are stable and complete', async () => {
  const q = `query ($f: RelationshipFilter, $after: String) { relationships(filter: $f, first: 5, after: $after) {
    totalCount edges { cursor node { id type confidence sourceCount firstSeen lastSeen action source { type } target { type } } } pageInfo { hasNextPage endCursor } } }`;
  const filter = { types: ['TARGETS'], sourceTypes: ['Policy'], minConfidence: 0.3, since: '2020-01-01' };
  const seen: any[] = [];
  let after: string | null = null;
  let total = -1;
  for (let i = 0; i < 50; i++) {
    const { relationships }: any = ok(await gql<any>(q, { f: filter, after }));
    total = relationships.totalCount;
    seen.push(...relationships.edges.map((e: any) => e.node));
    if (!relationships.pageInfo.hasNextPage) break;
    after = relationships.pageInfo.endCursor;
  }
  expect(total).toBeGreaterThan(5);
  expect(seen).toHaveLength(total);
  expect(seen.map((r) => r.id)).toEqual([...seen.map((r) => r.id)].sort());
  for (const r of seen) {
    expect(r).toMatchObject({ type: 'TARGETS', source: { type: 'Policy' } });
    expect(r.confidence).toBeGreaterThanOrEqual(0.3);
    expect(r.lastSeen >= '2020-01-01').toBe(true);
    expect(r.action).toEqual(expect.any(String));
  }
});

test('confidence counts publishers: sourceCount is the number of distinct sources stating it', async () => {
  const { entity } = ok(await gql<any>(`query ($id: ID) { entity(id: $id) { relationships(types: [BASED_IN], direction: OUT) {
    edges { node { target { id } confidence sourceCount evidenceCount evidence(first: 100) { confidence document { id source url } } } } } } }`, { id: ids.huawei }));
  const basedIn = entity.relationships.edges.map((e: any) => e.node).find((r: any) => r.target.id === ids.china);
  const host = (url: string | null) => {
    try {
      return url ? new URL(url).hostname.replace(/^www\./, '') : null;
    } catch {
      return null;
    }
  };
  const publisher = (d: any) => (d.source ? d.source.toLowerCase() : (host(d.url) ?? d.id));
  const best = new Map<string, number>();
  for (const v of basedIn.evidence) best.set(publisher(v.document), Math.max(best.get(publisher(v.document)) ?? 0, v.confidence));
  expect(basedIn.sourceCount).toBe(best.size);
  expect(basedIn.sourceCount).toBeGreaterThan(1);
  expect(basedIn.evidenceCount).toBeGreaterThanOrEqual(basedIn.sourceCount);
  expect(basedIn.confidence).toBeCloseTo(1 - [...best.values()].reduce((p, c) => p * (1 - c), 1), 10);
});

test('paths: Mike Pompeo to Huawei, shortest first, every step with evidence; hubs can be excluded', async () => {
  const q = `query ($from: ID!, $to: ID!, $ex: [ID!], $hops: Int) { paths(from: $from, to: $to, exclude: $ex, maxHops: $hops, first: 5) {
    length nodes { id } relationships { id source { id } target { id } evidence(first: 1) { sentence document { id } } } } }`;
  const { paths } = ok(await gql<any>(q, { from: ids.pompeo, to: ids.huawei }));
  expect(paths.length).toBeGreaterThan(0);
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    if (i > 0) expect(p.length).toBeGreaterThanOrEqual(paths[i - 1].length);
    expect(p.nodes[0].id).toBe(ids.pompeo);
    expect(p.nodes.at(-1).id).toBe(ids.huawei);
    expect(p.relationships).toHaveLength(p.length);
    p.relationships.forEach((r: any, k: number) => {
      expect([r.source.id, r.target.id].sort()).toEqual([p.nodes[k].id, p.nodes[k + 1].id].sort());
      expect(r.evidence[0].sentence.length).toBeGreaterThan(0);
    });
  }
  const around = ok(await gql<any>(q, { from: ids.pompeo, to: ids.huawei, ex: [ids.china, ids.us] })).paths;
  for (const p of around) expect(p.nodes.map((n: any) => n.id)).not.toEqual(expect.arrayContaining([ids.china]));
  const bad = await gql(q, { from: ids.pompeo, to: ids.huawei, hops: 7 });
  expect(bad.errors?.[0]).toMatchObject({ message: 'maxHops must be from 1 to 6, not 7', extensions: { code: 'BAD_USER_INPUT' } });
});

test('companyGovernmentLinks: Huawei is linked to the United States, directly or through a policy', async () => {
  const q = `query ($c: ID, $g: ID, $after: String) { companyGovernmentLinks(company: $c, government: $g, first: 10, after: $after) {
    totalCount edges { cursor node { kind company { id } government { id type } path { length nodes { id } relationships { type evidence(first: 1) { sentence } } } } }
    pageInfo { hasNextPage endCursor } } }`;
  const all: any[] = [];
  let after: string | null = null;
  for (let i = 0; i < 30; i++) {
    const { companyGovernmentLinks: c }: any = ok(await gql<any>(q, { c: ids.huawei, after }));
    all.push(...c.edges.map((e: any) => e.node));
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  expect(all.every((l) => l.company.id === ids.huawei && ['Government', 'Agency'].includes(l.government.type))).toBe(true);
  const us = all.filter((l) => l.government.id === ids.us);
  expect(us.length).toBeGreaterThan(0);
  expect(us.map((l) => l.kind)).toContain('POLICY');
  for (const l of all) {
    expect(l.path.nodes[0].id).toBe(ids.huawei);
    expect(l.path.nodes.at(-1).id).toBe(l.government.id);
    for (const r of l.path.relationships) expect(r.evidence).toHaveLength(1);
  }
  const onlyUs = ok(await gql<any>(q, { c: ids.huawei, g: ids.us })).companyGovernmentLinks;
  expect(onlyUs.totalCount).toBe(us.length);
});

test('policy: the Clean Network with its tracks, announcers, targets, opponents and timeline', async () => {
  const { policy } = ok(await gql<any>(`{ policy(name: "clean network") { policy { id } tracks { name } announcedBy { id }
    targets { action source { name } target { name } } supporters { id } opponents { id } timeline { date relationship { type } evidence { sentence } } } }`));
  expect(policy.policy.id).toBe(ids.clean);
  expect(policy.tracks.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Clean Apps', 'Clean Carrier', 'Clean Store']));
  expect(policy.announcedBy.map((e: any) => e.id)).toEqual(expect.arrayContaining([ids.state, ids.pompeo]));
  expect(policy.targets.map((t: any) => t.target.name)).toEqual(expect.arrayContaining(['Huawei']));
  expect(policy.timeline.length).toBeGreaterThan(3);
  const dates = policy.timeline.map((e: any) => e.date);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(ok(await gql<any>('query ($id: ID) { policy(id: $id) { policy { id } } }', { id: ids.huawei })).policy).toBeNull();
});

test('timeline: dated events of an entity, newest first, paged', async () => {
  const q = `query ($e: ID, $after: String) { timeline(entity: $e, first: 4, after: $after, from: "2019-01-01", to: "2020-12-31") {
    totalCount edges { node { date relationship { id source { id } target { id } } evidence { publishedAt } } } pageInfo { hasNextPage endCursor } } }`;
  const events: any[] = [];
  let after: string | null = null;
  let total = 0;
  for (let i = 0; i < 50; i++) {
    const { timeline }: any = ok(await gql<any>(q, { e: ids.huawei, after }));
    total = timeline.totalCount;
    events.push(...timeline.edges.map((e: any) => e.node));
    if (!timeline.pageInfo.hasNextPage) break;
    after = timeline.pageInfo.endCursor;
  }
  expect(events.length).toBe(total);
  expect(total).toBeGreaterThan(3);
  const dates = events.map((e) => e.date);
  expect(dates).toEqual([...dates].sort().reverse());
  for (const e of events) {
    expect([e.relationship.source.id, e.relationship.target.id]).toContain(ids.huawei);
    expect(e.evidence.every((v: any) => v.publishedAt === e.date)).toBe(true);
  }
});

test('subgraph: the centre first, then by distance; every edge between returned nodes; limit honoured', async () => {
  const q = `query ($c: ID!, $d: Int, $l: Int) { subgraph(center: $c, depth: $d, limit: $l) { truncated
    nodes { id name type distance entity { degree } } edges { id type source target confidence label } } }`;
  const { subgraph } = ok(await gql<any>(q, { c: ids.huawei, d: 2, l: 30 }));
  expect(subgraph.nodes[0]).toMatchObject({ id: ids.huawei, distance: 0 });
  expect(subgraph.nodes.length).toBeLessThanOrEqual(30);
  const distances = subgraph.nodes.map((n: any) => n.distance);
  expect(distances).toEqual([...distances].sort());
  const nodeIds = new Set(subgraph.nodes.map((n: any) => n.id));
  expect(subgraph.edges.length).toBeGreaterThan(0);
  for (const e of subgraph.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
  const small = ok(await gql<any>(q, { c: ids.huawei, d: 2, l: 3 })).subgraph;
  expect(small).toMatchObject({ truncated: true });
  expect(small.nodes).toHaveLength(3);
  const missing = await gql(q, { c: 'no-such-entity' });
  expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});

test('documents and document: filtered pages, and what a document says', async () => {
  const all: any[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const { documents }: any = ok(await gql<any>(`query ($after: String) { documents(first: 5, after: $after, filter: { language: "da" }) {
      totalCount edges { node { id language publishedAt } } pageInfo { hasNextPage endCursor } } }`, { after }));
    all.push(...documents.edges.map((e: any) => e.node));
    if (!documents.pageInfo.hasNextPage) break;
    after = documents.pageInfo.endCursor;
  }
  expect(all.length).toBe(HAS_DEV ? 7 : 5);
  expect(all.every((d) => d.language === 'da')).toBe(true);
  const { document } = ok(await gql<any>(`query ($id: ID!) { document(id: $id) { id entities { id } relationships { id evidence(first: 100) { document { id } } } } }`, { id: all[0].id }));
  expect(document.entities.length).toBeGreaterThan(0);
  for (const r of document.relationships) expect(r.evidence.map((v: any) => v.document.id)).toContain(document.id);
  const byEntity = ok(await gql<any>('query ($e: ID) { documents(filter: { entity: $e, since: "2020-01-01" }, first: 100) { totalCount edges { node { publishedAt } } } }', { e: ids.pompeo })).documents;
  expect(byEntity.totalCount).toBeGreaterThan(0);
  expect(byEntity.edges.every((e: any) => e.node.publishedAt >= '2020-01-01')).toBe(true);
});

test('asOf: entity, relationships, subgraph and paths answer from the evidence published by then', async () => {
  const before = '2019-06-01';
  expect(ok(await gql<any>('query ($id: ID) { entity(id: $id, asOf: "2019-06-01") { id } }', { id: ids.pompeo })).entity).toBeNull();
  const { entity } = ok(await gql<any>(`query ($id: ID) { entity(id: $id, asOf: "${before}") { degree lastSeen
    relationships(first: 100) { totalCount edges { node { firstSeen lastSeen evidence(first: 100) { publishedAt } } } } } }`, { id: ids.huawei }));
  expect(entity.degree).toBe(entity.relationships.totalCount);
  expect(entity.lastSeen <= before).toBe(true);
  for (const { node } of entity.relationships.edges) {
    expect(node.lastSeen <= before).toBe(true);
    expect(node.evidence.every((v: any) => v.publishedAt <= before)).toBe(true);
  }
  const now = ok(await gql<any>('query ($id: ID) { entity(id: $id) { degree } }', { id: ids.huawei })).entity;
  expect(entity.degree).toBeLessThan(now.degree);
  const rels = ok(await gql<any>(`{ relationships(asOf: "${before}", first: 100) { totalCount edges { node { firstSeen lastSeen } } } }`)).relationships;
  expect(rels.totalCount).toBeGreaterThan(0);
  expect(rels.edges.every((e: any) => e.node.lastSeen <= before)).toBe(true);
  const sub = ok(await gql<any>(`query ($c: ID!) { subgraph(center: $c, depth: 2, asOf: "${before}") { edges { lastSeen } } }`, { c: ids.huawei })).subgraph;
  expect(sub.edges.every((e: any) => e.lastSeen <= before)).toBe(true);
  const paths = ok(await gql<any>(`query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, asOf: "${before}") { length } }`, { a: ids.pompeo, b: ids.huawei })).paths;
  expect(paths).toEqual([]);
  const badDate = await gql('{ relationships(asOf: "2019-02-30") { totalCount } }');
  expect(badDate.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
});

test('changes: relationships first seen in a window, oldest first', async () => {
  const { changes } = ok(await gql<any>('{ changes(from: "2020-08-01", to: "2020-08-31", first: 100) { totalCount edges { node { firstSeen } } } }'));
  expect(changes.totalCount).toBeGreaterThan(0);
  const firsts = changes.edges.map((e: any) => e.node.firstSeen);
  expect(firsts.every((d: string) => d >= '2020-08-01' && d <= '2020-08-31')).toBe(true);
  expect(firsts).toEqual([...firsts].sort());
});

test('stats: counts that agree with the graph', async () => {
  const { stats } = ok(await gql<any>(`{ stats { documentCount entityCounts { type count } relationshipCounts { type count }
    topEntities(first: 3) { entity { id } degree } documentsPerMonth { month count } } }`));
  const [{ d, e, r }] = await read<any>(driver, 'RETURN COUNT { (:Document) } AS d, COUNT { (:Entity) } AS e, COUNT { ()-[x]->() WHERE NOT type(x) IN ["MENTIONS", "IN_DOCUMENT"] } AS r');
  expect(stats.documentCount).toBe(d);
  expect(stats.entityCounts.reduce((s: number, c: any) => s + c.count, 0)).toBe(e);
  expect(stats.relationshipCounts.reduce((s: number, c: any) => s + c.count, 0)).toBe(r);
  expect(stats.documentsPerMonth.reduce((s: number, c: any) => s + c.count, 0)).toBe(d);
  expect(stats.topEntities).toHaveLength(3);
  expect(stats.topEntities[0].degree).toBeGreaterThanOrEqual(stats.topEntities[2].degree);
});

test('exports: GraphML, JSON and CSV of the same subgraph', async () => {
  const url = (f: string) => `${base}/export/${f}?center=${encodeURIComponent(ids.huawei)}&depth=1`;
  const json = await fetch(url('json'));
  expect(json.headers.get('content-type')).toMatch(/application\/json/);
  const graph = (await json.json()) as { nodes: Array<{ id: string }>; edges: Array<{ id: string; source: string }> };
  const sub = ok(await gql<any>('query ($c: ID!) { subgraph(center: $c, depth: 1) { nodes { id } edges { id } } }', { c: ids.huawei })).subgraph;
  expect(graph.nodes.map((n) => n.id)).toEqual(sub.nodes.map((n: any) => n.id));
  expect(graph.edges.map((e) => e.id)).toEqual(sub.edges.map((e: any) => e.id));
  const graphml = await (await fetch(url('graphml'))).text();
  expect(graphml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
  expect(graphml.match(/<node /g)).toHaveLength(graph.nodes.length);
  expect(graphml.match(/<edge /g)).toHaveLength(graph.edges.length);
  const csv = await (await fetch(url('csv'))).text();
  expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(graph.edges.length + 1);
  expect((await fetch(`${base}/export/pdf?center=x`)).status).toBe(404);
  expect((await fetch(`${base}/export/json`)).status).toBe(400);
});

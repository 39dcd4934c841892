// The vertical slice as a user meets it: `serve` and `ingest` as real processes, GraphQL
// over real HTTP, the real Neo4j underneath. Needs ../shared/eval/dev beside the repo.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../core/config';
import { read, type Driver } from '../../queries/db';
import { buildOnce, clearGraph, counts, runCli, snapshot, startCli, testDriver } from './ingest-helpers';

const ARTICLE = path.join(ROOT, '..', 'shared', 'eval', 'dev', 'da-computerworld-clean-network.txt');

interface Served {
  url: string;
  stop(): Promise<number | null>;
}

/** Starts `policy-graph serve` on a free port and waits for its "GraphQL at" line. */
async function serve(args: string[]): Promise<Served> {
  const { child, done } = startCli(['serve', '--port', '0', ...args]);
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${log}`)), 120_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void done.then((r) => reject(new Error(`serve exited early (${r.code}):\n${log}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      return (await done).code;
    },
  };
}

async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const CLEAN_NETWORK = `query($name: String!) {
  entity(name: $name) {
    id name type
    relationships(first: 100) {
      totalCount
      edges { node {
        type action
        source { id name type }
        target { id name type }
        confidence
        evidence { sentence start end document { id } }
        trackTargets: source { relationships(types: [TARGETS], direction: OUT, first: 50) { edges { node { action target { name } } } } }
      } }
    }
  }
}`;

describe('vertical slice: serve, ingest a Danish article, ask GraphQL', () => {
  let driver: Driver;
  let server: Served;
  const text = fs.readFileSync(ARTICLE, 'utf8');

  beforeAll(async () => {
    expect(fs.existsSync(ARTICLE)).toBe(true);
    buildOnce();
    driver = testDriver();
    await clearGraph(driver);
    server = await serve(['--no-samples']);
  }, 240_000);

  afterAll(async () => {
    expect(await server.stop()).toBe(0);
    await driver.close();
  });

  it('serves an empty graph with --no-samples, then ingests the article', async () => {
    expect(counts(await snapshot(driver)).documents).toBe(0);
    const r = await runCli(['ingest', ARTICLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ingested 1/);
  }, 120_000);

  it('links the five tracks, the announcer and, through the tracks, the targets, each with its sentence', async () => {
    const data = await gql(server.url, CLEAN_NETWORK, { name: 'Clean Network' });
    const e = data.entity;
    expect(e).toMatchObject({ name: 'Clean Network', type: 'Policy' });
    const edges = e.relationships.edges.map((x: any) => x.node);

    const tracks = edges.filter((n: any) => n.type === 'PART_OF' && n.target.id === e.id).map((n: any) => n.source.name).sort();
    expect(tracks).toEqual(['Clean Apps', 'Clean Cable', 'Clean Carrier', 'Clean Cloud', 'Clean Store']);

    expect(edges.some((n: any) => n.type === 'ANNOUNCED' && n.source.name === 'Mike Pompeo' && n.source.type === 'Person')).toBe(true);

    const targeted = new Set(
      edges
        .filter((n: any) => n.type === 'PART_OF')
        .flatMap((n: any) => n.trackTargets.relationships.edges.map((t: any) => t.node.target.name)),
    );
    for (const company of ['Huawei', 'China Telecom', 'Alibaba']) expect(targeted).toContain(company);

    for (const n of edges) {
      expect(n.evidence.length).toBeGreaterThan(0);
      for (const ev of n.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
    }
  });

  it('finds China by its Danish name', async () => {
    const data = await gql(server.url, '{ entity(name: "Kina") { name type aliases } }');
    expect(data.entity).toMatchObject({ name: 'China', type: 'Government' });
    expect(data.entity.aliases).toContain('Kina');
  });

  it('links nothing from the page\'s event listing and people-news column', async () => {
    const names = (await read<{ name: string }>(driver, 'MATCH (e:Entity) RETURN e.name AS name')).map((r) => r.name);
    for (const stray of ['Rigspolitiet', 'Energinet', 'Aarhus Universitet', 'Identity Festival 2026', 'Business Central 2026']) {
      expect(names).not.toContain(stray);
    }
    const tail = text.indexOf('Læses lige nu');
    expect(tail).toBeGreaterThan(0);
    const late = await read<{ n: number }>(driver, 'MATCH (v:Evidence) WHERE v.start >= $tail RETURN count(v) AS n', { tail });
    expect(late[0]!.n).toBe(0);
  });

  it('changes nothing when the same file is ingested again', async () => {
    const before = await snapshot(driver);
    const r = await runCli(['ingest', ARTICLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/unchanged 1/);
    expect(await snapshot(driver)).toEqual(before);
  }, 120_000);
});

describe('serve on an empty graph loads the bundled samples', () => {
  it('ingests every sample listed in samples/index.json, then answers', async () => {
    const driver = testDriver();
    try {
      await clearGraph(driver);
      buildOnce();
      const server = await serve([]);
      try {
        const listed = JSON.parse(fs.readFileSync(path.join(ROOT, 'samples', 'index.json'), 'utf8')) as unknown[];
        expect(counts(await snapshot(driver)).documents).toBe(listed.length);
        const data = await gql(server.url, '{ search(text: "Huawei", first: 3) { name type } }');
        expect(data.search[0]).toMatchObject({ name: 'Huawei', type: 'Company' });
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      await driver.close();
    }
  }, 300_000);
});

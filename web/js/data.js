// What the views read: entities, neighbourhoods, paths, policies and statistics. Each
// uses the server's dedicated query when it has one, and otherwise composes the answer
// from `entity { relationships }`, saying so in `via`.
import { can, fieldType, gql, present, request } from './api.js';

export const ENTITY_TYPES = ['Person', 'Company', 'Government', 'Agency', 'Organization', 'Policy', 'Product', 'Location'];
export const RELATIONSHIP_TYPES = ['ANNOUNCED', 'PART_OF', 'TARGETS', 'HOLDS_ROLE', 'ACQUIRES', 'OWNS', 'BASED_IN', 'SUPPLIES', 'SUPPORTS', 'OPPOSES'];

/** Relationships per entity asked for at once (the server's maximum page). */
export const PAGE = 100;

const DOC = 'id title url source language publishedAt';
const EVIDENCE = `id sentence start end confidence publishedAt document { ${DOC} }`;
const END = 'id name type aliases';
export const REL = `id type confidence firstSeen lastSeen evidenceCount action role status
  source { ${END} } target { ${END} } evidence(first: 5) { ${EVIDENCE} }`;

// ---- entities ----

export async function search(text, types) {
  const data = await gql(
    `query Search($text: String!, $types: [EntityType!], $first: Int) {
      search(text: $text, types: $types, first: $first) { id name type aliases }
    }`,
    { text, types: types?.length ? types : null, first: 8 },
  );
  return data.search;
}

/**
 * One entity with its relationships (up to PAGE). degree, firstSeen and lastSeen come
 * from the server when it has them, else from the relationships (`derived` lists which).
 */
export async function loadEntity({ id, name }) {
  let extra = await present('Entity', ['degree', 'firstSeen', 'lastSeen']);
  const query = (fields) => `query Entity($id: ID, $name: String, $first: Int) {
      entity(id: $id, name: $name) {
        id name type aliases wikidataId ${fields.join(' ')}
        relationships(first: $first) { totalCount edges { node { ${REL} } } }
      }
    }`;
  const variables = { id: id ?? null, name: name ?? null, first: PAGE };
  let { data, errors } = await request(query(extra), variables);
  if (!data.entity && errors.some((e) => extra.includes(e.path?.[1]))) {
    // A server still growing these fields: ask again without them.
    extra = [];
    ({ data } = await request(query(extra), variables));
  }
  const e = data.entity;
  if (!e) return null;
  const relationships = e.relationships.edges.map((x) => x.node);
  const derived = [];
  if (e.degree === undefined || e.degree === null) {
    e.degree = e.relationships.totalCount;
    derived.push('degree');
  }
  const dates = relationships.flatMap((r) => [r.firstSeen, r.lastSeen]).filter(Boolean).sort();
  if (!extra.includes('firstSeen')) (e.firstSeen = dates[0] ?? null), derived.push('firstSeen');
  if (!extra.includes('lastSeen')) (e.lastSeen = dates.at(-1) ?? null), derived.push('lastSeen');
  return { entity: e, relationships, totalCount: e.relationships.totalCount, derived };
}

/** The relationships of many entities in one request: Map id → relationships. */
export async function relationshipsOf(ids) {
  const out = new Map();
  for (let i = 0; i < ids.length; i += 25) {
    const chunk = ids.slice(i, i + 25);
    const vars = chunk.map((_, j) => `$i${j}: ID`).join(', ');
    const fields = chunk
      .map((_, j) => `e${j}: entity(id: $i${j}) { id relationships(first: ${PAGE}) { edges { node { ${REL} } } } }`)
      .join('\n');
    const data = await gql(`query Relationships(${vars}) {\n${fields}\n}`, Object.fromEntries(chunk.map((id, j) => [`i${j}`, id])));
    chunk.forEach((id, j) => out.set(id, data[`e${j}`]?.relationships.edges.map((x) => x.node) ?? []));
  }
  return out;
}

// ---- neighbourhoods ----

/**
 * Entities and relationships within `depth` hops of `center`: { nodes, edges, via,
 * truncated }. From `subgraph` when the server has it, else hop by hop here.
 */
export async function neighbourhood(center, depth = 1, limit = 200) {
  if (await hasSubgraph()) {
    try {
      const data = await gql(
        `query Subgraph($center: ID!, $depth: Int, $limit: Int) {
          subgraph(center: $center, depth: $depth, limit: $limit) { truncated nodes { id name type } edges { relationship { ${REL} } } }
        }`,
        { center, depth, limit },
      );
      const g = data.subgraph;
      return { nodes: g.nodes, edges: g.edges.map((e) => e.relationship).filter(Boolean), via: 'subgraph', truncated: g.truncated };
    } catch (err) {
      console.warn('subgraph failed; composing the neighbourhood here', err);
    }
  }
  const nodes = new Map();
  const edges = new Map();
  let frontier = [center];
  const seen = new Set(frontier);
  let truncated = false;
  for (let d = 0; d < depth && frontier.length; d++) {
    const rels = await relationshipsOf(frontier);
    const next = [];
    for (const list of rels.values()) {
      for (const r of list) {
        if (edges.size >= limit) {
          truncated = true;
          break;
        }
        edges.set(r.id, r);
        for (const end of [r.source, r.target]) {
          nodes.set(end.id, end);
          if (!seen.has(end.id)) seen.add(end.id), next.push(end.id);
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], via: 'relationships', truncated };
}

/** Whether `subgraph` has the shape this page reads: nodes { id name type }, edges { relationship }. */
async function hasSubgraph() {
  if (!(await can('Query', 'subgraph', ['center', 'depth', 'limit']))) return false;
  const t = await fieldType('Query', 'subgraph');
  if (!t) return true; // no introspection: try it
  const [nodeT, edgeT] = [await fieldType(t, 'nodes'), await fieldType(t, 'edges')];
  return (await present(nodeT, ['id', 'name', 'type'])).length === 3 && (await fieldType(edgeT, 'relationship')) === 'Relationship';
}

// ---- paths ----

/**
 * Shortest paths between two entities, each { length, nodes, relationships }, ignoring
 * direction. Uses `paths` when the server has it, else a breadth-first search here.
 */
export async function findPaths(from, to, maxHops = 4, first = 5) {
  if (await can('Query', 'paths')) {
    const t = await fieldType('Query', 'paths');
    if (!t || ((await fieldType(t, 'nodes')) === 'Entity' && (await fieldType(t, 'relationships')) === 'Relationship')) {
      try {
      const data = await gql(
        `query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
          paths(from: $from, to: $to, maxHops: $maxHops, first: $first) { length nodes { ${END} } relationships { ${REL} } }
        }`,
        { from, to, maxHops, first },
      );
      return { paths: data.paths, via: 'paths' };
      } catch (err) {
        if (err.code === 'BAD_USER_INPUT') throw err;
        console.warn('paths failed; searching here', err);
      }
    }
  }
  return { paths: await searchPaths(from, to, maxHops, first), via: 'browser' };
}

/** Breadth-first from `from`, keeping every parent on a shortest route, then routes back from `to`. */
async function searchPaths(from, to, maxHops, first) {
  if (from === to) return [];
  const parents = new Map([[from, []]]); // id → [{ prev, rel }]
  const nodes = new Map();
  let frontier = [from];
  for (let hop = 1; hop <= maxHops && frontier.length && !parents.has(to); hop++) {
    const rels = await relationshipsOf(frontier.slice(0, 150));
    const reached = new Map();
    for (const [id, list] of rels) {
      for (const r of list) {
        nodes.set(r.source.id, r.source);
        nodes.set(r.target.id, r.target);
        const other = r.source.id === id ? r.target.id : r.source.id;
        if (parents.has(other)) continue;
        if (!reached.has(other)) reached.set(other, []);
        reached.get(other).push({ prev: id, rel: r });
      }
    }
    for (const [id, ps] of reached) parents.set(id, ps);
    frontier = [...reached.keys()];
  }
  if (!parents.has(to)) return [];
  const out = [];
  const walk = (id, relsRev, idsRev) => {
    if (out.length >= first) return;
    if (id === from) {
      const ids = [...idsRev].reverse();
      out.push({ length: relsRev.length, nodes: ids.map((x) => nodes.get(x)), relationships: [...relsRev].reverse() });
      return;
    }
    for (const { prev, rel } of parents.get(id)) walk(prev, [...relsRev, rel], [...idsRev, prev]);
  };
  walk(to, [], [to]);
  return out;
}

// ---- statistics ----

export async function loadStats() {
  if (!(await can('Query', 'stats'))) return null;
  const type = (await fieldType('Query', 'stats')) ?? 'Stats';
  const parts = await present(type, ['documentCount', 'entityCounts', 'relationshipCounts', 'topEntities', 'documentsPerMonth']);
  const sel = {
    documentCount: 'documentCount',
    entityCounts: 'entityCounts { type count }',
    relationshipCounts: 'relationshipCounts { type count }',
    topEntities: `topEntities(first: 10) { entity { ${END} } degree }`,
    documentsPerMonth: 'documentsPerMonth { month count }',
  };
  const data = await gql(`query Stats { stats { ${parts.map((p) => sel[p]).join(' ')} } }`);
  return data.stats;
}

// ---- policies ----

/**
 * A programme: its tracks (PART_OF it) with what each TARGETS and how, who ANNOUNCED,
 * SUPPORTS and OPPOSES it (each { entity, relationship? }), and a timeline of dated
 * evidence, oldest first. From `policy` when the server has it, else composed here from
 * the relationships of the programme and of its tracks.
 */
export async function loadPolicy(id) {
  if (await can('Query', 'policy', ['id'])) {
    try {
      return await policyFromServer(id);
    } catch (err) {
      console.warn('policy failed; composing it here', err);
    }
  }
  return composePolicy(id);
}

async function policyFromServer(id) {
  const data = await gql(
    `query Policy($id: ID) {
      policy(id: $id) {
        policy { ${END} } tracks { ${END} } partOf { ${END} } announcedBy { ${END} }
        supporters { ${END} } opponents { ${END} } targets { ${REL} }
        timeline { date relationship { ${REL} } evidence { ${EVIDENCE} } }
      }
    }`,
    { id },
  );
  const p = data.policy;
  if (!p) return composePolicy(id); // not a Policy: show what relates to it anyway
  const from = (pid) => p.targets.filter((r) => r.source.id === pid);
  return {
    policy: p.policy,
    partOf: p.partOf,
    targets: from(p.policy.id),
    tracks: p.tracks.map((t) => ({ track: t, targets: from(t.id) })),
    announcedBy: p.announcedBy.map((entity) => ({ entity })),
    supporters: p.supporters.map((entity) => ({ entity })),
    opponents: p.opponents.map((entity) => ({ entity })),
    timeline: p.timeline
      .map((t) => ({ date: t.date, relationship: t.relationship, evidence: t.evidence[0] }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.relationship.type.localeCompare(b.relationship.type)),
    via: 'policy',
  };
}

async function composePolicy(id) {
  const main = await loadEntity({ id });
  if (!main) return null;
  const { entity, relationships } = main;
  const incoming = (type) => relationships.filter((r) => r.type === type && r.target.id === entity.id);
  const tracks = incoming('PART_OF').filter((r) => r.source.type === 'Policy').map((r) => r.source);
  const partOf = relationships.filter((r) => r.type === 'PART_OF' && r.source.id === entity.id).map((r) => r.target);
  const trackRels = tracks.length ? await relationshipsOf(tracks.map((t) => t.id)) : new Map();
  const targetsOf = (pid, rels) => rels.filter((r) => r.type === 'TARGETS' && r.source.id === pid);
  const all = new Map(relationships.map((r) => [r.id, r]));
  for (const list of trackRels.values()) for (const r of list) all.set(r.id, r);
  return {
    policy: entity,
    partOf,
    targets: targetsOf(entity.id, relationships),
    tracks: tracks.map((t) => ({ track: t, targets: targetsOf(t.id, trackRels.get(t.id) ?? []) })),
    announcedBy: uniqueRels(incoming('ANNOUNCED')),
    supporters: uniqueRels(incoming('SUPPORTS')),
    opponents: uniqueRels(incoming('OPPOSES')),
    timeline: timeline([...all.values()]),
    via: 'relationships',
  };
}

const uniqueRels = (rels) => [...new Map(rels.map((r) => [r.source.id, { entity: r.source, relationship: r }])).values()];

/** Dated events, oldest first: one per relationship and document date. */
export function timeline(rels) {
  const events = new Map();
  for (const r of rels) {
    for (const ev of r.evidence ?? []) {
      const date = (ev.document?.publishedAt ?? ev.publishedAt ?? r.firstSeen ?? '').slice(0, 10);
      if (!date) continue;
      const key = `${date}|${r.id}`;
      if (!events.has(key)) events.set(key, { date, relationship: r, evidence: ev });
    }
    if (!r.evidence?.length && r.firstSeen) events.set(`${r.firstSeen}|${r.id}`, { date: r.firstSeen.slice(0, 10), relationship: r });
  }
  return [...events.values()].sort((a, b) => a.date.localeCompare(b.date) || a.relationship.type.localeCompare(b.relationship.type));
}

// Picks what the questions ask about from the generated graph: the hubs, a centre for
// the subgraph, and two entities 3–4 hops apart (breadth-first search over the typed
// edges, either direction). Pure.
import type { SyntheticGraph } from './query-graph';
import { prng } from './query-graph';
import type { Targets } from './query-questions';

/** Undirected adjacency (CSR): neighbours of i are adj[start[i] .. start[i+1]-1]. */
export function adjacency(g: SyntheticGraph): { start: Int32Array; adj: Int32Array } {
  const n = g.entities.length;
  const start = new Int32Array(n + 1);
  for (let r = 0; r < g.relSource.length; r++) {
    start[g.relSource[r]! + 1]!++;
    start[g.relTarget[r]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(start[n]!);
  for (let r = 0; r < g.relSource.length; r++) {
    adj[fill[g.relSource[r]!]!++] = g.relTarget[r]!;
    adj[fill[g.relTarget[r]!]!++] = g.relSource[r]!;
  }
  return { start, adj };
}

/** Hop distance from `from` to every entity (-1: unreachable), up to maxHops. */
export function distances(a: { start: Int32Array; adj: Int32Array }, from: number, maxHops: number): Int8Array {
  const dist = new Int8Array(a.start.length - 1).fill(-1);
  dist[from] = 0;
  let frontier = [from];
  for (let d = 1; d <= maxHops && frontier.length; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let k = a.start[u]!; k < a.start[u + 1]!; k++) {
        const v = a.adj[k]!;
        if (dist[v] === -1) {
          dist[v] = d;
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

export function chooseTargets(g: SyntheticGraph, seed: number): Targets {
  const a = adjacency(g);
  const degree = (i: number) => a.start[i + 1]! - a.start[i]!;
  const rank = [...g.entities.keys()].sort((x, y) => degree(y) - degree(x));
  const hub = rank.find((i) => g.entities[i]!.type === 'Government')!;
  const company = rank.find((i) => g.entities[i]!.type === 'Company')!;
  // A mid-sized entity: its 2-hop neighbourhood has far more than 200 entities (it
  // reaches the hubs), so the node budget matters, as it does for real questions.
  const center = rank.find((i) => degree(i) <= 25)!;

  const random = prng(seed + 1);
  const small = rank.filter((i) => degree(i) >= 1 && degree(i) <= 4);
  for (let attempt = 0; attempt < 200; attempt++) {
    const from = small[Math.floor(random() * small.length)]!;
    const dist = distances(a, from, 4);
    for (const hops of [4, 3]) {
      const far = small.filter((i) => dist[i] === hops);
      if (far.length) {
        const to = far[Math.floor(random() * far.length)]!;
        return {
          hubId: g.entities[hub]!.id, hubName: g.entities[hub]!.name, companyId: g.entities[company]!.id, prefix: 'hua',
          subgraphCenter: g.entities[center]!.id, pathFrom: g.entities[from]!.id, pathTo: g.entities[to]!.id, pathHops: hops,
        };
      }
    }
  }
  throw new Error('found no two entities 3–4 hops apart');
}

// A synthetic policy graph of realistic shape, generated in memory from a seed: no
// driver, no file system (the caller passes the gazetteer). Degrees follow a power law
// within each entity type, so the first entities of a type (China, United States,
// Huawei, …) become hubs with tens of thousands of edges at a million relationships.
// Every relationship has 1–4 pieces of evidence, each in a document dated 2018–2024.
// bench/graph-loader.ts turns it into rows of exactly the writer's model.
import {
  ACQUISITION_STATUSES, ENTITY_TYPES, RELATIONSHIP_SIGNATURES, RELATIONSHIP_TYPES, SUPPORT_ACTIONS, TARGET_ACTIONS,
  type EntityType, type RelationshipType,
} from '../core/ontology';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent (a Zipf
 * law): a cumulative table and a binary search, O(log n) a draw.
 */
export class PowerLawSampler {
  private readonly cumulative: Float64Array;

  constructor(readonly n: number, readonly exponent: number) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`a sampler needs at least one rank, not ${n}`);
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.cumulative[i] = sum += 1 / Math.pow(i + 1, exponent);
  }

  /** The probability of rank i. */
  probability(i: number): number {
    const total = this.cumulative[this.n - 1]!;
    return (this.cumulative[i]! - (i > 0 ? this.cumulative[i - 1]! : 0)) / total;
  }

  sample(random: () => number): number {
    const x = random() * this.cumulative[this.n - 1]!;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** A gazetteer entry as in ingest/lexicon/gazetteer/*.json (aliases per language). */
export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  wikidataId?: string;
  aliases?: Record<string, string[]>;
}

export interface SyntheticEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidataId: string | null;
}

/** Evidence is stored column-wise (typed arrays) so a million relationships fit easily. */
export interface SyntheticGraph {
  entities: SyntheticEntity[];
  /** Per relationship: source and target entity index, type index into RELATIONSHIP_TYPES. */
  relSource: Int32Array;
  relTarget: Int32Array;
  relType: Uint8Array;
  /** Evidence of relationship i: indexes relEvidence[i] .. relEvidence[i+1]-1. */
  relEvidence: Int32Array;
  evDocument: Int32Array;
  evConfidence: Float64Array;
  /** Index into the type's qualifier list (actions, statuses, roles); -1 for none. */
  evQualifier: Int16Array;
  /** Day offsets from 2018-01-01, one per document. */
  docDay: Int32Array;
  documents: number;
}

export const FIRST_DAY = Date.UTC(2018, 0, 1);
export const DAYS = 7 * 365 + 1; // 2018-01-01 .. 2024-12-31
export const dayToDate = (day: number): string => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

const ROLES = ['Secretary of State', 'CEO', 'Chairman', 'Minister', 'Spokesperson', 'Ambassador', 'Commissioner', 'Director'];

/** The qualifier values of a relationship type, and which property they go to. */
export const QUALIFIERS: Partial<Record<RelationshipType, { property: 'action' | 'role' | 'status'; values: readonly string[] }>> = {
  TARGETS: { property: 'action', values: TARGET_ACTIONS },
  SUPPORTS: { property: 'action', values: SUPPORT_ACTIONS },
  ACQUIRES: { property: 'status', values: ACQUISITION_STATUSES },
  HOLDS_ROLE: { property: 'role', values: ROLES },
};

// How the entities split by type, and how the relationships split by type. Governments
// are few (as in reality), so the first of them collect the most edges.
const TYPE_SHARE: Record<EntityType, number> = {
  Person: 0.3, Company: 0.25, Organization: 0.1, Agency: 0.1, Policy: 0.1, Product: 0.1, Location: 0.03, Government: 0.02,
};
const MAX_GOVERNMENTS = 250;
const REL_SHARE: Record<RelationshipType, number> = {
  TARGETS: 0.2, SUPPORTS: 0.12, OPPOSES: 0.12, HOLDS_ROLE: 0.12, SUPPLIES: 0.1, BASED_IN: 0.1,
  ANNOUNCED: 0.08, OWNS: 0.06, ACQUIRES: 0.05, PART_OF: 0.05,
};
const EXPONENT = 1.0;
// Hubs that must come first in their type, whatever the gazetteer's order.
const HUBS_FIRST: Partial<Record<EntityType, string[]>> = { Government: ['China', 'United States'], Company: ['Huawei', 'ZTE'] };

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sa', 'dri', 'nor', 'ex', 'qua', 'li', 'bel', 'tor', 'an', 'zen', 'pha', 'ru', 'cel', 'dia'];
const SUFFIX: Record<EntityType, string[]> = {
  Person: [''],
  Company: ['Telecom', 'Technologies', 'Networks', 'Systems', 'Holdings', 'Mobile', 'Semiconductor'],
  Government: [''],
  Agency: ['Ministry', 'Authority', 'Commission', 'Agency', 'Bureau'],
  Organization: ['Institute', 'Foundation', 'Times', 'Council', 'University'],
  Policy: ['Act', 'Initiative', 'Programme', 'List', 'Order'],
  Product: ['App', 'Phone', 'Cloud', 'Pay', 'OS'],
  Location: ['Valley', 'Region', 'Bay', 'Province'],
};

function word(random: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function syntheticName(type: EntityType, random: () => number): string {
  const suffixes = SUFFIX[type];
  const suffix = suffixes[Math.floor(random() * suffixes.length)]!;
  const base = type === 'Person' ? `${word(random, 2)} ${word(random, 3)}` : word(random, 2 + Math.floor(random() * 2));
  return suffix ? `${base} ${suffix}` : base;
}

/** How many entities of each type a graph of `total` entities has (at least one of each). */
export function typeCounts(total: number): Record<EntityType, number> {
  const counts = {} as Record<EntityType, number>;
  let assigned = 0;
  for (const t of ENTITY_TYPES) {
    counts[t] = Math.max(1, Math.floor(total * TYPE_SHARE[t]));
    if (t === 'Government') counts[t] = Math.min(counts[t], MAX_GOVERNMENTS);
    assigned += counts[t];
  }
  counts.Person += Math.max(0, total - assigned);
  return counts;
}

/** The entities, in rank order within each type: gazetteer entries (hubs first), then synthetic ones. */
export function makeEntities(total: number, gazetteer: readonly GazetteerEntry[], random: () => number): SyntheticEntity[] {
  const counts = typeCounts(total);
  const out: SyntheticEntity[] = [];
  const names = new Set<string>();
  for (const type of ENTITY_TYPES) {
    const hubs = HUBS_FIRST[type] ?? [];
    const known = gazetteer
      .filter((e) => e.type === type)
      .sort((a, b) => rankOf(hubs, a.name) - rankOf(hubs, b.name));
    for (let i = 0; i < counts[type]; i++) {
      const g = known[i];
      if (g) {
        const aliases = [...new Set(Object.values(g.aliases ?? {}).flat())].filter((a) => a !== g.name).sort();
        out.push({ id: g.id, name: g.name, type, aliases, wikidataId: g.wikidataId ?? null });
        names.add(g.name);
        continue;
      }
      let name = syntheticName(type, random);
      for (let k = 2; names.has(name); k++) name = `${syntheticName(type, random)}${k > 5 ? ` ${k}` : ''}`;
      names.add(name);
      // Some entities carry an acronym, as real ones do.
      const aliases = random() < 0.2 ? [name.split(' ').map((p) => p[0]).join('').toUpperCase() + (out.length % 97)] : [];
      out.push({ id: `pg:bench-${type.toLowerCase()}-${i}`, name, type, aliases, wikidataId: null });
    }
  }
  return out;
}

const rankOf = (hubs: string[], name: string) => (hubs.includes(name) ? hubs.indexOf(name) : hubs.length);

export interface GraphOptions {
  relationships: number;
  /** Defaults to relationships / 10, between 1,000 and 100,000. */
  entities?: number;
  /** Defaults to relationships / 4. */
  documents?: number;
  seed: number;
  gazetteer: readonly GazetteerEntry[];
}

export const defaultEntities = (relationships: number): number => Math.min(100_000, Math.max(1_000, Math.round(relationships / 10)));

/** The whole graph. Distinct (source, type, target) triples, no self-loops, types within the ontology. */
export function generateGraph(o: GraphOptions): SyntheticGraph {
  const random = prng(o.seed);
  const entities = makeEntities(o.entities ?? defaultEntities(o.relationships), o.gazetteer, random);
  const byType = new Map<EntityType, number[]>();
  entities.forEach((e, i) => {
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type)!.push(i);
  });
  const samplers = new Map<EntityType, PowerLawSampler>();
  for (const [t, list] of byType) samplers.set(t, new PowerLawSampler(list.length, EXPONENT));
  const pickEntity = (t: EntityType) => byType.get(t)![samplers.get(t)!.sample(random)]!;

  const relTypes = new PowerLawSamplerFromWeights(RELATIONSHIP_TYPES.map((t) => REL_SHARE[t]));
  const documents = o.documents ?? Math.max(50, Math.round(o.relationships / 4));
  const docDay = new Int32Array(documents);
  // Later years carry more news: the day is skewed towards the end of the range.
  for (let d = 0; d < documents; d++) docDay[d] = Math.floor(Math.sqrt(random()) * DAYS);

  const R = o.relationships;
  const relSource = new Int32Array(R);
  const relTarget = new Int32Array(R);
  const relType = new Uint8Array(R);
  const relEvidence = new Int32Array(R + 1);
  const evDocument: number[] = [];
  const evConfidence: number[] = [];
  const evQualifier: number[] = [];
  const seen = new Set<string>();
  let made = 0;
  for (let attempts = 0; made < R; attempts++) {
    if (attempts > R * 20) throw new Error(`could only make ${made} distinct relationships; add entities`);
    const ti = relTypes.sample(random);
    const type = RELATIONSHIP_TYPES[ti]!;
    const [from, to] = signature(type, random);
    const s = pickEntity(from);
    const t = pickEntity(to);
    if (s === t) continue;
    const key = `${s}:${ti}:${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relSource[made] = s;
    relTarget[made] = t;
    relType[made] = ti;
    relEvidence[made] = evDocument.length;
    const r = random();
    const n = r < 0.7 ? 1 : r < 0.9 ? 2 : r < 0.97 ? 3 : 4;
    const q = QUALIFIERS[type];
    for (let k = 0; k < n; k++) {
      evDocument.push(Math.floor(random() * documents));
      evConfidence.push(Math.round((0.5 + random() * 0.45) * 1000) / 1000);
      evQualifier.push(q ? Math.floor(random() * q.values.length) : -1);
    }
    made++;
  }
  relEvidence[R] = evDocument.length;
  return {
    entities, relSource, relTarget, relType, relEvidence,
    evDocument: Int32Array.from(evDocument),
    evConfidence: Float64Array.from(evConfidence),
    evQualifier: Int16Array.from(evQualifier),
    docDay, documents,
  };
}

/** Source and target type of one relationship, drawn from the ontology's signature. */
function signature(type: RelationshipType, random: () => number): [EntityType, EntityType] {
  if (type === 'PART_OF') return random() < 0.5 ? ['Policy', 'Policy'] : ['Agency', 'Government'];
  const [sources, targets] = RELATIONSHIP_SIGNATURES[type];
  return [sources[Math.floor(random() * sources.length)]!, targets[Math.floor(random() * targets.length)]!];
}

/** A sampler over explicit weights (same binary search). */
export class PowerLawSamplerFromWeights {
  private readonly cumulative: Float64Array;
  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }
  sample(random: () => number): number {
    const x = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Degree (in + out) of every entity. */
export function degrees(g: SyntheticGraph): Int32Array {
  const d = new Int32Array(g.entities.length);
  for (let i = 0; i < g.relSource.length; i++) {
    d[g.relSource[i]!]!++;
    d[g.relTarget[i]!]!++;
  }
  return d;
}

/**
 * Checks the hand-written gazetteer data in ingest/lexicon/gazetteer/*.json against the
 * format of ingest/lexicon/README.md and the ontology. Reads the files directly, so it
 * does not depend on the loader. pending.json (written by the extractor work) is not
 * checked here.
 */
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.join(__dirname, '..', '..', 'ingest', 'lexicon', 'gazetteer');
const FILES = [
  'countries.json',
  'agencies.json',
  'companies.json',
  'products.json',
  'policies.json',
  'organizations.json',
  'locations.json',
  'people.json',
  'world-bodies.json',
];
const TYPES = ['Person', 'Company', 'Government', 'Agency', 'Organization', 'Policy', 'Product', 'Location'];

/** Surface forms deliberately listed on more than one entry, with the reason. */
const SHARED_ALIASES: Record<string, string> = {
  // (none at present: every shared form has been given to one entry)
};

/** Governments with no English adjective of their own (the only one in use belongs elsewhere or none exists). */
const NO_ENGLISH_ADJECTIVE = new Set([
  'Q237', // Vatican City: "Vatican" is an alias, there is no distinct adjective
  'Q784', // Dominica: "Dominican" is given to the Dominican Republic
  'Q971', // Republic of the Congo: "Congolese" is given to the DR Congo
]);

interface Entry {
  id: string;
  name: string;
  type: string;
  wikidataId?: string;
  aliases?: Record<string, string[]>;
  adjectives?: Record<string, string[]>;
  partOf?: string;
  basedIn?: string;
  ownedBy?: string;
  ownerGoesBy?: boolean;
  [key: string]: unknown;
}

function load(): Array<Entry & { file: string }> {
  const all: Array<Entry & { file: string }> = [];
  for (const file of FILES) {
    const p = path.join(DIR, file);
    if (!fs.existsSync(p)) continue;
    const data = JSON.parse(fs.readFileSync(p, 'utf8')) as unknown;
    if (!Array.isArray(data)) throw new Error(`${file} is not a JSON array`);
    for (const e of data as Entry[]) all.push({ ...e, file });
  }
  return all;
}

const entries = load();
const byId = new Map(entries.map((e) => [e.id, e]));

function forms(e: Entry): string[] {
  const out = [e.name];
  for (const group of [e.aliases, e.adjectives]) {
    if (!group) continue;
    for (const list of Object.values(group)) out.push(...list);
  }
  return out;
}

describe('gazetteer data', () => {
  test('files exist and are non-empty arrays', () => {
    for (const file of ['countries.json', 'policies.json']) {
      expect(fs.existsSync(path.join(DIR, file))).toBe(true);
    }
    expect(entries.length).toBeGreaterThan(200);
  });

  test('only known keys', () => {
    const keys = new Set(['id', 'name', 'type', 'wikidataId', 'aliases', 'adjectives', 'partOf', 'basedIn', 'ownedBy', 'offices', 'ownerGoesBy']);
    const bad = entries.flatMap((e) => Object.keys(e).filter((k) => k !== 'file' && !keys.has(k)).map((k) => `${e.id}.${k}`));
    expect(bad).toEqual([]);
  });

  test('ownerGoesBy only on a product with an owner, and as true', () => {
    const bad = entries.filter((e) => 'ownerGoesBy' in e && (e.ownerGoesBy !== true || e.type !== 'Product' || !e.ownedBy)).map((e) => e.id);
    expect(bad).toEqual([]);
  });

  test('ids are unique across all files', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of entries) {
      if (seen.has(e.id)) dups.push(`${e.id} (${seen.get(e.id)}, ${e.file})`);
      seen.set(e.id, e.file);
    }
    expect(dups).toEqual([]);
  });

  test('ids are Wikidata ids (matching wikidataId) or pg: slugs', () => {
    const bad = entries.filter((e) => {
      if (/^Q[1-9]\d*$/.test(e.id)) return e.wikidataId !== e.id;
      if (!/^pg:[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) return true;
      return e.wikidataId !== undefined && !/^Q[1-9]\d*$/.test(e.wikidataId);
    });
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  test('wikidataIds are not reused', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const e of entries) {
      if (!e.wikidataId) continue;
      if (seen.has(e.wikidataId)) dups.push(e.wikidataId);
      seen.add(e.wikidataId);
    }
    expect(dups).toEqual([]);
  });

  test('types are ontology types', () => {
    expect(entries.filter((e) => !TYPES.includes(e.type)).map((e) => e.id)).toEqual([]);
  });

  test('names and aliases are non-empty, trimmed strings', () => {
    const bad: string[] = [];
    for (const e of entries) {
      if (typeof e.name !== 'string' || e.name.trim() === '' || e.name !== e.name.trim()) bad.push(`${e.id}: name`);
      for (const group of [e.aliases, e.adjectives]) {
        if (group === undefined) continue;
        if (typeof group !== 'object' || Array.isArray(group)) { bad.push(`${e.id}: not a map`); continue; }
        for (const [lang, list] of Object.entries(group)) {
          if (lang !== '*' && !/^[a-z]{2}$/.test(lang)) bad.push(`${e.id}: language ${lang}`);
          if (!Array.isArray(list) || list.length === 0) { bad.push(`${e.id}: ${lang} empty`); continue; }
          for (const a of list) {
            if (typeof a !== 'string' || a.trim() === '' || a !== a.trim() || /\s{2}/.test(a)) bad.push(`${e.id}: "${a}"`);
            else if (a.length < 2 || /^\d+$/.test(a)) bad.push(`${e.id}: too short or numeric "${a}"`);
          }
          if (new Set(list).size !== list.length) bad.push(`${e.id}: repeated form in ${lang}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('adjectives only on Government entries', () => {
    expect(entries.filter((e) => e.adjectives && e.type !== 'Government').map((e) => e.id)).toEqual([]);
  });

  test('references resolve and join the right types', () => {
    const bad: string[] = [];
    const check = (e: Entry, key: 'partOf' | 'basedIn' | 'ownedBy', allowed: string[]) => {
      const ref = e[key];
      if (ref === undefined) return;
      const target = byId.get(ref);
      if (!target) bad.push(`${e.id}.${key} -> ${ref} (missing)`);
      else if (!allowed.includes(target.type)) bad.push(`${e.id}.${key} -> ${ref} (${target.type})`);
    };
    for (const e of entries) {
      // PART_OF is Agency -> Government or Policy -> Policy
      if (e.partOf !== undefined) {
        if (e.type === 'Agency') check(e, 'partOf', ['Government']);
        else if (e.type === 'Policy') check(e, 'partOf', ['Policy']);
        else bad.push(`${e.id}: partOf on a ${e.type}`);
      }
      if (e.basedIn !== undefined) {
        if (!['Company', 'Organization', 'Product'].includes(e.type)) bad.push(`${e.id}: basedIn on a ${e.type}`);
        check(e, 'basedIn', ['Government', 'Location']);
      }
      if (e.ownedBy !== undefined) {
        if (!['Company', 'Product'].includes(e.type)) bad.push(`${e.id}: ownedBy on a ${e.type}`);
        check(e, 'ownedBy', ['Company', 'Government']);
      }
      if (e.partOf === e.id || e.ownedBy === e.id) bad.push(`${e.id}: refers to itself`);
    }
    expect(bad).toEqual([]);
  });

  test('partOf and ownedBy chains have no cycles', () => {
    const bad: string[] = [];
    for (const key of ['partOf', 'ownedBy'] as const) {
      for (const e of entries) {
        const seen = new Set<string>([e.id]);
        let cur = e[key] ? byId.get(e[key] as string) : undefined;
        while (cur) {
          if (seen.has(cur.id)) { bad.push(`${key} cycle at ${e.id}`); break; }
          seen.add(cur.id);
          cur = cur[key] ? byId.get(cur[key] as string) : undefined;
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('no surface form is listed on two entries unless allow-listed', () => {
    const owner = new Map<string, Set<string>>();
    for (const e of entries) {
      for (const f of new Set(forms(e))) {
        if (!owner.has(f)) owner.set(f, new Set());
        owner.get(f)!.add(e.id);
      }
    }
    const dups = [...owner.entries()]
      .filter(([f, ids]) => ids.size > 1 && !(f in SHARED_ALIASES))
      .map(([f, ids]) => `${f}: ${[...ids].join(', ')}`);
    expect(dups).toEqual([]);
  });

  test('allow-listed shared aliases really are shared', () => {
    const count = (f: string) => entries.filter((e) => forms(e).includes(f)).length;
    expect(Object.keys(SHARED_ALIASES).filter((f) => count(f) < 2)).toEqual([]);
  });

  test('every Government has a Danish form and an English adjective', () => {
    const bad: string[] = [];
    for (const e of entries.filter((x) => x.type === 'Government')) {
      const da = [...(e.aliases?.da ?? []), ...(e.aliases?.['*'] ?? []), ...(e.adjectives?.da ?? [])];
      if (da.length === 0) bad.push(`${e.id} ${e.name}: no Danish form`);
      if (!NO_ENGLISH_ADJECTIVE.has(e.id) && (e.adjectives?.en ?? []).length === 0) bad.push(`${e.id} ${e.name}: no English adjective`);
    }
    expect(bad).toEqual([]);
  });

  test('key entities are present with their expected ids', () => {
    const expectId = (id: string, name: string, type: string) => {
      const e = byId.get(id);
      expect(e && { name: e.name, type: e.type }).toEqual({ name, type });
    };
    expectId('Q30', 'United States', 'Government');
    expectId('Q148', 'China', 'Government');
    expectId('Q35', 'Denmark', 'Government');
    expectId('Q4628', 'Faroe Islands', 'Government');
    expectId('pg:clean-network', 'Clean Network', 'Policy');
    for (const track of ['clean-carrier', 'clean-store', 'clean-apps', 'clean-cloud', 'clean-cable', 'clean-path']) {
      expect(byId.get(`pg:${track}`)?.partOf).toBe('pg:clean-network');
    }
  });
});

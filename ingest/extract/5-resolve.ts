// Stage 5: mentions to entities. A gazetteer mention is its entry ("Kina", "kinesiske",
// "China" are one node); a new name is grouped by its normalised form; a person named by
// surname alone ("Pompeo") joins the full name seen in the document, and a full name whose
// surname and initial fit a known person ("Micheal Pompeo") joins that person.
import type { EntityType } from '../../core/ontology';
import type { GazetteerEntry, Lexicon } from '../lexicon';
import { polity } from '../lexicon';
import type { RawMention, ResolvedMention, WorkEntity } from './model';

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[æ]/g, 'ae').replace(/[ø]/g, 'oe').replace(/[å]/g, 'aa').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'x';
}

const normKey = (s: string) => s.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
const words = (s: string) => s.split(/[\s]+/).filter((w) => /\p{L}/u.test(w));

const TYPE_PRIORITY: Record<RawMention['typeBy'], number> = { lexicon: 3, cue: 2, nlp: 1, default: 0 };

export interface Resolution {
  entities: WorkEntity[];
  mentions: ResolvedMention[];
}

const BODY_TYPES: EntityType[] = ['Agency', 'Organization'];

/** The entity of the document that fits, when exactly one does. */
function onlyOne(entities: Map<string, WorkEntity>, fits: (e: WorkEntity) => boolean): WorkEntity | undefined {
  let found: WorkEntity | undefined;
  for (const e of entities.values()) {
    if (!fits(e)) continue;
    if (found && found.id !== e.id) return undefined;
    found = e;
  }
  return found;
}

/** The one body of the document whose name of several words ends in the word w. */
function headNounOf(w: string, entities: Map<string, WorkEntity>): WorkEntity | undefined {
  // (Not the complement of "of"/"for": "Commerce" is not China's "Ministry of Commerce".)
  const head = onlyOne(entities, (e) => {
    const ws = words(e.name);
    return BODY_TYPES.includes(e.type) && ws.length >= 2 && ws[ws.length - 1].toLowerCase() === w && !OF_WORDS.has(ws[ws.length - 2].toLowerCase());
  });
  if (head) return head;
  // "when Commerce told suppliers", "Treasury said": a US-style department named by its remit alone, when one
  // department of the document is "Commerce Department" or "Department of Commerce".
  return onlyOne(entities, (e) => {
    const ws = words(e.name).map((x) => x.toLowerCase());
    return e.type === 'Agency' && ws.length === 2 ? ws[0] === w && ws[1] === 'department'
      : e.type === 'Agency' && ws.length === 3 && ws[0] === 'department' && ws[1] === 'of' && ws[2] === w;
  });
}

const OF_WORDS = new Set(['of', 'for', 'on', 'til']);

/**
 * "Kunlun" after "Beijing Kunlun Tech": the distinctive word of a firm's name that opens with its
 * city, alone. Not the first word ("Naver" beside "Naver Cloud" is the parent, not the unit) nor a
 * word for a kind of firm ("Tech").
 */
function shortFirmName(w: string, entities: Map<string, WorkEntity>, lexicon: Lexicon): WorkEntity | undefined {
  if (lexicon.cues.head.has(w)) return undefined;
  return onlyOne(entities, (e) => {
    if (e.type !== 'Company' || e.lexId) return false;
    const ws = words(e.name).map((x) => x.toLowerCase());
    return ws.indexOf(w) >= 1 && (lexicon.capitals.has(ws[0]) || !!lexicon.trie.next.get(ws[0])?.hits?.some((h) => lexicon.entries.get(h.id)?.type === 'Location'));
  });
}

/**
 * "Lattice" after "Lattice Semiconductor", "Canyon Bridge" after "Canyon Bridge Capital Partners": a firm's name
 * without the words for its legal or business form is that firm, when one firm of the document fits. Not a unit
 * named by a word of its own ("Naver Cloud" is not "Naver").
 */
function firmWithoutForm(w: string[], entities: Map<string, WorkEntity>, lexicon: Lexicon): WorkEntity | undefined {
  const lw = w.map((x) => x.toLowerCase());
  return onlyOne(entities, (e) => {
    if (e.type !== 'Company') return false;
    const ws = words(e.name).map((x) => x.toLowerCase());
    // ("State Grid" after "State Grid Corporation of China": the form may end in "of" and a place.)
    const rest = ws.slice(lw.length);
    const of = rest.indexOf('of');
    const forms = of > 0 && rest.length - of - 1 >= 1 && rest.length - of - 1 <= 2 ? rest.slice(0, of) : rest;
    return ws.length > lw.length && lw.every((x, i) => ws[i] === x)
      && forms.every((x) => lexicon.cues.head.get(x.replace(/[.,]/g, '')) === 'Company');
  });
}

/**
 * "The Personal Information Protection Commission said" after "South Korea's Personal Information Protection
 * Commission": a state's body named again without its state is that body, when one body of the text is so named.
 */
function bodyWithoutState(key: string, ms: RawMention[], raw: RawMention[], entities: Map<string, WorkEntity>, lexicon: Lexicon): WorkEntity | undefined {
  const body = onlyOne(entities, (e) => {
    const entry = e.lexId ? lexicon.entries.get(e.lexId) : undefined;
    return !!entry && namesWithoutState(entry, lexicon).some((n) => normKey(n) === key);
  });
  // ("Thailand's Ministry of Commerce" beside China's is Thailand's own.)
  const otherState = ms.some((m) => raw.some((g) => g.type === 'Government' && g.lexId !== body?.partOf && g.end <= m.start && m.start - g.end <= 1));
  return otherState ? undefined : body;
}

/**
 * "Kaspersky, which is based in Moscow, … its chief executive Eugene Kaspersky": a firm named after its founder. The
 * word alone, typed a firm by a cue beside it ("companies such as Kaspersky"), is the firm, not the person's surname.
 */
const namesAFirm = (ms: RawMention[], type: EntityType) => type === 'Company' && ms.some((m) => m.typeBy === 'cue' && m.type === 'Company');

export function resolveMentions(raw: RawMention[], lexicon: Lexicon): Resolution {
  const entities = new Map<string, WorkEntity>();
  const mentions: ResolvedMention[] = [];
  const ensureLex = (id: string): WorkEntity => {
    let e = entities.get(id);
    if (!e) {
      const entry = lexicon.entries.get(id)!;
      e = {
        id, name: entry.name, type: entry.type, lexId: id, wikidataId: entry.wikidataId, surfaces: new Set(), mentions: [],
        partOf: entry.partOf, basedIn: entry.basedIn, ownedBy: entry.ownedBy,
      };
      entities.set(id, e);
    }
    return e;
  };
  const attach = (m: RawMention, e: WorkEntity) => {
    const rm: ResolvedMention = { ...m, entityId: e.id };
    e.mentions.push(rm);
    if (m.surface !== e.name) e.surfaces.add(m.surface);
    mentions.push(rm);
  };
  // 1. Gazetteer mentions.
  for (const m of raw) if (m.lexId) attach(m, ensureLex(m.lexId));
  // A federal state that acts anywhere in the text ("Texas Governor Greg Abbott", "Indiana sues") is its government.
  for (const e of entities.values()) {
    if (e.type === 'Location' && polity(lexicon.entries.get(e.lexId ?? '')) && e.mentions.some((m) => m.type === 'Government')) e.type = 'Government';
  }
  // 2. New names, grouped by form; the type with the strongest evidence wins.
  const groups = new Map<string, RawMention[]>();
  for (const m of raw) {
    if (m.lexId) continue;
    const k = normKey(m.canonical ?? m.key);
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  const personFull = new Map<string, string>(); // surname → entity id of a full name in this document
  // First word → the one full name of the document that opens with it ('' where two do): "Liang" after
  // "Liang Wenfeng", a family name written first.
  const personFirst = new Map<string, string>();
  const noteFirst = (w: string[], id: string) => {
    const f = w[0].toLowerCase();
    const had = personFirst.get(f);
    personFirst.set(f, had === undefined || had === id ? id : '');
  };
  for (const e of entities.values()) {
    if (e.type === 'Person') {
      const w = words(e.name);
      if (w.length > 1) {
        personFull.set(w[w.length - 1].toLowerCase(), e.id);
        noteFirst(w, e.id);
      }
    }
  }
  const typeOf = (ms: RawMention[]): EntityType => {
    const votes = new Map<EntityType, number>();
    for (const m of ms) votes.set(m.type, (votes.get(m.type) ?? 0) + 1 + 10 * TYPE_PRIORITY[m.typeBy]);
    return [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  };
  // A Danish genitive of a name seen bare ("TikToks" beside "TikTok") is that name.
  for (const [k, ms] of [...groups.entries()]) {
    const bare = k.endsWith('s') ? groups.get(k.slice(0, -1)) : undefined;
    // (Only a name seen bare somewhere: "Bergen Engine" from "Bergen Engines ligger" alone is no bare name.)
    if (bare && k.length > 3 && bare.some((m) => !m.genitive)) {
      bare.push(...ms.map((m) => ({ ...m, key: m.key.slice(0, -1), genitive: true })));
      groups.delete(k);
    }
  }
  // A name seen only before what it owns ("Bergen Engines ligger", read as the genitive "Bergen Engine") and
  // elsewhere bare with its "s" ("Bergen Engines, der …") is the name with the "s".
  for (const [k, ms] of [...groups.entries()]) {
    const full = groups.get(`${k}s`);
    if (full && groups.has(k) && ms.every((m) => m.genitive && !m.key.endsWith('s'))) {
      full.push(...ms.map((m) => ({ ...m, key: `${m.key}s`, genitive: false })));
      groups.delete(k);
    }
  }
  // Longer names first, so a surname alone finds its full name.
  const ordered = [...groups.entries()].sort((a, b) => words(b[0]).length - words(a[0]).length);
  for (const [k, ms] of ordered) {
    const type = typeOf(ms);
    const w = words(ms[0].key);
    let target: WorkEntity | undefined;
    if (w.length === 1) {
      // ("Frederiksens rådgivere" after "Mette Frederiksen": a surname's Danish genitive, which ends in a consonant and "s".)
      const id = (namesAFirm(ms, type) ? undefined : personFull.get(k)) ?? (lexicon.surnames.has(k) ? undefined : personFirst.get(k) || undefined)
        ?? (k.endsWith('s') ? personFull.get(k.slice(0, -1)) ?? lexicon.surnames.get(k.slice(0, -1))?.find((p) => entities.has(p)) : undefined);
      if (id) target = entities.get(id);
      const known = lexicon.surnames.get(k);
      if (!target && type === 'Person' && known?.length === 1) target = ensureLex(known[0]);
      // "the Commission" after "the European Commission": a body's head noun alone is that body, when one named body ends in it.
      if (!target && type !== 'Person') target = headNounOf(k, entities);
      // A lone word read as a person ("Kunlun agrees …", "Kunlun said") can still be a firm's short name: a word
      // inside a firm's name is no given name or surname.
      if (!target) target = shortFirmName(k, entities, lexicon);
    } else if (type === 'Person' || ms.some((m) => m.typeBy !== 'cue')) {
      // "Micheal Pompeo" → Mike Pompeo: same surname, same initial.
      const surname = w[w.length - 1].toLowerCase();
      const initial = w[0][0]?.toLowerCase();
      const inDoc = personFull.get(surname);
      const cands = inDoc ? [inDoc] : lexicon.surnames.get(surname) ?? [];
      for (const id of cands) {
        const e = entities.get(id) ?? (lexicon.entries.has(id) ? undefined : undefined);
        const name = e?.name ?? lexicon.entries.get(id)?.name ?? '';
        if (name && name[0].toLowerCase() === initial) {
          target = e ?? ensureLex(id);
          break;
        }
      }
    }
    if (!target && w.length >= 2 && BODY_TYPES.includes(type)) target = bodyWithoutState(k, ms, raw, entities, lexicon);
    if (!target) target = firmWithoutForm(w, entities, lexicon);
    // "Wingtechs stifter" beside "Wingtech Technology": the Danish genitive of a firm's short name.
    if (!target && w.length === 1 && /\p{Ll}s$/u.test(w[0]) && w[0].length > 4) target = firmWithoutForm([w[0].slice(0, -1)], entities, lexicon);
    if (!target) {
      const name = ms.map((m) => m.canonical ?? m.key).sort((a, b) => b.length - a.length)[0];
      const id = `pg:${type.toLowerCase()}:${slug(name)}`;
      target = entities.get(id) ?? { id, name, type, surfaces: new Set(), mentions: [], partOf: ms.find((m) => m.partOf)?.partOf };
      entities.set(id, target);
      if (type === 'Person' && w.length > 1) {
        personFull.set(w[w.length - 1].toLowerCase(), id);
        noteFirst(w, id);
      }
    }
    for (const m of ms) attach(m, target);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const e of entities.values()) e.mentions.sort((a, b) => a.start - b.start);
  // "Facebook said it would appeal" in a text that never names Meta: a product news calls its owner by (ownerGoesBy) is
  // the firm where the owner is not named, and the product where it is.
  for (const e of entities.values()) {
    const entry = e.lexId ? lexicon.entries.get(e.lexId) : undefined;
    if (entry?.ownerGoesBy && e.type === 'Product' && entry.ownedBy && !entities.has(entry.ownedBy)) e.type = 'Company';
  }
  return { entities: [...entities.values()], mentions };
}

/**
 * "Ministry of Commerce" for "Chinese Ministry of Commerce", "Ministry of Defence" for "Ministry of Defence of Denmark":
 * a state's body named in English without its state, as a reader of one country's news names it. An alias for the
 * output only: as a form to look up it would make every "Ministry of Commerce" China's.
 */
export function namesWithoutState(entry: GazetteerEntry, lexicon: Lexicon): string[] {
  const state = entry.type === 'Agency' && entry.partOf ? lexicon.entries.get(entry.partOf) : undefined;
  if (!state) return [];
  const stateForms = [state.name, ...Object.values(state.aliases).flat()];
  const prefixes = [...(state.adjectives?.en ?? []), ...stateForms.flatMap((f) => [f, `${f}'s`, `${f}’s`])];
  const out = new Set<string>();
  for (const form of [entry.name, ...(entry.aliases.en ?? []), ...(entry.aliases['*'] ?? [])]) {
    // (The shortest: "… of the People's Republic of China" is "…", not "… of the People's Republic".)
    const bare = [
      ...prefixes.filter((p) => form.startsWith(`${p} `)).map((p) => form.slice(p.length + 1)),
      ...stateForms.flatMap((f) => [` of ${f}`, ` of the ${f}`]).filter((tail) => form.endsWith(tail)).map((tail) => form.slice(0, -tail.length)),
    ].sort((a, b) => a.length - b.length)[0];
    if (bare) out.add(bare);
  }
  return [...out].filter((n) => words(n).length >= 2 && /^\p{Lu}/u.test(n) && n !== entry.name);
}

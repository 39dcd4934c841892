// PART_OF and the facts of the gazetteer. A track belongs to its programme when the
// gazetteer says so or the text lists it ("five tracks: Clean Carrier, Clean Store, …",
// "Clean Carrier: …" lines after "The five new lines of effort for the Clean Network:").
// partOf / basedIn / ownedBy of the gazetteer count only when the text names both ends.
import type { Lexicon } from '../../lexicon';
import type { ResolvedMention, Sentence, WorkEntity } from '../model';
import { findPhrases } from '../phrases';
import { add, previousSentence, stateNames, type DocCtx, type Occ, type SentenceCtx } from './context';

/** Track → programme from the gazetteer, for the policies the text names. */
export function gazetteerParents(entities: Map<string, WorkEntity>): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const e of entities.values()) if (e.type === 'Policy' && e.partOf && entities.has(e.partOf)) parentOf.set(e.id, e.partOf);
  return parentOf;
}

/** The policy that heads a line ("Clean Carrier: To ensure …"), by sentence index. */
export function headedLines(sentences: Sentence[], mentions: ResolvedMention[], entities: Map<string, WorkEntity>): Map<number, string> {
  const heads = new Map<number, string>(); // paragraph → policy id
  const atStart = new Map<number, ResolvedMention>();
  for (const x of mentions) if (x.tokStart === 0 && !atStart.has(x.sentence)) atStart.set(x.sentence, x);
  for (const s of sentences) {
    if (!s.paragraphStart) continue;
    const m = atStart.get(s.index);
    if (!m || entities.get(m.entityId)?.type !== 'Policy') continue;
    if (s.tokens[m.tokEnd]?.text === ':') heads.set(s.paragraph, m.entityId);
  }
  const bySentence = new Map<number, string>();
  for (const s of sentences) {
    const h = heads.get(s.paragraph);
    if (h) bySentence.set(s.index, h);
  }
  return bySentence;
}

/** Tracks named in lists and headed lines, added to parentOf. */
export function listedTracks(sentences: SentenceCtx[], heads: Map<number, string>, parentOf: Map<string, string>, ctx: DocCtx): void {
  let intro: { programme: string; sentence: number } | undefined;
  let lastProgramme: string | undefined;
  for (const sc of sentences) {
    const { s, occs, trig } = sc;
    const policies = occs.filter((o) => o.type === 'Policy');
    const colon = s.tokens.findIndex((t) => t.text === ':');
    const hasTrackNoun = findPhrases(trig.trackNouns, s.tokens, 0, colon >= 0 ? colon : s.tokens.length).length > 0;
    const programmeHere = policies.find((o) => (colon < 0 || o.tokEnd <= colon) && !parentOf.has(o.entityId));
    if (programmeHere && !heads.has(s.index)) lastProgramme = programmeHere.entityId;
    if (hasTrackNoun && colon >= 0) {
      const programme = programmeHere?.entityId ?? lastProgramme;
      const listed = policies.filter((o) => o.tokStart > colon && o.entityId !== programme);
      if (programme) {
        for (const o of listed) link(o.entityId, programme, s.index, 'partof.list');
        if (listed.length === 0 && colon === s.tokens.length - 1) intro = { programme, sentence: s.index };
      }
      continue;
    }
    const head = heads.get(s.index);
    if (head && intro && head !== intro.programme && s.paragraphStart) link(head, intro.programme, s.index, 'partof.headed');
    else if (!head && s.paragraphStart && intro && s.index - intro.sentence > 1) intro = undefined;
  }
  function link(track: string, programme: string, sentence: number, rule: string) {
    if (!parentOf.has(track)) parentOf.set(track, programme);
    if (parentOf.get(track) === programme) add(ctx, { subject: track, predicate: 'PART_OF', object: programme, rule, sentence });
  }
}

const firstSentence = (e: WorkEntity) => e.mentions[0]?.sentence ?? 0;

/** The first sentence that names both, else the later of their first mentions: the evidence of a world fact. */
function both(a: WorkEntity, b: WorkEntity): number {
  const sa = new Set(a.mentions.map((m) => m.sentence));
  return b.mentions.find((m) => sa.has(m.sentence))?.sentence ?? Math.max(firstSentence(a), firstSentence(b));
}

/**
 * The gazetteer's offices of a person, where the text names the person and the body together: news takes a known
 * office as read ("Vestager said the Commission would …"). Only for a person the text gives no office, whose stated
 * office is the text's word on which one it means. A body or firm counts in the same sentence or the next or last
 * one; a state only in the same sentence: a president named in one line and his country in the next is no
 * statement of the office (measured: that adds wrong roles, the body's sentence beside the person's does not).
 */
export function knownOffices(ctx: DocCtx): void {
  const stated = new Set(ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE').map((r) => r.subject));
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Person' || !e.lexId || stated.has(e.id)) continue;
    const said = e.mentions.map((m) => m.sentence);
    for (const o of ctx.lexicon.entries.get(e.lexId)?.offices ?? []) {
      const body = ctx.entities.get(o.of);
      const reach = body?.type === 'Government' ? 0 : 1;
      const at = body?.mentions.find((m) => said.some((x) => Math.abs(x - m.sentence) <= reach))?.sentence;
      if (at !== undefined) add(ctx, { subject: e.id, predicate: 'HOLDS_ROLE', object: o.of, role: o.role, rule: 'gazetteer.holds_role', sentence: at });
    }
  }
}

/** partOf, basedIn and ownedBy facts between entities the text names. */
export function gazetteerFacts(ctx: DocCtx, lexicon: Lexicon, subjectsOfAction: Set<string> = new Set(), actedFromAbroad: Set<string> = subjectsOfAction): void {
  for (const e of ctx.entities.values()) {
    const facts: [string | undefined, 'PART_OF' | 'BASED_IN' | 'OWNS'][] = [[e.partOf, 'PART_OF']];
    // Nationality and owner matter where the text acts on the company: a measure aimed at
    // it, or an accusation. Elsewhere ("Microsoft", a Danish broadcaster) the text does not say it.
    // A state's ownership is a matter of degree the text must state ("state-owned"); a parent company is a fact.
    if (subjectsOfAction.has(e.id)) {
      // Nationality is what a foreign measure or charge turns on; a firm its own state acts on ("Washington told
      // Apple and Google to remove the app") is not said to be of that state.
      // A state the text itself gives as the firm's seat outranks the gazetteer's ("Singapore-based Broadcom": it has moved since).
      if (actedFromAbroad.has(e.id) && !seatInText(ctx, e.id, e.basedIn)) facts.push([e.basedIn, 'BASED_IN']);
      if (e.ownedBy && ctx.entities.get(e.ownedBy)?.type === 'Company') facts.push([e.ownedBy, 'OWNS']);
    } else if (e.type === 'Product' && e.ownedBy && ctx.entities.get(e.ownedBy)?.type === 'Company' && subjectsOfAction.size > 0) {
      // A product and its maker both named in a text about a measure or an accusation: the maker is part of
      // what the product is ("iPhone users" beside "Apple"). (Only on the second pass, which knows the acts.)
      facts.push([e.ownedBy, 'OWNS']);
    }
    for (const [other, predicate] of facts) {
      if (!other) continue;
      const o = ctx.entities.get(other);
      if (!o) continue;
      // "Meta, formerly known as Facebook", "Meta, der indtil sidste år hed Facebook": the product's name was the owner's own.
      if (predicate === 'OWNS' && renamed(ctx, o.id, e.id)) continue;
      const rule = e.lexId ? `gazetteer.${predicate.toLowerCase()}` : 'pattern.embassy';
      if (predicate === 'OWNS') add(ctx, { subject: o.id, predicate, object: e.id, rule, sentence: both(o, e) });
      else add(ctx, { subject: e.id, predicate, object: o.id, rule, sentence: both(e, o) });
    }
  }
  void lexicon;
}

/** Words that say a name was another's before: "formerly", "renamed", "hed", "omdøbt". */
const RENAMED = new Set(['formerly', 'renamed', 'rebranded', 'hed', 'omdøbt', 'omdøbte']);

/** Whether a sentence names `a`, then within a few words a word of renaming, then `b`. */
function renamed(ctx: DocCtx, a: string, b: string): boolean {
  return ctx.sentences.some((sc) => sc.occs.some((x) => x.entityId === a && x.kind !== 'coref' && sc.occs.some((y) => y.entityId === b && y.kind !== 'coref'
    && y.tokStart > x.tokEnd && y.tokStart - x.tokEnd <= 8 && sc.s.tokens.slice(x.tokEnd, y.tokStart).some((t) => RENAMED.has(t.norm)))));
}

/** Whether the text places the entity in a state other than `known`. */
function seatInText(ctx: DocCtx, id: string, known: string | undefined): boolean {
  return ctx.relations.some((r) => r.predicate === 'BASED_IN' && r.subject === id && r.object !== known && ctx.entities.get(r.object)?.type === 'Government');
}

/** Which track of a programme a sentence is about, by topic words ("kabler" → Clean Cable). */
export function topicTrack(sc: SentenceCtx, ctx: DocCtx, trackTopics: Map<string, Set<number>>): string | undefined {
  if (trackTopics.size === 0) return undefined;
  const counts = new Map<number, number>();
  ctx.lexicon.topics.forEach((g, gi) => {
    const n = findPhrases(g.text, sc.s.tokens).length;
    if (n) counts.set(gi, n);
  });
  let best: string | undefined;
  let bestN = 0;
  let tie = false;
  for (const [track, groups] of trackTopics) {
    let n = 0;
    for (const g of groups) n += counts.get(g) ?? 0;
    if (n > bestN) {
      best = track;
      bestN = n;
      tie = false;
    } else if (n === bestN && n > 0) tie = true;
  }
  return tie ? undefined : best;
}

/** Topic groups of each track, from the words of its name that its siblings do not share. */
export function trackTopicsOf(ctx: DocCtx, parentOf: Map<string, string>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [track, programme] of parentOf) {
    const e = ctx.entities.get(track);
    const p = ctx.entities.get(programme);
    if (!e || !p) continue;
    const progWords = new Set(p.name.toLowerCase().split(/\s+/));
    const words = e.name.toLowerCase().split(/[\s-]+/).filter((w) => !progWords.has(w));
    const toks = words.map((w) => ({ text: w, norm: w, start: 0, end: 0, word: true, cap: false, upper: false }));
    const groups = new Set<number>();
    ctx.lexicon.topics.forEach((g, gi) => {
      if (findPhrases(g.name, toks).length) groups.add(gi);
    });
    if (groups.size) out.set(track, groups);
  }
  return out;
}

/**
 * A body the gazetteer does not know belongs to the state that qualifies it ("Kinas
 * handelsministerium", "China's Foreign Ministry") or that the sentence opens on ("In Beijing,
 * the Ministry of Commerce said").
 */
export function agencyStates(ctx: DocCtx): void {
  const done = new Set<string>();
  for (const sc of ctx.sentences) {
    const toks = sc.s.tokens;
    for (const o of sc.occs) {
      if (o.type !== 'Agency' || o.kind === 'coref' || done.has(o.entityId)) continue;
      const e = ctx.entities.get(o.entityId);
      if (!e || e.partOf || e.lexId) continue;
      let state = sc.occs.find((x) => x.tokEnd === o.tokStart && x.type === 'Government' && (x.genitive || x.kind === 'adjective'));
      if (!state) {
        const comma = toks.findIndex((t) => t.text === ',');
        if (comma > 0 && comma < o.tokStart && comma <= 4 && sc.trig.placePrep.byFirst.has(toks[0].norm)) {
          state = sc.occs.find((x) => x.tokEnd <= comma && x.type === 'Government');
        }
      }
      const stateId = state?.entityId ?? possessorState(ctx, sc, o);
      if (!stateId) continue;
      done.add(o.entityId);
      e.partOf = stateId;
      add(ctx, { subject: o.entityId, predicate: 'PART_OF', object: stateId, rule: 'partof.agency', sentence: sc.s.index });
    }
  }
  namedAfterState(ctx);
  datelineState(ctx);
}

const POSSESSIVE = new Set(['its', 'dets', 'dens']);

/**
 * "The White House also weighed in. A spokesman for its National Security Council …", "Kina … dets handelsministerium":
 * a body after "its" is of the state the pronoun stands for, the last body or state named (in this sentence or the one
 * before) when it is a state or a body of one; none when it is a firm.
 */
function possessorState(ctx: DocCtx, sc: SentenceCtx, o: Occ): string | undefined {
  if (!POSSESSIVE.has(sc.s.tokens[o.tokStart - 1]?.norm ?? '')) return undefined;
  const named = (x: Occ) => ['Government', 'Agency', 'Company', 'Organization'].includes(x.type) && x.kind !== 'coref' && x.kind !== 'adjective';
  const prev = previousSentence(ctx, sc);
  const last = sc.occs.filter((x) => x.tokEnd < o.tokStart && named(x)).pop() ?? prev?.occs.filter(named).pop();
  const e = last ? ctx.entities.get(last.entityId) : undefined;
  if (e?.type === 'Government') return e.id;
  return e?.type === 'Agency' && e.partOf && ctx.entities.has(e.partOf) ? e.partOf : undefined;
}

/**
 * "WASHINGTON, March 23 - … the House Energy and Commerce Committee", "OSLO - … Justitsministeriet": a body no
 * state qualifies, in a story filed from a capital (its dateline), is that state's. Only a state the text names.
 */
function datelineState(ctx: DocCtx): void {
  let state: string | undefined;
  for (const sc of ctx.sentences.slice(0, 3)) {
    const toks = sc.s.tokens;
    const place = sc.occs.find((o) => o.tokStart === 0 && (o.type === 'Location' || o.type === 'Government') && o.kind !== 'adjective' && o.kind !== 'coref');
    if (!place || !sc.s.paragraphStart) continue;
    const next = toks[place.tokEnd];
    // The place opens its paragraph in capitals ("BERLIN -", "PIERRE, S.D., Nov. 29 -") or stands alone before a
    // comma and a day ("Taipei, mandag").
    const dateline = (toks[0].upper && (next?.text === ',' || DASH.test(next?.text ?? ''))) || (next?.text === ',' && DAY.test(toks[place.tokEnd + 1]?.norm ?? '') && toks.length <= place.tokEnd + 3);
    if (!dateline) continue;
    const e = ctx.entities.get(place.entityId);
    state = e?.type === 'Government' ? e.id : ctx.lexicon.entries.get(e?.lexId ?? '')?.capitalOf;
    break;
  }
  if (!state || !ctx.entities.has(state) || ctx.entities.get(state)?.type !== 'Government') return;
  for (const a of ctx.entities.values()) {
    // A body the gazetteer knows without a state is no state's ("European Commission"); a party is not an organ of the state.
    if (a.type !== 'Agency' || a.partOf || a.lexId || a.id === state || PARTY.test(a.name)) continue;
    // ("the Xinjiang Uighur Autonomous Region's Public Security Bureau": a body a named place or body owns is its.)
    if (ownedByName(ctx, a.id)) continue;
    add(ctx, { subject: a.id, predicate: 'PART_OF', object: state, rule: 'partof.dateline', sentence: a.mentions[0]?.sentence ?? 0 });
  }
}

/** Whether the text names the entity after an English genitive of a capitalised name ("the Region's Public Security Bureau"). */
function ownedByName(ctx: DocCtx, id: string): boolean {
  return ctx.sentences.some((sc) => sc.occs.some((o) => {
    const t = sc.s.tokens;
    return o.entityId === id && o.kind !== 'coref' && t[o.tokStart - 1]?.norm === 's' && ["'", '’'].includes(t[o.tokStart - 2]?.text ?? '') && !!t[o.tokStart - 3]?.cap;
  }));
}

const DASH = /^[-–—]$/;
const PARTY = /\b(party|parti|partiet)\b/i;
const DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|marts|maj|juni|juli|oktober)$/;

/**
 * "Pakistan Telecommunication Authority", "Texas Department of Public Safety", "National Cyber Security Centre of
 * Lithuania": a body whose name opens with a state's name, or closes with "of" and it, is that state's (the state
 * named in the text).
 */
function namedAfterState(ctx: DocCtx): void {
  const states = [...ctx.entities.values()].filter((e) => e.type === 'Government').map((g) => ({ g, own: stateNames(ctx, g) }));
  for (const a of ctx.entities.values()) {
    if (a.type !== 'Agency' || a.partOf) continue;
    const names = [a.name, ...a.surfaces];
    for (const { g, own } of states) {
      if (!names.some((x) => own.some((n) => x.startsWith(n + ' ') || x.endsWith(' of ' + n) || x.endsWith(' of the ' + n)))) continue;
      a.partOf = g.id;
      add(ctx, { subject: a.id, predicate: 'PART_OF', object: g.id, rule: 'partof.named', sentence: a.mentions[0]?.sentence ?? 0 });
      break;
    }
  }
}

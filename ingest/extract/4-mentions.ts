// Stage 4: mentions. Three sources, in order of trust:
//  1. the gazetteer (a token trie), with genitives ("Huaweis", "USA's", "China's") and the
//     first part of hyphen compounds ("Huawei-telefoner", "Clean Network-kampagnen");
//  2. capitalised spans typed by cues: head words ("Department", "A/S", "styrelsen"),
//     nouns beside them ("firm", "selskab", "medier"), role titles and speech verbs;
//  3. for English, compromise's people/organizations/places as a further typing hint.
// Sentence-initial function words ("Det kommer", "The") are not names.
import type { EntityType } from '../../core/ontology';
import type { GazetteerEntry, Lexicon, LexHit, TrieNode } from '../lexicon';
import { polity } from '../lexicon';
import type { RawMention, Sentence } from './model';
import type { Token } from './tokens';
import { findPhrases } from './phrases';
import { compoundTail } from './compounds';
import { tokenize } from './tokens';
import { adjectiveWord, firstWordClass, nlpNames, type NlpName } from './nlp';

interface GazMatch {
  start: number;
  end: number;
  hit: LexHit;
  genitive: boolean;
}

function caseOk(hit: LexHit, toks: Token[], start: number, end: number): boolean {
  if (hit.caseMode === 'any') return true;
  if (hit.caseMode === 'cap') return toks[start].cap;
  for (let i = start; i < end; i++) {
    const t = toks[i];
    if (t.word && /\p{L}/u.test(t.text) && t.text !== t.text.toUpperCase()) return false;
  }
  return true;
}

function langOk(hit: LexHit, lang: string): boolean {
  if (hit.kind === 'name' || hit.langs.includes('*') || hit.langs.includes(lang)) return true;
  return lang !== 'en' && lang !== 'da'; // other languages: any form may be the one used
}

const KIND_RANK: Record<LexHit['kind'], number> = { name: 0, alias: 1, adjective: 2 };

function pickHit(node: TrieNode, toks: Token[], start: number, end: number, lang: string): LexHit | undefined {
  const ok = (node.hits ?? []).filter((h) => caseOk(h, toks, start, end) && langOk(h, lang));
  ok.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  return ok[0];
}

const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** The letters after an apostrophe inside a name ("Xi'an", "O'Brien"), not a clitic ("'s", "'t", "'ll"). */
const innerApostrophe = (b: Token) => b.word && /^\p{L}{2,}$/u.test(b.text) && !/^(s|t|ll|re|ve|d|m)$/.test(b.norm);

/** One romanised East Asian syllable in lower case ("wook", "in", "hye", "un"); not a compound's tail ("net", "free"). */
const isSyllable = (t: Token) => t.word && /^(?:[bcdghjklmnprstwy]{1,3})?[aeiouy]{1,3}(?:ng|n|m|k|l|p|t)?$/.test(t.text) && !/^(net|free|set|led|lan|mail|tal|sal|pil)$/.test(t.text);

/** The longest gazetteer form starting at token i. */
function gazAt(toks: Token[], i: number, lexicon: Lexicon, lang: string): GazMatch | undefined {
  let node: TrieNode | undefined = lexicon.trie;
  let best: GazMatch | undefined;
  for (let j = i; j < toks.length && node; j++) {
    const t = toks[j];
    // A word boundary inside the form must be where the text has one.
    if (j > i && !t.word && !adjacent(toks[j - 1], t) && t.text !== '&') {
      // punctuation with space around it ("&") is fine; otherwise keep going only on exact keys
    }
    if (t.word && t.norm.length > 2 && /s$/.test(t.norm) && (j === i || node !== lexicon.trie)) {
      const g = node.next.get(t.norm.slice(0, -1));
      if (g?.hits) {
        const hit = pickHit(g, toks, i, j + 1, lang);
        if (hit && (!best || j + 1 > best.end)) best = { start: i, end: j + 1, hit, genitive: true };
      }
    }
    node = node.next.get(t.norm);
    if (node?.hits) {
      const hit = pickHit(node, toks, i, j + 1, lang);
      if (hit && (!best || j + 1 >= best.end)) best = { start: i, end: j + 1, hit, genitive: false };
    }
  }
  if (!best) return undefined;
  // The form must end at a word boundary: "Huawei-telefoner" is fine, "Huaweix" is not a token anyway.
  const last = toks[best.end - 1];
  if (best.end - best.start === 1 && last.text.length < 2) return undefined;
  // English possessive: "China's", "CCP’s", "US’" (not the closing quote of "‘Clean Networks’").
  const a = toks[best.end], b = toks[best.end + 1];
  // "Xi'an", "O'Brien": an apostrophe inside one word ("Xi" is not a name there).
  if (a && b && /^['’]$/.test(a.text) && adjacent(last, a) && adjacent(a, b) && innerApostrophe(b)) return undefined;
  const quoted = /^['‘’]$/.test(toks[best.start - 1]?.text ?? '') && !adjacent(toks[best.start - 2], toks[best.start - 1]);
  if (a && a.norm === "'" && adjacent(last, a) && !quoted) {
    if (b && b.norm === 's' && adjacent(a, b) && !adjacent(b, toks[best.end + 2])) best = { ...best, end: best.end + 2, genitive: true };
    else if (/s$/i.test(last.text) && !(b && adjacent(a, b) && b.word)) best = { ...best, end: best.end + 1, genitive: true };
  }
  return best;
}

/**
 * "POL-INTEL": a word in capitals after a hyphen and an unknown word in capitals is part of one name, not the name
 * the gazetteer knows ("INTEL"). A known head keeps both names ("US-EU").
 */
function capitalsCompoundTail(toks: Token[], i: number, lexicon: Lexicon): boolean {
  const hyphen = toks[i - 1], head = toks[i - 2];
  return !!head && hyphen.text === '-' && adjacent(head, hyphen) && adjacent(hyphen, toks[i]) && head.upper && toks[i].upper
    && !lexicon.trie.next.get(head.norm)?.hits?.length;
}

export function gazetteerMatches(s: Sentence, lexicon: Lexicon): GazMatch[] {
  const out: GazMatch[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; ) {
    const prev = toks[i - 1];
    // Not the tail of a word joined by a hyphen or apostrophe ("anti-Kina" is fine, "x'US" not).
    const m = toks[i].word && !(prev && prev.word && adjacent(prev, toks[i])) && !capitalsCompoundTail(toks, i, lexicon) ? gazAt(toks, i, lexicon, s.language) : undefined;
    // "the Pacific Light Cable Network": a known form that starts inside this one and runs past it wins ("the
    // Pacific" is a form of its own); the words before it are left to the other rules.
    const inner = m ? overlapping(toks, m, lexicon, s.language) : -1;
    if (inner > 0) {
      i = inner;
      continue;
    }
    if (m) {
      out.push(...ownerAndOwned(toks, m, lexicon, s.language));
      i = m.end;
    } else i++;
  }
  return out;
}

/** The hit of a form that runs exactly from token start to token end, if the gazetteer has one. */
function formOf(toks: Token[], start: number, end: number, lexicon: Lexicon, lang: string): LexHit | undefined {
  let node: TrieNode | undefined = lexicon.trie;
  for (let j = start; j < end && node; j++) node = node.next.get(toks[j].norm);
  return node?.hits ? pickHit(node, toks, start, end, lang) : undefined;
}

/** The entry a gazetteer entry belongs to: a body's state, a product's maker. */
const ownerOf = (e: GazetteerEntry | undefined) => e?.type === 'Agency' ? e.partOf : e?.type === 'Product' ? e.ownedBy : undefined;

/**
 * "U.S. Federal Trade Commission", "UK Competition and Markets Authority", "Apple's App Store": a gazetteer form of a
 * state's body or a firm's product that opens with its owner's name (bare or with "'s"), and whose rest names it on
 * its own, is two mentions: the owner and what it owns, as where the text writes "Britain's" before the body. The
 * owner is marked as a genitive, so that the rules read the body as the one that acts.
 */
function ownerAndOwned(toks: Token[], m: GazMatch, lexicon: Lexicon, lang: string): GazMatch[] {
  const owner = ownerOf(lexicon.entries.get(m.hit.id));
  for (let k = m.start + 1; k < m.end; k++) {
    if (!toks[k].word || adjacent(toks[k - 1], toks[k])) continue;
    const apostrophe = toks[k - 1].norm === 's' && /^['’]$/.test(toks[k - 2]?.text ?? '') && k - 2 > m.start;
    const hit = formOf(toks, m.start, apostrophe ? k - 2 : k, lexicon, lang);
    if (!hit || hit.kind === 'adjective') continue;
    // ("the Commerce Department's Entity List": any body, state or firm in the genitive before a form that names the
    // entry on its own is a mention of its own, the entry's owner or not.)
    if (hit.id !== owner && !(apostrophe && ACTING_OWNERS.has(lexicon.entries.get(hit.id)?.type ?? 'Location'))) continue;
    const rest = gazAt(toks, k, lexicon, lang);
    if (rest?.hit.id === m.hit.id && rest.end === m.end) return [{ start: m.start, end: k, hit, genitive: true }, { ...m, start: k }];
  }
  return [m];
}

/** Types of a known owner named in the genitive inside another entry's form. */
const ACTING_OWNERS = new Set<string>(['Government', 'Agency', 'Company', 'Organization']);

/** The start of a known form beginning inside match m and ending after it, or -1. */
function overlapping(toks: Token[], m: GazMatch, lexicon: Lexicon, lang: string): number {
  for (let j = m.start + 1; j < m.end; j++) {
    if (!toks[j].word || adjacent(toks[j - 1], toks[j])) continue;
    const n = gazAt(toks, j, lexicon, lang);
    if (n && n.end > m.end) return j;
  }
  return -1;
}

/** Positions after which a capitalised word is capitalised by position, not by name. */
function initialPositions(toks: Token[]): Set<number> {
  const set = new Set<number>();
  let i = 0;
  while (i < toks.length && !toks[i].word) i++;
  set.add(i);
  toks.forEach((t, k) => {
    if (/^[:"“‘«(•–—]$/.test(t.text) || (t.text === "'" && !adjacent(toks[k - 1], t)) || t.text === '’' ) {
      let j = k + 1;
      while (j < toks.length && !toks[j].word) j++;
      if (j < toks.length && (t.text !== '’' || !adjacent(toks[k - 1], t))) set.add(j);
    }
  });
  return set;
}

function isCapWord(t: Token): boolean {
  return t.word && t.cap;
}

/** "In-Q-Tel", "IT-Politisk Forening": the word at k is joined by a hyphen to a capitalised word, so it is part of a name, not a stop word. */
const hyphenedToName = (toks: Token[], k: number) => toks[k + 1]?.text === '-' && adjacent(toks[k], toks[k + 1]) && adjacent(toks[k + 1], toks[k + 2]) && isCapWord(toks[k + 2]);

interface Candidate {
  start: number;
  end: number;
}

/**
 * "OnePlus 8T 5G", "P40 5G", "Apple M1": a maker's or a product's name and a model designation right after it
 * name a product of their own; the known name gives way, and the words become a new name ("Huawei 5G" stays
 * Huawei: a network generation alone is no model of a maker).
 */
function modelNames(toks: Token[], gaz: GazMatch[], covered: Int32Array, dropped: Set<number>, lexicon: Lexicon): void {
  gaz.forEach((g, gi) => {
    if (g.genitive || g.hit.kind === 'adjective') return;
    const type = lexicon.entries.get(g.hit.id)?.type;
    if (type !== 'Product' && type !== 'Company') return;
    let k = g.end;
    while (k < toks.length && covered[k] < 0 && (isModelPart(toks[k]) || (modelNumber(toks, k) && toks[g.start].cap) || (k === g.end && type === 'Product' && bareModelNumber(toks, k, lexicon)) || (k > g.end && MODEL_WORDS.has(toks[k].norm))) && toks[k + 1]?.text !== '-') k++;
    const rest = toks.slice(g.end, k);
    if (!rest.length || !(type === 'Product' || rest.some((t) => isModelPart(t) && !isNetworkGen(t)))) return;
    dropped.add(gi);
    covered.fill(-1, g.start, g.end);
  });
}

// Heads of a law's or a programme's name that a known name can stand inside ("Investment Canada Act").
const ON_HEADS = new Set(['initiative', 'convention', 'agreement', 'treaty', 'regulation', 'directive', 'act', 'committee', 'council', 'declaration', 'dialogue', 'partnership', 'forum']);

/** The end of a legal form written with full stops from `k` ("S.A.", "S.p.A.", "N.V."): letters and stops alternate, each stop right after its letter; `k` where none. */
function dottedForm(toks: Token[], k: number): number {
  let j = k;
  while (toks[j]?.word && /^\p{L}{1,2}$/u.test(toks[j].text) && toks[j + 1]?.text === '.' && adjacent(toks[j], toks[j + 1]) && (j === k || adjacent(toks[j - 1], toks[j]))) j += 2;
  return j - k >= 4 ? j : k;
}
const dottedKey = (toks: Token[], a: number, b: number) => toks.slice(a, b).filter((t) => t.word).map((t) => t.norm).join('');

/** A word for a state's body ("Ministry", "Ministeriet", "Styrelsen", "Rådet"). */
const bodyWord = (w: string, lexicon: Lexicon) => lexicon.cues.head.get(w) === 'Agency' || lexicon.cues.suffix.some(([suf, t]) => t === 'Agency' && w === suf);

/** "Ministeriet for Digitale Anliggender", "Rådet for Digital Sikkerhed": a body's word, "for"/"of" and capitalised words to `end`. */
function bodyFor(toks: Token[], k: number, end: number, lexicon: Lexicon): boolean {
  return bodyWord(toks[k].norm, lexicon) && toks[k].cap && ['for', 'of'].includes(toks[k + 1]?.norm ?? '') && end - k >= 3 && toks[k + 2].cap
    && toks.slice(k + 2, end).every((t) => !t.word || t.cap || ['og', 'and'].includes(t.norm));
}

// Heads of a committee's name that a list of its fields can stand before ("House Energy and Commerce Committee").
const COMMITTEE_HEADS = new Set(['committee', 'subcommittee', 'caucus']);
const LAW_HEADS = new Set(['act', 'law', 'bill', 'directive', 'regulation', 'ordinance', 'decree', 'initiative', 'programme', 'program', 'strategy', 'toolbox', 'lov', 'loven']);

/**
 * "Investment Canada Act", "Protecting Americans from Foreign Adversary Controlled Applications Act": capitalised
 * words, a known name among them, and a law's head word last make one name. A known name in the genitive or as
 * an adjective at the start stays apart ("China's Cybersecurity Law"), and a known name at the start is left to
 * the rule for a known name and a head word ("BSI Act"). Not in a headline, where every word is capitalised.
 */
function lawAcross(toks: Token[], span: Candidate, gaz: GazMatch[], covered: Int32Array, lexicon: Lexicon): Candidate | undefined {
  const last = toks[span.end - 1];
  if (covered[span.end - 1] >= 0 || !LAW_HEADS.has(last.norm)) return undefined;
  let from = span.start;
  while (from < span.end && (!toks[from].word || lexicon.cues.stopNames.has(toks[from].norm))) from++;
  if (covered[from] >= 0) {
    const g = gaz[covered[from]];
    if (!g.genitive && g.hit.kind !== 'adjective') return undefined;
    from = g.end;
  }
  if (from >= span.end - 1 || covered[from] >= 0) return undefined;
  let inside = false;
  for (let k = from; k < span.end; k++) if (covered[k] >= 0) inside = true;
  if (!inside) return undefined;
  const words = toks.filter((t) => t.word && /\p{L}/u.test(t.text));
  if (words.length >= 4 && words.filter((t) => t.cap).length / words.length > 0.7) return undefined;
  return { start: from, end: span.end };
}

// The last part of a Danish compound that names a law: "BSI-loven", "IT-sikkerhedslov", "NIS-loven".
const LAW_TAIL = /(^|[a-zæøå]{3})lov(en)?$/;

/** A law named by a compound after a name: the token index just past "X-loven", or -1. */
function lawTailEnd(toks: Token[], end: number): number {
  const h = toks[end], t = toks[end + 1];
  return h?.text === '-' && adjacent(toks[end - 1], h) && t && adjacent(h, t) && t.word && !t.cap && LAW_TAIL.test(t.norm) ? end + 2 : -1;
}

/** "BSI-loven": a known body's or firm's name as the first part of a law's compound is the law's name, not the body. */
function lawCompounds(toks: Token[], gaz: GazMatch[], covered: Int32Array, dropped: Set<number>, lexicon: Lexicon): void {
  gaz.forEach((g, gi) => {
    if (g.genitive || g.hit.kind === 'adjective' || lawTailEnd(toks, g.end) < 0) return;
    const type = lexicon.entries.get(g.hit.id)?.type;
    if (type === 'Policy' || type === 'Government' || type === 'Location') return;
    dropped.add(gi);
    covered.fill(-1, g.start, g.end);
  });
}

/**
 * A dateline: "Bonn, tirsdag", "SYDNEY, August 23, 2018 -", "Ottawa, torsdag 19. maj 2022", "LONDON (Reuters) -".
 * The token index just past the place's name at the start of the sentence, or -1.
 */
function datelineEnd(toks: Token[], lexicon: Lexicon): number {
  let k = 0;
  while (k < toks.length && k < 4 && toks[k].word && toks[k].cap && !/\d/.test(toks[k].text) && !lexicon.cues.stopNames.has(toks[k].norm)) k++;
  // "Oslo" alone on the line before the story: a capital's name as the whole line.
  if (k > 0 && k === toks.length && lexicon.capitals.has(toks.map((t) => t.norm).join(' '))) return k;
  if (k === 0 || k >= toks.length) return -1;
  const a = toks[k];
  // "HELENA, Mont., May 23", "SANTA CLARA, Calif., April 16": an abbreviated state's name between the city and the date.
  let d = k + 1;
  if (a.text === ',' && toks[d]?.cap && toks[d].text.length <= 5) {
    let j = d;
    while (j < d + 4 && (toks[j]?.word || toks[j]?.text === '.')) j++;
    let node: TrieNode | undefined = lexicon.trie;
    for (let q = d; q < j && node; q++) node = node.next.get(toks[q].norm);
    const place = node?.hits?.some((h) => lexicon.entries.get(h.id)?.type === 'Location');
    if (place && toks[j - 1]?.text === '.' && toks[j]?.text === ',') d = j + 1;
  }
  const b = toks[d];
  if (a.text === ',' && b && (lexicon.cues.calendar.has(b.norm) || /^\d/.test(b.text))) return k;
  // "WASHINGTON, Aug. 9 -", "ABUJA, Sept. 14 -": a month's abbreviation with its full stop.
  if (a.text === ',' && b && MONTH_ABBR.has(b.norm) && toks[d + 1]?.text === '.' && /^\d/.test(toks[d + 2]?.text ?? '')) return k;
  if (a.text === '(' && b?.cap && toks[k + 2]?.text === ')' && /^[-–—]$/.test(toks[k + 3]?.text ?? '')) return k;
  // "OSLO - Fra mandag …", "BRUSSELS – The Commission …": a known place in capitals and a dash.
  if (/^[-–—]$/.test(a.text) && toks.slice(0, k).every((t) => t.upper)) {
    let node: TrieNode | undefined = lexicon.trie;
    for (let q = 0; q < k && node; q++) node = node.next.get(toks[q].norm);
    const form = toks.slice(0, k).map((t) => t.norm).join(' ');
    if (lexicon.capitals.has(form) || node?.hits?.some((h) => lexicon.entries.get(h.id)?.type === 'Location')) return k;
  }
  return -1;
}

// Those who govern a state, before "in"/"i" and its capital: the capital stands for the state there.
const RULERS_IN = new Set(['government', 'authorities', 'regime', 'leadership', 'officials', 'regeringen', 'myndighederne', 'styret', 'magthaverne', 'ledelsen']);

// Abbreviated months in English datelines ("Aug. 9"); only before a full stop and a day.
const MONTH_ABBR = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * A capital in a dateline is the city where the story was filed ("Berlin, torsdag"), unless the text elsewhere
 * uses the same name for the state ("Ottawa har tidligere grebet ind"): then it is that state throughout.
 */
function datelinePlaces(datelined: RawMention[], out: RawMention[], lexicon: Lexicon, sentences: Sentence[]): void {
  const toks = new Map(sentences.map((s) => [s.index, s.tokens]));
  // ("Tilsynet i Dublin", "I Bruxelles ligger …": the name after "in" is the city again, not the state.)
  // ("regeringen i Kathmandu", "officials in Berlin": the state's government in its capital is the state.)
  const inPlace = (o: RawMention) => {
    const ts = toks.get(o.sentence);
    return ['i', 'in'].includes(ts?.[o.tokStart - 1]?.norm ?? '') && !RULERS_IN.has(ts?.[o.tokStart - 2]?.norm ?? '');
  };
  for (const m of datelined) {
    const cityId = lexicon.capitals.get(m.surface.toLowerCase());
    if (!cityId || m.type === 'Location') continue;
    const norm = m.surface.toLowerCase();
    const forState = out.some((o) => o !== m && o.surface.toLowerCase().replace(/['’]s?$/, '') === norm && o.lexId === m.lexId && !inPlace(o));
    if (forState) continue;
    const city = lexicon.entries.get(cityId)!;
    m.lexId = city.id;
    m.key = city.name;
    m.type = city.type;
  }
}

/**
 * "National Cyber Security Centre of Lithuania", "Ministry of National Defense of South Korea", "initiativet Chips for
 * Europe": capitalised words typed as a body or a measure by their head or by the noun before them, then "of"/"for"
 * and a known state or place that ends the span. Not a known name before the connector.
 */
function nameOfPlace(s: Sentence, span: Candidate, gaz: GazMatch[], covered: Int32Array, lexicon: Lexicon): (Candidate & { type?: EntityType }) | undefined {
  const toks = s.tokens;
  const gl = covered[span.end - 1];
  if (gl < 0) return undefined;
  const g = gaz[gl];
  const gType = lexicon.entries.get(g.hit.id)?.type;
  if (g.end !== span.end || g.genitive || g.hit.kind === 'adjective' || !(gType === 'Government' || gType === 'Location' || gType === 'Organization')) return undefined;
  let c = g.start - 1;
  if (['the', 'den', 'det'].includes(toks[c]?.norm ?? '')) c--;
  if (!['of', 'for'].includes(toks[c]?.norm ?? '') || c - 1 < span.start) return undefined;
  let start = span.start;
  while (start < c && lexicon.cues.stopNames.has(toks[start].norm)) start++;
  if (start >= c) return undefined;
  // "National Cyber Security Centre of Lithuania": a known body's generic name and "of" a state name that state's body.
  const inner = covered[start] >= 0 ? gaz[covered[start]] : undefined;
  const innerType = inner ? lexicon.entries.get(inner.hit.id)?.type : undefined;
  if (inner && inner.start === start && inner.end === c && !inner.genitive && (innerType === 'Agency' || innerType === 'Organization') && gType !== 'Organization') {
    return { start, end: span.end, type: innerType };
  }
  for (let k = start; k < c; k++) if (covered[k] >= 0) return undefined;
  const head = typeFromHead(toks, start, c, lexicon);
  const ctx = head ? undefined : typeFromContext(s, start, c, lexicon);
  const type = head ?? (ctx === 'Policy' || ctx === 'Agency' || ctx === 'Organization' ? ctx : undefined);
  if (!type || type === 'Location' || type === 'Person') return undefined;
  return { start, end: span.end, type };
}

/** A name that opens with a word for a body and a connector: "Ministry of …", "Department for …", "Ministeriet for …". */
function bodyOfForm(toks: Token[], start: number, end: number, lexicon: Lexicon): boolean {
  // ("The Bulgarian Ministry of …": an article and a state's adjective may come first.)
  for (let k = start; k < Math.min(end - 1, start + 3); k++) {
    if (bodyWord(toks[k].norm, lexicon) && lexicon.cues.connectors.has(toks[k + 1].norm)) return true;
  }
  return false;
}

// Words for a firm's legal form that end its registered name ("Ltd", "Inc", "ApS"); "Co"/"Pte"/"Pty" may take a second one.
const LEGAL_FORMS = new Set(['ltd', 'limited', 'llc', 'inc', 'incorporated', 'plc', 'corp', 'corporation', 'co', 'gmbh', 'ag', 'se', 'sa', 'aps', 'ab', 'asa', 'oy', 'oyj', 'bv', 'nv', 'spa', 'srl', 'pte', 'pty', 'lp', 'llp']);
const FORM_OPENERS = new Set(['co', 'corp', 'pte', 'pty']);

/** The end of a second legal form after a first ("Co., Ltd.", "Pte. Ltd."): its stop and comma skipped; `k` where none. */
function legalFormChain(toks: Token[], k: number): number {
  if (!FORM_OPENERS.has(toks[k - 1]?.norm ?? '')) return k;
  let j = k;
  if (toks[j]?.text === '.' && adjacent(toks[j - 1], toks[j])) j++;
  if (toks[j]?.text === ',') j++;
  return j > k && toks[j] && isCapWord(toks[j]) && LEGAL_FORMS.has(toks[j].norm) && !FORM_OPENERS.has(toks[j].norm) ? j + 1 : k;
}

/**
 * "Zentrix Corp., a Chinese company,": the stop of an abbreviated legal form before a comma belongs to the name, so that
 * what follows the name is the comma of its apposition (1 where it does, else 0).
 */
const formStopBeforeComma = (toks: Token[], end: number) => (LEGAL_FORMS.has(toks[end - 1]?.norm ?? '') || (toks[end - 1]?.text.length === 1 && toks[end - 2]?.text === '.'))
  && toks[end]?.text === '.' && adjacent(toks[end - 1], toks[end]) && toks[end + 1]?.text === ',' ? 1 : 0;

/** A span that ends in a firm's legal form ("… Ltd", "… ApS", "… A/S"). */
function endsInLegalForm(toks: Token[], end: number): boolean {
  const last = toks[end - 1];
  return LEGAL_FORMS.has(last.norm) || (last.norm === 's' && toks[end - 2]?.text === '/' && toks[end - 3]?.norm === 'a');
}

/**
 * A span ending in a legal form with a known state or place inside and a word of its own: "Borvex Chile Inc.",
 * "Samsung India Electronics Private Limited" (a known firm may open it: its unit there). Not an adjective or a
 * genitive ("Chinese Zentrix Ltd", "China's Zentrix Ltd"), nor a span of known names alone.
 */
function placeInFirm(toks: Token[], span: Candidate, gaz: GazMatch[], covered: Int32Array, lexicon: Lexicon): boolean {
  if (span.end - span.start < 3 || !endsInLegalForm(toks, span.end)) return false;
  const parts = partsOfName(toks, span, gaz, covered, lexicon);
  // ("Borvex (USA) LLC", "Huawei Canada Inc.": a known firm, a state and a legal form name its unit there.)
  return !!parts && parts.place && (parts.own || parts.firm);
}

/**
 * "Alliance of Digital India Foundation", "China Semiconductor Industry Association": a place's name among words of
 * the name's own, before a word for an association, is part of the association's name.
 */
function adjectiveOpensName(toks: Token[], span: Candidate, gaz: GazMatch[], covered: Int32Array, initial: Set<number>): boolean {
  const g = covered[span.start] >= 0 ? gaz[covered[span.start]] : undefined;
  if (!g || g.hit.kind !== 'adjective' || g.genitive || g.end !== span.start + 1 || span.end <= g.end) return false;
  if (initial.has(span.start) || !toks[span.start].cap || toks[span.start].upper) return false;
  // ("Det Kinesiske Kommunistiske Parti": after a capitalised article the name is the state's body, read elsewhere.)
  if (toks[span.start - 1]?.cap) return false;
  for (let k = g.end; k < span.end; k++) if (covered[k] >= 0) return false;
  return true;
}

function placeInOrganisation(toks: Token[], span: Candidate, gaz: GazMatch[], covered: Int32Array, lexicon: Lexicon): boolean {
  const last = toks[span.end - 1];
  if (span.end - span.start < 3 || covered[span.end - 1] >= 0 || !plainWord(last) || lexicon.cues.head.get(last.norm) !== 'Organization') return false;
  const parts = partsOfName(toks, span, gaz, covered, lexicon);
  return !!parts && parts.place && parts.own && !parts.firm;
}

/** What a span's words are: a known place among them, words of its own, a known firm first; undefined where another name is in it. */
function partsOfName(toks: Token[], span: Candidate, gaz: GazMatch[], covered: Int32Array, lexicon: Lexicon): { place: boolean; own: boolean; firm: boolean } | undefined {
  let place = false;
  let own = false;
  let firm = false;
  for (let k = span.start; k < span.end; k++) {
    const c = covered[k];
    if (c < 0) {
      own ||= toks[k].word && !LEGAL_FORMS.has(toks[k].norm) && !lexicon.cues.head.has(toks[k].norm) && !lexicon.cues.stopNames.has(toks[k].norm) && !(toks[k].norm === 'a' && toks[k + 1]?.text === '/');
      continue;
    }
    const g = gaz[c];
    if (g.start < span.start || g.end > span.end || g.genitive || g.hit.kind === 'adjective') return undefined;
    const type = lexicon.entries.get(g.hit.id)?.type;
    if (type === 'Location' || type === 'Government') place = true;
    else if (g.start === span.start && (type === 'Company' || type === 'Product')) firm = true;
    else return undefined;
    k = g.end - 1;
  }
  return { place, own, firm };
}

/**
 * "ByteDance", "AdX", "VKontakte", "FASTag": a capital inside a word after a small letter, or capitals run into a word
 * in small letters, is a brand's spelling, never a headline's capital; such a name needs no second mention. Not a
 * hashtag ("#EndSARS"), nor an abbreviation's plural ("CEOs").
 */
const brandCased = (toks: Token[], start: number, end: number) => toks[start - 1]?.text !== '#'
  && toks.slice(start, end).some((t) => t.word && /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}{2}/u.test(t.text));

/** A headline's words: most of four or more capitalised. */
function titleCased(toks: Token[]): boolean {
  const words = toks.filter((t) => t.word && /\p{L}/u.test(t.text));
  return words.length >= 4 && words.filter((t) => t.cap).length / words.length > 0.6;
}

/**
 * "the New York Stock Exchange", "the Five Eyes", "Vice Premier He Lifeng": inside a sentence that is no headline,
 * a stop word written with a capital before another capitalised word opens a name, where its capital is not the
 * sentence's. Not a title of address ("Mr"), a day or a month, nor English "I".
 */
function stopWordOpensName(toks: Token[], k: number, initial: Set<number>, titled: boolean, lexicon: Lexicon): boolean {
  const t = toks[k];
  return !titled && !initial.has(k) && t.cap && t.text !== 'I' && isCapWord(toks[k + 1] ?? t) && k + 1 < toks.length
    && !lexicon.cues.calendar.has(t.norm) && lexicon.cues.context.get(t.norm) !== 'Person';
}

/** A capitalised word in lower case after its first letter ("Futures", not "WPS" or "VMate"). */
const plainWord = (t: Token) => t.word && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/** The capitalised words from `start` (an article aside) to `end` are an English title ("Attorney General", "Prime Minister"). */
function roleBefore(toks: Token[], start: number, end: number, lexicon: Lexicon): boolean {
  const roles = lexicon.triggers.get('en')?.roles.phrases;
  if (!roles) return false;
  const from = lexicon.cues.stopNames.has(toks[start].norm) ? start + 1 : start;
  return from < end && findPhrases(roles, toks, from, end).some((m) => m.start === from && m.end === end);
}

/** Danish words that follow a whole name, never what a genitive owns. */
const DA_FUNCTION_WORDS = new Set(['og', 'eller', 'samt', 'men', 'som', 'der', 'at', 'i', 'på', 'til', 'for', 'med', 'fra', 'af', 'om', 'ved', 'mod', 'hos', 'efter', 'er', 'var', 'har', 'havde', 'blev', 'vil', 'skal', 'kan', 'så', 'da', 'nu', 'også', 'ikke']);

/**
 * "Skatteministeriets", "Forbrugerrådets": the Danish genitive of a body's name in the definite form, which ends in a
 * consonant and "s" where most genitives of names end in a vowel and "s".
 */
function definiteBodyGenitive(t: Token, lexicon: Lexicon, ofName: boolean): boolean {
  const stem = t.norm.slice(0, -1);
  // (The noun alone only after a name's words, "Novo Nordisk Fondens": "Foreningens formand" alone points back.)
  return t.norm.endsWith('s') && /(et|en)$/.test(stem)
    && lexicon.cues.suffix.some(([suf, type]) => (type === 'Agency' || type === 'Organization') && stem.endsWith(suf) && (ofName || stem.length > suf.length));
}

// Articles that open names in other languages ("Le Monde", "La Repubblica", "El País", "Al Jazeera").
const NAME_ARTICLES = new Set(['le', 'la', 'les', 'el', 'al', 'il', 'lo', 'los', 'las']);

/** "Le Monde", "La Repubblica": a name opened by an article is no person's ("Al" is also a given name: "Al Gore"). */
const articleName = (t: Token) => t.cap && NAME_ARTICLES.has(t.norm) && t.norm !== 'al';

/** A capitalised article at k opens the name up to end: it is part of it, not a connector to cut. */
const articleOpens = (toks: Token[], k: number, end: number) => k + 1 < end && toks[k].cap && NAME_ARTICLES.has(toks[k].norm) && isCapWord(toks[k + 1]);

/**
 * "U.S. WeChat Users Alliance": a known abbreviation written with stops at k and a capitalised word after it belong to
 * one span (past that word), which the gazetteer and the name's words then divide; undefined where there is none.
 */
function knownDottedBefore(toks: Token[], k: number, lexicon: Lexicon): number | undefined {
  const dotted = dottedForm(toks, k);
  return dotted > k && toks[dotted] && isCapWord(toks[dotted]) && !adjacent(toks[dotted - 1], toks[dotted]) && knownForm(toks, k, dotted, lexicon) ? dotted + 1 : undefined;
}

/** The gazetteer's hits for the tokens from start to end as one whole form. */
function formHits(toks: Token[], start: number, end: number, lexicon: Lexicon): LexHit[] {
  let node: TrieNode | undefined = lexicon.trie;
  for (let j = start; j < end && node; j++) node = node.next.get(toks[j].norm);
  return node?.hits ?? [];
}

/** The tokens from start to end are a whole form of the gazetteer ("U.S."). */
const knownForm = (toks: Token[], start: number, end: number, lexicon: Lexicon) => formHits(toks, start, end, lexicon).length > 0;

/** The tokens from start to end are a whole form of a product of the gazetteer ("iPhone"). */
const productForm = (toks: Token[], start: number, end: number, lexicon: Lexicon) => formHits(toks, start, end, lexicon).some((h) => lexicon.entries.get(h.id)?.type === 'Product');

/** A word that is a whole name of the gazetteer by itself ("Huawei"). */
const knownStart = (t: Token, lexicon: Lexicon) => !!lexicon.trie.next.get(t.norm)?.hits?.length;

/** Maximal runs of capitalised words, joined by connectors, "-", "&" and "/". */
// Letters and digits together ("10T", "P40", "5G", "S24"): a model number, not a year or a count.
const isModelPart = (t: Token) => /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9]{2,6}$/.test(t.text);
const MODEL_WORDS = new Set(['pro', 'max', 'ultra', 'plus', 'lite', 'mini']);
/** "Pixel 8 Pro", "iPhone 15 Pro Max": a bare number is a model's only with a capitalised model word after it. */
const modelNumber = (toks: Token[], k: number) => /^\d{1,3}$/.test(toks[k].text) && !!toks[k + 1]?.cap && MODEL_WORDS.has(toks[k + 1].norm);
/**
 * "Galaxy Note 4", "iPhone 6", "iOS 10": a bare number of one or two digits after a product's name, with no noun it
 * counts after it, is the model's number.
 */
const bareModelNumber = (toks: Token[], k: number, lexicon: Lexicon): boolean => {
  const n = toks[k], next = toks[k + 1], after = toks[k + 2];
  if (!n || !/^\d{1,2}$/.test(n.text) || adjacent(toks[k - 1], n)) return false;
  if (next?.word) return !lexicon.cues.countNouns.has(next.norm) && !/^\d/.test(next.text);
  // ("Galaxy Note 4.", "iOS 10, selv om …"; not a decimal or a Danish date: "4.5", "4. juni".)
  return !next || /^['’)]$/.test(next.text) || (/^[.,]$/.test(next.text) && !/^\d/.test(after?.text ?? '') && !(after?.word && lexicon.cues.calendar.has(after.norm)));
};
// Abbreviations for technologies, written in capitals like names: never a name alone.
const TECH_TERMS = new Set(['AI', 'GPU', 'GPUs', 'CPU', 'CPUs', 'DRAM', 'NAND', 'HBM', 'RAM', 'SSD', 'LLM', 'LLMs', 'ASIC', 'ASICs', 'FPGA', 'EUV', 'DUV',
  'LTE', 'VPN', 'VPNs', 'SIM', 'NFC', 'GPS', 'IoT', 'API', 'APIs', 'RAN', 'SaaS', 'OLED', 'LCD', 'USB', 'PC', 'PCs', 'IT', 'ICT', 'AR', 'VR', 'SMS', 'OS']);
// A mobile network's generation ("5G", "4G"): qualifies a product, names none.
const isNetworkGen = (t: Token) => /^[2-6]g$/.test(t.norm);
// A model code: capital letters, then two digits or more ("A100", "H100", "MI250", "P40"); not a group of states ("G20").
const isModelCode = (t: Token) => /^[A-Z]{1,3}\d{2,4}[A-Z]?$/.test(t.text) && !/^G\d/.test(t.text);

// Heads of a measure's name that a number can follow ("Senate Bill 419", "Executive Order 13873", "Regulation 2019/452").
const NUMBERED_HEADS = new Set(['bill', 'order', 'resolution', 'directive', 'regulation', 'decree', 'ordinance', 'proclamation']);

/** Past the number after a numbered measure's head word ending at `end` ("Bill 419", "Directive 2016/1148"), or `end`. */
function numberAfterHead(toks: Token[], end: number): number {
  const head = toks[end - 1], n = toks[end];
  if (!head?.cap || !NUMBERED_HEADS.has(head.norm) || !n || !/^\d{1,6}$/.test(n.text)) return end;
  const a = toks[end + 1], b = toks[end + 2];
  if (a?.text === '/' && adjacent(n, a) && b && adjacent(a, b) && /^\d{1,6}$/.test(b.text)) return end + 3;
  return end + 1;
}

/** The end of a name's words before the number of a numbered measure ("Senate Bill" of "Senate Bill 419"). */
function beforeNumber(toks: Token[], start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) {
    if (toks[k].cap || !/^(\d{1,6}|\/)$/.test(toks[k].text)) return NUMBERED_HEADS.has(toks[k].norm) && k < end - 1 && /^\d/.test(toks[k + 1].text) ? k + 1 : end;
  }
  return end;
}

// The ends of web addresses that name firms, in lower case as written ("Booking.com", not "U.S.").
const WEB_ENDINGS = new Set(['com', 'ai', 'io', 'net', 'org']);

const PORTUGUESE_OF_THE = new Set(['do', 'dos', 'das']);
const CONNECTOR_PAIRS = new Set(['in der', 'von der', 'van der', 'van den', 'van de', 'van het', 'de la', 'de los', 'de las', 'in den', 'an der']);

function capitalisedSpans(toks: Token[], lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  const conn = lexicon.cues.connectors;
  let i = 0;
  while (i < toks.length) {
    if (!isCapWord(toks[i])) {
      i++;
      continue;
    }
    let end = knownDottedBefore(toks, i, lexicon) ?? i + 1;
    for (;;) {
      const t = toks[end];
      if (!t) break;
      const dotted = t.cap ? knownDottedBefore(toks, end, lexicon) : undefined;
      if (dotted) {
        end = dotted;
        continue;
      }
      // "Intellexa S.A.", "Borvex S.p.A.", "Merlin N.V.": a firm's legal form written with full stops.
      const form = dottedForm(toks, end);
      if (form > end && adjacent(toks[end - 1], toks[end]) === false && lexicon.cues.head.get(dottedKey(toks, end, form)) === 'Company') {
        end = form;
        break;
      }
      if (isCapWord(t)) {
        end++;
        continue;
      }
      // "Joh Sung-wook", "Moon Jae-in": a hyphenated given name after a family name (one syllable after the hyphen).
      if (t.text === '-' && end - i >= 2 && isCapWord(toks[end - 2]) && adjacent(toks[end - 1], t) && toks[end + 1] && adjacent(t, toks[end + 1]) && isSyllable(toks[end + 1])
        && toks[end - 1].text.length <= 6 && toks[end - 2].text.length <= 6 && !(toks[end + 2] && adjacent(toks[end + 1], toks[end + 2]) && (toks[end + 2].word || toks[end + 2].text === '-'))) {
        end += 2;
        continue;
      }
      // "Booking.com", "Character.ai": a firm named by its web address.
      if (t.text === '.' && adjacent(toks[end - 1], t) && toks[end + 1] && adjacent(t, toks[end + 1]) && WEB_ENDINGS.has(toks[end + 1].text)) {
        end += 2;
        continue;
      }
      // "Xi'an", "O'Brien": one word with an apostrophe inside.
      if (/^['’]$/.test(t.text) && adjacent(toks[end - 1], t) && toks[end + 1] && adjacent(t, toks[end + 1]) && innerApostrophe(toks[end + 1])) {
        end += 2;
        continue;
      }
      // "Hewlett-Packard", "A/S", "AT&T": joined without spaces.
      if ((t.text === '-' || t.text === '/' || t.text === '&') && adjacent(toks[end - 1], t) && toks[end + 1] && adjacent(t, toks[end + 1]) && (isCapWord(toks[end + 1]) || toks[end + 1].upper)) {
        end += 2;
        continue;
      }
      if (t.text === '&' && toks[end + 1] && isCapWord(toks[end + 1])) {
        end += 2;
        continue;
      }
      // A model designation: "Mi 10T 5G", "P40 Pro", "Galaxy S24 Ultra".
      // Not the first part of a compound: "Føroya Teles 5G-netværk".
      // ("Galaxy Note 4": a bare number after two capitalised words of no measure's name.)
      const bare = (end - i >= 2 || productForm(toks, i, end, lexicon)) && bareModelNumber(toks, end, lexicon)
        && toks.slice(i, end).every((x) => isCapWord(x) && !lexicon.cues.head.has(x.norm) && !lexicon.cues.stopNames.has(x.norm) && !lexicon.cues.calendar.has(x.norm));
      if ((isModelPart(t) || modelNumber(toks, end) || bare || (MODEL_WORDS.has(t.norm) && toks.slice(i, end).some((x, q) => isModelPart(x) || modelNumber(toks, i + q)))) && toks[end + 1]?.text !== '-') {
        end++;
        continue;
      }
      // "Zentrix Co., Ltd.", "Borvex Pte. Ltd.": a firm's legal form in two words with stops and a comma between.
      const chain = legalFormChain(toks, end);
      if (chain > end) {
        end = chain;
        continue;
      }
      // "Zentrix (Hong Kong) Ltd.", "Borvex (USA) LLC": a place in brackets inside a firm's name that ends in a firm's word.
      if (t.text === '(' && isCapWord(toks[end - 1])) {
        let j = end + 1;
        while (j < toks.length && j - end <= 3 && isCapWord(toks[j])) j++;
        if (j > end + 1 && toks[j]?.text === ')') {
          let k = j + 1;
          while (k < toks.length && isCapWord(toks[k])) k++;
          if (k > j + 1 && (lexicon.cues.head.get(toks[k - 1].norm) === 'Company' || LEGAL_FORMS.has(toks[k - 1].norm))) {
            end = k;
            continue;
          }
        }
      }
      // "Telecommunications (Interception Capability and Security) Act", "Telecommunications (Security) Act": a law's name
      // with a bracketed part of capitalised words, then words that end in a law's head.
      if (t.text === '(' && isCapWord(toks[end - 1])) {
        let j = end + 1;
        while (j < toks.length && (isCapWord(toks[j]) || (toks[j].word && (conn.has(toks[j].norm) || ['and', 'og'].includes(toks[j].norm))) || toks[j].text === ',')) j++;
        if (j > end + 1 && toks[j]?.text === ')') {
          let k = j + 1;
          while (k < toks.length && isCapWord(toks[k])) k++;
          if (k > j + 1 && LAW_HEADS.has(toks[k - 1].norm)) {
            end = k;
            continue;
          }
        }
      }
      // "Children's Online Privacy Protection Act": a genitive inside a law's name, capitalised words after it ending in a law's head.
      if (/^['’]$/.test(t.text) && adjacent(toks[end - 1], t) && toks[end + 1]?.norm === 's' && adjacent(t, toks[end + 1]) && isCapWord(toks[end + 2] ?? t)) {
        let k = end + 2;
        while (k < toks.length && isCapWord(toks[k])) k++;
        if (k - (end + 2) >= 2 && LAW_HEADS.has(toks[k - 1].norm)) {
          end = k;
          continue;
        }
      }
      // "Attorney General's Department", "Governor's Office": an office holder's genitive and a body's word name his office.
      if (/^['’]$/.test(t.text) && toks[end + 1]?.norm === 's' && adjacent(toks[end - 1], t) && adjacent(t, toks[end + 1]) && toks[end + 2]
        && plainWord(toks[end + 2]) && bodyWord(toks[end + 2].norm, lexicon) && roleBefore(toks, i, end, lexicon)) {
        end += 3;
        continue;
      }
      // "Senate Bill 419", "Executive Order 13873", "Directive 2016/1148": a numbered measure takes its number.
      const num = numberAfterHead(toks, end);
      if (num > end) {
        end = num;
        break;
      }
      // "Global Initiative on Data Security", "Convention on Cybercrime": "on" joins only after the head of a measure
      // or a body; after any other name it opens a phrase of its own ("Huawei on Monday", "Pompeo on China").
      if (t.norm === 'on' && ON_HEADS.has(toks[end - 1].norm) && toks[end + 1] && isCapWord(toks[end + 1])
        && !lexicon.cues.calendar.has(toks[end + 1].norm) && !knownStart(toks[end + 1], lexicon)) {
        end += 2;
        continue;
      }
      // "Office of the National Cyber Director", "Ministry of the Interior": "of the" after a body's word.
      if ((t.norm === 'of' || t.norm === 'for') && toks[end + 1]?.norm === 'the' && toks[end + 2] && isCapWord(toks[end + 2]) && bodyWord(toks[end - 1].norm, lexicon)) {
        end += 3;
        continue;
      }
      // "Department of Justice", "Bárður á Steig Nielsen"
      if (t.word && conn.has(t.norm) && toks[end + 1] && isCapWord(toks[end + 1])) {
        end += 2;
        continue;
      }
      // "Conselho Superior de Segurança do Ciberespaço": Portuguese "do" ("of the") inside a name of two words or more,
      // not the English verb after a sentence's first word ("How do Apple and Google …").
      if (t.word && PORTUGUESE_OF_THE.has(t.norm) && end - i >= 2 && toks[end + 1] && isCapWord(toks[end + 1]) && !knownStart(toks[end + 1], lexicon)) {
        end += 2;
        continue;
      }
      // "Bundesamt für Sicherheit in der Informationstechnik", "Commission de la …": a preposition and its article.
      if (t.word && CONNECTOR_PAIRS.has(`${t.norm} ${toks[end + 1]?.norm}`) && toks[end + 2] && isCapWord(toks[end + 2])) {
        end += 3;
        continue;
      }
      // "Ministry of Science and ICT", "Ministry of Economy, Trade and Industry": a body's name of the form "Ministry of …"
      // takes its list of portfolios whole; not a known name after "and" ("the Ministry of Defence and Huawei").
      // ("Ministeriet for Fødevarer, Landbrug og Fiskeri".)
      if ((t.norm === 'and' || t.norm === 'og' || t.text === ',') && bodyOfForm(toks, i, end, lexicon)) {
        let j = end;
        while (toks[j]?.text === ',' && isCapWord(toks[j + 1] ?? t) && !knownStart(toks[j + 1], lexicon)) {
          j += 2;
          while (j < toks.length && isCapWord(toks[j])) j++;
        }
        if ((toks[j]?.norm === 'and' || toks[j]?.norm === 'og') && toks[j + 1] && isCapWord(toks[j + 1]) && !knownStart(toks[j + 1], lexicon) && (t.norm !== ',' || j > end)) {
          end = j + 2;
          while (end < toks.length && isCapWord(toks[end])) end++;
          continue;
        }
      }
      // "Uddannelses- og Forskningsministeriet", "Nærings- og fiskeridepartementet": the first part of a compound
      // shared with the word after "og" that names the kind of body.
      if (t.text === '-' && adjacent(toks[end - 1], t)) {
        let j = end + 1;
        while (toks[j]?.text === ',' && toks[j + 1]?.word && toks[j + 2]?.text === '-') j += 3;
        const last = toks[j + 1];
        if (['og', 'and', 'eller'].includes(toks[j]?.norm ?? '') && last?.word && !(toks[j + 2] && adjacent(last, toks[j + 2]) && toks[j + 2].text === '-')
          && lexicon.cues.suffix.some(([suffix]) => last.norm.endsWith(suffix) && last.norm.length > suffix.length)) {
          end = j + 2;
          continue;
        }
      }
      // "House Energy and Commerce Committee", "Senate Commerce, Science and Transportation Committee": a committee's name
      // takes its list of fields whole (not a known name after "and": "Nvidia and the Intelligence Committee").
      // (Only capitalised words of no known name after the first: not "Executives of Qualcomm and …".)
      if ((t.norm === 'and' || t.text === ',') && end - i >= 2 && !lexicon.cues.head.has(toks[end - 1].norm)
        && toks.slice(i, end).filter((x, q) => q > 0 || !lexicon.cues.stopNames.has(x.norm)).every((x, q) => isCapWord(x) && (q === 0 || !knownStart(x, lexicon)))) {
        let j = end;
        while (toks[j]?.text === ',' && toks[j + 1] && isCapWord(toks[j + 1]) && !knownStart(toks[j + 1], lexicon)) {
          j += 2;
          while (j < toks.length && isCapWord(toks[j])) j++;
        }
        if (toks[j]?.norm === 'and' && toks[j + 1] && isCapWord(toks[j + 1]) && !knownStart(toks[j + 1], lexicon)) {
          let k = j + 1;
          while (k < toks.length && isCapWord(toks[k])) k++;
          if (COMMITTEE_HEADS.has(toks[k - 1].norm) && k - (j + 1) >= 2) {
            end = k;
            continue;
          }
        }
      }
      // "Securities and Futures Commission", "Food and Drug Administration": a body's name of two fields joined by "and",
      // a word of its own and the body's head after it (no known name on either side: "Huawei and Nokia Networks").
      // A firm's registered name likewise before its legal form ("Lumen Science and Technology Co.").
      // (Plain words only: "VMate and WPS Office" are two products.)
      if (t.norm === 'and' && plainWord(toks[end - 1]) && !lexicon.cues.head.has(toks[end - 1].norm) && !LEGAL_FORMS.has(toks[end - 1].norm) && !knownStart(toks[end - 1], lexicon) && !lexicon.cues.stopNames.has(toks[end - 1].norm)) {
        let j = end + 1;
        while (j < toks.length && plainWord(toks[j]) && !knownStart(toks[j], lexicon)) j++;
        if (j >= end + 3 && toks[j]?.text !== '-' && (bodyWord(toks[j - 1].norm, lexicon) || LEGAL_FORMS.has(toks[j - 1].norm)) && !bodyWord(toks[end + 1].norm, lexicon)) {
          end = j;
          continue;
        }
      }
      // "National Security and Investment Act": "and" inside the name of a law, two words or more before it.
      if ((t.norm === 'and' || t.norm === 'og') && end - i >= 2 && !lexicon.cues.head.has(toks[end - 1].norm)) {
        let j = end + 1;
        while (j < toks.length && isCapWord(toks[j])) j++;
        if (j > end + 1 && lexicon.cues.head.get(toks[j - 1].norm) === 'Policy') {
          end = j;
          continue;
        }
      }
      break;
    }
    out.push({ start: i, end });
    i = end;
  }
  return out;
}

function typeFromHead(toks: Token[], start: number, end0: number, lexicon: Lexicon, stripS = false): EntityType | undefined {
  // "Senate Bill 419": the head word is the one before the number.
  const end = beforeNumber(toks, start, end0);
  if (end < end0) return 'Policy';
  // "Ministry of Science and Technology", "Department of Information Technology": a body's word and a connector first
  // say what the name is, whatever word for a firm ends it.
  // ("California Department of Technology": a place's name may come first.)
  for (let k = start; k < Math.min(start + 2, end - 2); k++) {
    const lead = toks[k + 1].word && lexicon.cues.connectors.has(toks[k + 1].norm) ? lexicon.cues.head.get(toks[k].norm) : undefined;
    if (lead === 'Agency' || lead === 'Organization') return lead;
  }
  // "Intellexa S.A": a legal form written with full stops (the last stop is not in the name).
  for (let k = Math.max(start + 1, end - 5); k < end - 1; k++) {
    if (toks[k - 1]?.word && dottedForm(toks, k) >= end - 1 && lexicon.cues.head.get(dottedKey(toks, k, end)) === 'Company') return 'Company';
  }
  // "Booking.com": a web address names a firm.
  if (end - start >= 3 && toks[end - 2].text === '.' && WEB_ENDINGS.has(toks[end - 1].text) && adjacent(toks[end - 2], toks[end - 1])) return 'Company';
  // "Global Initiative on Data Security": the head before "on" types the name.
  for (let k = start + 1; k < end - 1; k++) if (toks[k].norm === 'on' && lexicon.cues.head.has(toks[k - 1].norm)) return lexicon.cues.head.get(toks[k - 1].norm);
  const last = stripS ? toks[end - 1].norm.replace(/s$/, '') : toks[end - 1].norm;
  for (const [suffix, type] of lexicon.cues.suffix) if (last.endsWith(suffix)) return type;
  const first = toks[start].norm;
  const { head } = lexicon.cues;
  // "Huawei Marine", "Adeno K/S": the company form at the end; "Department of Justice": the head first.
  if (end - start > 1 && head.has(last)) return head.get(last);
  if (end - start > 2 && toks[end - 2].text === '/' && head.has(`${toks[end - 3].norm}/${last}`)) return head.get(`${toks[end - 3].norm}/${last}`);
  if (end - start > 1 && head.has(first) && toks[start + 1]?.word && lexicon.cues.connectors.has(toks[start + 1].norm)) return head.get(first);
  return undefined;
}

// Words that open a clause or a preposition's phrase after a comma, not an apposition.
// (A relative clause may still describe the name: "Nexperia, der er et datterselskab af …", "X, which is a unit of …".)
const CLAUSE_OPENERS = new Set(['by', 'to', 'for', 'in', 'on', 'at', 'with', 'from', 'and', 'but', 'or', 'while', 'after', 'before',
  'as', 'when', 'where', 'if', 'said', 'says', 'according', 'including', 'because', 'although', 'though', 'og', 'men', 'eller',
  'mens', 'efter', 'før', 'med', 'til', 'fra', 'i', 'på', 'ifølge', 'hvor', 'hvis', 'da', 'når', 'fordi', 'selvom', 'siger', 'sagde', 'herunder']);

/** The type a noun gives a name beside it, read with the word before where the two are one noun ("rights group", not "group"). */
const nounType = (toks: Token[], k: number, context: Map<string, EntityType>) => (k > 0 ? context.get(`${toks[k - 1].norm} ${toks[k].norm}`) : undefined) ?? context.get(toks[k].norm);

function typeFromContext(s: Sentence, start: number, end: number, lexicon: Lexicon, speech = true): EntityType | undefined {
  const toks = s.tokens;
  const { context, personSpeech } = lexicon.cues;
  const trig = lexicon.triggers.get(s.language) ?? lexicon.triggers.get('en');
  // A role title just before, possibly with "in X," or "," between: "udenrigsminister Wang Yi",
  // "Kinas ambassadør i Danmark, Feng Tie".
  if (trig) {
    const from = Math.max(0, start - 7);
    for (const m of findPhrases(trig.roles.phrases, toks, from, start)) {
      const between = toks.slice(m.end, start);
      if (between.length <= 4 && between.every((t) => !t.word || t.cap || trig.roleOf.has(t.norm) || t.norm === 'i' || t.norm === 'in')) return 'Person';
    }
  }
  // A place phrase just before: "har hovedsæde i Veldhoven", "lige uden for Milano", "based in Eindhoven".
  if (trig) {
    const from = Math.max(0, start - 5);
    if ([...findPhrases(trig.basedIn, toks, from, start), ...findPhrases(trig.placeBefore, toks, from, start)].some((m) => m.end === start)) return 'Location';
    // "en fabrik i Magdeburg", "a plant in Dresden": a lone unknown word after "i"/"in" is a place.
    const prev = toks[start - 1]?.norm;
    // Not where "in" takes a holding or investment: "a stake in Grindr", "aktier i Spotify", "invested in OpenAI".
    const holding = /^(stake|stakes|share|shares|interest|investment|investments|invested|invest|invests|andel|andele|aktier|aktiepost|ejerandel|investering|investeret|investerer)$/.test(toks[start - 2]?.norm ?? '');
    const oneWord = toks.slice(start + 1, end).every((t, k) => adjacent(toks[start + k], t));
    if ((prev === 'i' || prev === 'in') && oneWord && start > 1 && !toks[end]?.cap && !holding) {
      // ("announced in Parliament", "a vote in Senate": a word for a body is that body, not a place.)
      const own = end - start === 1 ? lexicon.cues.head.get(toks[start].norm) : undefined;
      return own === 'Agency' || own === 'Organization' ? own : 'Location';
    }
  }
  // A noun before: "firm Huawei", "medier E24", "Mr Smith".
  for (let k = start - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const t = toks[k];
    if (!t.word) {
      // ("aggregators, such as LocationSmart": a comma before the list's introduction.)
      if (t.text === '-' || t.text === '.' || (t.text === ',' && LIST_INTRO_WORDS.has(toks[k + 1]?.norm ?? ''))) continue;
      break;
    }
    // "Indian alternatives such as Chingari", "kinesiske selskaber som Alibaba": a list's introduction is passed over.
    // ("a robot called Tappy", "en app ved navn Lemon8": a word that gives the name is passed over too.)
    if (!(LIST_INTRO_WORDS.has(t.norm) || NAMING_WORDS.has(t.norm)) || k < start - 3) seen++;
    // "spilselskabet Activision Blizzard", "industrikoncern Rolls-Royce", "cloudtjeneste GeForce Now": a Danish compound ends in the noun.
    // (Capitalised only because it opens the sentence: "Spilselskabet Nordic Quest".)
    const opens = k === 0 || /^[:"“‘«(•–—]$/.test(toks[k - 1].text);
    const type = nounType(toks, k, context) ?? (s.language === 'da' && (!t.cap || opens) ? compoundTail(t.norm, context) : undefined);
    // A measure's noun only right before the name ("ordningen Privacy Shield"; not "Initiative on Data Security").
    if (type === 'Policy' && (k !== start - 1 || t.cap)) {
      if (t.cap) break;
      continue;
    }
    if (type) return type;
    if (t.cap) break;
  }
  // Apposition after: "X, a Chinese state-owned telco", "X, et kinesisk selskab". Not a clause or a phrase of a
  // preposition after the comma ("iPads, by barring developers", "X, der ejer selskabet").
  // ("Frank Pallone of New Jersey, the panel's top Democrat": a place of origin between the name and the comma.)
  const fromPlace = ['of', 'from', 'fra'].includes(toks[end]?.norm ?? '') ? [1, 2, 3].find((n) => toks[end + 1 + n]?.text === ','
    && toks.slice(end + 1, end + 1 + n).every((t) => t.word && t.cap && !t.upper)) : undefined;
  const app = end + (fromPlace ? 1 + fromPlace : 0);
  // "Sara Hamou, whom the department described as …", "Wang Jun, who led BGI": English "who" is said of a person.
  if (toks[app]?.text === ',' && ['who', 'whom'].includes(toks[app + 1]?.norm ?? '') && toks.slice(start, end).every((t) => !t.upper)) return 'Person';
  if (toks[app]?.text === ',' && !CLAUSE_OPENERS.has(toks[app + 1]?.norm ?? '')) {
    // A possessor is not the apposition's head: "X, the company's chief executive" (its tokens not counted).
    let poss = 0;
    // (A hyphen inside a compound noun is not counted: "the US money-transfer firm".)
    let hyph = 0;
    for (let k = app + 1; k < Math.min(toks.length, app + 6 + poss + hyph); k++) {
      const t = toks[k];
      if (t.text === ',' || t.text === '.') break;
      if (t.text === '-' && hyph < 4) {
        hyph += 2;
        continue;
      }
      if (t.word && toks[k + 1]?.norm === "'" && toks[k + 2]?.norm === 's') {
        k += 2;
        poss += 3;
        continue;
      }
      const type = nounType(toks, k, context);
      if (type && type !== 'Person') return type;
      // "Mao Ning, a spokeswoman for …", "X, the company's chief executive": a person's title in apposition.
      // "Aimen Mir, a Treasury Department official": the employer's name between does not count.
      // ("Frank Pallone, the panel's top Democrat": a possessor's "'s" is no word between.)
      const lowerBetween = toks.slice(app + 2, k).filter((x, j) => x.word && !x.cap && !(x.norm === 's' && toks[app + 1 + j]?.norm === "'")).length;
      if (type === 'Person' && k - app - poss <= 6 && lowerBetween <= 2 && ['a', 'an', 'the', 'en', 'et'].includes(toks[app + 1]?.norm ?? '')) return type;
    }
  }
  // Speech: "siger Mike Pompeo", "Pompeo said".
  const before = toks[start - 1], after = toks[end];
  // A verb of speech before the name, but not one used as a verb of adding: "added Wingtech to the list", "added X as".
  const objectOfVerb = !!after && ['to', 'as', 'into', 'onto'].includes(after.norm);
  if (speech && ((before && personSpeech.has(before.norm) && !objectOfVerb) || (after && personSpeech.has(after.norm)))) {
    if (toks.slice(start, end).every((t) => !t.upper) && !articleName(toks[start])) return 'Person';
  }
  return undefined;
}

function isRoleOrStop(toks: Token[], start: number, end: number, lexicon: Lexicon, lang: string): boolean {
  const trig = lexicon.triggers.get(lang) ?? lexicon.triggers.get('en');
  if (trig) {
    const m = findPhrases(trig.roles.phrases, toks, start, end).find((x) => x.start === start && x.end === end);
    if (m) return true;
  }
  for (let i = start; i < end; i++) if (toks[i].word && !lexicon.cues.stopNames.has(toks[i].norm) && !lexicon.cues.connectors.has(toks[i].norm)) return false;
  return true;
}

// "Fujian Provincial Government", "Ontario Provincial Police": the place's own government, not a firm of the place.
const PLACE_OWN_GOVERNMENT = new Set(['government', 'administration', 'authorities', 'police', 'regering', 'regeringen', 'myndigheder', 'politi']);

// Lower-case words inside a person's name ("Ursula von der Leyen", "Bárður á Steig Nielsen"); not "of" ("Call of Duty").
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'das', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'di', 'del', 'della', 'zu', 'ter', 'ten', 'á', 'y']);

function personShape(toks: Token[], start: number, end: number): boolean {
  const words = toks.slice(start, end).filter((t) => t.word);
  // Four words only with a particle ("Ursula von der Leyen"); four capitalised words are more often a firm's name.
  const particle = words.some((t) => !t.cap);
  // A lower-case word is a particle, or the second part of a hyphenated given name ("Joh Sung-wook").
  const lowerOk = (t: Token) => t.cap || NAME_PARTICLES.has(t.norm) || toks[toks.indexOf(t) - 1]?.text === '-';
  return words.length >= 2 && (words.length <= 3 || (words.length === 4 && particle)) && words.every((t) => /^\p{L}+$/u.test(t.text) && !t.upper && lowerOk(t))
    && !noInitial(toks, start, end) && !articleName(words[0]);
}

/**
 * A letter alone that is no initial: a person's initial has its stop ("George W. Bush") or an apostrophe after it
 * ("O'Neil"); "In-Q-Tel" is no person's name.
 */
function noInitial(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (toks[k].word && toks[k].text.length === 1 && !/^[.'’]$/.test(toks[k + 1]?.text ?? '')) return true;
  return false;
}

/**
 * Whether compromise's typing hint could matter in this sentence. A hint only types a name
 * the gazetteer does not know, and every such name starts with a capitalised word that no
 * gazetteer match covers and that is neither a stop word nor a connector. Sentences without
 * one skip compromise, which is most of extraction's time where the gazetteer knows the names.
 */
function mayNeedHint(s: Sentence, covered: Int32Array, lexicon: Lexicon): boolean {
  const { stopNames, connectors } = lexicon.cues;
  return s.tokens.some((t, i) => t.word && t.cap && covered[i] < 0 && !stopNames.has(t.norm) && !connectors.has(t.norm));
}

/** Each token's gazetteer match (its index in `gaz`), -1 where none covers it. */
function coverage(s: Sentence, gaz: GazMatch[]): Int32Array {
  const covered = new Int32Array(s.tokens.length).fill(-1);
  gaz.forEach((g, gi) => covered.fill(gi, g.start, g.end));
  return covered;
}

// Names of countries in their own languages after a firm's name ("Telefónica Deutschland", "Telia Norge").
const COUNTRY_TAIL = /^(deutschland|danmark|norge|sverige|suomi|france|italia|españa|espana|nederland|polska|österreich|schweiz|suisse|belgique|ireland|uk|usa|europe|europa|international|global|asia|americas|china|japan|korea|india|australia|canada)$/;

/** "Nijmegen-based", "Nijmegen-baserede": the part before names a place. */
const PLACE_TAIL = /^(based|headquartered|baserede|baseret|hjemmehørende)$/;

const LIST_INTRO_WORDS = new Set(['such', 'as', 'including', 'like', 'som', 'såsom', 'herunder']);
const NAMING_WORDS = new Set(['called', 'named', 'dubbed', 'kaldet', 'kaldt', 'navnet', 'navn', 'ved']);
const BRAND_NOUNS = new Set(['mærket', 'mærke', 'brandet', 'varemærket', 'brand']);

/** Capitalised words after a company's name that can name its product: no title, weekday, acronym or sentence word. */
function productTail(toks: Token[], start: number, end: number, lexicon: Lexicon, lang: string): boolean {
  for (let k = start; k < end; k++) {
    const t = toks[k];
    if (!t.word || !t.cap || t.upper || /\d/.test(t.text) || lexicon.cues.stopNames.has(t.norm) || lexicon.cues.calendar.has(t.norm) || lexicon.cues.personSpeech.has(t.norm)) return false;
    if (k > start && toks[k - 1].end !== t.start - 1) return false;
  }
  if (toks[start - 1]?.end !== toks[start].start - 1) return false;
  return !isRoleOrStop(toks, start, end, lexicon, lang);
}

export interface MentionOptions {
  /** Use compromise for English (off in tests that want pure rules). */
  nlp?: boolean;
}

export function findMentions(sentences: Sentence[], lexicon: Lexicon, opts: MentionOptions = {}): RawMention[] {
  const out: RawMention[] = [];
  const datelined: RawMention[] = [];
  const pending: { m: RawMention; initial: boolean; cued: boolean }[] = [];
  const pendingOf = new Map<RawMention, { m: RawMention; initial: boolean; cued: boolean }>();
  // One word read as a person only because a verb of speech is beside it ("Naver said").
  const spoken = new Set<RawMention>();
  const basedCapitals: { m: RawMention; state: string }[] = [];
  const matched = new Map(sentences.map((s) => {
    const gaz = gazetteerMatches(s, lexicon);
    return [s, { gaz, covered: coverage(s, gaz) }];
  }));
  const nlpHints = opts.nlp === false ? new Map<number, NlpName[]>() : nlpNames(sentences.filter((s) => mayNeedHint(s, matched.get(s)!.covered, lexicon)), lexicon);
  for (const s of sentences) {
    const toks = s.tokens;
    const trig = lexicon.triggers.get(s.language) ?? lexicon.triggers.get('en');
    const { gaz, covered } = matched.get(s)!;
    const dropped = new Set<number>();
    const forced = new Map<number, EntityType>();
    const initial = initialPositions(toks);
    const titled = titleCased(toks);
    const newOnes: RawMention[] = [];
    const dateline = datelineEnd(toks, lexicon);
    modelNames(toks, gaz, covered, dropped, lexicon);
    lawCompounds(toks, gaz, covered, dropped, lexicon);
    for (const span of capitalisedSpans(toks, lexicon)) {
      // "The Korea Fair Trade Commission": a sentence's first word is no part of the name.
      while (span.end - span.start > 1 && covered[span.start] < 0 && lexicon.cues.stopNames.has(toks[span.start].norm) && !bodyFor(toks, span.start, span.end, lexicon) && !hyphenedToName(toks, span.start) && !stopWordOpensName(toks, span.start, initial, titled, lexicon)) span.start++;
      // Pieces of the span that the gazetteer does not cover.
      let pieces: Candidate[] = [];
      const g0 = covered[span.start];
      // "Borvex Chile Inc.", "Zentrix (Hong Kong) Ltd.": a place's name inside a name that ends in a firm's legal form
      // is part of the registered name of a firm (of that place), not a mention of the place.
      const firmOrBody = placeInFirm(toks, span, gaz, covered, lexicon) ? 'Company' : placeInOrganisation(toks, span, gaz, covered, lexicon) ? 'Organization' : undefined;
      if (firmOrBody) {
        for (let k = span.start; k < span.end; k++) if (covered[k] >= 0) dropped.add(covered[k]);
        pieces.push({ start: span.start, end: span.end });
        forced.set(span.start, firmOrBody);
      }
      // "Danske Bank", "Dansk Folkeparti", "Norsk Hydro": Danish writes a state's adjective in lower case, so one
      // capitalised inside a sentence, before a capitalised word the gazetteer does not know, opens a name.
      if (!pieces.length && s.language === 'da' && adjectiveOpensName(toks, span, gaz, covered, initial)) {
        dropped.add(covered[span.start]);
        pieces.push({ start: span.start, end: span.end });
        forced.set(span.start, typeFromHead(toks, span.start, span.end, lexicon) ?? 'Company');
      }
      // "Investment Canada Act": a known name inside a law's name is part of it.
      const law = pieces.length ? undefined : lawAcross(toks, span, gaz, covered, lexicon);
      if (law) {
        for (let k = law.start; k < law.end; k++) if (covered[k] >= 0) dropped.add(covered[k]);
        pieces.push(law);
      }
      // "Hangzhou DeepSeek Artificial Intelligence": a city, a known firm's name and words of its own make the legal
      // name of a firm registered there.
      if (pieces.length === 0 && covered[span.start] >= 0) {
        const g0 = gaz[covered[span.start]];
        const g1 = g0.end < span.end && covered[g0.end] >= 0 ? gaz[covered[g0.end]] : undefined;
        const placeType = lexicon.entries.get(g0.hit.id)?.type;
        const firmType = g1 ? lexicon.entries.get(g1.hit.id)?.type : undefined;
        if (g0.start === span.start && !g0.genitive && g0.hit.kind !== 'adjective' && (placeType === 'Location' || placeType === 'Government')
          && g1 && g1.start === g0.end && !g1.genitive && (firmType === 'Company' || firmType === 'Product') && g1.end < span.end
          && covered.subarray(g1.end, span.end).every((c) => c < 0) && toks.slice(g1.end, span.end).every((t) => t.word && t.cap)) {
          dropped.add(covered[span.start]);
          dropped.add(covered[g0.end]);
          pieces.push({ start: span.start, end: span.end });
          forced.set(span.start, 'Company');
        }
      }
      // "Texas Department of Public Safety", "Bavarian State Ministry" aside: a region's or a city's name and a body's
      // name after it name that place's own body (not a state's: "US Department of Commerce" is the gazetteer's).
      if (pieces.length === 0 && covered[span.start] >= 0) {
        const g = gaz[covered[span.start]];
        if (g.start === span.start && !g.genitive && g.hit.kind !== 'adjective' && g.end < span.end && lexicon.entries.get(g.hit.id)?.type === 'Location'
          && covered.subarray(g.end, span.end).every((c) => c < 0) && typeFromHead(toks, g.end, span.end, lexicon) === 'Agency') {
          dropped.add(covered[span.start]);
          pieces.push({ start: span.start, end: span.end });
          forced.set(span.start, 'Agency');
        }
      }
      // "Fujian Grand Chip", "Shenzhen Goodix Technology", "Shanghai Electric": a region's or a city's name followed, with no comma, by
      // capitalised words (one only where it is no day's name or head word: "Shanghai Monday") nobody knows is the name of a firm or body of that place, typed by its context.
      if (pieces.length === 0 && covered[span.start] >= 0) {
        const g = gaz[covered[span.start]];
        const tail = toks.slice(g.end, span.end);
        if (g.start === span.start && !g.genitive && g.hit.kind !== 'adjective' && lexicon.entries.get(g.hit.id)?.type === 'Location'
          && (tail.length >= 2 || (tail.length === 1 && plainWord(tail[0]) && !lexicon.cues.calendar.has(tail[0].norm) && !lexicon.cues.head.has(tail[0].norm)))
          && covered.subarray(g.end, span.end).every((c) => c < 0)
          && tail.every((t) => t.word && t.cap && !t.upper && !lexicon.cues.stopNames.has(t.norm) && !lexicon.cues.connectors.has(t.norm))
          && !PLACE_OWN_GOVERNMENT.has(tail[tail.length - 1].norm) && !(trig && findPhrases(trig.roles.phrases, toks, g.end, span.end).length)) {
          dropped.add(covered[span.start]);
          pieces.push({ start: span.start, end: span.end });
        }
      }
      // "National Cyber Security Centre of Lithuania", "initiativet Chips for Europe": a body's or a measure's name
      // ending in "of"/"for" and a known state or place is one name.
      if (pieces.length === 0) {
        const whole = nameOfPlace(s, span, gaz, covered, lexicon);
        if (whole) {
          for (let k = whole.start; k < whole.end; k++) if (covered[k] >= 0) dropped.add(covered[k]);
          pieces.push(whole);
          if (whole.type) forced.set(whole.start, whole.type);
        }
      }
      // "Rådet for Digital Sikkerhed": a body's word that the gazetteer knows alone ("Rådet"), "for"/"of" and
      // capitalised words nobody knows are one body's name.
      if (pieces.length === 0 && covered[span.start] >= 0) {
        const g = gaz[covered[span.start]];
        if (g.start === span.start && g.end === span.start + 1 && !g.genitive && bodyFor(toks, span.start, span.end, lexicon)
          && covered.subarray(span.start + 1, span.end).every((c) => c < 0)) {
          dropped.add(covered[span.start]);
          pieces.push({ start: span.start, end: span.end });
          forced.set(span.start, 'Agency');
        }
      }
      // "Nationale Center for Cybersikkerhed": a capitalised word before a known body's name makes another body.
      if (pieces.length === 0 && covered[span.end - 1] >= 0 && covered[span.start] < 0 && !initial.has(span.start)) {
        const g = gaz[covered[span.end - 1]];
        const gType = lexicon.entries.get(g.hit.id)?.type;
        const lead = toks.slice(span.start, g.start);
        if (g.end === span.end && !g.genitive && g.hit.kind !== 'adjective' && (gType === 'Agency' || gType === 'Organization') && g.end - g.start >= 2
          && lead.length >= 1 && lead.length <= 2 && lead.every((t, k) => t.word && t.cap && !t.upper && covered[span.start + k] < 0 && !lexicon.cues.stopNames.has(t.norm))
          && !isRoleOrStop(toks, span.start, g.start, lexicon, s.language) && firstWordClass(toks[span.start].text) !== 'given') {
          dropped.add(covered[span.end - 1]);
          pieces.push({ start: span.start, end: span.end });
          forced.set(span.start, gType);
        }
      }
      // "Micheal Pompeo" where the gazetteer knows "Pompeo": one name, resolved by surname later.
      const gl = covered[span.end - 1];
      if (pieces.length === 0 && gl >= 0 && gaz[gl].end === span.end && gaz[gl].start > span.start && lexicon.entries.get(gaz[gl].hit.id)?.type === 'Person' && covered[span.start] < 0) {
        let k = gaz[gl].start;
        let ok = true;
        for (let j = span.start; j < k; j++) if (covered[j] >= 0) ok = false;
        if (ok && k - span.start <= 2) {
          dropped.add(gl);
          pieces.push({ start: span.start, end: span.end });
        }
      }
      if (pieces.length === 0 && g0 >= 0 && gaz[g0].start === span.start && gaz[g0].hit.kind !== 'adjective' && gaz[g0].end < span.end && !gaz[g0].genitive) {
        // "Huawei Marine": a known company name followed by a company word makes a new name.
        let k = gaz[g0].end;
        while (k < span.end && covered[k] < 0) k++;
        // "Huawei Canada", "TikTok Technology Canada": a firm's name and a country it works in name its unit there.
        const ownerType = lexicon.entries.get(gaz[g0].hit.id)?.type;
        let country = k < span.end && covered[k] >= 0 ? gaz[covered[k]] : undefined;
        // "Vodafone Hutchison Australia": two firms' names and a country name their joint venture there.
        const partner = country && k === gaz[g0].end && !country.genitive && country.hit.kind !== 'adjective' && lexicon.entries.get(country.hit.id)?.type === 'Company' ? country : undefined;
        if (partner && ownerType === 'Company' && partner.end < span.end && covered[partner.end] >= 0) {
          const c = gaz[covered[partner.end]];
          if (c.end === span.end && !c.genitive && c.hit.kind !== 'adjective' && lexicon.entries.get(c.hit.id)?.type === 'Government') {
            dropped.add(covered[k]);
            k = partner.end;
            country = c;
          }
        }
        // "Amazon Europe Core", "Microsoft Ireland Operations": a word or two of the unit's own after a state or a region.
        const placeType = country ? lexicon.entries.get(country.hit.id)?.type : undefined;
        const tail = country ? span.end - country.end : -1;
        const ownTail = !!country && tail >= 1 && tail <= 2 && covered.subarray(country.end, span.end).every((c) => c < 0)
          && toks.slice(country.end, span.end).every((t) => t.word && t.cap && !t.upper && !lexicon.cues.stopNames.has(t.norm) && !lexicon.cues.calendar.has(t.norm));
        if (country && (tail === 0 ? placeType === 'Government' : ownTail && (placeType === 'Government' || placeType === 'Location'))
          && !country.genitive && country.hit.kind !== 'adjective' && (ownerType === 'Company' || ownerType === 'Product')
          && !['i', 'in'].includes(toks[k - 1]?.norm ?? '')) {
          dropped.add(g0);
          dropped.add(covered[k]);
          pieces.push({ start: span.start, end: span.end });
          forced.set(span.start, 'Company');
        }
        const type = pieces.length ? undefined : typeFromHead(toks, span.start, k, lexicon);
        if (k > gaz[g0].end && type && type !== 'Location') {
          dropped.add(g0);
          pieces.push({ start: span.start, end: k });
          if (k < span.end) pieces.push({ start: k, end: span.end });
        } else if (pieces.length === 0 && !type && k === span.end && k - gaz[g0].end <= 2 && lexicon.entries.get(gaz[g0].hit.id)?.type === 'Company' && productTail(toks, gaz[g0].end, k, lexicon, s.language)) {
          // "Google Workspace", "Apple Music", "Telefónica Deutschland": a company's name and a word or two of its own
          // name a product of it, or a unit where the words name a place; the context may say otherwise.
          dropped.add(g0);
          pieces.push({ start: span.start, end: k });
          const place = toks.slice(gaz[g0].end, k).some((t) => firstWordClass(t.text) === 'place' || COUNTRY_TAIL.test(t.norm));
          forced.set(span.start, place ? 'Company' : 'Product');
        }
      }
      if (pieces.length === 0) {
        let cur: Candidate | undefined;
        for (let k = span.start; k < span.end; k++) {
          if (covered[k] >= 0) {
            if (cur) pieces.push(cur);
            cur = undefined;
          } else if (cur) cur.end = k + 1;
          else cur = { start: k, end: k + 1 };
        }
        if (cur) pieces.push(cur);
      } else pieces = pieces.filter((p) => p.start >= span.start);
      for (const p of pieces) {
        let { start, end } = p;
        // "BSI-loven", "IT-sikkerhedslov": the compound is the law's name (an acronym first is no stop word: "IT").
        const lawEnd = p.end === span.end ? lawTailEnd(toks, end) : -1;
        if (lawEnd > 0) end = lawEnd;
        // ("Ministeriet for Digitale Anliggender": a body's word before "for" and a name opens the body's name.)
        while (start < end && (!toks[start].word || (lexicon.cues.stopNames.has(toks[start].norm) && !(lawEnd > 0 && toks[start].upper) && !bodyFor(toks, start, end, lexicon) && !hyphenedToName(toks, start) && !stopWordOpensName(toks, start, initial, titled, lexicon))
          || (lexicon.cues.connectors.has(toks[start].norm) && !articleOpens(toks, start, end)))) start++;
        // ("INDIANAPOLIS, Dec. 7": a month's abbreviation before its full stop and a day is no name.)
        while (end > start && (!toks[end - 1].word || lexicon.cues.connectors.has(toks[end - 1].norm) || lexicon.cues.calendar.has(toks[end - 1].norm)
          || (MONTH_ABBR.has(toks[end - 1].norm) && toks[end]?.text === '.' && /^\d/.test(toks[end + 1]?.text ?? '')))) end--;
        // "Organisationen Big Brother Watch", "Selskabet Zentrix Labs": a Danish noun in the definite form for a kind of actor,
        // capitalised only because it opens the sentence, is no part of the name after it (it types it, as the noun before).
        if (s.language === 'da' && end - start >= 2 && initial.has(start) && covered[start] < 0 && toks[start + 1].cap && /(en|et|ne)$/.test(toks[start].norm)) {
          const kind = lexicon.cues.context.get(toks[start].norm) ?? compoundTail(toks[start].norm, lexicon.cues.context);
          if (kind && kind !== 'Person') start++;
        }
        if (end <= start || (covered[start] >= 0 && !dropped.has(covered[start]))) continue;
        // "Erhvervsminister Simon Kollerup", "Digital Secretary Oliver Dowden": the title is not part of the name.
        const title = trig ? findPhrases(trig.roles.phrases, toks, start, Math.min(end, start + 4)).filter((x) => x.end < end).pop() : undefined;
        // "Information Technology Minister Ravi Shankar Prasad": a portfolio before the title, a full name after it.
        // ("Executive Order 14000": a title's word before a measure's head is part of the measure's name.)
        // ("Governor's Office": a title in the genitive is part of the name of its office.)
        if (title && lexicon.cues.head.get(toks[title.end].norm) !== 'Policy' && !/^['’]$/.test(toks[title.end].text) && (title.start - start <= 1 || (title.start - start <= 3 && end - title.end >= 2 && personShape(toks, title.end, end)))) start = title.end;
        // "Republican Mike Gallagher", "Democrat Raja Krishnamoorthi": a word for a person before a full name is not part of it.
        let labelled = false;
        // "Attorney-General Mark Dreyfus", "Vice-President Kamala Harris": a title written with a hyphen.
        if (trig && toks.slice(start, Math.min(end, start + 4)).some((t) => t.text === '-')) {
          for (let q = start + 2; q <= Math.min(end - 2, start + 4); q++) {
            if (!isCapWord(toks[q]) || toks[q - 1].text === '-' || !personShape(toks, q, end)) continue;
            const plain = tokenize(toks.slice(start, q).map((t) => (t.text === '-' ? ' ' : t.text)).join(' '));
            if (findPhrases(trig.roles.phrases, plain).some((m) => m.start === 0 && m.end === plain.length)) {
              start = q;
              labelled = true;
            }
            break;
          }
        }
        // ("Magistrate Judge Laurel Beeler", "Chief Judge Ana Ruiz": up to two words of the title before the word for a person.)
        for (let q = start; q <= start + 2 && q + 3 <= end; q++) {
          if (!toks[q].cap || covered[q] >= 0) break;
          if (lexicon.cues.context.get(toks[q].norm) === 'Person' && toks[q + 1].cap && personShape(toks, q + 1, end)
            && !isRoleOrStop(toks, start, end, lexicon, s.language)) {
            start = q + 1;
            labelled = true;
            break;
          }
        }
        if (isRoleOrStop(toks, start, end, lexicon, s.language)) continue;
        if (lexicon.cues.personSpeech.has(toks[start].norm)) continue;
        // "Under Secretary for Terrorism …": a piece left after a title that opens with its connector is the title's field.
        if (toks[start].word && !toks[start].cap && lexicon.cues.connectors.has(toks[start].norm)) continue;
        // Danish genitive on an unknown name: "Færoya Teles 5G-netværk", "Mike Pompeos".
        let keyEnd = toks[end - 1].end;
        let genitive = false;
        const last = toks[end - 1];
        const next = toks[end];
        // Only before what the name owns ("Teles 5G-netværk", "Pompeos meddelelse"), not at the end of a list.
        // (A word with a capital inside is a name's particle or a name: "Francis deSouza"; a function word follows a whole
        // name: "Stella Chemifa og Morita Chemical Industries".)
        const ownsNext = !!next && ((next.word && !next.cap && !/^\p{Ll}+\p{Lu}/u.test(next.text) && !lexicon.cues.stopNames.has(next.norm) && !DA_FUNCTION_WORDS.has(next.norm)) || next.text === '-');
        // (An English plural in a firm's name of several words is no genitive: "Morita Chemical Industries".)
        const englishPlural = end - start > 1 && /ies$/.test(last.text);
        if (s.language !== 'en' && last.text.length > 3 && !englishPlural && (/[aeiouyæøå]s$/.test(last.text) || definiteBodyGenitive(last, lexicon, end - start > 1)) && ownsNext) {
          keyEnd -= 1;
          genitive = true;
        }
        if (s.language === 'en' && next?.norm === "'" && adjacent(last, next) && toks[end + 1]?.norm === 's') {
          genitive = true;
          end += 2;
        }
        // "Intellexa S.A.": a legal form written with full stops keeps its last stop.
        let formStart = end - 1;
        while (formStart - 2 > start && toks[formStart - 1]?.text === '.' && /^\p{L}{1,2}$/u.test(toks[formStart - 2].text)) formStart -= 2;
        const stop = !genitive && toks[end]?.text === '.' && adjacent(toks[end - 1], toks[end]) && formStart < end - 1
          && lexicon.cues.head.get(dottedKey(toks, formStart, end)) === 'Company' ? 1 : 0;
        if (stop) keyEnd += 1;
        const surface = s.text.slice(toks[start].start - s.start, toks[end - 1].end + stop - s.start);
        const key = s.text.slice(toks[start].start - s.start, keyEnd - s.start);
        // "Grøn Data-ordningen": the part after the hyphen says what the name is.
        const tail = toks[end]?.text === '-' && adjacent(toks[end - 1], toks[end]) && toks[end + 1] && adjacent(toks[end], toks[end + 1]) && !toks[end + 1].cap ? toks[end + 1].norm : undefined;
        const headType = lawEnd > 0 ? 'Policy' : bodyFor(toks, start, end, lexicon) ? 'Agency' : typeFromHead(toks, start, end - (genitive && s.language === 'en' ? 2 : 0), lexicon, genitive && s.language !== 'en')
          ?? (tail ? lexicon.cues.head.get(tail) ?? (PLACE_TAIL.test(tail) ? 'Location' : undefined) : undefined);
        // "mærket O2", "the brand MG": a brand noun right before names a product line.
        // "Googles Chromebooks", "Tencent's WeChat": a name right after a firm's genitive is its product.
        // (Not an adjective before a noun: "Huawei's European rivals".)
        const adjective = end - start === 1 && adjectiveWord(toks[start].text) && !!toks[end]?.word && !toks[end].cap;
        const afterFirmGenitive = !adjective && gaz.some((g) => g.genitive && g.end === start && lexicon.entries.get(g.hit.id)?.type === 'Company');
        const brand = BRAND_NOUNS.has(toks[start - 1]?.norm ?? '') || afterFirmGenitive ? 'Product' : undefined;
        // "Bonn, tirsdag": the place of a dateline.
        const placeOfLine = start === 0 && end === dateline ? 'Location' : undefined;
        // "Cupertino, California-based", "Santa Monica, Californien": a name before a comma and a known region (or a
        // state before "-based") is a place in it.
        const nextPlace = toks[end]?.text === ',' && covered[end + 1] >= 0 && gaz[covered[end + 1]].start === end + 1 && !gaz[covered[end + 1]].genitive
          && (lexicon.entries.get(gaz[covered[end + 1]].hit.id)?.type === 'Location'
            || (lexicon.entries.get(gaz[covered[end + 1]].hit.id)?.type === 'Government' && toks[gaz[covered[end + 1]].end]?.text === '-' && PLACE_TAIL.test(toks[gaz[covered[end + 1]].end + 1]?.norm ?? '')))
          && end - start <= 2 && !personShape(toks, start, end) && !headType ? 'Location' as const : undefined;
        const ctxType = brand ?? (labelled ? 'Person' : undefined) ?? placeOfLine ?? nextPlace ?? typeFromContext(s, start, end, lexicon, false) ?? forced.get(start) ?? typeFromContext(s, start, end, lexicon);
        // "tougher European scrutiny", "Rokita, a Republican, said": one word that is only an adjective or a demonym,
        // with nothing around it that makes it a name, names nothing.
        if (end - start === 1 && !genitive && !headType && !ctxType && adjectiveWord(toks[start].text)) continue;
        // "demand for AI services", "Hvad er DRAM?": an abbreviation for a technology alone names nothing.
        if (end - start === 1 && TECH_TERMS.has(toks[start].text)) continue;
        const hint = (nlpHints.get(s.index) ?? []).find((h) => h.start <= toks[start].start && h.end >= toks[end - 1].end - (genitive ? 2 : 0));
        // "5G", "8T 5G" left over after a known name: a model number alone names nothing.
        // ("mærket O2", "the brand O2": a noun before says it is a name.)
        // A model code alone ("the A100 and H100") names a product.
        const code = toks.slice(start, end).some(isModelCode);
        if (toks.slice(start, end).every((t) => isModelPart(t) || MODEL_WORDS.has(t.norm)) && !ctxType && !code) continue;
        // "DUV-maskiner", "EUV-teknologi": an unknown word that only qualifies a compound names nothing.
        if (!headType && !ctxType && tail && end - start === 1) continue;
        // ("Galaxy Note 4": a bare number can end a span only as a model's number.)
        const model = toks.slice(start + 1, end).some((t, q) => isModelPart(t) || modelNumber(toks, start + 1 + q)) || code || (end - start >= 3 && /^\d{1,2}$/.test(toks[end - 1].text));
        // compromise reads a lone capitalised word as a person too readily ("added Wingtech to the list"): one word
        // is a person only by a cue or a known surname (a surname alone also joins a full name in stage 5).
        const loneHint = hint?.type === 'Person' && ((end - start === 1 && !lexicon.surnames.has(key.toLowerCase())) || noInitial(toks, start, end)) ? 'Company' : hint?.type;
        // A name's first word that compromise's word list knows: a given name ("Lee Hunter") says person, a common
        // word or a place ("Call of Duty", "Canyon Bridge" aside) says not.
        // (A lone word compromise's parser calls an organisation but its word list a city is the city: "the port of Hamburg".)
        const firstClass = !headType && !ctxType && (!hint || (hint.type === 'Company' && end - start === 1)) ? firstWordClass(toks[start].text) : undefined;
        const personLike = personShape(toks, start, end) && !/\d/.test(key) && firstClass !== 'word' && firstClass !== 'place';
        // A lone word that compromise's list knows as a city or region ("Hamburg", "Bergen") is a place.
        const lonePlace = firstClass === 'place' && end - start === 1;
        const lonePlaceHint = lonePlace && hint?.type === 'Company';
        // "iPads", "iCloud": a word with a small letter first and a capital second names a product.
        const camel = end - start === 1 && /^\p{Ll}/u.test(toks[start].text) ? 'Product' : undefined;
        // ("iPad", "iCloud", "iOS": the small "i" of a device or service is surer than compromise's guess.)
        const iName = camel && /^i\p{Lu}/u.test(toks[start].text) ? camel : undefined;
        const type: EntityType = headType ?? ctxType ?? iName ?? (lonePlaceHint ? 'Location' : undefined) ?? loneHint ?? camel ?? (model ? 'Product' : lonePlace ? 'Location' : personLike ? 'Person' : 'Company');
        const typeBy = headType || ctxType || iName || (camel && !hint) ? 'cue' : hint || lonePlace || (personLike && firstClass === 'given' && type === 'Person') ? 'nlp' : 'default';
        const m: RawMention = {
          sentence: s.index, tokStart: start, tokEnd: end + formStopBeforeComma(toks, end), start: toks[start].start, end: toks[end - 1].end,
          surface, kind: 'new', key, type, typeBy, genitive,
        };
        if (type === 'Person' && end - start === 1 && !headType && !labelled && ctxType === 'Person' && typeFromContext(s, start, end, lexicon, false) !== 'Person') spoken.add(m);
        newOnes.push(m);
        const entry = { m, initial: initial.has(start), cued: typeBy !== 'default' || model || brandCased(toks, start, end) };
        pending.push(entry);
        pendingOf.set(m, entry);
      }
    }
    // Names in a list share the type of a cued neighbour: "medier E24 Næringsliv og VG".
    newOnes.sort((a, b) => a.tokStart - b.tokStart);
    for (let k = 1; k < newOnes.length; k++) {
      const a = newOnes[k - 1], b = newOnes[k];
      const gap = toks.slice(a.tokEnd, b.tokStart);
      // Every token between is a list's joint ("," "og" "and"): not "Teresa Ribera, the Commission's …".
      const joints = trig ? findPhrases(trig.listJoin, toks, a.tokEnd, b.tokStart) : [];
      const joined = gap.length >= 1 && gap.length <= 2 && !!trig && gap.every((_, g) => joints.some((m) => m.start <= a.tokEnd + g && m.end > a.tokEnd + g));
      if (joined && a.typeBy === 'cue' && b.typeBy === 'default') {
        b.type = a.type;
        b.typeBy = 'cue';
        const p = pendingOf.get(b);
        if (p) p.cued = true;
      }
    }
    // "the Play Store and Gmail", "Huawei og Zentrix": a lone unknown word listed right after a known firm, product or
    // body is one of the same kind (not a person: "Huawei and Ren" is left to the name's own cues).
    for (const b of newOnes) {
      if (b.typeBy !== 'default' || b.tokEnd - b.tokStart !== 1 || lexicon.surnames.has(b.key.toLowerCase())) continue;
      const j = b.tokStart - 1;
      const joint = toks[j]?.text === ',' || ['and', 'or', 'og', 'eller'].includes(toks[j]?.norm ?? '');
      const gi = joint && j > 0 ? covered[j - 1] : -1;
      if (gi < 0 || dropped.has(gi) || gaz[gi].hit.kind === 'adjective' || gaz[gi].end !== j) continue;
      const t = lexicon.entries.get(gaz[gi].hit.id)?.type;
      if (t !== 'Company' && t !== 'Product' && t !== 'Organization' && t !== 'Agency') continue;
      b.type = t;
      b.typeBy = 'cue';
      const p = pendingOf.get(b);
      if (p) p.cued = true;
    }
    gaz.forEach((g, gi) => {
      if (dropped.has(gi)) return;
      const entry = capitalAsPlace(s, g, lexicon, gaz) ?? lexicon.entries.get(g.hit.id)!;
      const m: RawMention = {
        sentence: s.index, tokStart: g.start, tokEnd: g.end, start: toks[g.start].start, end: toks[g.end - 1].end,
        surface: s.text.slice(toks[g.start].start - s.start, toks[g.end - 1].end - s.start),
        kind: g.hit.kind, lexId: entry.id, key: entry.name, type: entry.type, typeBy: 'lexicon', genitive: g.genitive,
      };
      if (entry.id !== g.hit.id && trig && basedThere(toks, g.end, trig.basedSuffix)) basedCapitals.push({ m, state: g.hit.id });
      // "Indiana Attorney General Todd Rokita", "Indiana sues TikTok": a federal state that acts is its government (stage 5).
      if (polity(entry) && g.hit.kind !== 'adjective' && polityActs(toks, g.start, g.end, g.genitive, covered)) m.type = 'Government';
      if (g.start === 0 && g.end === dateline) datelined.push(m);
      out.push(m);
    });
    const here: RawMention[] = [];
    for (let k = out.length - 1; k >= 0 && out[k].sentence === s.index; k--) here.push(out[k]);
    out.push(...embassies(s, here, lexicon), ...stateBodies(s, here, lexicon));
  }
  stateWhereOnlyCapital(basedCapitals, out, lexicon);
  // A body's name after its description is cued by it, whether the filter below would keep it or not.
  const described: DescribedBody[] = [];
  const dropBodies = namedStateBodies(sentences, [...out, ...pending.map((p) => p.m)], described);
  for (const p of pending) if (p.m.typeBy === 'cue') p.cued = true;
  // A capitalised word at the start of a sentence is a name only with some support:
  // a cue, compromise, or the same name capitalised elsewhere mid-sentence.
  const midKeys = new Set(pending.filter((p) => !p.initial).map((p) => p.m.key.toLowerCase()));
  // ("Wingtech afviser …" beside "Wingtechs stifter" or "selskabet Wingtech Technology": a firm's name written mid-sentence
  // in its Danish genitive, or as the first word of its longer name, supports it.)
  for (const p of pending) {
    if (p.initial || p.m.type !== 'Company') continue;
    const k = p.m.key.toLowerCase();
    if (sentences[p.m.sentence]?.language === 'da' && /\p{L}s$/u.test(k) && !/\s/.test(k)) midKeys.add(k.slice(0, -1));
    if (/\s/.test(k) && p.m.typeBy === 'cue') midKeys.add(k.split(/\s+/)[0]);
  }
  const counts = new Map<string, number>();
  for (const p of pending) counts.set(p.m.key.toLowerCase(), (counts.get(p.m.key.toLowerCase()) ?? 0) + 1);
  // "Judge Laurel Beeler … Beeler found": the surname of a person named in full with a cue is that person (stage 5 joins them).
  const surnames = new Set(pending.filter((p) => p.cued && p.m.type === 'Person' && p.m.tokEnd - p.m.tokStart >= 2).map((p) => p.m.key.split(/\s+/).pop()!.toLowerCase()));
  // "South Korea's Naver … Naver said": news names a person in full before it uses one name; a lone word read as a
  // person only by a verb of speech that is no surname of the document or the gazetteer is a firm.
  for (const m of spoken) {
    const k = m.key.toLowerCase();
    if (surnames.has(k) || lexicon.surnames.has(k) || pending.some((p) => p.m.type === 'Person' && p.m.tokEnd - p.m.tokStart >= 2 && p.m.key.toLowerCase().endsWith(` ${k}`))) continue;
    m.type = 'Company';
  }
  for (const p of pending) {
    // ("…Act, known as COPPA": a name given as another's is a name, however often it is used.)
    const st = sentences[p.m.sentence]?.tokens;
    const named = !!st && ['known as', 'kendt som'].includes(`${st[p.m.tokStart - 2]?.norm} ${st[p.m.tokStart - 1]?.norm}`);
    const surname = named || (p.m.tokEnd - p.m.tokStart === 1 && surnames.has(p.m.key.toLowerCase()));
    const singleInitial = p.initial && p.m.tokEnd - p.m.tokStart === 1;
    if (singleInitial && !p.cued && !surname && !midKeys.has(p.m.key.toLowerCase())) continue;
    // English capitalises more than names (titles, headings): keep only supported ones.
    const lang = sentences[p.m.sentence]?.language;
    if (lang === 'en' && !p.cued && !surname && (counts.get(p.m.key.toLowerCase()) ?? 0) < 2) continue;
    out.push(p.m);
  }
  datelinePlaces(datelined, out, lexicon, sentences);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = dropBodies.size ? out.filter((m) => !dropBodies.has(m)) : out;
  abbreviations(sentences, kept);
  alsoKnownAs(sentences, kept);
  unqualifiedBodies(kept, lexicon);
  countrysBodies(sentences, kept);
  homonymBodies(kept, lexicon);
  definiteHeadsBack(sentences, kept);
  describedBodiesLater(kept, described, lexicon);
  const definite = definiteBodies(sentences, kept, lexicon);
  const titles = [...quotedTitles(sentences), ...coordinatedBodies(sentences, lexicon)];
  if (definite.length === 0 && titles.length === 0) return kept;
  // A measure's quoted title is one name: the names inside it are words of the title.
  const inTitle = (m: RawMention) => titles.some((t) => t.sentence === m.sentence && m.start >= t.start && m.end <= t.end);
  return [...kept.filter((m) => !inTitle(m)), ...definite, ...titles].sort((a, b) => a.start - b.start || b.end - a.end);
}

// Words after a federal state's name (or its genitive) that make it the state's government: its officers, its
// legislature and its measures ("Indiana Attorney General", "Texas Governor Greg Abbott", "Virginia's order", "Texas' guvernør").
const POLITY_OFFICE = /^(governor|gov|attorney|legislature|legislators|lawmakers|senate|assembly|officials|government|administration|order|orders|law|laws|ban|bans|guvernør|guvernøren|guvernørens|regering|regeringen|delstatsregering|delstatsregeringen|parlament|parlamentet|lov|loven|forbud|forbuddet|myndigheder|myndighederne|lovgivere)$/;
// Finite verbs after a federal state's name, with no preposition before it: the state acts ("Indiana sues",
// "Montana has become", "delstaten Texas har vedtaget").
const POLITY_VERB = /^(has|have|had|is|was|will|would|could|can|became|becomes|become|joins|joined|bars|barred|bans|banned|sues|sued|passed|passes|signed|signs|filed|files|enacted|enacts|prohibits|prohibited|blocked|blocks|outlawed|outlaws|followed|follows|restricts|restricted|ordered|orders|requires|required|alleges|alleged|accuses|accused|plans|planned|wants|wanted|moved|moves|took|takes|announced|announces|seeks|sought|har|havde|er|var|vil|ville|kan|kunne|forbyder|forbød|sagsøger|sagsøgte|vedtog|vedtager|indfører|indførte|kræver|krævede|blev|bliver|følger|fulgte|beskylder|beskyldte|anklager|anklagede)$/;
// Words before a federal state's name that make it the state's government ("the governor of Texas", "guvernøren i Texas").
const POLITY_OFFICE_OF = /^(governor|gov|attorney general|guvernør|guvernøren|justitsminister|justitsministeren)$/;
const PLACE_PREPS = new Set(['in', 'i', 'from', 'fra', 'near', 'nær', 'across', 'throughout', 'at', 'of', 'af', 'to', 'til', 'into', 'på', 'around', 'outside', 'uden']);

/** Whether a federal state's name at [start, end) stands for its government: an office, a measure or a verb of its own. */
function polityActs(toks: Token[], start: number, end: number, genitive: boolean, covered: Int32Array): boolean {
  const next = toks[end];
  if (next?.word && POLITY_OFFICE.test(next.norm)) return true;
  // "South Carolina's Henry McMaster": a person's name after the genitive.
  if (genitive && next?.word && next.cap && !next.upper && covered[end] < 0 && toks[end + 1]?.word && toks[end + 1].cap) return true;
  let b = start;
  // "the state of Texas", "delstaten Texas": the word for a state is passed over.
  if (['delstaten', 'staten'].includes(toks[b - 1]?.norm ?? '')) b--;
  else if (toks[b - 1]?.norm === 'of' && toks[b - 2]?.norm === 'state') b -= 2;
  const p1 = toks[b - 1]?.norm ?? '', p2 = `${toks[b - 2]?.norm ?? ''} ${p1}`;
  if ((p1 === 'of' || p1 === 'i' || p1 === 'for') && (POLITY_OFFICE_OF.test(toks[b - 2]?.norm ?? '') || POLITY_OFFICE_OF.test(`${toks[b - 3]?.norm ?? ''} ${toks[b - 2]?.norm ?? ''}`))) return true;
  // "making Texas the latest state to …", "gør Texas til den første stat".
  if (['making', 'makes', 'made', 'gør', 'gjorde'].includes(p1) && ['the', 'one', 'til'].includes(next?.norm ?? '')) return true;
  if (!genitive && next?.word && !next.cap && POLITY_VERB.test(next.norm) && !PLACE_PREPS.has(p1) && !p2.endsWith(' -')) return true;
  return false;
}

/**
 * "the Homeland Security and Defense departments", "the Commerce, State and Treasury Departments": each name before a
 * shared plural head is the known body "<name> Department". Only where every part names a known body.
 */
function coordinatedBodies(sentences: Sentence[], lexicon: Lexicon): RawMention[] {
  const found: RawMention[] = [];
  const known = (words: Token[]): GazetteerEntry | undefined => {
    let node: TrieNode | undefined = lexicon.trie;
    for (const w of [...words.map((t) => t.norm), 'department']) node = node?.next.get(w);
    const hit = node?.hits?.find((h) => lexicon.entries.get(h.id)?.type === 'Agency');
    return hit ? lexicon.entries.get(hit.id) : undefined;
  };
  for (const s of sentences) {
    if (s.language !== 'en') continue;
    const toks = s.tokens;
    toks.forEach((t, k) => {
      if (t.norm !== 'departments') return;
      // Back over the conjuncts: capitalised words separated by "and" or ",".
      const parts: Token[][] = [];
      let cur: Token[] = [];
      let j = k - 1;
      for (; j >= 0; j--) {
        const w = toks[j];
        if (w.word && w.cap && w.norm !== 'the') cur.unshift(w);
        else if ((w.norm === 'and' || w.text === ',') && cur.length) { parts.unshift(cur); cur = []; }
        else break;
      }
      if (cur.length) parts.unshift(cur);
      if (parts.length < 2 || !toks.slice(j + 1, k).some((w) => w.norm === 'and')) return;
      const entries = parts.map(known);
      if (entries.some((e) => !e)) return;
      parts.forEach((ws, i) => {
        const a = ws[0], b = ws[ws.length - 1], e = entries[i]!;
        const tokStart = toks.indexOf(a);
        found.push({
          sentence: s.index, tokStart, tokEnd: tokStart + ws.length, start: a.start, end: b.end, surface: s.text.slice(a.start - s.start, b.end - s.start),
          kind: 'alias', lexId: e.id, key: e.name, type: e.type, typeBy: 'lexicon', genitive: false,
        });
      });
    });
  }
  return found;
}

// Nouns for a measure that news gives a title in quotes, and the words that introduce the title.
const TITLED_NOUN = /^(orders?|law|bill|act|directive|regulation|decree|strategy|plan|programme|program|initiative|memorandum|proclamation|rules?|bekendtgørelsen?|ordren?|dekret(et)?|lov(en)?|lovforslag(et)?|forordning(en)?|direktiv(et)?|strategi(en)?|plan(en)?|program(met)?|initiativ(et)?|reglerne|regler)$/;
const TITLE_WORDS = new Set(['titled', 'entitled', 'dubbed', 'named', 'called', 'kaldet', 'med titlen', 'med navnet', 'ved navn', 'betitlet']);
const OPEN_QUOTE = new Set(['"', '“', '«', '»', '„']);
const CLOSE_QUOTE = new Set(['"', '”', '»', '«', '“']);

/**
 * 'The order, titled "Addressing United States Investments in …", covers …', 'en bekendtgørelse med titlen »…«': a
 * measure's title in quotes after "titled"/"med titlen" is the name of a measure, whatever names stand inside it.
 */
function quotedTitles(sentences: Sentence[]): RawMention[] {
  const found: RawMention[] = [];
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      const two = `${toks[k].norm} ${toks[k + 1]?.norm ?? ''}`;
      const width = TITLE_WORDS.has(two) ? 2 : TITLE_WORDS.has(toks[k].norm) ? 1 : 0;
      if (!width) continue;
      // The measure's noun just before ("the order, titled", "an executive order entitled").
      let b = k - 1;
      if (toks[b]?.text === ',') b--;
      if (!toks[b] || !TITLED_NOUN.test(toks[b].norm)) continue;
      const q = k + width;
      if (!OPEN_QUOTE.has(toks[q]?.text ?? '')) continue;
      let e = q + 1;
      while (e < toks.length && e - q <= 30 && !CLOSE_QUOTE.has(toks[e].text)) e++;
      if (e >= toks.length || !CLOSE_QUOTE.has(toks[e].text)) continue;
      const words = toks.slice(q + 1, e).filter((t) => t.word);
      if (words.length < 2 || !toks[q + 1].cap) continue;
      const first = toks[q + 1], last = toks[e - 1];
      const surface = s.text.slice(first.start - s.start, last.end - s.start).replace(/[.,;:]$/, '');
      found.push({
        sentence: s.index, tokStart: q + 1, tokEnd: e, start: first.start, end: first.start + surface.length, surface,
        kind: 'new', key: surface, canonical: surface, type: 'Policy', typeBy: 'cue', genitive: false,
      });
      k = e;
    }
  }
  return found;
}

const definiteIndex = new WeakMap<Lexicon, Map<string, string>>();

/** A Danish noun's definite form: "handelsministerium" → "handelsministeriet", "telestyrelse" → "telestyrelsen". */
function definiteDa(noun: string): string {
  if (noun.endsWith('ium')) return `${noun.slice(0, -2)}et`;
  if (noun.endsWith('e')) return `${noun}n`;
  if (noun.endsWith('hed')) return `${noun}en`;
  if (noun.endsWith('s')) return `${noun}sen`;
  return `${noun}et`;
}

/**
 * "state id|definite noun" → the agency of that state the Danish noun names, from the gazetteer's forms
 * "det amerikanske handelsministerium", "Kinas udenrigsministerium" ("Q30|handelsministeriet" → the Commerce Department).
 */
function definiteBodyIndex(lexicon: Lexicon): Map<string, string> {
  let index = definiteIndex.get(lexicon);
  if (index) return index;
  index = new Map();
  for (const e of lexicon.entries.values()) {
    if (e.type !== 'Agency' || !e.partOf) continue;
    const forms = stateForms(lexicon, e.partOf);
    for (const form of e.aliases.da ?? []) {
      const m = /^(?:(?:det|den) (\p{Ll}+)|(\p{Lu}[\p{L}.]*?)(?:['’]s|s)) (\p{Ll}{6,})$/u.exec(form);
      // Only the state's own adjective or genitive: "det skotske parlament" is not the United Kingdom's.
      if (m && forms.has((m[1] ?? m[2]).toLowerCase()) && BODY_SUFFIX.test(definiteDa(m[3]))) index.set(`${e.partOf}|${definiteDa(m[3])}`, e.id);
    }
  }
  definiteIndex.set(lexicon, index);
  return index;
}

// Nouns after a state's adjective that make it the actor ("den amerikanske regering", "sydkoreanske ministerier"),
// not a qualifier of something else ("kinesiske selskaber").
const STATE_NOUN = /^(regering|myndighed|ministeri|minister|styre|administration|stat$|staten$|parlament|kongres|præsident)/;

/**
 * "I USA satte handelsministeriet Hikvision på listen", "I Beijing reagerede udenrigsministeriet": a Danish body
 * named by its common noun in the definite form is that of the state named last before it (in its sentence or the five
 * before), when the gazetteer knows that state's body by the noun. A state's adjective counts only before a
 * word for its government; a body of a state counts for its state.
 */
function definiteBodies(sentences: Sentence[], out: RawMention[], lexicon: Lexicon): RawMention[] {
  const index = definiteBodyIndex(lexicon);
  const nouns = new Set([...index.keys()].map((key) => key.slice(key.indexOf('|') + 1)));
  const found: RawMention[] = [];
  const bySentence = new Map<number, RawMention[]>();
  for (const m of out) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const stateOf = (m: RawMention, toks: Token[]): string | undefined => {
    if (!m.lexId) return undefined;
    const entry = lexicon.entries.get(m.lexId);
    if (m.type === 'Government') return m.kind !== 'adjective' || STATE_NOUN.test(toks[m.tokEnd]?.norm ?? '') ? m.lexId : undefined;
    if (m.type === 'Location' && entry?.capitalOf) return m.kind !== 'adjective' ? entry.capitalOf : undefined;
    if (m.type === 'Agency') return entry?.partOf;
    return undefined;
  };
  const lastState = (si: number, k: number): string | undefined => {
    let state: string | undefined;
    for (let back = 0; back <= 5 && si - back >= 0 && !state; back++) {
      const prev = sentences[si - back];
      const ms = (bySentence.get(prev.index) ?? []).filter((m) => back > 0 || m.tokEnd <= k);
      for (let j = ms.length - 1; j >= 0 && !state; j--) state = stateOf(ms[j], prev.tokens);
    }
    return state;
  };
  const english = bodiesByState(lexicon);
  sentences.forEach((s, si) => {
    if (s.language === 'en') {
      // "China condemned the steps. Its foreign ministry said …", "The foreign ministry said China opposed …": a
      // state's body by its common name in lower case after "the"/"its"/"the country's" is that of the state named
      // last before it.
      const here = bySentence.get(s.index) ?? [];
      s.tokens.forEach((t, k) => {
        // "It was still before Parliament", "a law passed by parliament": the legislature of the state named last.
        if (LEGISLATURE_WORDS.has(t.norm) && !isCapWord(s.tokens[k - 1] ?? t) && !here.some((m) => m.tokStart <= k && m.tokEnd > k)) {
          const state = lastState(si, k);
          const entry = state ? lexicon.entries.get(english.get(`${state}|${t.norm}`) ?? '') : undefined;
          if (entry) found.push({ sentence: s.index, tokStart: k, tokEnd: k + 1, start: t.start, end: t.end, surface: t.text, kind: 'alias', lexId: entry.id, key: entry.name, type: entry.type, typeBy: 'lexicon', genitive: false });
          return;
        }
        if (!['the', 'its'].includes(t.norm) && !afterTheCountrys(s.tokens, k + 1)) return;
        for (let n = 2; n <= 4; n++) {
          const ws = s.tokens.slice(k + 1, k + 1 + n);
          if (ws.length < n || ws.some((w) => !w.word || w.cap)) break;
          if (here.some((m) => m.tokStart <= k + n && m.tokEnd > k + 1)) break;
          const state = english.size ? lastState(si, k) : undefined;
          const id = state ? english.get(`${state}|${ws.map((w) => w.norm).join(' ')}`) : undefined;
          const entry = id ? lexicon.entries.get(id) : undefined;
          if (!entry) continue;
          const a = ws[0], b = ws[n - 1];
          found.push({
            sentence: s.index, tokStart: k + 1, tokEnd: k + 1 + n, start: a.start, end: b.end, surface: s.text.slice(a.start - s.start, b.end - s.start),
            kind: 'alias', lexId: entry.id, key: entry.name, type: entry.type, typeBy: 'lexicon', genitive: false,
          });
          break;
        }
      });
      return;
    }
    if (s.language !== 'da') return;
    const here = bySentence.get(s.index) ?? [];
    s.tokens.forEach((t, k) => {
      // ("handelsministeriets Entity List": the genitive of the definite noun.)
      const genitive = !nouns.has(t.norm) && t.norm.endsWith('s') && nouns.has(t.norm.slice(0, -1));
      // ("landets toldmyndighed": after the country's genitive the noun is definite in the indefinite form.)
      const noun = genitive ? t.norm.slice(0, -1) : afterTheCountrys(s.tokens, k) ? definiteDa(t.norm) : t.norm;
      // ("Handelsministeriet satte …": a sentence's first word, read as a new name only for its capital, is the noun too.)
      const cover = here.find((m) => m.tokStart <= k && m.tokEnd > k);
      const opening = t.cap && s.tokens.slice(0, k).every((x) => !x.word) && (!cover || (cover.kind === 'new' && cover.tokStart === k && cover.tokEnd === k + 1));
      // ("Udenrigsministeriet i Beijing": a state or capital right after "i" is the body's own, even where the
      // gazetteer knows the word as Denmark's body.)
      const at = s.tokens[k + 1]?.norm === 'i' ? here.find((m) => m.tokStart === k + 2) : undefined;
      const located = at && at.type !== 'Agency' ? stateOf(at, s.tokens) : undefined;
      const relocate = !!located && !!cover && cover.lexId !== undefined && cover.tokStart === k && cover.tokEnd === k + 1 && cover.type === 'Agency';
      if (!t.word || (t.cap && !opening && !relocate) || !BODY_SUFFIX.test(noun) || (cover && !opening && !relocate)) return;
      if (!nouns.has(noun)) return;
      let state: string | undefined = located;
      for (let back = 0; back <= 5 && si - back >= 0 && !state; back++) {
        const prev = sentences[si - back];
        const ms = (bySentence.get(prev.index) ?? []).filter((m) => back > 0 || m.tokEnd <= k);
        for (let j = ms.length - 1; j >= 0 && !state; j--) state = stateOf(ms[j], prev.tokens);
      }
      // (A body of that noun the text has named already is the one meant, whichever state was named since.)
      const named = out.filter((m) => m.start < t.start && m.lexId && index.get(`${lexicon.entries.get(m.lexId)?.partOf}|${noun}`) === m.lexId).pop();
      // (A sentence's first word only so: "Handelsministeriet" there may be a name of its own.)
      const id = (located && index.get(`${located}|${noun}`)) || (named?.lexId ?? (state && !opening ? index.get(`${state}|${noun}`) : undefined));
      const entry = id ? lexicon.entries.get(id) : undefined;
      if (!entry) return;
      const m: RawMention = {
        sentence: s.index, tokStart: k, tokEnd: k + 1, start: t.start, end: t.end, surface: t.text,
        kind: 'alias', lexId: entry.id, key: entry.name, type: entry.type, typeBy: 'lexicon', genitive,
      };
      if (cover) Object.assign(cover, { ...m, canonical: undefined, partOf: undefined });
      else found.push(m);
    });
  });
  return found;
}

const bodyIndex = new WeakMap<Lexicon, Map<string, string>>();

/** A state's names, aliases and adjectives in lower case, by which its bodies' forms lead. */
function stateForms(lexicon: Lexicon, id: string): Set<string> {
  const state = lexicon.entries.get(id);
  return new Set([state?.name ?? '', ...Object.values(state?.aliases ?? {}).flat(), ...Object.values(state?.adjectives ?? {}).flat()].map((f) => f.toLowerCase()));
}

/** Words that name a state's legislature alone ("before Parliament", "passed by parliament"). */
const LEGISLATURE_WORDS = new Set(['parliament']);

/** "state id|form" → the agency of that state the form names ("Q148|foreign ministry" → the Chinese Foreign Ministry). */
function bodiesByState(lexicon: Lexicon): Map<string, string> {
  let index = bodyIndex.get(lexicon);
  if (index) return index;
  index = new Map();
  for (const e of lexicon.entries.values()) {
    if (e.type !== 'Agency' || !e.partOf) continue;
    const forms = stateForms(lexicon, e.partOf);
    for (const form of [e.name, ...Object.values(e.aliases).flat()]) {
      // "China's Foreign Ministry", "Chinese Ministry of Commerce": the form without its state's name.
      const m = /^([\p{Lu}][\p{L}.]*)(['’]s)?\s+/u.exec(form);
      if (!m) continue;
      // Only the state's own name or adjective ("Kinas" its Danish genitive): "Welsh Parliament" is not the
      // United Kingdom's "parliament".
      const head = m[1].toLowerCase();
      if (!forms.has(head) && !(head.endsWith('s') && forms.has(head.slice(0, -1)))) continue;
      const bare = form.slice(m[0].length).toLowerCase();
      // (One word only for the state's own legislature: "Canadian Parliament" → "parliament", not "ministry".)
      if (bare.split(' ').length >= 2 || LEGISLATURE_WORDS.has(bare)) index.set(`${e.partOf}|${bare}`, e.id);
    }
  }
  bodyIndex.set(lexicon, index);
  return index;
}

/**
 * "Beijing condemned the move. Foreign Ministry spokesman Zhao Lijian said …": a body named without its
 * state is that of the state named last before it (in its sentence or the two before), when the
 * gazetteer knows that state's body by the name.
 */
function unqualifiedBodies(out: RawMention[], lexicon: Lexicon): void {
  const index = bodiesByState(lexicon);
  let lastState: { id: string; sentence: number } | undefined;
  for (const m of out) {
    if (m.type === 'Government' && m.lexId) {
      lastState = { id: m.lexId, sentence: m.sentence };
      continue;
    }
    if (m.lexId || m.kind !== 'new' || !lastState || m.sentence - lastState.sentence > 2) continue;
    const id = index.get(`${lastState.id}|${m.key.toLowerCase()}`);
    if (!id) continue;
    m.lexId = id;
    m.kind = 'alias';
    m.type = 'Agency';
    m.typeBy = 'lexicon';
  }
}

/**
 * "Litauens forsvarsministerium … landets Nationale Center for Cybersikkerhed", "the country's Communications
 * Authority": a new body's name after "the country's" belongs to the state named last before it (in its sentence
 * or the two before).
 */
function countrysBodies(sentences: Sentence[], out: RawMention[]): void {
  const toks = new Map(sentences.map((s) => [s.index, s.tokens]));
  let lastState: { id: string; sentence: number } | undefined;
  for (const m of out) {
    if (m.type === 'Government' && m.lexId) {
      lastState = { id: m.lexId, sentence: m.sentence };
      continue;
    }
    if (m.type !== 'Agency' || m.lexId || m.partOf || m.kind !== 'new' || !lastState || m.sentence - lastState.sentence > 2) continue;
    const t = toks.get(m.sentence);
    if (t && afterTheCountrys(t, m.tokStart)) m.partOf = lastState.id;
  }
}

/** Token k comes after "the country's", "the nation's", "landets" or "statens": the words after it are a state's own. */
function afterTheCountrys(t: Token[], k: number): boolean {
  const da = ['landets', 'statens'].includes(t[k - 1]?.norm ?? '');
  return da || (t[k - 1]?.norm === 's' && t[k - 2]?.norm === "'" && ['country', 'nation', 'state'].includes(t[k - 3]?.norm ?? '') && t[k - 4]?.norm === 'the');
}

interface DescribedBody {
  form: string;
  name: RawMention;
  state: string;
}

/**
 * "Det hollandske datatilsyn, Autoriteit Persoonsgegevens, har … Datatilsynet mener …": in a text that describes
 * another state's body by a Danish noun and names it, the noun's definite form later is that body, not the Danish
 * body the gazetteer knows by it, unless the text names Denmark's state.
 */
function describedBodiesLater(out: RawMention[], described: DescribedBody[], lexicon: Lexicon): void {
  for (const d of described) {
    for (const m of out) {
      if (!m.lexId || m.type !== 'Agency' || m.start <= d.name.start || m.surface.toLowerCase() !== d.form) continue;
      const own = lexicon.entries.get(m.lexId)?.partOf;
      if (!own || own === d.state || out.some((o) => o.lexId === own)) continue;
      renameAfter(m, d.name);
    }
  }
}

/**
 * "det norske Datatilsynet", "Norges Datatilsynet": a known body's name that another state's body also bears (the
 * gazetteer knows it as "det norske datatilsyn"), after that state's adjective or genitive, is that state's body, there
 * and wherever the text uses the name again.
 */
function homonymBodies(out: RawMention[], lexicon: Lexicon): void {
  const swap = new Map<string, string>(); // old id + surface → new id
  const formOf = (m: RawMention) => m.surface.toLowerCase().replace(/['’]?s$/, '');
  for (let i = 1; i < out.length; i++) {
    const m = out[i], owner = out[i - 1];
    if (m.type !== 'Agency' || !m.lexId || owner.sentence !== m.sentence || owner.tokEnd !== m.tokStart) continue;
    if (owner.type !== 'Government' || !owner.lexId || !(owner.kind === 'adjective' || owner.genitive)) continue;
    const entry = lexicon.entries.get(m.lexId);
    if (!entry || entry.partOf === owner.lexId) continue;
    // (The other state's body is known by the same Danish noun: "det norske datatilsyn" → "Datatilsynet".)
    const otherId = definiteBodyIndex(lexicon).get(`${owner.lexId}|${formOf(m)}`);
    const other = otherId ? lexicon.entries.get(otherId) : undefined;
    if (!other || other.id === m.lexId) continue;
    swap.set(`${m.lexId}|${formOf(m)}`, other.id);
  }
  if (swap.size === 0) return;
  for (const m of out) {
    const id = m.lexId ? swap.get(`${m.lexId}|${formOf(m)}`) : undefined;
    if (!id) continue;
    const e = lexicon.entries.get(id)!;
    m.lexId = id;
    m.key = e.name;
  }
}

/**
 * "Det Europæiske Databeskyttelsesråd … Rådets formand": a Danish body's noun alone in the definite form, which the
 * gazetteer knows as another body's short name ("Rådet" for the Council of the EU), is the body named before it
 * whose name ends in that noun, unless the text has named the gazetteer's body in full.
 */
function definiteHeadsBack(sentences: Sentence[], out: RawMention[]): void {
  const danish = new Set(sentences.filter((s) => s.language === 'da').map((s) => s.index));
  const lastWord = (m: RawMention) => m.surface.toLowerCase().split(/\s+/).pop()!.replace(m.genitive ? /s$/ : /$/, '');
  for (const m of out) {
    if (!m.lexId || !danish.has(m.sentence) || m.tokEnd - m.tokStart !== 1 || !/^\p{Lu}/u.test(m.surface)) continue;
    const stem = /^(\p{L}{3,}?)(?:et|en)$/u.exec(lastWord(m))?.[1];
    if (!stem || out.some((o) => o.lexId === m.lexId && o.start < m.start && o.tokEnd - o.tokStart > 1)) continue;
    let named: RawMention | undefined;
    for (const n of out) {
      if (n.start >= m.start) break;
      const w = lastWord(n);
      if ((n.type === 'Agency' || n.type === 'Organization') && n.lexId !== m.lexId && w.length > stem.length + 2 && (w.endsWith(stem) || w.endsWith(`${stem}et`) || w.endsWith(`${stem}en`))) named = n;
    }
    if (named) renameAfter(m, named);
  }
}

/** Does the abbreviation spell the name's capitalised words, in order ("PIPC", "BSI" for "Bundesamt für Sicherheit in der Informationstechnik")? */
function spells(abbr: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (initials.length < 2 || abbr[0] !== initials[0]) return false;
  let i = 0;
  for (const c of initials) if (c === abbr[i]) i++;
  return i === abbr.length && abbr.length >= Math.min(initials.length, 3) - 1;
}

/**
 * "Personal Information Protection Commission (PIPC)": an upper-case abbreviation in brackets after a
 * name that it spells is that name, there and wherever else the text uses it alone.
 */
function abbreviations(sentences: Sentence[], out: RawMention[]): void {
  const toks = new Map(sentences.map((s) => [s.index, s.tokens]));
  const stands = new Map<string, RawMention>();
  const retold = new Map<string, RawMention>(); // gazetteer id|abbreviation → the name it stands for here
  for (let i = 0; i + 1 < out.length; i++) {
    const n = out[i];
    const t = toks.get(n.sentence);
    // Only a name followed by "(" is looked at: most are not, and the search is over all mentions.
    if (!t || t[n.tokEnd]?.text !== '(') continue;
    const a = out.find((m, j) => j > i && m.sentence === n.sentence && m.tokStart === n.tokEnd + 1);
    if (!a || t[a.tokEnd]?.text !== ')') continue;
    // "Autoriteit Persoonsgegevens (AP)": an abbreviation the gazetteer gives to another name ("AP", the news agency)
    // is, in this text, the name it spells in the brackets.
    if (a.lexId && a.lexId !== n.lexId && a.kind !== 'name' && /^\p{Lu}{2,6}$/u.test(a.surface) && n.kind !== 'adjective'
      && !n.genitive && spells(a.surface, n.surface)) {
      retold.set(`${a.lexId}|${a.surface}`, n);
      continue;
    }
    if (a.lexId || !/^\p{Lu}{2,6}$/u.test(a.key)) continue;
    if (n.kind === 'adjective' || !spells(a.key, n.canonical ?? n.key)) continue;
    stands.set(a.key, n);
  }
  for (const m of out) {
    const n = retold.get(`${m.lexId}|${m.surface}`);
    if (!n) continue;
    renameAfter(m, n);
  }
  // "the DPC" in a text that names the Data Protection Commission but never writes "(DPC)": an abbreviation alone
  // whose letters are the initials of one body's or firm's name of the text, all of them, is that name.
  const named = out.filter((n) => n.kind !== 'adjective' && ['Agency', 'Organization', 'Company', 'Policy'].includes(n.type) && /\s/.test(n.canonical ?? n.key));
  for (const m of out) {
    if (m.lexId || stands.has(m.key) || !/^\p{Lu}{3,6}$/u.test(m.key)) continue;
    const fits = new Map<string, RawMention>();
    for (const n of named) {
      const name = n.lexId ?? (n.canonical ?? n.key);
      const initials = (n.canonical ?? n.key).split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials === m.key && !fits.has(name)) fits.set(name, n);
    }
    if (fits.size === 1) stands.set(m.key, [...fits.values()][0]);
  }
  if (stands.size === 0) return;
  for (const m of out) {
    const n = m.lexId ? undefined : stands.get(m.key);
    if (!n || n === m) continue;
    nameAfter(m, n);
  }
}

/** m is another name of n: it takes n's type and canonical entry. */
function nameAfter(m: RawMention, n: RawMention): void {
  m.type = n.type;
  m.typeBy = n.typeBy;
  if (n.lexId) {
    m.lexId = n.lexId;
    m.kind = 'alias';
  } else {
    m.canonical = n.canonical ?? n.key;
    m.partOf = n.partOf;
  }
}

/** m, which the gazetteer took for another entry, is in this text the name n. */
function renameAfter(m: RawMention, n: RawMention): void {
  delete m.lexId;
  m.kind = 'new';
  m.key = m.surface;
  nameAfter(m, n);
}

const AKA = [['also', 'known', 'as'], ['også', 'kendt', 'som'], ['formerly', 'known', 'as'], ['tidligere', 'kendt', 'som'], ['aka'], ['known', 'as'], ['kendt', 'som']];

/** "TMH, også kendt som Transmashholding", "X (also known as Y)": the second name is the first one's. */
function alsoKnownAs(sentences: Sentence[], out: RawMention[]): void {
  const toks = new Map(sentences.map((s) => [s.index, s.tokens]));
  for (let i = 0; i + 1 < out.length; i++) {
    const n = out[i];
    const t = toks.get(n.sentence);
    if (!t || !(t[n.tokEnd]?.text === ',' || t[n.tokEnd]?.text === '(') || n.kind === 'adjective' || n.genitive) continue;
    const phrase = AKA.find((p) => p.every((w, k) => t[n.tokEnd + 1 + k]?.norm === w));
    if (!phrase) continue;
    const at = n.tokEnd + 1 + phrase.length;
    const a = out.find((m, j) => j > i && m.sentence === n.sentence && m.tokStart === at);
    if (!a || a.lexId || a.kind === 'adjective') continue;
    const key = a.key;
    for (const m of out) {
      if (m.lexId || m.key !== key) continue;
      nameAfter(m, n);
    }
  }
}

/** Prepositions that open a body's remit after its noun ("myndighed for markedsregulering", "authority of …"). */
const REMIT_PREPS = new Set(['for', 'of', 'til', 'on']);

// Nouns for a state's body that a name can follow in apposition ("the Italian data protection authority, Garante").
const BODY_NOUNS = new Set(['ministry', 'regulator', 'agency', 'authority', 'watchdog', 'commission', 'office', 'department', 'council', 'directorate', 'administration', 'bureau', 'service', 'court',
  'centre', 'center', 'efterretningstjeneste', 'efterretningstjenesten', 'sikkerhedstjeneste', 'sikkerhedstjenesten', 'domstol', 'domstolen', 'råd', 'rådet', 'centret', 'centeret']);
const BODY_NOUN_TAILS = new Map([...BODY_NOUNS].map((w) => [w, true]));

/** A noun for a state's body, also as the tail of a Danish compound ("statssikkerhedstjeneste", "cybersikkerhedscenter"). */
const isBodyNoun = (w: string) => BODY_NOUNS.has(w) || BODY_SUFFIX.test(w) || !!compoundTail(w, BODY_NOUN_TAILS);

/** "streaming service", "ride-hailing service": a service named by what it does is a product, not a state's service ("security service"). */
const productService = (toks: Token[], k: number) => toks[k].norm === 'service' && /\p{L}{3}ing$/u.test(toks[k - 1]?.norm ?? '');

/**
 * "Tysklands cybersikkerhedsmyndighed, Bundesamt für Sicherheit in der Informationstechnik (BSI),",
 * "det franske tilsyn CNIL", "the Italian data protection authority, Garante": a state named in the
 * genitive or as an adjective, a noun for a body of it, and a name after it. The name is the body:
 * an agency, part of that state; the description does not make a second body of its own.
 */
function namedStateBodies(sentences: Sentence[], out: RawMention[], described: DescribedBody[] = []): Set<RawMention> {
  const drop = new Set<RawMention>();
  const bySentence = new Map<number, RawMention[]>();
  for (const m of out) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const seen = new Map<string, number>();
  for (const s of sentences) {
    const ms = bySentence.get(s.index);
    if (!ms) continue;
    const toks = s.tokens;
    const anchors = statesBeforeBodies(s, ms, seen);
    countStates(seen, ms);
    for (const g of anchors) {
      // At most three lower-case words, the last a noun for a body ("data protection authority", "telemyndighed").
      let k = g.tokEnd;
      let body = -1;
      for (let n = 0; n < 3 && k < toks.length && toks[k].word && !toks[k].cap; n++, k++) {
        if (isBodyNoun(toks[k].norm) && !productService(toks, k)) body = k;
      }
      if (body < 0) continue;
      let j = body + 1;
      // "Kinas myndighed for markedsregulering, State Administration …": the body's remit after the noun, then a comma.
      if (REMIT_PREPS.has(toks[j]?.norm ?? '')) {
        let r = j + 1;
        while (r < j + 5 && toks[r]?.word && !toks[r].cap) r++;
        if (r > j + 1 && toks[r]?.text === ',') j = r;
      }
      if (toks[j]?.text === ',') j++;
      if (['the', 'det', 'den'].includes(toks[j]?.norm ?? '')) j++;
      // A new name typed a person only by its shape ("Autoriteit Persoonsgegevens") is the body's name too.
      const name = ms.find((m) => m.tokStart === j && m !== g && m.kind !== 'adjective' && !['Government', 'Location'].includes(m.type) && (m.type !== 'Person' || (m.kind === 'new' && m.typeBy !== 'cue')));
      if (!name) continue;
      // "myndigheden, Ericsson og Telia": a list after the noun, not its name.
      let after = name.tokEnd;
      if (toks[after]?.text === '(') while (after < toks.length && toks[after].text !== ')') after++;
      if (toks[after]?.text === ')') after++;
      if (['og', 'and', 'eller', 'or'].includes(toks[after]?.norm ?? '')) continue;
      // The description made into a body of its own ("Tysklands cybersikkerhedsmyndighed") gives way to the name.
      for (const m of ms) if (m !== name && m.partOf === g.lexId && m.kind === 'new' && m.tokStart === g.tokStart && m.tokEnd === body + 1) drop.add(m);
      // ("Kinas internetmyndighed sætter …" in the headline: the same description elsewhere is the named body too.)
      const description = s.text.slice(toks[g.tokStart].start - s.start, toks[body].end - s.start).toLowerCase();
      for (const o of out) if (o !== name && !drop.has(o) && o.kind === 'new' && o.partOf === g.lexId && o.key.toLowerCase() === description) nameAfter(o, name);
      if (s.language === 'da' && BODY_SUFFIX.test(toks[body].norm)) described.push({ form: definiteDa(toks[body].norm), name, state: g.lexId });
      if (name.lexId) continue;
      name.type = 'Agency';
      name.typeBy = 'cue';
      name.partOf = g.lexId;
    }
  }
  return drop;
}

/** Adds the states the mentions name to the counts. */
function countStates(counts: Map<string, number>, ms: RawMention[]): Map<string, number> {
  for (const m of ms) if (m.type === 'Government' && m.lexId) counts.set(m.lexId, (counts.get(m.lexId) ?? 0) + 1);
  return counts;
}

interface StateAnchor {
  tokStart: number;
  tokEnd: number;
  lexId: string;
}

/**
 * Where a sentence names a state before a body of it: its genitive or adjective ("Tysklands", "the Italian"), or
 * "landets"/"the country's" for the state the text has named most so far (the country it is about, not the one
 * named last: "Kina er ikke medlem … landets nationale cybersikkerhedscenter" is Portugal's in a text on Portugal).
 */
function statesBeforeBodies(s: Sentence, ms: RawMention[], seen: Map<string, number>): StateAnchor[] {
  const out: StateAnchor[] = ms.filter((g) => g.type === 'Government' && g.lexId && (g.genitive || g.kind === 'adjective')) as StateAnchor[];
  s.tokens.forEach((t, k) => {
    if (!afterTheCountrys(s.tokens, k + 1)) return;
    const counts = countStates(new Map(seen), ms.filter((m) => m.tokEnd <= k));
    const topic = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    // (Only a clear first: two states named as often leave the country open.)
    if (topic.length && topic[1]?.[1] !== topic[0][1]) out.push({ tokStart: t.norm === 's' ? k - 3 : k, tokEnd: k + 1, lexId: topic[0][0] });
  });
  return out;
}

/**
 * A capital stands for its state ("Beijing protested", "In Beijing, the ministry said", and in a
 * dateline) except where the text places something in the city: "based in Moscow", "har
 * hovedsæde i Berlin", "just outside Seoul".
 */
function capitalAsPlace(s: Sentence, g: { start: number; end: number; genitive: boolean }, lexicon: Lexicon, gaz: GazMatch[] = []): GazetteerEntry | undefined {
  if (g.genitive) return undefined;
  const toks = s.tokens;
  const id = lexicon.capitals.get(s.text.slice(toks[g.start].start - s.start, toks[g.end - 1].end - s.start).toLowerCase());
  if (!id) return undefined;
  const trig = lexicon.triggers.get(s.language) ?? lexicon.triggers.get('en');
  if (!trig) return undefined;
  const from = Math.max(0, g.start - 5);
  const place = [...findPhrases(trig.basedIn, toks, from, g.start), ...findPhrases(trig.placeBefore, toks, from, g.start)].some((m) => m.end === g.start);
  return place || basedThere(toks, g.end, trig.basedSuffix) || listedWithCity(toks, g, gaz, lexicon) ? lexicon.entries.get(id) : undefined;
}

/**
 * "Moscow-based Kaspersky" names the city where the text names Russia too; where it does not, the capital is the
 * text's only word for the state, and stands for it as before.
 */
function stateWhereOnlyCapital(based: { m: RawMention; state: string }[], out: RawMention[], lexicon: Lexicon): void {
  for (const { m, state } of based) {
    if (out.some((o) => o.lexId === state)) continue;
    const entry = lexicon.entries.get(state)!;
    m.lexId = entry.id;
    m.key = entry.name;
    m.type = entry.type;
  }
}

/** "Moscow-based", "Beijing-baserede": the place before token end is where something is based. */
const basedThere = (toks: Token[], end: number, suffixes: Set<string>) => toks[end]?.text === '-' && adjacent(toks[end - 1], toks[end]) && suffixes.has(toks[end + 1]?.norm ?? '');

const AND_OR = new Set([',', 'and', 'or', 'og', 'eller']);
const IN_TO = new Set(['in', 'to', 'from', 'near', 'i', 'til', 'fra', 'nær']);

/**
 * "nye landingsbaner i Nuuk og Ilulissat", "offices in Shanghai and Beijing": after "in"/"to", a capital listed
 * with a city or region the gazetteer knows as a place is a place too.
 */
function listedWithCity(toks: Token[], g: { start: number; end: number }, gaz: GazMatch[], lexicon: Lexicon): boolean {
  const isPlace = (h: GazMatch | undefined) => !!h && !h.genitive && h.hit.kind !== 'adjective' && lexicon.entries.get(h.hit.id)?.type === 'Location';
  // The capital first: "in Nuuk and Ilulissat".
  if (IN_TO.has(toks[g.start - 1]?.norm ?? '') && AND_OR.has(toks[g.end]?.norm ?? '') && isPlace(gaz.find((h) => h.start === g.end + 1))) return true;
  // The capital after: "in Ilulissat and Nuuk".
  if (!AND_OR.has(toks[g.start - 1]?.norm ?? '')) return false;
  const before = gaz.find((h) => h.end === g.start - 1);
  return isPlace(before) && IN_TO.has(toks[before!.start - 1]?.norm ?? '');
}

// Danish compounds that name a state's body: "forsvarsministerium", "Forbundsindenrigsministeriet", "telestyrelse".
const BODY_SUFFIX = /(ministerium|ministeriet|styrelse|styrelsen|tilsyn|tilsynet|direktorat|direktoratet|parlament|parlamentet|myndighed|myndigheden)$/;

/**
 * "Litauens forsvarsministerium", "Tysklands telestyrelse": a body of the state in the genitive,
 * named as written (the gazetteer names the well-known ones), part of that state.
 */
function stateBodies(s: Sentence, mentions: RawMention[], lexicon: Lexicon): RawMention[] {
  if (s.language !== 'da') return [];
  const toks = s.tokens;
  const out: RawMention[] = [];
  for (const owner of mentions) {
    // "Litauens forsvarsministerium", and with the adjective after an article: "det hollandske parlament".
    const article = owner.kind === 'adjective' && ['det', 'den'].includes(toks[owner.tokStart - 1]?.norm ?? '') ? owner.tokStart - 1 : -1;
    if (owner.type !== 'Government' || !(owner.genitive || article >= 0) || !owner.lexId) continue;
    const k = owner.tokEnd;
    const t = toks[k];
    if (!t?.word || t.cap || !BODY_SUFFIX.test(t.norm) || mentions.some((m) => m.tokStart <= k && m.tokEnd > k)) continue;
    // (With the adjective only a legislature, which the text seldom names otherwise; "den britiske konkurrencemyndighed"
    // describes a body named beside it.)
    if (article >= 0 && !/parlament(et)?$/.test(t.norm)) continue;
    const from = article >= 0 ? article : owner.tokStart;
    const surface = s.text.slice(toks[from].start - s.start, t.end - s.start);
    out.push({
      sentence: s.index, tokStart: from, tokEnd: k + 1, start: toks[from].start, end: t.end,
      surface, kind: 'new', key: surface, canonical: surface, type: 'Agency', typeBy: 'cue', genitive: false, partOf: owner.lexId,
    });
  }
  return out;
}

/** The kind of diplomatic post a word at k names, and how many words it takes ("consulate general" is two). */
function postKind(trig: { embassy: Set<string>; mission: Set<string>; consulate: Set<string> }, toks: Sentence['tokens'], k: number): { kind: string; words: number } | undefined {
  const w = toks[k].norm;
  if (trig.embassy.has(w)) return { kind: 'Embassy', words: 1 };
  if (trig.mission.has(w)) return { kind: 'Mission', words: 1 };
  if (!trig.consulate.has(w)) return undefined;
  if (w.includes('general')) return { kind: 'Consulate General', words: 1 };
  return toks[k + 1]?.norm === 'general' ? { kind: 'Consulate General', words: 2 } : { kind: 'Consulate', words: 1 };
}

/**
 * "Kinas ambassade i Danmark", "China's embassy in Denmark", "China's mission to the EU", "the US consulate general in
 * Hong Kong": an agency of the first state, named as the foreign ministries name their posts.
 */
function embassies(s: Sentence, mentions: RawMention[], lexicon: Lexicon): RawMention[] {
  const trig = lexicon.triggers.get(s.language) ?? lexicon.triggers.get('en');
  if (!trig) return [];
  const out: RawMention[] = [];
  const toks = s.tokens;
  toks.forEach((t, k) => {
    const post = postKind(trig, toks, k);
    if (!post) return;
    // "China's embassy", "the Chinese embassy", "the US consulate": the state qualifies the post.
    const owner = mentions.find((m) => m.tokEnd === k && m.type === 'Government' && (m.genitive || m.kind === 'adjective' || trig.determiners.has(toks[m.tokStart - 1]?.norm ?? '')));
    if (!owner?.lexId) return;
    const at = k + post.words;
    // "to the European Union": the host may follow an article.
    const hostAt = trig.determiners.has(toks[at + 1]?.norm ?? '') ? at + 2 : at + 1;
    // A mission is to a state or an international body; "China's mission to the Moon" is none.
    const hostTypes = post.kind === 'Mission' ? ['Government', 'Organization'] : ['Government', 'Location'];
    const host = trig.embassyIn.has(toks[at]?.norm ?? '') ? mentions.find((m) => m.tokStart === hostAt && hostTypes.includes(m.type)) : undefined;
    if (post.kind === 'Mission' && !host?.lexId) return;
    const ownerName = lexicon.entries.get(owner.lexId)?.name ?? owner.key;
    // "ambassade i Berlin": the embassy is to the state whose capital it is in.
    const hostEntry = host?.lexId ? lexicon.entries.get(host.lexId) : undefined;
    const hostName = hostEntry ? lexicon.entries.get(hostEntry.capitalOf ?? '')?.name ?? hostEntry.name : host?.key;
    const name = hostName ? `${post.kind} of ${ownerName} ${post.kind !== 'Mission' ? 'in' : host?.type === 'Organization' ? 'to the' : 'to'} ${hostName}` : `${post.kind} of ${ownerName}`;
    const end = host ? host.tokEnd : at;
    out.push({
      sentence: s.index, tokStart: owner.tokStart, tokEnd: end, start: toks[owner.tokStart].start, end: toks[end - 1].end,
      surface: s.text.slice(toks[owner.tokStart].start - s.start, toks[end - 1].end - s.start),
      kind: 'new', key: name, canonical: name, type: 'Agency', typeBy: 'cue', genitive: false, partOf: owner.lexId,
    });
  });
  return out;
}

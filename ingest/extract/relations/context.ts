// What every relation rule works on: each sentence's entity occurrences (names,
// nationality adjectives, and pronouns or definite nouns resolved to a recent entity),
// the trigger words of its language, and small helpers to look left and right.
import type { EntityType } from '../../../core/ontology';
import type { Lexicon, Triggers } from '../../lexicon';
import type { ResolvedMention, Sentence, WorkEntity, WorkRelation } from '../model';
import { findPhrases, type PhraseSet, type PhraseMatch } from '../phrases';
import { compoundTail } from '../compounds';
import type { Token } from '../tokens';

export interface Occ {
  entityId: string;
  type: EntityType;
  tokStart: number;
  tokEnd: number;
  kind: ResolvedMention['kind'] | 'coref';
  genitive: boolean;
  /** A nationality word qualifying a noun ("kinesiske selskaber", "PRC apps"). */
  attributive: boolean;
  /** For a plural reference ("the two companies"), every firm it stands for; the occurrence is the first of them. */
  group?: string[];
}

export interface SentenceCtx {
  s: Sentence;
  occs: Occ[];
  trig: Triggers;
  /** Nouns for a kind of body or thing ("firm", "selskaber", "medier", "apps"): the lexicon's context cues. */
  kindNouns: ReadonlyMap<string, EntityType>;
}

/** Prepositions a possessed noun phrase does not run across ("TSMC's nye fabrik på øen Kyushu"). */
const STOP_PREPS = new Set(['på', 'on', 'at', 'af', 'med', 'with', 'om', 'about', 'mod', 'against', 'under', 'efter', 'after', 'by', 'ved', 'near']);

/** "Tencent's WeChat", "Tencent's messaging app WeChat": the thing a genitive name owns, when a name follows it. */
export function possessed(sc: SentenceCtx, o: Occ, types: EntityType[]): Occ | undefined {
  if (!o.genitive) return undefined;
  const at = (k: number) => sc.occs.find((x) => x.tokStart === k && types.includes(x.type) && x.kind !== 'coref' && x.kind !== 'adjective');
  const direct = at(o.tokEnd);
  if (direct) return direct;
  // "ByteDance's hugely popular TikTok": a few lower-case words between owner and name.
  const toks = sc.s.tokens;
  let k = o.tokEnd;
  const fn = (t: Token) => STOP_PREPS.has(t.norm) || sc.trig.placePrep.byFirst.has(t.norm) || sc.trig.roleOf.has(t.norm) || sc.trig.determiners.has(t.norm) || sc.trig.listJoin.byFirst.has(t.norm) || ['the', 'of', 'a', 'an'].includes(t.norm);
  while (k < toks.length && k - o.tokEnd < 4 && ((toks[k].word && !toks[k].cap && !fn(toks[k])) || toks[k].text === '-')) k++;
  return k > o.tokEnd ? at(k) : undefined;
}

const compoundKinds = new Map<string, EntityType | null>();

/**
 * The kind a noun names ("selskab", "chipmaker"), a Danish compound by its last part too:
 * "bilkoncern", "appudvikler", "mobilproducent" (a last part of five letters or more).
 */
export function kindOf(sc: SentenceCtx, norm: string): EntityType | undefined {
  const direct = sc.kindNouns.get(norm);
  if (direct || sc.s.language !== 'da' || norm.length < 8) return direct;
  const hit = compoundKinds.get(norm);
  if (hit !== undefined) return hit ?? undefined;
  const found = compoundTail(norm, sc.kindNouns, (t) => t !== 'Person' && t !== 'Location') ?? null;
  if (compoundKinds.size < 5000) compoundKinds.set(norm, found);
  return found ?? undefined;
}

/**
 * The end of a short descriptive noun phrase starting at k that heads a name ("the file-sharing
 * app Shareit", "drone giant DJI", "den kinesiske chipproducent SMIC"): an optional determiner,
 * at most three lower-case words, the last a noun for a kind of body or thing. k itself when there is none.
 */
export function descriptorEnd(sc: SentenceCtx, k: number): number {
  const toks = sc.s.tokens;
  let j = k;
  if (j < toks.length && (sc.trig.determiners.has(toks[j].norm) || ['the', 'a', 'an', 'en', 'et'].includes(toks[j].norm))) j++;
  let last = -1;
  for (let n = 0; n < 4 && j < toks.length; n++) {
    const t = toks[j];
    if (sc.occs.some((o) => o.tokStart === j && o.kind !== 'coref')) break;
    if (t.word && !t.cap) {
      j++;
      if (kindOf(sc, t.norm)) last = j;
      continue;
    }
    if (t.text === '-' && toks[j + 1]?.word) {
      j++;
      continue;
    }
    break;
  }
  return last > 0 && sc.occs.some((o) => o.tokStart === last && o.kind !== 'coref') ? last : k;
}

/** Relative pronouns and articles that open a parenthetical after a name (", der …,", ", which …,", ", a unit of …,"). */
const PARENTHETICAL = new Set(['der', 'som', 'hvis', 'which', 'who', 'whose', 'that', 'a', 'an', 'the', 'en', 'et', 'den', 'det', 'one', 'its', 'sin', 'sit', 'like', 'unlike', 'ligesom',
  // Sentence adverbs set off by commas: "Raytheon, however, has …", "Huawei, derimod, har …".
  'however', 'though', 'meanwhile', 'imidlertid', 'derimod']);

/**
 * The token where the clause's subject ends, looking left from i over one comma-bounded
 * parenthetical: "Nexperia, der er et datterselskab af Wingtech, overtog" → after "Nexperia".
 */
export function skipParenthetical(sc: SentenceCtx, i: number): number {
  const toks = sc.s.tokens;
  let k = i;
  // Adverbs or auxiliaries between the subject and the verb stay ("har i forvejen valgt").
  while (k > 0 && toks[k - 1].text !== ',' && i - k < 4 && toks[k - 1].word && !toks[k - 1].cap) k--;
  if (toks[k - 1]?.text !== ',') return i;
  for (let j = k - 2; j >= 0 && k - j <= 18; j--) {
    if (toks[j].text === ',') return PARENTHETICAL.has(toks[j + 1]?.norm ?? '') ? j : i;
  }
  return i;
}

/** The grammatical subject before a verb at token i: nearest acting name, over a parenthetical. */
export function subjectBefore(sc: SentenceCtx, i: number, types: EntityType[], maxDist = 8, ok: (o: Occ) => boolean = () => true): Occ | undefined {
  const j = skipParenthetical(sc, i);
  if (j !== i) {
    const s = sc.occs.find((o) => o.tokEnd === j && types.includes(o.type) && canAct(sc, o) && ok(o));
    if (s) return s;
  }
  return before(sc, i, types, maxDist).find((o) => canAct(sc, o) && ok(o));
}

/** "USA, Storbritannien, Australien og New Zealand": the names joined to the left of the last one. */
export function listBack(sc: SentenceCtx, last: Occ, types: EntityType[]): Occ[] {
  const toks = sc.s.tokens;
  const out = [last];
  let cur = last;
  for (;;) {
    const k = cur.tokStart;
    const j = toks[k - 1];
    if (!j || !(j.text === ',' || sc.trig.listJoin.byFirst.has(j.norm))) break;
    const prev = sc.occs.find((o) => o.tokEnd === k - 1 && types.includes(o.type) && !o.genitive && o.kind !== 'coref');
    if (!prev) break;
    out.unshift(prev);
    cur = prev;
  }
  return out.length > 1 && listFrom(sc, out[0], types).length >= out.length ? out : [last];
}

export interface DocCtx {
  lexicon: Lexicon;
  sentences: SentenceCtx[];
  entities: Map<string, WorkEntity>;
  /** Track → programme, from the gazetteer and from lists in the text. */
  parentOf: Map<string, string>;
  relations: WorkRelation[];
  /** The state the text is about: the first state it names as an actor (the headline's, usually). */
  home?: string;
}

/** The first state the text names as an actor, not as a qualifier ("Chinese firms") or possessor. */
const GOVERNMENT_NOUNS = new Set(['regering', 'regeringen', 'government', 'administration', 'myndigheder', 'myndighederne', 'authorities', 'stat', 'staten', 'state']);

export function homeState(sentences: SentenceCtx[], entities?: ReadonlyMap<string, WorkEntity>, lexicon?: Lexicon): string | undefined {
  for (const sc of sentences) {
    for (const o of sc.occs) {
      // "BERLIN, March 4 -": the capital a story was filed from is a place, and its state is the text's own.
      const filedFrom = datelineState(sc, o, entities, lexicon);
      if (filedFrom) return filedFrom;
      if (o.type !== 'Government' || o.kind === 'coref' || o.genitive || afterPlacePrep(sc, o)) continue;
      // "a Beijing-based maker": a place qualifying a noun is not the state acting.
      if (sc.s.tokens[o.tokEnd]?.text === '-' && sc.trig.basedSuffix.has(sc.s.tokens[o.tokEnd + 1]?.norm ?? '')) continue;
      // "Chinese-backed buyout", "US-listed shares": a state in a hyphen compound qualifies the noun.
      if (hyphenQualifier(sc, o)) continue;
      // "Den italienske regering", "the Dutch government": the adjective names the acting state.
      if (o.attributive && o.kind === 'adjective' && !GOVERNMENT_NOUNS.has(sc.s.tokens[o.tokEnd]?.norm ?? '')) continue;
      return o.entityId;
    }
  }
  return undefined;
}

/** The state of a capital that opens a sentence as its dateline ("Bonn, tirsdag"), when the text names that state. */
function datelineState(sc: SentenceCtx, o: Occ, entities?: ReadonlyMap<string, WorkEntity>, lexicon?: Lexicon): string | undefined {
  if (!entities || !lexicon || o.type !== 'Location' || o.tokStart !== 0 || !['(', ','].includes(sc.s.tokens[o.tokEnd]?.text ?? '')) return undefined;
  const state = lexicon.entries.get(entities.get(o.entityId)?.lexId ?? '')?.capitalOf;
  if (!state) return undefined;
  for (const e of entities.values()) if (e.lexId === state) return e.id;
  return undefined;
}

export const ACTORS: EntityType[] = ['Person', 'Government', 'Agency', 'Company', 'Organization'];
export const TARGETABLE: EntityType[] = ['Company', 'Product', 'Organization', 'Government', 'Agency'];

export function add(ctx: DocCtx, r: WorkRelation): void {
  if (r.subject === r.object) return;
  ctx.relations.push(r);
}

export const phrases = (set: PhraseSet, sc: SentenceCtx, from = 0, to = sc.s.tokens.length): PhraseMatch[] =>
  findPhrases(set, sc.s.tokens, from, to);

/** Occurrences ending at or before token i, nearest first. */
export function before(sc: SentenceCtx, i: number, types: EntityType[], maxDist = 12): Occ[] {
  return sc.occs
    .filter((o) => o.tokEnd <= i && i - o.tokEnd <= maxDist && types.includes(o.type))
    .sort((a, b) => b.tokEnd - a.tokEnd || b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart));
}

/** Occurrences starting at or after token i, nearest first. */
export function after(sc: SentenceCtx, i: number, types: EntityType[], maxDist = 20): Occ[] {
  return sc.occs
    .filter((o) => o.tokStart >= i && o.tokStart - i <= maxDist && types.includes(o.type))
    .sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd);
}

const isDeterminer = (sc: SentenceCtx, t: Token) => sc.trig.determiners.has(t.norm) || ['a', 'an', 'en', 'et'].includes(t.norm);

/** Is the occurrence the object of a place preposition ("i USA", "to and from the United States")? */
export function afterPlacePrep(sc: SentenceCtx, o: Occ): boolean {
  if (o.genitive) return false; // "from Huawei's app store": the preposition governs the store
  let k = o.tokStart;
  const toks = sc.s.tokens;
  while (k > 0 && isDeterminer(sc, toks[k - 1])) k--;
  return findPhrases(sc.trig.placePrep, toks, Math.max(0, k - 3), k).some((m) => m.end === k);
}

/** The word that opens a reported clause: "said that …", "sagde, at …". */
export const THAT = new Set(['that', 'at']);

/** The copulas with the plural forms (the lexicon's copulas are the singular ones). */
export const COPULAS = new Set(['is', 'are', 'was', 'were', 'er', 'var']);

/** A state's names (in the text, and the gazetteer's aliases) that a body's or firm's name can open with: capitalised, three letters or more. */
export function stateNames(ctx: DocCtx, g: WorkEntity): string[] {
  const lex = ctx.lexicon.entries.get(g.lexId ?? '');
  return [g.name, ...g.surfaces, ...Object.values(lex?.aliases ?? {}).flat()].filter((n) => n.length > 2 && /^\p{Lu}/u.test(n));
}

/** Nouns for a firm's parent: "TikTok owner ByteDance", "its Beijing-based parent, ByteDance". */
export const PARENT_NOUNS = new Set(['owner', 'parent', 'ejer', 'ejeren', 'moderselskab', 'moderselskabet']);
/** Possessives before a parent noun in a list: "and its parent", "og dets moderselskab". */
const OWN_PARENT = new Set(['its', 'their', 'dets', 'dens', 'deres']);

/**
 * The names of an apposition after a comma ("its parent, ByteDance,", "three carriers, Telstra, Optus and TPG."): the
 * name and those joined to it, when the apposition closes after the last; none when the sentence runs on.
 */
export function appositionList(sc: SentenceCtx, first: Occ, types: EntityType[]): Occ[] {
  const listed = listFrom(sc, first, types);
  const closes = [',', '.', ')', ';', '('].includes(sc.s.tokens[listed[listed.length - 1].tokEnd]?.text ?? '.');
  return closes ? listed : [];
}

/** The occurrence and those joined to it by "," / "og" / "and": "Alibaba, Baidu og Tencent". */
export function listFrom(sc: SentenceCtx, first: Occ, types: EntityType[]): Occ[] {
  const out = [first];
  const toks = sc.s.tokens;
  // "sager mod Meta, mod Amazon og mod Apple", "restrictions on Huawei and on ZTE": the word that governs the first
  // item may come again after each join.
  const governing = toks[first.tokStart - 1];
  const repeats = (t: Token) => !!governing?.word && !governing.cap && t.norm === governing.norm;
  let cur = first;
  for (;;) {
    let k = cur.tokEnd;
    let joined = false;
    let commaThenArticle = false;
    for (let step = 0; step < 3 && k < toks.length; step++) {
      const m = findPhrases(sc.trig.listJoin, toks, k, Math.min(toks.length, k + 4)).find((x) => x.start === k);
      if (m) {
        k = m.end;
        joined = true;
      } else if (joined && repeats(toks[k])) {
        k++;
      } else if (['the', 'den', 'det', 'de', 'its', 'dets', 'dens', 'sin', 'sit'].includes(toks[k].norm) || toks[k].text === '-' || /^["“”‘’'«»]$/.test(toks[k].text)) {
        if (toks[k - 1]?.text === ',' && toks[k].word) commaThenArticle = true;
        k++;
      } else if (joined && OWN_PARENT.has(toks[k - 1]?.norm ?? '') && PARENT_NOUNS.has(toks[k].norm)) {
        // "TikTok and its parent ByteDance", "TikTok og dets ejer ByteDance": the owner joined to the list.
        k += toks[k + 1]?.norm === 'company' ? 2 : 1;
        break;
      } else break;
    }
    if (!joined) break;
    // "Silex Microsystems, the Swedish subsidiary of …", "Google LLC, the Alphabet unit": an apposition describing the name, not a next item.
    if (commaThenArticle && sc.occs.some((o) => o.tokStart === k && (o.kind === 'adjective' || namesPart(sc, o)))) break;
    let next = sc.occs.find((o) => o.tokStart === k && o !== cur) ?? sc.occs.find((o) => o.tokStart === descriptorEnd(sc, k) && o !== cur);
    // "Huawei og den kinesiske konkurrent ZTE", "Huawei and its Chinese rival ZTE": the name the nationality word describes.
    if (next?.kind === 'adjective' && next.attributive) {
      const members = adjectiveList(sc, next, types).filter((o) => !out.includes(o));
      if (members.length) {
        out.push(...members);
        cur = members[members.length - 1];
        continue;
      }
    }
    // "sued the Defense Department, Defense Secretary X and the Treasury Department": an official listed among the
    // bodies, with or without a title, is passed over when persons are not what the list is gathered for.
    if (!next && !types.includes('Person')) {
      // "Defense Secretary X", "Secretary of State X": up to two capitalised words of the office before the title.
      let t0 = k;
      while (t0 < k + 2 && toks[t0]?.cap && !sc.occs.some((o) => o.tokStart === t0) && !findPhrases(sc.trig.roles.phrases, toks, t0, Math.min(toks.length, t0 + 4)).some((x) => x.start === t0)) t0++;
      const title = findPhrases(sc.trig.roles.phrases, toks, t0, Math.min(toks.length, t0 + 4)).filter((x) => x.start === t0).sort((a, b) => b.end - a.end)[0];
      const official = title ? sc.occs.find((o) => o.tokStart === title.end && o.type === 'Person' && o.kind !== 'coref') : undefined;
      if (official && (toks[official.tokEnd]?.text === ',' || sc.trig.listJoin.byFirst.has(toks[official.tokEnd]?.norm ?? ''))) {
        cur = official;
        continue;
      }
    }
    // "Huawei, TikTok owner ByteDance and Tencent": the item is the owner the product's name qualifies.
    // ("TikTok-ejeren ByteDance": the noun joined by a hyphen.)
    if (next) {
      const noun = toks[next.tokEnd]?.text === '-' ? next.tokEnd + 1 : next.tokEnd;
      if (PARENT_NOUNS.has(toks[noun]?.norm ?? '')) next = sc.occs.find((o) => o.tokStart === noun + 1 && o.kind !== 'adjective') ?? next;
    }
    if (next?.genitive) next = possessed(sc, next, types);
    if (!next || !types.includes(next.type)) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** Nouns for a part of a firm: a nationality word before them is the part's ("den canadiske afdeling af X"). */
export const PART_NOUNS = new Set(['afdeling', 'afdelingen', 'datterselskab', 'datterselskabet', 'filial', 'filialen', 'enhed', 'enheden', 'arm', 'unit', 'subsidiary', 'branch', 'division', 'affiliate', 'operations', 'business', 'forretning', 'forretningen']);

/** "the Alphabet unit", "det kinesiske Huawei-datterselskab": a firm's name after "the" that qualifies a part of it describes the part. */
export function namesPart(sc: SentenceCtx, o: Occ): boolean {
  const toks = sc.s.tokens;
  const next = toks[o.tokEnd + (toks[o.tokEnd]?.text === '-' ? 1 : 0)];
  return ['the', 'den', 'det'].includes(toks[o.tokStart - 1]?.norm ?? '') && PART_NOUNS.has(next?.norm ?? '');
}

/** "kinesiske selskaber som Alibaba, Baidu og Tencent": the named members an adjective qualifies. */
export function adjectiveList(sc: SentenceCtx, adj: Occ, types: EntityType[]): Occ[] {
  const toks = sc.s.tokens;
  let k = adj.tokEnd;
  // Only a word that qualifies what follows ("kinesiske selskaber", "svenske Ericsson"), not a noun ("Amerikanerne beskylder").
  if (!adj.attributive && !sc.occs.some((o) => o.tokStart === k)) return [];
  // Between the adjective and the names only a noun phrase that ends in a word for a kind of
  // body: "Chinese telecoms giant Huawei", "kinesiske selskaber som Alibaba", not "Svenske myndigheder udelukker Huawei".
  let lastWord: string | undefined;
  let words = 0;
  while (k < toks.length && words <= 4) {
    const t = toks[k];
    if (sc.occs.some((o) => o.tokStart === k)) break;
    const intro = findPhrases(sc.trig.listIntro, toks, k, Math.min(toks.length, k + 3)).find((m) => m.start === k);
    if (intro) {
      k = intro.end;
      continue;
    }
    // "den canadiske afdeling af TikTok", "the Canadian arm of TikTok": the word qualifies the part, not the whole.
    if ((t.norm === 'af' || t.norm === 'of') && lastWord !== undefined && PART_NOUNS.has(lastWord)) return [];
    if (t.word && !t.cap) {
      words++;
      lastWord = t.norm;
      k++;
      continue;
    }
    if (t.text === '-' || t.text === '–' || (t.text === ',' && findPhrases(sc.trig.listIntro, toks, k + 1, Math.min(toks.length, k + 4)).some((m) => m.start === k + 1))) {
      k++;
      continue;
    }
    break;
  }
  // "kinesisk ejede Nexperia", "Chinese-owned Nexperia": a participle of owning or basing qualifies the name too.
  if (words > 3 || (lastWord !== undefined && !kindOf(sc, lastWord) && !sc.trig.basedSuffix.has(lastWord))) return [];
  let first = sc.occs.find((o) => o.tokStart === k && types.includes(o.type));
  // "TikTok's Chinese parent company, ByteDance,": the name in apposition after the kind noun.
  if (!first && words > 0 && toks[k]?.text === ',' && lastWord !== undefined && kindOf(sc, lastWord)) {
    // "two Chinese app makers, ByteDance and Tencent,": each name of a list there.
    const named = sc.occs.find((o) => o.tokStart === k + 1 && types.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref');
    if (named) return appositionList(sc, named, types);
  }
  if (first) first = possessed(sc, first, types) ?? first;
  return first ? listFrom(sc, first, types) : [];
}

/** Is token k inside a name ("Protecting Americans from Foreign Adversary Controlled Applications Act")? */
export function insideName(sc: SentenceCtx, k: number): boolean {
  return sc.occs.some((o) => o.kind !== 'coref' && o.tokStart <= k && o.tokEnd > k);
}

/** "den hollandske regering", "the Dutch government": a nationality word with its noun for a government names the state. */
export function standsForState(sc: SentenceCtx, o: Occ): boolean {
  return o.kind === 'adjective' && o.type === 'Government' && GOVERNMENT_NOUNS.has(sc.s.tokens[o.tokEnd]?.norm ?? '');
}

/** Can the occurrence act as a subject? Not a possessor ("USA's udenrigsminister") nor a word qualifying a name ("kinesiske Huawei"). */
export function canAct(sc: SentenceCtx, o: Occ): boolean {
  if (o.genitive) return false;
  // "den tyske regering", "the British government": the adjective stands for the state acting.
  if (o.kind === 'adjective' && GOVERNMENT_NOUNS.has(sc.s.tokens[o.tokEnd]?.norm ?? '')) return true;
  if (o.attributive && o.kind === 'adjective') return false;
  // "Beijing-based owner": a place qualifying a noun through a hyphen.
  const t = sc.s.tokens[o.tokEnd];
  if (t?.text === '-' && sc.trig.basedSuffix.has(sc.s.tokens[o.tokEnd + 1]?.norm ?? '')) return false;
  if (hyphenQualifier(sc, o)) return false;
  if (o.kind === 'adjective' && sc.occs.some((x) => x.tokStart === o.tokEnd)) return false;
  return true;
}

/** How many tokens a phrase for "the country's" starting at token k has: "landets" one, "the country's" four, else 0. */
export function countrysAt(toks: Token[], k: number): number {
  if (['landets', 'nationens'].includes(toks[k]?.norm ?? '')) return 1;
  const the = toks[k]?.norm === 'the' && ['country', 'nation'].includes(toks[k + 1]?.norm ?? '') && ["'", '’'].includes(toks[k + 2]?.text ?? '') && toks[k + 3]?.norm === 's';
  return the ? 4 : 0;
}

/** The sentence before sc (ctx.sentences holds one entry per sentence, at its index). */
export const previousSentence = (ctx: DocCtx, sc: SentenceCtx): SentenceCtx | undefined => ctx.sentences[sc.s.index - 1];

/** The state a body of the text belongs to, when the text names that state ("the Treasury" → the United States). */
export function stateOfBody(ctx: DocCtx, id: string): string | undefined {
  const e = ctx.entities.get(id);
  return e?.type === 'Agency' && e.partOf && ctx.entities.get(e.partOf)?.type === 'Government' ? e.partOf : undefined;
}

/** A negation at token k that denies what follows, not a limit ("not only", "ikke kun"). */
export function negationAt(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  return sc.trig.negations.has(toks[k]?.norm ?? '') && !sc.trig.negationLimits.has(toks[k + 1]?.norm ?? '');
}

export function clauseEnd(sc: SentenceCtx, from: number): number {
  const toks = sc.s.tokens;
  for (let k = from; k < toks.length; k++) if (toks[k].text === ';') return k;
  return toks.length;
}

const RELATIVE_OPENERS = new Set(['der', 'som', 'which', 'who']);

/**
 * The name a relative clause hangs on, for a verb inside or just after it: in "Nexperia, der er
 * et datterselskab af Wingtech og har hovedsæde i Nijmegen" and "Nexperia, der ejes af Wingtech,
 * overtog fabrikken" the subject of "har hovedsæde" and "overtog" is Nexperia, not Wingtech.
 */
export function relativeAntecedent(sc: SentenceCtx, i: number, types: EntityType[]): Occ | undefined {
  const toks = sc.s.tokens;
  for (let k = i - 1; k > 0; k--) {
    if (toks[k].text !== ',' || !RELATIVE_OPENERS.has(toks[k + 1]?.norm ?? '')) continue;
    const head = sc.occs.find((o) => o.tokEnd === k && types.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref');
    if (!head) return undefined;
    // After the clause closes, a name of its own before the verb is the subject instead.
    const close = toks.findIndex((t, j) => j > k + 1 && j < i && t.text === ',');
    if (close >= 0 && sc.occs.some((o) => o.tokStart > close && o.tokEnd <= i && types.includes(o.type))) return undefined;
    if (close >= 0 && toks.slice(close + 1, i).some((t) => t.text === ',')) return undefined;
    return head;
  }
  return undefined;
}

const SUBORDINATORS = new Set(['da', 'når', 'efter', 'hvis', 'selvom', 'fordi', 'mens', 'inden', 'før', 'siden']);

/**
 * Danish puts the subject after the finite verb when something else opens the clause (V2):
 * "I dag udelukker regeringen Huawei", "Nu forbyder Sverige TikTok", "Dermed lukker myndigheden
 * ZTE ude". With no acting name before the verb in its clause, an actor right after it is the subject.
 */
export function invertedSubject(sc: SentenceCtx, m: { start: number; end: number }, clauseStart: number, types: EntityType[]): Occ | undefined {
  if (sc.s.language !== 'da') return undefined;
  const toks = sc.s.tokens;
  let open = clauseStart;
  for (let k = m.start - 1; k >= clauseStart; k--) if (toks[k].text === ',') { open = k + 1; break; }
  // Only a short opener (an adverbial: "I dag", "Fra nytår", "Dermed"), not a subject of its own,
  // or a whole subordinate clause before a comma ("Da beslutningen blev kendt, kritiserede Kina …").
  const afterSubordinate = m.start === open && open > 0 && SUBORDINATORS.has(toks[0].norm);
  if (m.start - open > 6 || (m.start === open && !afterSubordinate)) return undefined;
  // A place the opener names ("I Italien beordrede tilsynet …") is no subject of its own.
  if (sc.occs.some((o) => o.tokStart >= open && o.tokEnd <= m.start && o.type !== 'Location' && o.kind !== 'adjective' && !afterPlacePrep(sc, o))) return undefined;
  const at = (k: number) => sc.occs.find((x) => x.tokStart === k && types.includes(x.type) && !x.genitive);
  // A particle verb holds its subject inside: "sagde den daværende regering nej til", "lukker regeringen Huawei ude".
  const inside = sc.occs.find((x) => x.tokStart > m.start && x.tokEnd < m.end && x.tokStart - m.start <= 3 && types.includes(x.type) && !x.genitive);
  const o = inside ?? at(m.end) ?? (['den', 'det', 'de'].includes(toks[m.end]?.norm ?? '') ? at(m.end + 1) : undefined);
  if (!o) return undefined;
  // "den danske regering": the adjective stands for the state only with its noun.
  if (o.kind === 'adjective' && !canAct(sc, o)) return undefined;
  return o;
}

/**
 * A verb coordinated after a that-clause shares the main clause's subject: in "Ministeriet meddelte,
 * at Kina er imod beslutningen, og opfordrede Holland til …" the one urging is the ministry, not China.
 */
export function coordinatedSubject(sc: SentenceCtx, i: number, types: EntityType[]): Occ | undefined {
  const toks = sc.s.tokens;
  if (!['og', 'and'].includes(toks[i - 1]?.norm ?? '') || toks[i - 2]?.text !== ',') return undefined;
  const main = sc.occs.find((o) => o.tokStart <= 2 && types.includes(o.type) && canAct(sc, o));
  if (!main || main.tokEnd >= i) return undefined;
  return toks.slice(main.tokEnd, i).some((t) => t.norm === 'at' || t.norm === 'that') ? main : undefined;
}

/**
 * A verb joined by "og"/"and" to a sentence that opened with a name shares it as subject: "DeepSeek blev
 * grundlagt i 2023 af X og har hovedsæde i Hangzhou", "Activision Blizzard … og ledes af Bobby Kotick".
 */
export function openerBefore(sc: SentenceCtx, i: number, types: EntityType[], ok: (o: Occ) => boolean = () => true, clauseStart = 0): Occ | undefined {
  if (!['og', 'and'].includes(sc.s.tokens[i - 1]?.norm ?? '')) return undefined;
  return sc.occs.find((o) => o.tokStart >= clauseStart && o.tokStart <= clauseStart + 1 && types.includes(o.type) && o.tokEnd < i && ok(o));
}

/** "Chinese-backed", "US-listed": a state before a hyphen and a lower-case word, not "USA-regeringen" (its government). */
export function hyphenQualifier(sc: SentenceCtx, o: Occ): boolean {
  if (o.type !== 'Government') return false;
  const toks = sc.s.tokens;
  const next = toks[o.tokEnd + 1];
  return toks[o.tokEnd]?.text === '-' && !!next?.word && !next.cap && !GOVERNMENT_NOUNS.has(next.norm) && !/(regering|government)/.test(next.norm);
}

/** Relative pronouns that open a clause on the name before them. */
export const RELATIVES = new Set(['that', 'which', 'der', 'som']);
/** The genitive relative: "Spotify, whose founder", "Sony, whose PlayStation". */
export const WHOSE = new Set(['whose', 'hvis']);

/**
 * The sentence that reported the measure a later sentence refers back to ("The ban covers …",
 * "The decision was taken by …"): the last one within `back` sentences before `at` (or `at`
 * itself, with `here`) that has a TARGETS passing `ok`; -1 when there is none.
 */
export function lastMeasureSentence(ctx: DocCtx, at: number, ok: (r: WorkRelation) => boolean = () => true, back = 2, here = false): number {
  let last = -1;
  for (const r of ctx.relations) {
    if (r.predicate !== 'TARGETS' || r.sentence > at || (r.sentence === at && !here) || at - r.sentence > back || r.sentence <= last) continue;
    if (ok(r)) last = r.sentence;
  }
  return last;
}

/** A Danish noun in its definite form ("forbuddet", "bøden", "sanktionerne"): it refers back to a measure as "the ban" does. */
export const danishDefinite = (sc: SentenceCtx, norm: string): boolean => sc.s.language === 'da' && /(et|en|ne)$/.test(norm);

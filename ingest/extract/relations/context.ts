// What every relation rule works on: each sentence's entity occurrences (names,
// nationality adjectives, and pronouns or definite nouns resolved to a recent entity),
// the trigger words of its language, and small helpers to look left and right.
import type { EntityType } from '../../../core/ontology';
import type { Lexicon, Triggers } from '../../lexicon';
import type { ResolvedMention, Sentence, WorkEntity, WorkRelation } from '../model';
import { findPhrases, type PhraseSet, type PhraseMatch } from '../phrases';
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
}

export interface SentenceCtx {
  s: Sentence;
  occs: Occ[];
  trig: Triggers;
  /** Nouns for a kind of body or thing ("firm", "selskaber", "medier", "apps"): the lexicon's context cues. */
  kindNouns: ReadonlyMap<string, EntityType>;
}

/** "Tencent's WeChat": the thing a genitive name owns, when a name follows it. */
export function possessed(sc: SentenceCtx, o: Occ, types: EntityType[]): Occ | undefined {
  if (!o.genitive) return undefined;
  return sc.occs.find((x) => x.tokStart === o.tokEnd && types.includes(x.type));
}

export interface DocCtx {
  lexicon: Lexicon;
  sentences: SentenceCtx[];
  entities: Map<string, WorkEntity>;
  /** Track → programme, from the gazetteer and from lists in the text. */
  parentOf: Map<string, string>;
  relations: WorkRelation[];
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

/** The occurrence and those joined to it by "," / "og" / "and": "Alibaba, Baidu og Tencent". */
export function listFrom(sc: SentenceCtx, first: Occ, types: EntityType[]): Occ[] {
  const out = [first];
  const toks = sc.s.tokens;
  let cur = first;
  for (;;) {
    let k = cur.tokEnd;
    let joined = false;
    for (let step = 0; step < 3 && k < toks.length; step++) {
      const m = findPhrases(sc.trig.listJoin, toks, k, Math.min(toks.length, k + 4)).find((x) => x.start === k);
      if (m) {
        k = m.end;
        joined = true;
      } else if (['the', 'den', 'det', 'de'].includes(toks[k].norm) || toks[k].text === '-' || /^["“”‘’'«»]$/.test(toks[k].text)) k++;
      else break;
    }
    if (!joined) break;
    let next = sc.occs.find((o) => o.tokStart === k && o !== cur);
    if (next) next = possessed(sc, next, types) ?? next;
    if (!next || !types.includes(next.type)) break;
    out.push(next);
    cur = next;
  }
  return out;
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
  if (words > 3 || (lastWord !== undefined && !sc.kindNouns.has(lastWord))) return [];
  let first = sc.occs.find((o) => o.tokStart === k && types.includes(o.type));
  if (first) first = possessed(sc, first, types) ?? first;
  return first ? listFrom(sc, first, types) : [];
}

/** Can the occurrence act as a subject? Not a possessor ("USA's udenrigsminister") nor a word qualifying a name ("kinesiske Huawei"). */
export function canAct(sc: SentenceCtx, o: Occ): boolean {
  if (o.genitive) return false;
  if (o.attributive && o.kind === 'adjective') return false;
  // "Beijing-based owner": a place qualifying a noun through a hyphen.
  const t = sc.s.tokens[o.tokEnd];
  if (t?.text === '-' && sc.trig.basedSuffix.has(sc.s.tokens[o.tokEnd + 1]?.norm ?? '')) return false;
  if (o.kind === 'adjective' && sc.occs.some((x) => x.tokStart === o.tokEnd)) return false;
  return true;
}

export function clauseEnd(sc: SentenceCtx, from: number): number {
  const toks = sc.s.tokens;
  for (let k = from; k < toks.length; k++) if (toks[k].text === ';') return k;
  return toks.length;
}

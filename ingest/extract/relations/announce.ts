// ANNOUNCED: "<actor> announced/unveiled/launched <policy>" and the passive "<policy> blev
// præsenteret af <actor>" / "announced by". The policy may be a definite noun ("planerne",
// "the programme") resolved to the programme in focus. Who announced a programme announced
// the tracks the text names for it.
import type { EntityType } from '../../../core/ontology';
import { add, after, afterPlacePrep, before, canAct, clauseEnd, invertedSubject, type DocCtx, type Occ, type SentenceCtx } from './context';
import { findPhrases } from '../phrases';

const ANNOUNCERS: EntityType[] = ['Person', 'Government', 'Agency'];

export function announced(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, trig } = sc;
  const toks = s.tokens;
  for (const m of findPhrases(trig.announce, toks)) {
    // "signed up to the Clean Network" joins, it does not announce.
    if (findPhrases(trig.join, toks, m.start, Math.min(toks.length, m.end + 2)).some((j) => j.start === m.start)) continue;
    const end = clauseEnd(sc, m.end);
    const by = findPhrases(trig.passiveBy, toks, m.end, Math.min(end, m.end + 3))[0];
    if (by) {
      const window = after(sc, by.end, ANNOUNCERS, 8);
      const actor = window.find((o) => o.type === 'Person') ?? window.find((o) => !o.attributive) ?? window[0];
      const policy = before(sc, m.start, ['Policy'], 15)[0] ?? after(sc, window[0]?.tokEnd ?? m.end, ['Policy'], 12)[0];
      if (actor && policy) add(ctx, { subject: actor.entityId, predicate: 'ANNOUNCED', object: policy.entityId, rule: 'announce.passive', sentence: s.index });
      continue;
    }
    // "Onsdag udvidede udenrigsministeriet sit program": the Danish subject may follow the verb (V2).
    const inverted = invertedSubject(sc, m, 0, ANNOUNCERS);
    const actor = before(sc, m.start, ANNOUNCERS, 10).find((o) => canAct(sc, o)) ?? inverted;
    if (!actor) continue;
    // "launches a data security initiative in answer to Clean Network": a measure named as what the announced one
    // answers is not announced with it.
    const from = actor === inverted ? actor.tokEnd : m.end;
    let stop = end;
    for (let k = from; k < end; k++) if (CONTRAST.has(s.tokens[k].norm)) { stop = k; break; }
    const policies = after(sc, from, ['Policy'], 14).filter((o) => o.tokStart < stop && !underLaw(sc, o));
    const first = policies[0];
    if (!first) {
      // "CHIPS and Science Act, som USA vedtog i 2022", "Executive Order 13873, which Trump signed": the policy the
      // relative clause hangs on, its subject between the pronoun and the verb.
      const rel = objectRelative(sc, actor, m.start);
      if (rel) add(ctx, { subject: actor.entityId, predicate: 'ANNOUNCED', object: rel.entityId, rule: 'announce.relative', sentence: s.index });
      const later = rel ? undefined : namedNext(sc, ctx, from, stop);
      if (later) add(ctx, { subject: actor.entityId, predicate: 'ANNOUNCED', object: later.entityId, rule: 'announce.named', sentence: s.index });
      continue;
    }
    // Every policy of the clause that follows the first closely ("… Clean Store and Clean Apps").
    for (const p of policies) {
      if (p.tokStart - first.tokStart > 14) break;
      add(ctx, { subject: actor.entityId, predicate: 'ANNOUNCED', object: p.entityId, rule: 'announce.active', sentence: s.index });
    }
  }
}

/**
 * "an executive order Trump signed under the International Emergency Economic Powers Act", "udstedt efter
 * konkurrenceloven": a law after a preposition of legal basis is what the act rests on, not what is announced.
 */
function underLaw(sc: SentenceCtx, o: Occ): boolean {
  const toks = sc.s.tokens;
  let b = o.tokStart;
  if (['the', 'den', 'det'].includes(toks[b - 1]?.norm ?? '')) b--;
  return findPhrases(sc.trig.basisPrep, toks, Math.max(0, b - 3), b).some((m) => m.end === b);
}

const CONTRAST = new Set(['answer', 'response', 'reply', 'counterweight', 'counter', 'alternative', 'rival', 'riposte', 'svar', 'modsvar', 'modvægt', 'alternativ']);

const OBJECT_RELATIVES = new Set(['som', 'which', 'that']);

/** The name before ", som|which [the] ACTOR [adverb] VERB" (a policy unless told): the relative clause's object. */
export function objectRelative(sc: SentenceCtx, actor: Occ, verb: number, types: EntityType[] = ['Policy']): Occ | undefined {
  const toks = sc.s.tokens;
  // Over a determiner or a title before the actor ("the", "then-President").
  let k = actor.tokStart - 1;
  while (k > 0 && (toks[k].word || toks[k].text === '-') && !OBJECT_RELATIVES.has(toks[k].norm) && actor.tokStart - k < 5) k--;
  if (!OBJECT_RELATIVES.has(toks[k]?.norm ?? '') || toks[k - 1]?.text !== ',' || verb - actor.tokEnd > 2) return undefined;
  return sc.occs.find((o) => o.tokEnd === k - 1 && types.includes(o.type) && o.kind !== 'coref' && o.entityId !== actor.entityId);
}

/** Who announced a programme announced its tracks. */
export function announcedTracks(ctx: DocCtx, parentOf: Map<string, string>): void {
  const direct = ctx.relations.filter((r) => r.predicate === 'ANNOUNCED');
  for (const r of direct) {
    for (const [track, programme] of parentOf) {
      if (programme === r.object) add(ctx, { subject: r.subject, predicate: 'ANNOUNCED', object: track, rule: 'announce.tracks', sentence: r.sentence });
    }
  }
}

/** An official who announces speaks for the state or body they hold office in. */
export function announcedByOffice(ctx: DocCtx): void {
  const roles = ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE');
  const direct = ctx.relations.filter((r) => r.predicate === 'ANNOUNCED' && r.rule !== 'announce.tracks');
  for (const r of direct) {
    for (const h of roles) {
      if (h.subject !== r.subject) continue;
      const org = ctx.entities.get(h.object);
      if (org && (org.type === 'Government' || org.type === 'Agency')) {
        add(ctx, { subject: h.object, predicate: 'ANNOUNCED', object: r.object, rule: 'announce.office', sentence: r.sentence });
      }
    }
  }
}

const OWN_PRONOUNS = new Set(['its', 'their', 'sin', 'sit', 'sine', 'deres']);

/**
 * "The Commerce Department put SMIC on its Entity List", "ministeriet har udvidet sin liste": a body's
 * own programme or list is one it announced. The clause's acting state or body, before the pronoun.
 */
export function ownProgramme(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  if (!sc.occs.some((o) => o.type === 'Policy')) return;
  for (let k = 0; k < toks.length; k++) {
    if (!OWN_PRONOUNS.has(toks[k].norm)) continue;
    let j = k + 1;
    while (j < toks.length && j - k <= 2 && toks[j].word && !toks[j].cap) j++;
    // "sin sorte liste, Entity List", "its blacklist, the Entity List": the name in apposition to the noun.
    if (j > k + 1 && toks[j]?.text === ',') j += ['the', 'den', 'det'].includes(toks[j + 1]?.norm ?? '') ? 2 : 1;
    const policy = sc.occs.find((o) => o.tokStart === j && o.type === 'Policy' && o.kind !== 'coref');
    if (!policy) continue;
    // The clause's subject: not a word qualifying it ("The U.S. Commerce Department"), nor a place ("two in Russia").
    // The nearest such name before the pronoun (a dateline's "WASHINGTON" opens the sentence but is not its subject).
    const body = sc.occs.filter((o) => o.tokEnd <= k && (o.type === 'Agency' || o.type === 'Government') && canAct(sc, o) && !o.attributive && !afterPlacePrep(sc, o)
      && !sc.occs.some((x) => x !== o && x.tokStart === o.tokEnd)).pop();
    if (body) add(ctx, { subject: body.entityId, predicate: 'ANNOUNCED', object: policy.entityId, rule: 'announce.own', sentence: sc.s.index });
  }
}

const MEASURE_NOUNS = new Set(['order', 'law', 'bill', 'decree', 'directive', 'regulation', 'rule', 'rules', 'programme', 'program', 'plan', 'initiative', 'strategy',
  'lov', 'lovforslag', 'dekret', 'bekendtgørelse', 'forordning', 'direktiv', 'regel', 'regler', 'program', 'plan', 'initiativ', 'strategi']);
const INDEFINITE = new Set(['a', 'an', 'en', 'et', 'new', 'ny', 'nyt', 'nye']);

/**
 * "Biden signed an executive order on Wednesday …. The order, titled "X", covers …", "Regeringen fremlagde en ny
 * strategi. Strategien, der hedder X, …": an unnamed measure announced, named as the next sentence opens with it.
 */
function namedNext(sc: SentenceCtx, ctx: DocCtx, from: number, stop: number): Occ | undefined {
  const toks = sc.s.tokens;
  // The article may follow an adverb of time ("præsenterede onsdag et nyt initiativ").
  let k = from;
  while (k < Math.min(stop, from + 2) && !INDEFINITE.has(toks[k].norm) && toks[k].word) k++;
  if (!INDEFINITE.has(toks[k]?.norm ?? '')) return undefined;
  // An article and up to two qualifying words ("an executive order", "en ny national strategi").
  while (k < Math.min(stop, from + 4) && !MEASURE_NOUNS.has(toks[k].norm) && toks[k].word && !toks[k].cap) k++;
  const noun = toks[k]?.norm;
  if (!noun || !MEASURE_NOUNS.has(noun) || k >= stop) return undefined;
  // The next few sentences of the paragraph's text that open with the noun; the first that names a policy near its start.
  const at = ctx.sentences.indexOf(sc);
  for (const next of ctx.sentences.slice(at + 1, at + 4)) {
    const nt = next.s.tokens;
    let j = 0;
    while (j < 3 && ['the', 'this', 'den', 'det', 'new', 'nye', 'executive'].includes(nt[j]?.norm ?? '')) j++;
    // English repeats the noun after "the"; Danish puts the article on it ("strategien", "loven", "dekretet").
    const head = nt[j]?.norm ?? '';
    if (!(j > 0 && head === noun) && !(sc.s.language === 'da' && [`${noun}en`, `${noun}et`, `${noun}n`, `${noun}t`, `${noun}ne`].includes(head))) continue;
    const named = next.occs.find((o) => o.type === 'Policy' && o.kind !== 'coref' && o.tokStart > j && o.tokStart - j <= 6);
    if (named) return named;
  }
  return undefined;
}

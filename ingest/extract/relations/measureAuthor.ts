// TARGETS across sentences: a measure reported in one sentence and its author named in the
// next, "The Biden administration barred Kaspersky … The ban was issued by the Bureau of
// Industry and Security", "Forbuddet blev udstedt af Erhvervsstyrelsen". The definite noun
// ("the ban", "forbuddet") refers back to the measure; its author aims it at the same targets,
// and so does the law it was taken under ("The ban was issued under the X Act"). Where the measure came from names its
// author too ("Påbuddet kommer fra Cabinet Office", "Det er Præsidiet, der står bag anbefalingen").
import type { EntityType } from '../../../core/ontology';
import { add, canAct, danishDefinite, lastMeasureSentence, listBack, listFrom, RELATIVES, subjectBefore, THAT, type DocCtx, type Occ, type SentenceCtx } from './context';
import type { Token } from '../tokens';
import { findPhrases, type PhraseMatch, type PhraseSet } from '../phrases';
import type { WorkRelation } from '../model';

const STATE: EntityType[] = ['Government', 'Agency'];
/** Names of days and months, capitalised in English inside a time adverbial ("late on Monday"). */
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** How far back the measure may have been reported: a sentence or two on how it works may stand between. */
const BACK = 3;

/** Verbs of taking a measure: those of announcing, and the authorVerbs ("set", "imposed", "truffet", "pålagt"). */
function takingVerbs(sc: SentenceCtx): PhraseMatch[] {
  const toks = sc.s.tokens;
  return [...findPhrases(sc.trig.announce, toks), ...toks.flatMap((t, k) => (sc.trig.authorVerbs.has(t.norm) ? [{ index: -1, slot: 'after' as const, start: k, end: k + 1 }] : []))];
}

/** A verb of taking a measure whose subject is a definite noun for it: "The ban was issued", "Afgørelsen er truffet", "The order, issued". */
function measureVerbs(sc: SentenceCtx): PhraseMatch[] {
  const toks = sc.s.tokens;
  return takingVerbs(sc).filter((m) => {
    const noun = measureNounBefore(sc, m);
    if (noun < 0) return false;
    // "The ban was issued by …", or a participle between commas: "The order, issued by the ministry, …".
    const participle = toks[noun + 1]?.text === ',' && m.start === noun + 2;
    return participle || findPhrases(sc.trig.passiveCue, toks, noun + 1, m.start).length > 0;
  });
}

/** A verb naming where a measure came from, a definite noun for it as its subject: "The order came from", "Påbuddet kommer fra". */
function sourceVerbs(sc: SentenceCtx): PhraseMatch[] {
  const toks = sc.s.tokens;
  return findPhrases(sc.trig.measureSource, toks).filter((m) => {
    const noun = measureNounBefore(sc, m);
    // Only an adverb or an auxiliary between: "Påbuddet kommer direkte fra", "The order had come from".
    return noun >= 0 && toks.slice(noun + 1, m.start).every((t) => t.word && !t.cap);
  });
}

/** The definite noun for a measure at most a few words before the verb with no name between ("the ban", "forbuddet"), or -1. */
function measureNounBefore(sc: SentenceCtx, m: PhraseMatch): number {
  const toks = sc.s.tokens;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 5); k--) {
    if (sc.occs.some((o) => o.tokStart <= k && o.tokEnd > k)) return -1;
    if (sc.trig.actionNouns.has(toks[k].norm)) return measureNoun(sc, k) ? k : -1;
  }
  return -1;
}

/** A definite noun for a measure at k, not for what its opponents say ("the ban", "forbuddet"; not "the accusations", "kritikken"). */
function measureNoun(sc: SentenceCtx, k: number): boolean {
  const norm = sc.s.tokens[k]?.norm ?? '';
  return sc.trig.actionNouns.has(norm) && !sc.trig.claimNouns.has(norm) && definiteNoun(sc, k);
}

/** Is the noun at k definite: after a determiner ("the ban", "denne afgørelse"), or Danish with its suffix ("forbuddet")? */
function definiteNoun(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  return sc.trig.determiners.has(toks[k - 1]?.norm ?? '') || danishDefinite(sc, toks[k].norm);
}

/** The phrase of `set` right after the verb, past a time adverbial: "issued late on Monday by", "udstedt i går af". */
function afterVerb(sc: SentenceCtx, m: PhraseMatch, set: PhraseSet): PhraseMatch | undefined {
  const toks = sc.s.tokens;
  return findPhrases(set, toks, m.end, Math.min(toks.length, m.end + 5)).find((b) => toks.slice(m.end, b.start).every((t) => t.word && (!t.cap || WEEKDAY.test(t.norm))));
}

/** The targets of the measure the definite noun refers to: those of the last sentence before this one that reports any. */
function measureBefore(ctx: DocCtx, at: number, back: number, ok?: (r: WorkRelation) => boolean): WorkRelation[] {
  const last = lastMeasureSentence(ctx, at, ok, back);
  return last < 0 ? [] : ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === last && (!ok || ok(r)));
}

/** The subject aims the measure at each target once, never at itself. */
function aimAt(ctx: DocCtx, subject: string, measure: WorkRelation[], rule: string, at: number): void {
  const seen = new Set<string>();
  for (const r of measure) {
    if (seen.has(r.object) || r.object === subject) continue;
    seen.add(r.object);
    add(ctx, { subject, predicate: 'TARGETS', object: r.object, action: r.action, rule, sentence: at });
  }
}

export function measureAuthor(sc: SentenceCtx, ctx: DocCtx): void {
  // "The ban was issued by …", "Forbuddet blev udstedt af …"; "The order came from …", "Påbuddet kommer fra …".
  const from = [...measureVerbs(sc).map((m) => afterVerb(sc, m, sc.trig.passiveBy)?.end), ...sourceVerbs(sc).map((m) => m.end)];
  for (const k of from) {
    const agent = k === undefined ? undefined : agentAfter(sc, k);
    if (agent) aimAt(ctx, agent.entityId, measureBefore(ctx, sc.s.index, BACK), 'target.author', sc.s.index);
  }
}

/**
 * The author named after "by"/"af"/"from": the first state or body, past a possessor ("the Commerce Department's Bureau …").
 * "af den svenske telestyrelse PTS": the adjective qualifies the body named after it.
 */
function agentAfter(sc: SentenceCtx, from: number): Occ | undefined {
  let agent = sc.occs.find((o) => o.tokStart >= from && o.tokStart - from <= 4 && STATE.includes(o.type) && !(o.kind === 'adjective' && o.attributive));
  while (agent?.genitive) {
    const owner: Occ = agent;
    agent = sc.occs.find((o) => o.tokStart === owner.tokEnd && STATE.includes(o.type));
  }
  return agent;
}

/**
 * "The Ministry of Interior ordered the suspension last Wednesday", "Handelsministeriet har udstedt forbuddet": a state or
 * body as the subject of a verb of taking a measure whose object is a definite noun for it took the measure just reported,
 * when the sentence names no firm or product of its own.
 */
export function activeAuthor(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, trig } = sc;
  const toks = s.tokens;
  if (sc.occs.some((o) => o.type === 'Company' || o.type === 'Product')) return;
  // "The ministry ordered the suspension", "Det er Præsidiet, der står bag anbefalingen".
  for (const m of [...takingVerbs(sc), ...findPhrases(trig.measureBehind, toks)]) {
    // The object: a definite noun for a measure right after the verb ("the suspension", "forbuddet").
    const noun = m.end + (trig.determiners.has(toks[m.end]?.norm ?? '') ? 1 : 0);
    if (!measureNoun(sc, noun)) continue;
    // The subject: a state or body right before the verb, over an auxiliary or an adverb ("har", "also", "on Monday").
    // A cleft or a relative clause on the body: "Det er Folketingets Præsidium, der står bag", "the ministry, which ordered".
    const subject = sc.occs.filter((o) => o.tokEnd <= m.start && m.start - o.tokEnd <= 3 && STATE.includes(o.type) && canAct(sc, o)
      && relativeOrWords(toks.slice(o.tokEnd, m.start))).pop();
    if (!subject) continue;
    aimAt(ctx, subject.entityId, measureBefore(ctx, s.index, BACK), 'target.author', s.index);
  }
}

/** Only words between a subject and its verb, or a comma and a relative pronoun first (", der står bag", ", which ordered"). */
function relativeOrWords(between: Token[]): boolean {
  const words = between[0]?.text === ',' && RELATIVES.has(between[1]?.norm ?? '') ? between.slice(2) : between;
  return words.every((t) => t.word && (!t.cap || WEEKDAY.test(t.norm)));
}

/** How far back a law's measure may have been reported: the law is often named after the reasons for the measure. */
const BASIS_BACK = 5;
/** Rules that state a measure and its taker in the sentence; a law follows those, not the acts copied to states or bodies. */
const STATED = ['target.actor', 'target.carried', 'target.passive', 'target.author'];

/**
 * "Afgørelsen er truffet efter paragraf 69A i Indiens IT-lov", "The penalty was handed down under the Cybersecurity Law and
 * the Data Security Law", "The orders, issued under the Investment Canada Act, require …": the law a measure was taken
 * under is aimed at the firms and products the measure hits, those of this sentence or of the last one reporting it.
 */
export function measureBasis(sc: SentenceCtx, ctx: DocCtx): void {
  const at = sc.s.index;
  for (const m of measureVerbs(sc)) {
    const prep = afterVerb(sc, m, sc.trig.basisPrep);
    const law = prep && lawAfter(sc, prep.end);
    if (!law) continue;
    const laws = listFrom(sc, law, ['Policy']).filter((o) => o.kind !== 'coref');
    const own = ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === at && STATED.includes(r.rule));
    const measure = (own.length ? own : measureBefore(ctx, at, BASIS_BACK, (r) => STATED.includes(r.rule)))
      .filter((r) => ['Company', 'Product'].includes(ctx.entities.get(r.object)?.type ?? ''));
    for (const l of laws) aimAt(ctx, l.entityId, measure, 'target.basis', at);
  }
}

/**
 * The law named after the preposition, over a section and a description of it: "paragraf 69A i Indiens IT-lov",
 * "Section 35A of the Banking Regulation Act", "den nye lov om national sikkerhed, National Security and Investment Act".
 */
function lawAfter(sc: SentenceCtx, from: number): Occ | undefined {
  const toks = sc.s.tokens;
  const law = sc.occs.find((o) => o.tokStart >= from && o.tokStart - from <= 10 && o.type === 'Policy' && o.kind !== 'coref');
  if (!law) return undefined;
  // Only words between, a state qualifying the law ("Indiens", "the Chinese"), and a comma only before a name in apposition.
  const between = toks.slice(from, law.tokStart).every((t, i) => t.word || (t.text === ',' && from + i === law.tokStart - 1));
  const others = sc.occs.some((o) => o.tokStart >= from && o.tokEnd <= law.tokStart && o.type !== 'Government');
  return between && !others ? law : undefined;
}

/**
 * "The decision followed a recommendation from the Committee on Foreign Investment", "Forbuddet kom efter en anbefaling fra
 * Center for Cybersikkerhed": the body that recommended the measure takes part in it, so it aims it at the same targets,
 * those of this sentence or, when it names none, of the last sentence before it that does.
 */
export function recommender(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  // "on the recommendation of", "efter anbefaling fra", "på indstilling fra": the nouns are the trigger list recommendNouns.
  const at = sc.s.index;
  for (let k = 0; k < toks.length - 1; k++) {
    if (!sc.trig.recommendNouns.has(toks[k].norm) || !['of', 'from', 'by', 'fra', 'af'].includes(toks[k + 1].norm)) continue;
    // The body right after the preposition, over an article ("from the Committee …"), past a possessor.
    let body = sc.occs.find((o) => o.tokStart >= k + 2 && o.tokStart - (k + 2) <= 1 && STATE.includes(o.type) && o.kind !== 'adjective');
    while (body?.genitive) {
      const owner: typeof body = body;
      body = sc.occs.find((o) => o.tokStart === owner.tokEnd && STATE.includes(o.type));
    }
    if (!body) continue;
    const own = ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === at && r.subject !== body!.entityId);
    aimAt(ctx, body.entityId, own.length ? own : measureBefore(ctx, at, BACK), 'target.recommend', at);
    return;
  }
}

/** How far after a verb of recommending the clause stating the measure may open: "recommended on Wednesday that". */
const CLAUSE_WITHIN = 12;

/**
 * "Executive branch agencies, led by the Justice Department, had recommended that the commission act against …",
 * "Justitsministeriet anbefalede, at de to apps ikke installeres": the body recommending a measure takes part in it, so
 * it aims it at the targets this sentence names or, when it names none, those of the last sentence before it that does.
 */
export function recommendedBy(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  const at = sc.s.index;
  for (let k = 0; k < toks.length; k++) {
    if (!sc.trig.recommendVerbs.has(toks[k].norm)) continue;
    const clause = toks.findIndex((t, j) => j > k && j - k <= CLAUSE_WITHIN && THAT.has(t.norm));
    if (clause < 0) continue;
    const body = subjectBefore(sc, k, STATE) ?? subjectBetween(sc, k + 1, clause);
    if (!body) continue;
    const own = ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === at && r.subject !== body.entityId);
    aimAt(ctx, body.entityId, own.length ? own : measureBefore(ctx, at, BACK), 'target.recommend', at);
    return;
  }
}

/** Danish puts the subject after the verb when an adverbial opens the sentence: "I april anbefalede ministeriet, at …". */
function subjectBetween(sc: SentenceCtx, from: number, to: number): Occ | undefined {
  if (sc.s.language !== 'da') return undefined;
  return sc.occs.find((o) => o.tokStart >= from && o.tokEnd <= to && STATE.includes(o.type) && canAct(sc, o));
}

/** How many words may stand between a body and the noun of its inquiry: "is conducting an in-depth", "had begun its own full". */
const PROBE_VERB_WORDS = 8;
/** How far back the measure looked into may have been reported: other bodies' inquiries come late in a story. */
const PROBE_BACK = 8;
/** Prepositions naming what an inquiry looks into. */
const INTO = new Set(['of', 'into', 'af', 'om', 'mod', 'against']);

/**
 * "Britain's Competition and Markets Authority opened an in-depth investigation, and the European Commission had begun its
 * own probe", "EU-Kommissionen har indledt sin egen undersøgelse": a body opening an inquiry that names nothing it looks into
 * looks into the measure just reported, so it aims at that measure's firms and products too.
 */
export function parallelProbe(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  if (sc.occs.some((o) => o.type === 'Company' || o.type === 'Product')) return;
  const at = sc.s.index;
  const firms = (r: WorkRelation) => r.rule !== 'target.state' && ['Company', 'Product'].includes(ctx.entities.get(r.object)?.type ?? '');
  const measure = measureBefore(ctx, at, PROBE_BACK, firms);
  if (!measure.length) return;
  for (let k = 0; k < toks.length; k++) {
    // "a review of its rules", "en undersøgelse af markedet": an inquiry into a thing it names is no part in the measure.
    if (!sc.trig.probeNouns.has(toks[k].norm) || INTO.has(toks[k + 1]?.norm ?? '')) continue;
    const body = sc.occs.filter((o) => o.tokEnd <= k && k - o.tokEnd <= PROBE_VERB_WORDS && STATE.includes(o.type) && canAct(sc, o)
      && toks.slice(o.tokEnd, k).every((t) => (t.word && !t.cap) || t.text === '-')).pop();
    if (body) aimAt(ctx, body.entityId, measure, 'target.similar', at);
  }
}

/**
 * "Forsvarsministeriet har indført nye regler. TikTok bliver forbudt på alle arbejdstelefoner", "The ministry announced new
 * rules on Monday. TikTok is banned from work phones": a measure stated in the passive with no taker, right after a sentence
 * whose subject, a state or body, took or announced a measure it named no target of, is that body's.
 */
export function authorBefore(sc: SentenceCtx, ctx: DocCtx): void {
  const at = sc.s.index;
  const prev = ctx.sentences.find((x) => x.s.index === at - 1);
  if (!prev || ctx.relations.some((r) => r.predicate === 'TARGETS' && (r.sentence === at || r.sentence === at - 1))) return;
  const author = openingTaker(prev);
  if (!author) return;
  const toks = sc.s.tokens;
  for (const { action, phrases } of sc.trig.target) {
    for (const m of findPhrases(phrases, toks)) {
      // "TikTok bliver forbudt", "Huawei and ZTE are banned": the passive's subject, a firm or product right before the cue.
      const cue = findPhrases(sc.trig.passiveCue, toks, Math.max(0, m.start - 3), m.start).find((c) => toks.slice(c.end, m.start).every((t) => t.word && !t.cap));
      const target = cue && sc.occs.filter((o) => o.tokEnd === cue.start && ['Company', 'Product'].includes(o.type) && !o.genitive).pop();
      if (!target) continue;
      for (const o of listBack(sc, target, ['Company', 'Product'])) add(ctx, { subject: author.entityId, predicate: 'TARGETS', object: o.entityId, action, rule: 'target.author', sentence: at });
      return;
    }
  }
}

/** The state or body opening the sentence as the subject of a verb of taking or announcing a measure ("Ministeriet har indført", "Denmark announced"). */
function openingTaker(sc: SentenceCtx): Occ | undefined {
  const subject = sc.occs.find((o) => o.tokStart <= 1 && STATE.includes(o.type) && canAct(sc, o) && o.kind !== 'adjective');
  if (!subject) return undefined;
  return takingVerbs(sc).some((m) => m.start >= subject.tokEnd && m.start - subject.tokEnd <= 3) ? subject : undefined;
}

// TARGETS across sentences: a measure reported in one sentence and its author named in the
// next, "The Biden administration barred Kaspersky … The ban was issued by the Bureau of
// Industry and Security", "Forbuddet blev udstedt af Erhvervsstyrelsen". The definite noun
// ("the ban", "forbuddet") refers back to the measure; its author aims it at the same targets.
import type { EntityType } from '../../../core/ontology';
import { add, lastMeasureSentence, type DocCtx, type SentenceCtx } from './context';
import { findPhrases } from '../phrases';

const STATE: EntityType[] = ['Government', 'Agency'];
/** Names of days and months, capitalised in English inside a time adverbial ("late on Monday"). */
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** How far back the measure may have been reported. */
const BACK = 2;

export function measureAuthor(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, trig } = sc;
  const toks = s.tokens;
  // Participles of taking a measure besides those of announcing ("The ban was set by", "Afgørelsen blev truffet af") are authorVerbs.
  const verbs = [...findPhrases(trig.announce, toks), ...toks.flatMap((t, k) => (trig.authorVerbs.has(t.norm) ? [{ start: k, end: k + 1 }] : []))];
  for (const m of verbs) {
    // "issued late on Monday by", "udstedt i går af": a time adverbial may stand between the verb and "by".
    const by = findPhrases(trig.passiveBy, toks, m.end, Math.min(toks.length, m.end + 5)).find((b) => toks.slice(m.end, b.start).every((t) => t.word && (!t.cap || WEEKDAY.test(t.norm))));
    if (!by) continue;
    // The author: the first state or body after "by"/"af", past a possessor ("the Commerce Department's Bureau …").
    // "af den svenske telestyrelse PTS": the adjective qualifies the body named after it.
    let agent = sc.occs.find((o) => o.tokStart >= by.end && o.tokStart - by.end <= 4 && STATE.includes(o.type) && !(o.kind === 'adjective' && o.attributive));
    while (agent?.genitive) {
      const owner: typeof agent = agent;
      agent = sc.occs.find((o) => o.tokStart === owner.tokEnd && STATE.includes(o.type));
    }
    if (!agent) continue;
    // The subject: a noun for a measure, definite, at most a few words before the verb, and no name between.
    let noun = -1;
    for (let k = m.start - 1; k >= Math.max(0, m.start - 5); k--) {
      if (sc.occs.some((o) => o.tokStart <= k && o.tokEnd > k)) break;
      if (trig.actionNouns.has(toks[k].norm)) {
        noun = k;
        break;
      }
    }
    if (noun < 0) continue;
    const definite = trig.determiners.has(toks[noun - 1]?.norm ?? '') || (s.language === 'da' && /(et|en|ne)$/.test(toks[noun].norm));
    // "The ban was issued by …", or a participle between commas: "The order, issued by the ministry, …".
    const participle = toks[noun + 1]?.text === ',' && m.start === noun + 2;
    if (!definite || (!participle && !findPhrases(trig.passiveCue, toks, noun + 1, m.start).length)) continue;
    // The measure: the targets of the last sentence before this one that reports any.
    const last = lastMeasureSentence(ctx, s.index, undefined, BACK);
    if (last < 0) continue;
    const seen = new Set<string>();
    for (const r of ctx.relations.filter((x) => x.predicate === 'TARGETS' && x.sentence === last)) {
      if (seen.has(r.object) || r.object === agent.entityId) continue;
      seen.add(r.object);
      add(ctx, { subject: agent.entityId, predicate: 'TARGETS', object: r.object, action: r.action, rule: 'target.author', sentence: s.index });
    }
  }
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
    const last = own.length ? -1 : lastMeasureSentence(ctx, at, undefined, BACK);
    const measure = own.length ? own : ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === last);
    const seen = new Set<string>();
    for (const r of measure) {
      if (seen.has(r.object) || r.object === body.entityId) continue;
      seen.add(r.object);
      add(ctx, { subject: body.entityId, predicate: 'TARGETS', object: r.object, action: r.action, rule: 'target.recommend', sentence: at });
    }
    return;
  }
}

// SUPPORTS (join, endorse) and OPPOSES. Verbs of opposition ("criticised", "beskylder",
// "afviser X") take the actor before them and the entity after. Reported speech that
// accuses ("threat", "trusler", "surveillance", "ingen ret") makes the speaker oppose
// the states, bodies, companies and policies it names, other than the speaker's own.
import type { EntityType } from '../../../core/ontology';
import {
  add, after, before, canAct, clauseEnd, listFrom, ACTORS,
  type DocCtx, type Occ, type SentenceCtx,
} from './context';
import { findPhrases } from '../phrases';

const SUPPORTED: EntityType[] = ['Policy', 'Government', 'Company'];
const OPPOSED: EntityType[] = ['Policy', 'Government', 'Agency', 'Company'];

export function supports(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, trig } = sc;
  for (const [set, action] of [[trig.join, 'join'], [trig.endorse, 'endorse']] as const) {
    for (const m of findPhrases(set, s.tokens)) {
      const subject = before(sc, m.start, ACTORS, 6).find((o) => canAct(sc, o));
      const end = clauseEnd(sc, m.end);
      const object = after(sc, m.end, SUPPORTED, 6).find((o) => o.tokStart < end && !o.attributive && o.entityId !== subject?.entityId);
      if (subject && object) add(ctx, { subject: subject.entityId, predicate: 'SUPPORTS', object: object.entityId, action, rule: `support.${action}`, sentence: s.index });
    }
  }
}

/** Who is speaking in each sentence: "X siger", "said X", "ifølge X", or the quote's speaker. */
export function speakers(sentences: SentenceCtx[]): Map<number, Occ> {
  const out = new Map<number, Occ>();
  for (const sc of sentences) {
    const { s, occs, trig } = sc;
    for (const m of findPhrases(trig.speech, s.tokens)) {
      const near = [
        ...occs.filter((o) => o.tokStart >= m.end && o.tokStart - m.end <= 2),
        ...occs.filter((o) => o.tokEnd <= m.start && m.start - o.tokEnd <= 10 && o.type === 'Person'),
        ...occs.filter((o) => o.tokEnd <= m.start && m.start - o.tokEnd <= 1),
      ].filter((o) => ACTORS.includes(o.type) && !o.attributive);
      const person = near.find((o) => o.type === 'Person');
      const who = person ?? near.find((o) => o.type !== 'Organization');
      if (who) {
        out.set(s.index, who);
        break;
      }
    }
  }
  // A quote that runs over several sentences is spoken by whoever the paragraph names.
  for (let i = sentences.length - 1; i >= 0; i--) {
    const { s } = sentences[i];
    if (out.has(s.index)) continue;
    const next = sentences[i + 1];
    if (next && next.s.paragraph === s.paragraph && out.has(next.s.index) && /["“”«»]/.test(s.text + next.s.text)) {
      out.set(s.index, out.get(next.s.index)!);
    }
  }
  return out;
}

export function opposes(sc: SentenceCtx, ctx: DocCtx, speaker: Occ | undefined, own: Set<string>): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  // Verbs of opposition.
  const verbs = [...findPhrases(trig.oppose, toks).map((m) => ({ m, near: false })), ...findPhrases(trig.opposeNear, toks).map((m) => ({ m, near: true }))];
  for (const { m, near } of verbs) {
    const subject = before(sc, m.start, ACTORS, 8).find((o) => canAct(sc, o)) ?? speaker;
    if (!subject) continue;
    const end = clauseEnd(sc, m.end);
    const first = after(sc, m.end, OPPOSED, near ? 2 : 8).find((o) => o.tokStart < end && o.entityId !== subject.entityId && !o.attributive);
    if (!first) continue;
    if (near && ['at', 'that', 'to'].includes(toks[m.end]?.norm ?? '')) continue;
    for (const o of listFrom(sc, first, OPPOSED)) {
      add(ctx, { subject: subject.entityId, predicate: 'OPPOSES', object: o.entityId, rule: near ? 'oppose.deny' : 'oppose.verb', sentence: s.index });
    }
  }
  // Accusing speech.
  if (!speaker || findPhrases(trig.accuseCues, toks).length === 0) return;
  const mine = new Set<string>([speaker.entityId, ...(own ?? [])]);
  for (const o of occs) {
    if (!OPPOSED.includes(o.type) || o.attributive || mine.has(o.entityId) || o.kind === 'coref') continue;
    add(ctx, { subject: speaker.entityId, predicate: 'OPPOSES', object: o.entityId, rule: 'oppose.accuse', sentence: s.index });
  }
}

// Document level: the agency that carries out its state's measure. "South Korea fined Google … The Korea Fair Trade
// Commission said the company had …": the state's measure is the commission's too, though no sentence says so in one
// clause. The gold of every annotated set gives such an agency the state's TARGETS.
import type { WorkRelation } from '../model';
import { afterPlacePrep, type DocCtx, type Occ } from './context';

/** Bodies that legislate, advise or watch rather than carry out a measure against a firm. */
const NOT_EXECUTIVE = /\b(congress|parliament|parlament(?:et)?|assembly|senate|house of|folketing(?:et)?|storting(?:et)?|riksdag(?:en)?|bundestag|landsting|inatsisartut|diet|security service|sikkerhetstjeneste|sikkerhedstjeneste|cyber security|cybersikkerhed|intelligence|efterretningstjeneste)/i;

/**
 * An agency of a state that targets a firm or product gets the same TARGETS when the text ties it to that measure:
 * it shares a sentence with the target ("CAC meddelte, at selskabets produkter …"), or it speaks in the text and is
 * given no measure of its own. Legislatures and advisory or security services are left out: they pass laws or
 * warn, and the annotators do not count them among a measure's actors.
 */
export function actingAgency(ctx: DocCtx, spoken: ReadonlyMap<number, Occ>): void {
  const measures = ctx.relations.filter((r) => r.predicate === 'TARGETS');
  const has = new Set(measures.map((r) => `${r.subject}|${r.object}`));
  const withOwn = new Set(measures.map((r) => r.subject));
  const speaking = new Set([...spoken.values()].map((o) => o.entityId));
  const sentencesOf = new Map<string, Set<number>>();
  for (const sc of ctx.sentences) {
    for (const o of sc.occs) {
      // "appeared with Trump at the White House": a body named as a place takes no part in what the sentence reports.
      if (o.type === 'Agency' && afterPlacePrep(sc, o)) continue;
      if (!sentencesOf.has(o.entityId)) sentencesOf.set(o.entityId, new Set());
      sentencesOf.get(o.entityId)!.add(sc.s.index);
    }
  }
  const shared = (a: string, b: string): number | undefined => {
    const sb = sentencesOf.get(b);
    return sb ? [...(sentencesOf.get(a) ?? [])].find((i) => sb.has(i)) : undefined;
  };
  const reportsAt = reporters(ctx);
  const stateOf = statesOfAgencies(ctx);
  const agencies = [...ctx.entities.values()].filter((a) => a.type === 'Agency' && stateOf.has(a.id) && !NOT_EXECUTIVE.test(a.name));
  const added: WorkRelation[] = [];
  for (const r of measures) {
    // A state's measure the text states, not one copied up from its agency.
    if (r.rule === 'target.state' || ctx.entities.get(r.subject)?.type !== 'Government') continue;
    if (!['Company', 'Product'].includes(ctx.entities.get(r.object)?.type ?? '')) continue;
    for (const a of agencies) {
      if (stateOf.get(a.id) !== r.subject || has.has(`${a.id}|${r.object}`)) continue;
      // Reporting a passive is no part in it ("Roskomnadzor said Twitter was blocked in Russia by a court").
      if (r.rule === 'target.passive' && spoken.get(r.sentence)?.entityId === a.id) continue;
      const together = shared(a.id, r.object);
      const report = together === undefined ? [1, 2].map((d) => r.sentence + d).find((i) => reportsAt.get(i) === a.id) : undefined;
      if (together === undefined && report === undefined && !(speaking.has(a.id) && !withOwn.has(a.id))) continue;
      has.add(`${a.id}|${r.object}`);
      added.push({ subject: a.id, predicate: 'TARGETS', object: r.object, action: r.action, rule: report !== undefined && !speaking.has(a.id) ? 'target.agencyrep' : 'target.agency', sentence: together ?? report ?? r.sentence });
    }
  }
  ctx.relations.push(...added);
}

/**
 * Each agency's state: the one on the entity (gazetteer, name, qualifier), else the state of the story's dateline
 * ("Taipei, mandag … Ministeriet for Digitale Anliggender"), which is stated as PART_OF but left off the entity.
 */
function statesOfAgencies(ctx: DocCtx): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of ctx.entities.values()) if (a.type === 'Agency' && a.partOf) out.set(a.id, a.partOf);
  for (const r of ctx.relations) {
    if (r.predicate === 'PART_OF' && !out.has(r.subject) && ctx.entities.get(r.subject)?.type === 'Agency' && ctx.entities.get(r.object)?.type === 'Government') out.set(r.subject, r.object);
  }
  return out;
}

/**
 * The body reporting, by sentence, in a sentence that opens with "Det"/"This" and a verb of reporting (the trigger list
 * reportVerbs): "Det oplyser X", "Det meddelte X mandag", "Det har X meddelt", "That was announced by X" only say who reported what came before.
 */
function reporters(ctx: DocCtx): Map<number, string> {
  const out = new Map<number, string>();
  for (const sc of ctx.sentences) {
    const toks = sc.s.tokens;
    if (!['det', 'dette', 'this', 'that'].includes(toks[0]?.norm ?? '')) continue;
    const body = sc.occs.find((o) => o.type === 'Agency' && !o.genitive && o.kind !== 'coref');
    if (!body) continue;
    // "Det oplyser X", "Det blev oplyst af X", "That was announced by X"; "Det har X meddelt": the participle right after the body.
    const perfect = ['har', 'havde'].includes(toks[1]?.norm ?? '') && body.tokStart === 2;
    const verb = perfect ? body.tokEnd : ['was', 'were', 'blev', 'er'].includes(toks[1]?.norm ?? '') ? 2 : 1;
    if (sc.trig.reportVerbs.has(toks[verb]?.norm ?? '')) out.set(sc.s.index, body.entityId);
  }
  return out;
}

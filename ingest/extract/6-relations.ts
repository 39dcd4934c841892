// Stage 6: relations. Runs the rule families of ./relations over the sentences in an
// order where later rules can use earlier results (tracks before targets, roles before
// speech), then keeps only relations the ontology allows between the two types.
import { isValidRelationship } from '../../core/ontology';
import type { Lexicon } from '../lexicon';
import type { ResolvedMention, Sentence, WorkEntity, WorkRelation } from './model';
import { homeState, type DocCtx } from './relations/context';
import { buildOccurrences } from './relations/occurrences';
import { agencyStates, gazetteerFacts, knownOffices, gazetteerParents, headedLines, listedTracks, topicTrack, trackTopicsOf } from './relations/structure';
import { belowState, dropHomeRoles, founders, headedBy, holdsRole, leadsBody, leadsGovernment, rolesOf } from './relations/roles';
import { describedOrigin, nationality } from './relations/nationality';
import { announced, announcedByOffice, announcedTracks, ownProgramme } from './relations/announce';
import { basisLaw, breaches, coveredTargets, followsSuit, obligationAuthor, similarMeasure, targets, withheldApproval } from './relations/targets';
import { activeAuthor, authorBefore, measureAuthor, measureBasis, parallelProbe, recommendedBy, recommender } from './relations/measureAuthor';
import { actingAgency } from './relations/actingAgency';
import { acquires, saleTo, customers, namedAfterOwner, ownerNouns, owns, pronounOwns, supplies } from './relations/trade';
import { opposes, speakers, speaksFor, supports } from './relations/stance';
import { spreadPlurals } from './relations/pluralRefs';
import { checkAgainstWorld } from './relations/worldChecks';
import { lawDuties } from './relations/lawDuties';

export interface RelationOptions {
  /** Also give TARGETS to the state or agency acting in the sentence, not only the measure. */
  targetActors?: boolean;
  /** An official's announcement is also their state's. */
  announceByOffice?: boolean;
}

export function findRelations(
  sentences: Sentence[], mentions: ResolvedMention[], entityList: WorkEntity[], lexicon: Lexicon, opts: RelationOptions = {},
): WorkRelation[] {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const parentOf = gazetteerParents(entities);
  const heads = headedLines(sentences, mentions, entities);
  const ctx: DocCtx = { lexicon, sentences: [], entities, parentOf, relations: [] };
  ctx.sentences = buildOccurrences(sentences, mentions, entities, lexicon, parentOf);
  listedTracks(ctx.sentences, heads, parentOf, ctx);
  // Coreference depends on which policies are tracks: rebuild now that lists are known.
  ctx.sentences = buildOccurrences(sentences, mentions, entities, lexicon, parentOf);
  ctx.home = homeState(ctx.sentences, entities, lexicon);
  gazetteerFacts(ctx, lexicon);
  agencyStates(ctx);
  const hasPart = new Set(ctx.relations.filter((r) => r.predicate === 'PART_OF').map((r) => r.subject));
  for (const [track, programme] of parentOf) {
    if (!hasPart.has(track)) {
      ctx.relations.push({ subject: track, predicate: 'PART_OF', object: programme, rule: 'gazetteer.part_of', sentence: entities.get(track)?.mentions[0]?.sentence ?? 0 });
    }
  }
  for (const sc of ctx.sentences) {
    holdsRole(sc, ctx);
    leadsGovernment(sc, ctx);
    founders(sc, ctx);
    headedBy(sc, ctx);
    leadsBody(sc, ctx);
    nationality(sc, ctx);
    describedOrigin(sc, ctx);
    announced(sc, ctx);
    ownProgramme(sc, ctx);
    acquires(sc, ctx);
    saleTo(sc, ctx);
    supplies(sc, ctx);
    owns(sc, ctx);
    ownerNouns(sc, ctx);
    pronounOwns(sc, ctx);
    customers(sc, ctx);
  }
  namedAfterOwner(ctx);
  dropHomeRoles(ctx);
  knownOffices(ctx);
  announcedTracks(ctx, parentOf);
  if (opts.announceByOffice ?? true) announcedByOffice(ctx);
  // The programme in focus at each sentence: the last one named within a few sentences.
  const focus = new Map<number, string>();
  let last: { id: string; at: number } | undefined;
  for (const sc of ctx.sentences) {
    const p = sc.occs.filter((o) => o.type === 'Policy' && !parentOf.has(o.entityId)).pop();
    if (p) last = { id: p.entityId, at: sc.s.index };
    if (last && sc.s.index - last.at <= 3) focus.set(sc.s.index, last.id);
  }
  const trackTopics = trackTopicsOf(ctx, parentOf);
  for (const sc of ctx.sentences) {
    targets(sc, ctx, {
      heads, focus, parentOf, withActors: opts.targetActors ?? true,
      topic: (x) => topicTrack(x, ctx, trackTopics),
    });
    measureAuthor(sc, ctx);
    coveredTargets(sc, ctx);
    followsSuit(sc, ctx);
    obligationAuthor(sc, ctx);
    lawDuties(sc, ctx);
    similarMeasure(sc, ctx);
    breaches(sc, ctx);
    basisLaw(sc, ctx);
    withheldApproval(sc, ctx);
    recommender(sc, ctx);
    recommendedBy(sc, ctx);
    parallelProbe(sc, ctx);
    authorBefore(sc, ctx);
    measureBasis(sc, ctx);
    activeAuthor(sc, ctx);
  }
  // A body does not take a measure against its own state, nor a state against its own body ("the panel that
  // reviews purchases of American companies" is no CFIUS measure against the United States).
  const ownState = (a: string, b: string) => entities.get(a)?.partOf === b || entities.get(b)?.partOf === a;
  ctx.relations = ctx.relations.filter((r) => r.predicate !== 'TARGETS' || !ownState(r.subject, r.object));
  // Support can name an act ("welcomed the move"): after the measures are known.
  for (const sc of ctx.sentences) supports(sc, ctx);
  const roles = rolesOf(ctx);
  const spoken = speakers(ctx.sentences);
  // A stance has a speaker in a statement reported ("Selskabet oplyser, at …") too.
  const voiced = speakers(ctx.sentences, true);
  // With no named speaker anywhere, a text that reports an announcement speaks for the announcer.
  const announcer = voiced.size === 0 ? ctx.relations.find((r) => r.predicate === 'ANNOUNCED' && r.rule !== 'announce.tracks') : undefined;
  for (const sc of ctx.sentences) {
    let speaker = voiced.get(sc.s.index);
    if (!speaker && announcer) {
      const e = entities.get(announcer.subject)!;
      speaker = { entityId: e.id, type: e.type, tokStart: -1, tokEnd: -1, kind: 'coref', genitive: false, attributive: false };
    }
    const own = new Set<string>(roles.get(speaker?.entityId ?? '') ?? []);
    // Nor does one oppose what one announced.
    for (const r of ctx.relations) if (r.predicate === 'ANNOUNCED' && r.subject === speaker?.entityId) own.add(r.object);
    const se = speaker ? entities.get(speaker.entityId) : undefined;
    if (se?.partOf) own.add(se.partOf);
    for (const o of [...own]) {
      const oe = entities.get(o);
      if (oe?.partOf) own.add(oe.partOf);
    }
    opposes(sc, ctx, speaker, own);
  }
  speaksFor(ctx, roles);
  // After stance: an act's author, for those who oppose it, stays the one the sentences name.
  actingAgency(ctx, spoken);
  // What a plural reference ("the two companies") was found to do or undergo, each of its firms does or undergoes.
  ctx.relations.push(...spreadPlurals(ctx.sentences, ctx.relations));
  // The gazetteer's nationality and owner of what the text targets or accuses.
  const actions = ctx.relations.filter((r) => r.predicate === 'TARGETS' || r.predicate === 'OPPOSES');
  const acted = new Set(actions.map((r) => r.object));
  // Acted on by a state or body other than its own (the gazetteer's nationality of the object).
  const ownStateActs = (r: WorkRelation) => {
    const home = entities.get(r.object)?.basedIn;
    return !!home && (r.subject === home || entities.get(r.subject)?.partOf === home);
  };
  const byState = (r: WorkRelation) => ['Government', 'Agency', 'Policy'].includes(entities.get(r.subject)?.type ?? '') && !belowState(ctx, r.subject);
  const fromAbroad = new Set(actions.filter((r) => !ownStateActs(r) && byState(r)).map((r) => r.object));
  const before = ctx.relations.length;
  gazetteerFacts(ctx, lexicon, acted, fromAbroad);
  ctx.relations.splice(before, ctx.relations.length - before, ...ctx.relations.slice(before).filter((r) => r.predicate !== 'PART_OF'));
  ctx.relations = checkAgainstWorld(ctx, ctx.relations);
  // Keep what the ontology allows; one relation per subject, predicate and object.
  const seen = new Set<string>();
  const out: WorkRelation[] = [];
  // A firm does not buy its own owner ("Nexperia, a subsidiary of Wingtech, took over the plant": not Wingtech).
  const owned = new Set(ctx.relations.filter((r) => r.predicate === 'OWNS').map((r) => `${r.object}|${r.subject}`));
  for (const r of ctx.relations) {
    if (r.predicate === 'ACQUIRES' && owned.has(`${r.subject}|${r.object}`)) continue;
    const s = entities.get(r.subject), o = entities.get(r.object);
    if (!s || !o || s.id === o.id) continue;
    if (!isValidRelationship(r.predicate, s.type, o.type)) continue;
    const key = `${r.subject}|${r.predicate}|${r.object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

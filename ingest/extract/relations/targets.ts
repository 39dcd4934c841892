// TARGETS: a restricting measure and what it is aimed at. The trigger gives the action
// (the first action listed in the lexicon wins when several fit). The subject is the
// measure in focus: the track heading the line, a policy named in the sentence (narrowed
// to a track by topic words), or the programme of the last few sentences; the state or
// agency acting in the sentence gets the relation too. Objects follow the trigger (or sit
// inside it: "annullere China Telecom … licenser"); a passive trigger ("faced a ban in the
// US", "blev forbudt") looks left for its object and right for the actor.
import type { EntityType } from '../../../core/ontology';
import {
  add, adjectiveList, after, hyphenQualifier, afterPlacePrep, before, canAct, clauseEnd, danishDefinite, coordinatedSubject, insideName, lastMeasureSentence, listBack, listFrom, invertedSubject, namesPart, negationAt, PART_NOUNS, possessed, previousSentence, relativeAntecedent, standsForState, subjectBefore, TARGETABLE, THAT,
  type DocCtx, type Occ, type SentenceCtx,
} from './context';
import { findPhrases, type PhraseMatch } from '../phrases';
import type { Token } from '../tokens';
import type { WorkRelation } from '../model';

const STATE: EntityType[] = ['Government', 'Agency'];

export interface TargetSubjects {
  /** Policy heading the line, by sentence. */
  heads: Map<number, string>;
  /** Track by topic words, by sentence. */
  topic: (sc: SentenceCtx) => string | undefined;
  /** The programme mentioned most recently, by sentence. */
  focus: Map<number, string>;
  parentOf: Map<string, string>;
  withActors: boolean;
}

function objectsOf(sc: SentenceCtx, m: PhraseMatch, exclude: Set<string>): Occ[] {
  const end = Math.min(clauseEnd(sc, m.end), relativeEnd(sc, m.start), reasonStart(sc, m.end));
  // A possessor is the target only right after the trigger ("reducing China's presence"),
  // not further on ("from theft for the CCP's benefit").
  // A preposition that ends the trigger ("sige nej til", "restrictions on") governs the object, not a place.
  const ownPrep = (o: Occ) => o.tokStart - m.end <= 1 && m.end > m.start + 1 && sc.trig.placePrep.byFirst.has(sc.s.tokens[m.end - 1].norm);
  // "restriktioner på salg af chips til Kina", "export controls on tools to China": where the goods may not go is aimed at.
  // "halted exports to Huawei", "forbud mod salg til Huawei": a firm the goods may not reach is aimed at too.
  const destination = (o: Occ) => (o.type === 'Government' || o.kind !== 'adjective') && ['til', 'to'].includes(sc.s.tokens[o.tokStart - 1]?.norm ?? '')
    && findPhrases(sc.trig.exportNouns, sc.s.tokens, m.start, o.tokStart).length > 0;
  // "The ban was issued by the Bureau of …", "forbuddet blev udstedt af …": the author, not the target.
  const author = (o: Occ) => findPhrases(sc.trig.passiveBy, sc.s.tokens, Math.max(0, o.tokStart - 4), o.tokStart).length > 0
    && findPhrases(sc.trig.announce, sc.s.tokens, Math.max(m.end, o.tokStart - 5), o.tokStart).length > 0;
  // "forbud mod chips fra Micron", "a ban on equipment from Huawei": the maker of the goods is aimed at.
  // "equipment from the company": a description after "the" as well.
  const maker = (o: Occ) => { const p = o.tokStart - (o.kind === 'coref' && sc.s.tokens[o.tokStart - 1]?.norm === 'the' ? 2 : 1);
    return o.type === 'Company' && o.kind !== 'adjective' && ['fra', 'from'].includes(sc.s.tokens[p]?.norm ?? '')
    && !!sc.s.tokens[p - 1]?.word && !sc.s.tokens[p - 1].cap; };
  // "beordrede selskabet til at stoppe", "fjerne appen": a definite noun right after the trigger stands for the firm or app named before.
  // "fjerne appen": a phrase may end in the noun itself.
  const corefOk = (o: Occ) => o.kind !== 'coref' || ((o.type === 'Company' || o.type === 'Product')
    && (m.slot === 'inside' ? o.tokStart > m.start && o.tokEnd <= m.end : (o.tokStart >= m.end && o.tokStart - m.end <= 1) || (o.tokEnd === m.end && o.tokStart > m.start) || describedAfter(sc, m.end, o) || goodsFromFirm(sc, m.end, o) || describedPlain(sc, m.end, o) || accessObject(sc, m, o)));
  // A new coordinated clause (", og Canada har …", ", and the ministry said") ends the search for the object,
  // and so does a reporting tag (", siger Ericsson", ", according to Reuters"): its name is the speaker.
  let coordEnd = sc.s.tokens.length;
  for (let k = m.end; k < sc.s.tokens.length - 1; k++) {
    if (sc.s.tokens[k].text !== ',') continue;
    if (COORD.has(sc.s.tokens[k + 1].norm) || ADJUNCT_PARTICIPLES.has(sc.s.tokens[k + 1].norm)
      || findPhrases(sc.trig.speech, sc.s.tokens, k + 1, k + 4).some((x) => x.start === k + 1)) { coordEnd = k; break; }
  }
  // "extortion that the United States would not tolerate", "forbuddet, som Sverige indførte": the subject of a relative clause.
  const relSubject = (o: Occ) => { const toks = sc.s.tokens; let k = o.tokStart - 1; if (['the', 'den', 'det'].includes(toks[k]?.norm ?? '')) k--; return k >= m.end && RELATIVE.has(toks[k]?.norm ?? ''); };
  // "for misleading Android users", "TikTok-brugere": the people a product's name qualifies are aimed at, not the product.
  const ofUsers = (o: Occ) => o.type === 'Product' && sc.trig.userNouns.has(sc.s.tokens[o.tokEnd + (sc.s.tokens[o.tokEnd]?.text === '-' ? 1 : 0)]?.norm ?? '');
  const ok = (o: Occ) => !exclude.has(o.entityId) && !hyphenQualifier(sc, o) && !ofUsers(o) && !namesPart(sc, o) && corefOk(o) && !author(o) && !relSubject(o) && o.tokStart < coordEnd && (!afterPlacePrep(sc, o) || ownPrep(o) || destination(o) || maker(o) || accessObject(sc, m, o)) && o.tokStart < end
    && (!o.genitive || o.tokStart - m.end <= 1 || !!possessed(sc, o, TARGETABLE) || (o.tokStart > m.start && o.tokEnd <= m.end) || dealOwner(sc, o));
  const expand = (o: Occ): Occ[] => {
    // "Singapore-based chipmaker Broadcom": a place qualifying a firm through a hyphen is not aimed at.
    if (sc.s.tokens[o.tokEnd]?.text === '-' && sc.trig.basedSuffix.has(sc.s.tokens[o.tokEnd + 1]?.norm ?? '')) return [];
    // "den kinesiske telegigant", "the Chinese company": the firm the description refers back to.
    // "the Chinese telecoms giant": over a lower-case word or two of the compound.
    const described = o.kind === 'adjective' ? sc.occs.find((x) => x.kind === 'coref' && (x.type === 'Company' || x.type === 'Product') && x.tokStart >= o.tokEnd && x.tokStart - o.tokEnd <= 2
      && sc.s.tokens.slice(o.tokEnd, x.tokStart).every((t) => t.word && !t.cap)) : undefined;
    if (described) return exclude.has(described.entityId) ? [] : [described];
    if (o.kind === 'adjective') {
      const members = adjectiveList(sc, o, ['Company', 'Product', 'Organization']);
      if (members.length) return members;
      // "31 Chinese entities …, among them YMTC", "kinesiske selskaber, blandt dem Huawei": the members named after.
      const among = amongThem(sc, o.tokEnd);
      if (among.length) return among.filter((x) => !exclude.has(x.entityId));
      // "det amerikanske ansigtsgenkendelsesfirma Clearview AI", "the US software maker X": the name the description heads.
      const headed = describedName(sc, o);
      if (headed) return exclude.has(headed.entityId) ? [] : listFrom(sc, headed, TARGETABLE).filter((x) => !exclude.has(x.entityId));
      // "de to kinesiske selskaber", "the two Chinese firms": firms named before, not their state.
      if (definiteBefore(sc, o.tokStart) && qualifiesKind(sc, o)) return [];
      // "barred a Chinese investment fund from buying", "et kinesisk selskab": one firm left unnamed, not its state.
      if (sc.trig.indefinites.has(sc.s.tokens[o.tokStart - 1]?.norm ?? '')) return [];
      // "ordered three Chinese companies to divest", "sanktionerede 12 kinesiske selskaber": firms counted, not named, nor their state.
      if (counted(sc, o.tokStart) && qualifiesKind(sc, o)) return [];
      // "blocks Chinese fund's bid for …": an unnamed bidder, not its state.
      const tk = sc.s.tokens;
      let g = o.tokEnd;
      while (g < o.tokEnd + 2 && tk[g]?.word && !tk[g].cap) g++;
      if (g > o.tokEnd && tk[g]?.text === "'" && tk[g + 1]?.norm === 's' && tk.slice(g + 2, g + 5).some((t) => DEAL_NOUNS.has(t.norm))) return [];
      // "Indian soldiers", "kinesiske tropper": a nationality word on a noun that is no body or thing is not aimed at.
      if (o.attributive && !qualifiesKind(sc, o)) return [];
      // "a platform used by millions of Americans": a plural demonym names people, not their state.
      if (!o.attributive && !standsForState(sc, o) && /s$/.test(sc.s.tokens[o.tokEnd - 1]?.norm ?? '') && sc.s.language === 'en') return [];
    } else if (o.type === 'Government' && o.attributive && o.kind !== 'coref') {
      // "fined the US tech groups Apple and Meta", "block US checks": a state's name used as an adjective, as above.
      const members = adjectiveList(sc, o, ['Company', 'Product', 'Organization']);
      if (members.length) return members;
      const next = sc.s.tokens[o.tokEnd];
      if (!qualifiesKind(sc, o) && next?.word && !FUNCTION_WORDS.has(next.norm)) return [];
      // "placed two U.S. missile makers on its list": firms counted, not named, as for a nationality word.
      if (counted(sc, o.tokStart) && qualifiesKind(sc, o)) return [];
    }
    return listFrom(sc, o, TARGETABLE).filter((x) => !exclude.has(x.entityId));
  };
  // "kaldte forbuddet et politisk motiveret skridt og beskyldte Canada", "called the ban unfair and urged Canada": a
  // definite noun for the measure takes its target inside its own phrase ("forbuddet mod Huawei"), not from another clause.
  const t0 = sc.s.tokens[m.start];
  const definiteNoun = sc.trig.actionNouns.has(t0.norm) && (['the', 'this', 'these'].includes(sc.s.tokens[m.start - 1]?.norm ?? '') || danishDefinite(sc, t0.norm));
  if (m.end - m.start === 1 && definiteNoun && !NOUN_PREPS.has(sc.s.tokens[m.end]?.norm ?? '')
    && !sc.occs.some((o) => o.tokStart === m.end && TARGETABLE.includes(o.type))) return [];
  if (m.slot === 'before') {
    const prev = before(sc, m.start, TARGETABLE, 8).find((o) => ok(o) && !o.attributive);
    // "Huawei and ZTE are not among the companies allowed", "X og Y blev forbudt": the whole list before.
    return prev ? listBack(sc, prev, TARGETABLE).filter((x) => x === prev || (ok(x) && !x.attributive && x.type === prev.type)) : [];
  }
  // "ordered X, the Canadian arm of Y, to …": the name inside comes before the first comma.
  const commas = sc.s.tokens.slice(m.start, m.end).filter((t) => t.text === ',').length;
  const comma = commas >= 2 ? sc.s.tokens.findIndex((t, k) => k > m.start && k < m.end && t.text === ',') : -1;
  // "gav Italiens konkurrencemyndighed AGCM desuden WhatsApp en bøde": the owner of the acting body is no target either.
  const ownsExcluded = (o: Occ) => { const owned = o.genitive ? possessed(sc, o, TARGETABLE) : undefined; return !!owned && exclude.has(owned.entityId); };
  let inside = sc.occs.find((o) => o.tokStart > m.start && o.tokEnd <= (comma > 0 ? comma : m.end) && TARGETABLE.includes(o.type) && ok(o) && !ownsExcluded(o));
  // "designated China's Huawei … as threats": the firm the genitive owns, not the owner.
  // Not a state qualifying the possessed noun: "revokes CGTN's UK broadcasting licence", "China Unicom's U.S. arm".
  if (inside?.genitive) {
    const owned = possessed(sc, inside, TARGETABLE);
    const next = owned ? sc.s.tokens[owned.tokEnd] : undefined;
    if (owned && !(owned.type === 'Government' && next?.word && !next.cap)) inside = owned;
  }
  if (m.slot === 'inside') {
    // "revoked the licence of China Telecom", "inddrog tilladelsen for X": the holder named after the noun.
    if (!inside && ['of', 'for', 'af'].includes(sc.s.tokens[m.end]?.norm ?? '')) {
      const holder = after(sc, m.end + 1, TARGETABLE, 3).find((o) => ok(o) && o.kind !== 'adjective' && o.kind !== 'coref' && !sc.s.tokens.slice(m.end + 1, o.tokStart).some((t) => !t.word || t.cap));
      return holder ? expand(holder) : [];
    }
    // "ordered its operators to stop buying new Huawei equipment", "beordrede selskaberne til at stoppe med at købe
    // udstyr fra Huawei": with no name inside, the maker of what may no longer be bought or used.
    // "designated six companies as gatekeepers: Alphabet, Amazon …", "udpegede seks selskaber som gatekeepere: …".
    if (!inside && sc.s.tokens[m.end]?.text === ':') {
      let first = after(sc, m.end + 1, TARGETABLE, 2).find((o) => ok(o) && o.kind !== 'adjective' && o.kind !== 'coref');
      // "on the Entity List: Russia's Positive Technologies and …", "på listen: Ruslands X og Y": the firm the genitive owns.
      if (first?.genitive) first = possessed(sc, first, TARGETABLE) ?? first;
      return first ? listFrom(sc, first, TARGETABLE).filter((x) => !exclude.has(x.entityId)) : [];
    }
    if (!inside) {
      const goods = usedGoods(sc, m.end);
      return goods && ok(goods) ? expand(goods) : [];
    }
    // "placed DJI on the Entity List, together with … firms including SMIC", "satte X på listen sammen med Y": the
    // names the measure takes along.
    const toks = sc.s.tokens;
    let k = m.end + (toks[m.end]?.text === ',' ? 1 : 0);
    const along = ALONG.find((w) => w.every((x, i) => toks[k + i]?.norm === x));
    // "bedt Apple og Google om at fjerne appen", "asked Apple and Google to remove Telegram": what is to be removed is aimed
    // at, not the stores asked to remove it.
    if (RID_VERBS.has(toks[m.end - 1].norm)) {
      const removed = after(sc, m.end, ['Company', 'Product'], 3).find((o) => ok(o) && o.kind !== 'adjective' && o.entityId !== inside.entityId
        && toks.slice(m.end, o.tokStart).every((t) => t.word && !t.cap));
      if (removed) return [possessed(sc, removed, TARGETABLE) ?? removed];
      // "om at fjerne appen" with the app not resolved: still not the stores.
      const k = toks[m.end]?.norm === 'the' ? m.end + 1 : m.end;
      if (sc.trig.corefNoun.get(toks[k]?.norm ?? '') === 'Product') return [];
    }
    // "forced ByteDance to sell TikTok's US business", "tvinger ByteDance til at sælge TikToks forretning": what must be sold too.
    if (SELL_END.test(toks[m.end - 1].norm)) {
      let sold = after(sc, m.end, TARGETABLE, 3).find((o) => ok(o) && o.kind !== 'adjective' && o.kind !== 'coref' && o.entityId !== inside.entityId
        && toks.slice(m.end, o.tokStart).every((t) => t.word && !t.cap));
      if (sold) sold = possessed(sc, sold, TARGETABLE) ?? sold;
      if (sold && sold.entityId !== inside.entityId) return [...expand(inside), sold];
    }
    if (!along) return expand(inside);
    k += along.length;
    const more = after(sc, k, TARGETABLE, 12).find((o) => ok(o) && o.tokStart < clauseEnd(sc, k));
    return [...expand(inside), ...(more ? expand(more) : [])];
  }
  // "measures against both apps as bullying of Chinese companies", "tiltag mod": a trigger that ends in "against"/"mod"
  // governs the noun phrase right after it, not a name further on.
  const againstEnd = ['against', 'mod'].includes(sc.s.tokens[m.end - 1]?.norm ?? '') && m.end - m.start === 2 && MEASURE_NOUNS.test(sc.s.tokens[m.start].norm);
  let next = after(sc, m.end, TARGETABLE, againstEnd ? 4 : 20).find((o) => ok(o) && (!againstEnd || sc.s.tokens.slice(m.end, o.tokStart).every((t) => t.word && !FUNCTION_WORDS.has(t.norm))));
  // "blocked Broadcom's $117 billion bid for Qualcomm": the bidder, not what it bids for.
  if (next && !dealOwner(sc, next)) next = possessed(sc, next, TARGETABLE) ?? next;
  // "forbud mod, at Helsingør Kommune bruger Googles Chromebooks", "barred agencies from using Kaspersky":
  // what the named user may not use is aimed at, not the user.
  if (next) {
    const used = usedBy(sc, next, ok);
    // "bars American suppliers from selling them chips", "forbyder amerikanske virksomheder at sælge": a state's own
    // firms held back from a sale or a use are not what the measure is aimed at, and without a buyer or goods named nothing is.
    if (!used && ownFirmsHeldBack(sc, next)) return [];
    next = used ?? next;
  }
  // "blocked the sale of Lattice to Canyon Bridge", "blokerede salget af X til Y": a blocked deal is aimed at the buyer.
  if (next) {
    const buyer = buyerOf(sc, next);
    // "blocked the buyout of Lattice" with no buyer named: the firm bought is not what the block is aimed at.
    if (buyer === null) return [];
    next = buyer ?? next;
  }
  const found = withParents(sc, next ? expand(next) : inside ? expand(inside) : [], exclude);
  if (found.length || (next && next.kind !== 'adjective')) return found;
  // "forbyder 59 apps med kinesisk oprindelse, heriblandt TikTok", "bans 59 apps of Chinese origin, including TikTok":
  // the kind of app described by its origin, then the names the list introduces.
  return amongThem(sc, m.end).filter((x) => !exclude.has(x.entityId) && x.tokStart < coordEnd);
}

/**
 * "blocked access to Facebook", "restricted access to the app", "spærret for adgangen til tjenesten": "to"/"til" after a noun
 * of access at the trigger governs what the measure is aimed at, not a place.
 */
function accessObject(sc: SentenceCtx, m: PhraseMatch, o: Occ): boolean {
  const toks = sc.s.tokens;
  let k = o.tokStart - 1;
  if (o.kind === 'coref' && ['the', 'this'].includes(toks[k]?.norm ?? '')) k--;
  if (!['to', 'til'].includes(toks[k]?.norm ?? '')) return false;
  const a = k - 1;
  if (a < m.start || !sc.trig.accessNouns.has(toks[a]?.norm ?? '')) return false;
  // The noun inside the trigger ("denied access to") or right after it, over "for"/"the" ("spærret for adgangen til").
  return a < m.end || (a - m.end <= 2 && toks.slice(m.end, a).every((t) => ACCESS_GAP.has(t.norm)));
}

const ACCESS_GAP = new Set(['for', 'the', 'its', 'their', 'sin', 'deres']);

/**
 * "penalized the Moscow-based firm", "udelukkede det Shenzhen-baserede selskab": a definite noun for a firm after the trigger,
 * over a place-based compound and a lower-case word or two, stands for the firm named before as well.
 */
function describedAfter(sc: SentenceCtx, end: number, o: Occ): boolean {
  const toks = sc.s.tokens;
  if (o.tokStart <= end + 1 || o.tokStart - end > 6 || !['the', 'this', 'den', 'det', 'denne', 'dette'].includes(toks[end]?.norm ?? '')) return false;
  let hyphen = false;
  for (let k = end + 1; k < o.tokStart; k++) {
    const t = toks[k];
    if (t.text === '-') { hyphen = true; continue; }
    if (!t.word) return false;
    // A capitalised place only as the first part of a compound: "Moscow-based".
    if (t.cap && toks[k + 1]?.text !== '-') return false;
  }
  return hyphen;
}

/**
 * "excluded the telecoms giant", "banned the Chinese video app", "udelukkede den kinesiske telegigant": a definite noun for
 * a firm or an app right after the trigger, over a nationality and a lower-case word or two of its description.
 */
function describedPlain(sc: SentenceCtx, end: number, o: Occ): boolean {
  const toks = sc.s.tokens;
  if (o.tokStart <= end + 1 || o.tokStart - end > 4 || !['the', 'this', 'den', 'det', 'denne', 'dette'].includes(toks[end]?.norm ?? '')) return false;
  for (let k = end + 1; k < o.tokStart; k++) {
    const adj = sc.occs.find((x) => x.tokStart === k && x.kind === 'adjective');
    if (adj) { k = adj.tokEnd - 1; continue; }
    if (!toks[k].word || toks[k].cap) return false;
  }
  return true;
}

/**
 * "forbudt godkendelse af nyt udstyr fra selskabet", "banned sales of new equipment from the company": the firm named
 * before, as the maker of the goods a few words after the trigger.
 */
function goodsFromFirm(sc: SentenceCtx, end: number, o: Occ): boolean {
  const toks = sc.s.tokens;
  if (o.type !== 'Company' || o.tokStart < end || o.tokStart - end > 7) return false;
  let k = o.tokStart - 1;
  if (toks[k]?.norm === 'the' && sc.s.language === 'en') k--;
  if (!['fra', 'from'].includes(toks[k]?.norm ?? '') || k <= end) return false;
  // Only lower-case words between the trigger and "from": the goods ("sales of new equipment", "godkendelse af nyt udstyr").
  return toks.slice(end, k).every((t) => t.word && !t.cap);
}

/** Nouns for a case in court that may be anyone's: "the case against", "sagen mod". */
const LEGAL_NOUNS = /^(case|cases|lawsuit|lawsuits|suit|charges|sag|sagen|sager|søgsmål|søgsmålet|retssag|retssagen|tiltale|tiltalen)$/;
const OWN_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'sin', 'sit', 'sine', 'deres', 'hans', 'hendes']);

/** The verb that ends an order to sell or divest: "ordered X to sell", "tvang X til at sælge". */
const SELL_END = /^(sell|divest|sælge|afhænde|frasælge)$/;

const AMONG = [['among', 'them'], ['blandt', 'dem'], ['heriblandt'], ['herunder'], ['including']];
const ALONG = [['together', 'with'], ['along', 'with'], ['alongside'], ['sammen', 'med'], ['ligesom']];

/** The names after "among them" / "blandt dem" / "heriblandt" within ten tokens of k, in the same clause. */
function amongThem(sc: SentenceCtx, k: number): Occ[] {
  const toks = sc.s.tokens;
  for (let j = k; j < Math.min(toks.length, k + 10); j++) {
    if (toks[j].text === ';' || toks[j].text === '.') break;
    const a = AMONG.find((w) => w.every((x, i) => toks[j + i]?.norm === x));
    if (!a) continue;
    // "including the chipmaker SMIC", "heriblandt chipproducenten SMIC": over a determiner and a descriptive noun.
    let f = j + a.length;
    if (sc.trig.determiners.has(toks[f]?.norm ?? '') || toks[f]?.norm === 'the') f++;
    if (toks[f]?.word && !toks[f].cap && sc.kindNouns.has(toks[f].norm)) f++;
    // "including the video service TikTok", "heriblandt videotjenesten TikTok": a noun of one or two lower-case words.
    const plain = (t?: { word: boolean; cap: boolean; norm: string }) => !!t?.word && !t.cap && !FUNCTION_WORDS.has(t.norm);
    const g1 = plain(toks[f]) ? f + 1 : f;
    const g2 = g1 > f && plain(toks[g1]) ? g1 + 1 : g1;
    const first = sc.occs.find((o) => [j + a.length, f, g1, g2].includes(o.tokStart) && ['Company', 'Product', 'Organization'].includes(o.type) && o.kind !== 'coref' && o.kind !== 'adjective');
    return first ? listFrom(sc, first, ['Company', 'Product', 'Organization']) : [];
  }
  return [];
}

/** Prepositions that tie a measure noun to its target or scope: "forbuddet mod", "the ban on", "sanktionerne over for". */
const NOUN_PREPS = new Set(['mod', 'på', 'over', 'af', 'for', 'against', 'on', 'of', 'for', 'targeting', 'rettet', 'covering']);

/** Nouns for a measure that take their target with "against"/"mod": "measures against", "tiltag mod". */
const MEASURE_NOUNS = /^(measures?|orders?|ordered|steps|moves?|tiltag|tiltagene|foranstaltning|foranstaltninger|foranstaltningerne|forholdsregler|indgreb|indgrebet)$/;

/** A participle opening an adjunct clause after a comma: "penalized the firm, accusing it of supporting Russian …". */
const ADJUNCT_PARTICIPLES = new Set(['accusing', 'saying', 'citing', 'arguing', 'claiming', 'noting', 'adding', 'alleging', 'warning', 'describing', 'calling', 'stating', 'explaining', 'pointing']);
const COORD = new Set(['og', 'and', 'men', 'but', 'mens', 'while', 'whereas']);
const FUNCTION_WORDS = new Set(['from', 'to', 'in', 'on', 'with', 'and', 'or', 'for', 'by', 'over', 'of', 'at', 'as', 'into', 'after', 'before', 'since', 'until', 'because', 'which', 'that', 'who', 'is', 'was', 'has', 'had', 'will', 'would', 'said', 'says', 'fra', 'til', 'i', 'på', 'med', 'og', 'eller', 'for', 'af', 'som', 'der', 'er', 'var', 'har', 'havde', 'vil']);
// "barred app stores from offering WeChat", "forbyder butikkerne at tilbyde appen": what may not be offered is aimed at, not who offers it.
const OFFER_VERBS = new Set(['offer', 'offering', 'distribute', 'distributing', 'host', 'hosting', 'carry', 'carrying', 'update', 'updating', 'download', 'downloading',
  'tilbyde', 'tilbyder', 'udbyde', 'udbyder', 'distribuere', 'distribuerer', 'hoste', 'opdatere', 'downloade', 'hente']);
const USE_VERBS = new Set(['bruge', 'bruger', 'benytte', 'benytter', 'anvende', 'anvender', 'installere', 'installerer', 'use', 'uses', 'using', 'install', 'installing', 'buy', 'buying', 'købe', 'køber', ...OFFER_VERBS]);
/** Verbs of getting rid of equipment or software: "ordered agencies to strip Kaspersky products from their networks". */
const RID_VERBS = new Set(['remove', 'strip', 'rip', 'replace', 'uninstall', 'delete', 'drop', 'phase', 'fjerne', 'udskifte', 'skifte', 'afinstallere', 'slette', 'udfase']);
const SELL_VERBS = new Set(['sell', 'selling', 'supply', 'supplying', 'export', 'exporting', 'ship', 'shipping', 'sælge', 'levere', 'eksportere']);
const USE_GAP = new Set(['at', 'to', 'from', 'fra', 'i', 'med', 'ikke', 'not']);

/** The thing a named user may not use: a verb of use within three words after the user, then a name. */
function usedBy(sc: SentenceCtx, user: Occ, ok: (o: Occ) => boolean, verbs: Set<string> = USE_VERBS): Occ | undefined {
  const toks = sc.s.tokens;
  // "barred Apple and Google from offering WeChat": after the whole list of users.
  let k = user.tokEnd;
  if (['and', 'og', ','].includes(toks[k]?.norm ?? '')) {
    const list = listFrom(sc, user, TARGETABLE);
    if (list.length > 1) k = list[list.length - 1].tokEnd;
  }
  const from = k;
  while (k < toks.length && k - from < 2 && USE_GAP.has(toks[k].norm)) k++;
  // "barred US firms from selling chips to SMIC", "forbyder virksomheder at sælge udstyr til Huawei": the buyer.
  if (SELL_VERBS.has(toks[k]?.norm ?? '')) {
    for (let j = k + 1; j < Math.min(toks.length, k + 7); j++) {
      if (!['to', 'til'].includes(toks[j].norm)) continue;
      const buyer = sc.occs.find((o) => o.tokStart === j + 1 && TARGETABLE.includes(o.type) && o.kind !== 'coref' && o.entityId !== user.entityId);
      return buyer && !(buyer.kind === 'adjective' && buyer.attributive) ? buyer : undefined;
    }
    return undefined;
  }
  // "barred American companies from doing business with ByteDance", "forbyder virksomhederne at handle med Huawei": the partner.
  if (verbs === USE_VERBS) {
    const w = ['doing', 'do', 'conducting', 'handle'].includes(toks[k]?.norm ?? '') ? (toks[k].norm === 'handle' ? 1 : toks[k + 1]?.norm === 'business' ? 2 : 0) : 0;
    if (w && ['with', 'med'].includes(toks[k + w]?.norm ?? '')) {
      const partner = sc.occs.find((o) => o.tokStart === k + w + 1 && TARGETABLE.includes(o.type) && o.kind !== 'coref' && o.kind !== 'adjective' && o.entityId !== user.entityId);
      return partner ? possessed(sc, partner, TARGETABLE) ?? partner : undefined;
    }
  }
  if (!verbs.has(toks[k]?.norm ?? '')) return undefined;
  let used = after(sc, k + 1, TARGETABLE, 3).find((o) => ok(o) && o.entityId !== user.entityId);
  if (used) used = possessed(sc, used, TARGETABLE) ?? used;
  return used;
}

/** A nationality word on a plural noun for firms, then "from selling", "at sælge": "American suppliers from shipping". */
function ownFirmsHeldBack(sc: SentenceCtx, o: Occ): boolean {
  if (!(o.kind === 'adjective' || (o.type === 'Government' && o.attributive))) return false;
  const toks = sc.s.tokens;
  let k = o.tokEnd;
  while (k < toks.length && k - o.tokEnd < 3 && toks[k].word && !toks[k].cap && !USE_GAP.has(toks[k].norm)) k++;
  if (k === o.tokEnd || !/(s|er|erne)$/.test(toks[k - 1].norm)) return false;
  const from = k;
  while (k < toks.length && k - from < 2 && USE_GAP.has(toks[k].norm)) k++;
  return k > from && (SELL_VERBS.has(toks[k]?.norm ?? '') || USE_VERBS.has(toks[k]?.norm ?? ''));
}

/**
 * The firm or product after a verb of buying or use right at token k ("buying new Huawei 5G equipment",
 * "med at købe udstyr fra Huawei", "using Kaspersky software"): named as the thing or its maker, a few words on.
 */
function usedGoods(sc: SentenceCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  const from = k;
  while (k < toks.length && k - from < 2 && ['med', 'at', 'to'].includes(toks[k].norm)) k++;
  if (!(USE_VERBS.has(toks[k]?.norm ?? '') || RID_VERBS.has(toks[k]?.norm ?? '')) || OFFER_VERBS.has(toks[k].norm)) return undefined;
  const end = clauseEnd(sc, k + 1);
  const o = after(sc, k + 1, ['Company', 'Product'], 4).find((x) => x.tokStart < end && x.kind !== 'coref' && !x.genitive);
  if (!o) return undefined;
  // Only lower-case words between the verb and the name ("new", "udstyr fra"), no other name.
  return toks.slice(k + 1, o.tokStart).every((t) => t.word && !t.cap) ? o : undefined;
}

const RELATIVE = new Set(['der', 'som', 'which', 'who', 'that']);

/**
 * A trigger inside a relative clause ("USA, der indførte restriktioner …, har presset Holland")
 * finds its object before the comma that closes the clause.
 */
function relativeEnd(sc: SentenceCtx, at: number): number {
  const toks = sc.s.tokens;
  let open = -1;
  for (let k = at - 1; k > 0; k--) {
    if (toks[k].text === ',') {
      if (RELATIVE.has(toks[k + 1]?.norm ?? '')) open = k;
      break;
    }
  }
  if (open < 0) return toks.length;
  for (let k = at; k < toks.length; k++) if (toks[k].text === ',') return k;
  return toks.length;
}

/**
 * A state qualifying the measure itself: "amerikanske restriktioner", "US sanctions", or owning
 * it: "USA's forbud mod Huawei", "China's new curbs on", "Kinas skærpede eksportkontrol på".
 */
function qualifyingState(sc: SentenceCtx, m: PhraseMatch): Occ | undefined {
  const direct = sc.occs.find((o) => o.tokEnd === m.start && STATE.includes(o.type) && o.kind !== 'coref' && !o.genitive);
  if (direct) return direct;
  const toks = sc.s.tokens;
  let k = m.start;
  while (k > 0 && m.start - k < 2 && toks[k - 1].word && !toks[k - 1].cap) k--;
  for (let j = m.start; j >= k; j--) {
    const owner = sc.occs.find((o) => o.tokEnd === j && STATE.includes(o.type) && o.genitive);
    if (owner) return owner;
  }
  return undefined;
}

/**
 * The state that owns a measure named by a noun: "USA's sanktioner mod Huawei", "Washington's
 * blacklisting of SMIC", "amerikanske sanktioner", "US sanctions on". It takes the measure, whoever
 * the clause's subject is ("Kina har klaget over USA's sanktioner mod Huawei": the United States targets Huawei).
 */
function measureOwner(sc: SentenceCtx, m: PhraseMatch): Occ | undefined {
  const q = qualifyingState(sc, m);
  if (!q) return undefined;
  if (q.genitive || (q.kind === 'adjective' && q.attributive)) return q;
  // A name right before: only before a noun for a measure ("US sanctions"), not a verb ("Sweden banned").
  return q.attributive && sc.trig.actionNouns.has(sc.s.tokens[m.start].norm) ? q : undefined;
}

/**
 * "Sweden's decision to exclude Huawei", "Sveriges beslutning om at udelukke Huawei", "den svenske
 * beslutning om at …": the state owning the decision acts, not the subject of the verb that reports it.
 */
function decisionOwner(sc: SentenceCtx, i: number): Occ | undefined {
  const toks = sc.s.tokens;
  let k = i;
  while (k > 0 && i - k < 3 && ['to', 'om', 'at', 'til'].includes(toks[k - 1].norm)) k--;
  if (k === i) return undefined;
  // "the FCC's move in October to revoke", "Sveriges beslutning i sidste uge om at udelukke": a time adjunct between.
  let t = k;
  while (t > 0 && k - t < 4 && TIME_WORDS.test(toks[t - 1].norm)) t--;
  if (t < k && TIME_OPENERS.test(toks[t].norm) && TIME_HEADS.test(toks[k - 1].norm)) k = t;
  if (k === 0 || !sc.trig.actionNouns.has(toks[k - 1].norm)) return undefined;
  const noun = k - 1;
  return sc.occs.find((o) => o.tokEnd === noun && STATE.includes(o.type) && (o.genitive || o.kind === 'adjective') && o.kind !== 'coref');
}

/** A short time adjunct: "in October", "last week", "earlier this year", "i oktober", "i sidste uge", "tidligere på året". */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|marts|maj|juni|juli|oktober';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag';
const TIME_HEADS = new RegExp(`^(${MONTHS}|${DAYS}|\\d{4}|year|week|month|år|året|uge|ugen|måned|måneden|weekend|weekenden)$`);
const TIME_WORDS = new RegExp(`^(${MONTHS}|${DAYS}|\\d{1,4}|in|on|last|this|earlier|i|på|sidste|denne|dette|tidligere|forrige|year|week|month|år|året|uge|ugen|måned|måneden|weekend|weekenden)$`);
const TIME_OPENERS = /^(in|on|last|this|earlier|i|sidste|tidligere|forrige)$/;

/** Is the trigger a definite noun for a measure: "the ban", "these restrictions", "forbuddet", "sanktionerne"? */
function definiteMeasure(sc: SentenceCtx, m: PhraseMatch): boolean {
  const toks = sc.s.tokens;
  const t = toks[m.start];
  if (['the', 'this', 'these'].includes(toks[m.start - 1]?.norm ?? '')) return sc.trig.actionNouns.has(t.norm);
  return sc.trig.actionNouns.has(t.norm) && danishDefinite(sc, t.norm) && !toks[m.start - 1]?.word;
}

/** A definite noun for a measure as the subject right before the verb at i: "The order (also) prohibits", "Loven forbyder". */
function measureSubject(sc: SentenceCtx, i: number): boolean {
  const toks = sc.s.tokens;
  let k = i - 1;
  const adverb = () => { if (k > 0 && toks[k].word && !toks[k].cap && !sc.trig.actionNouns.has(toks[k].norm) && /(ly|også|nu|dermed|derfor|also|now|thus|therefore)$/.test(toks[k].norm)) k--; };
  adverb();
  // "Påbuddet var rettet mod X", "The decision is aimed at X": a participle trigger after an auxiliary.
  if (k > 0 && AUXILIARY.has(toks[k].norm)) { k--; adverb(); }
  const noun = toks[k];
  if (!noun || !sc.trig.actionNouns.has(noun.norm) || sc.occs.some((o) => o.tokStart <= k && o.tokEnd > k)) return false;
  const determined = ['the', 'this', 'these', 'that'].includes(toks[k - 1]?.norm ?? '');
  const opens = k === 0 || (k === 1 && determined) || !toks[k - (determined ? 2 : 1)]?.word;
  if (!opens) return false;
  return determined || danishDefinite(sc, noun.norm);
}

const AUXILIARY = new Set(['is', 'was', 'are', 'were', 'er', 'var', 'blev', 'bliver']);

/** The states and bodies that took the measure reported in the last two sentences. */
function recentActors(ctx: DocCtx, at: number): string[] {
  const last = lastMeasureSentence(ctx, at, (r) => r.rule === 'target.actor' || r.rule === 'target.passive');
  const open = untargeted(ctx, at, last);
  if (open) return open.subjects;
  return [...new Set(ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === last && (r.rule === 'target.actor' || r.rule === 'target.passive')).map((r) => r.subject))];
}

/** A measure reported with its actors but no target it names ("Sweden banned the devices"), by document. */
interface OpenMeasure { sentence: number; subjects: string[]; action?: string }
const openMeasures = new WeakMap<DocCtx, OpenMeasure[]>();

function remember(ctx: DocCtx, m: OpenMeasure): void {
  const list = openMeasures.get(ctx) ?? [];
  if (!list.some((x) => x.sentence === m.sentence)) list.push(m);
  openMeasures.set(ctx, list);
}

/** The measure without a target reported in the last two sentences before `at`, later than sentence `after`. */
function untargeted(ctx: DocCtx, at: number, after: number): OpenMeasure | undefined {
  const list = (openMeasures.get(ctx) ?? []).filter((x) => x.sentence < at && at - x.sentence <= 2 && x.sentence > after);
  return list[list.length - 1];
}

/** Nouns for a state, province or city within a country: "a US state", "en amerikansk delstat". */
const SUBNATIONAL = new Set(['state', 'states', 'province', 'provinces', 'city', 'cities', 'county', 'counties', 'region', 'regions', 'municipality',
  'delstat', 'delstaten', 'delstater', 'delstaterne', 'provins', 'provinsen', 'provinser', 'by', 'byen', 'byer', 'kommune', 'kommunen', 'kommuner', 'region', 'regionen', 'regioner']);

/** Does the nationality word qualify a noun for a body or thing ("Chinese apps", "kinesiske selskaber")? */
function qualifiesKind(sc: SentenceCtx, o: Occ): boolean {
  const toks = sc.s.tokens;
  for (let k = o.tokEnd; k < Math.min(toks.length, o.tokEnd + 4); k++) {
    const t = toks[k];
    if (!t.word || t.cap) return false;
    if (sc.kindNouns.has(t.norm) || /(firm|compan|app|selskab|virksomhed|leverandør|producent)/.test(t.norm)) return true;
  }
  return false;
}

/** A count right before token i: "three", "12", "dozens of", "flere". */
function counted(sc: SentenceCtx, i: number): boolean {
  const toks = sc.s.tokens;
  const k = toks[i - 1]?.norm === 'of' ? i - 2 : i - 1;
  return k >= 0 && (/^\d+$/.test(toks[k].text) || sc.trig.countWords.has(toks[k].norm));
}

/** A determiner, maybe with a numeral, just before token i: "de to", "the two", "these". */
function definiteBefore(sc: SentenceCtx, i: number): boolean {
  const toks = sc.s.tokens;
  let k = i - 1;
  if (k >= 0 && /^(\d+|to|tre|fire|two|three|four|begge|both)$/.test(toks[k].norm)) k--;
  return k >= 0 && sc.trig.determiners.has(toks[k].norm) && !['its', 'their', 'his', 'her', 'sin', 'sit', 'sine'].includes(toks[k].norm);
}

/** Subordinators that open a clause with its own subject: "after the platform deleted", "fordi selskabet nægtede". */
const SUBORDINATORS = new Set(['after', 'because', 'when', 'since', 'while', 'efter', 'fordi', 'når', 'mens', 'idet']);

/**
 * The subordinator opening the clause of the verb at i, when a subject of its own stands between them
 * ("after the platform deletes", "efter at selskabet havde slettet") and no comma: -1 otherwise.
 */
function subordinateStart(sc: SentenceCtx, i: number): number {
  const toks = sc.s.tokens;
  for (let k = i - 1; k > 0 && i - k <= 8; k--) {
    const t = toks[k];
    if (!t.word) return -1;
    if (!SUBORDINATORS.has(t.norm)) continue;
    let j = k + 1;
    if (toks[j]?.norm === 'at' && sc.s.language === 'da') j++;
    // A subject between: a noun or a name, not the verb right away ("after deleting", "efter at have").
    const between = toks.slice(j, i);
    if (between.length === 0 || /ing$/.test(between[0].norm) || ['have', 'having', 'being', 'been'].includes(between[0].norm)) return -1;
    return k;
  }
  return -1;
}

/** Nouns for a deal: "the purchase", "the $40 billion takeover", "handlen", "opkøbet". */
const DEAL_BACK = /^(deal|purchase|takeover|acquisition|merger|transaction|buyout|handlen|aftalen|opkøbet|købet|overtagelsen|fusionen|transaktionen)$/;

/**
 * A definite noun for a deal right after a trigger at k ("block the purchase", "the proposed $40 billion deal",
 * "gransket aftalen"): the buyer of the last takeover the text reported up to this sentence, as an occurrence.
 */
function dealBuyer(sc: SentenceCtx, ctx: DocCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  let j = k;
  const determined = ['the', 'this', 'that'].includes(toks[j]?.norm ?? '');
  if (determined) j++;
  while (j < toks.length && j - k < 4 && toks[j].word && !toks[j].cap && !DEAL_BACK.test(toks[j].norm) && !FUNCTION_WORDS.has(toks[j].norm)) j++;
  const noun = toks[j];
  if (!noun || !DEAL_BACK.test(noun.norm)) return undefined;
  // English needs the determiner; a Danish noun is definite by its ending ("handlen", "opkøbet").
  if (sc.s.language === 'en' ? !determined : j !== k) return undefined;
  // "the deal with Huawei", "aftalen med Huawei": a deal named in place is another one.
  if (['with', 'med', 'between', 'mellem', 'of', 'af', 'for'].includes(toks[j + 1]?.norm ?? '')) return undefined;
  if (sc.occs.some((o) => o.tokStart >= k && o.tokEnd <= j)) return undefined;
  const deal = ctx.relations.filter((r) => r.predicate === 'ACQUIRES' && r.sentence <= sc.s.index).pop();
  if (!deal || ctx.entities.get(deal.subject)?.type !== 'Company') return undefined;
  return { entityId: deal.subject, type: 'Company', tokStart: j, tokEnd: j + 1, kind: 'coref', genitive: false, attributive: false };
}

/** The agency whose office the occurrence is, named as its owner right before it: "the Commerce Department's Bureau of …". */
function ownerAgency(sc: SentenceCtx, a: Occ): Occ[] {
  if (a.type !== 'Agency' || a.kind === 'coref' || a.kind === 'adjective') return [];
  // "issued by the Commerce Department's Bureau of …": the office after the genitive found first acts as well.
  const office = a.genitive ? sc.occs.find((o) => o.tokStart === a.tokEnd && o.type === 'Agency' && o.kind !== 'coref' && o.entityId !== a.entityId) : undefined;
  if (office) return [office];
  const owner = sc.occs.find((o) => o.tokEnd === a.tokStart && o.genitive && o.type === 'Agency' && o.kind !== 'coref' && o.entityId !== a.entityId);
  return owner ? [owner] : [];
}

/**
 * "Trump's orders would have barred …", "Trump's ban on TikTok", "Bidens ordre forbyder …": a measure owned by a person
 * who holds office in a state by the text is that state's, as an occurrence at the person.
 */
function personMeasureOwner(sc: SentenceCtx, ctx: DocCtx, m: PhraseMatch, clauseStart: number): Occ | undefined {
  const toks = sc.s.tokens;
  const person = sc.occs.find((o) => o.type === 'Person' && o.genitive && o.tokStart >= clauseStart && o.tokEnd <= m.start && m.start - o.tokEnd <= 12);
  if (!person) return undefined;
  // The noun for the measure right after the genitive, over an adjective or two ("executive order").
  const measureNoun = (w: string) => sc.trig.actionNouns.has(w) || /^(orders|ordre|ordrer|ordren|dekret|dekretet|decree|decrees)$/.test(w);
  let n = person.tokEnd;
  while (n < m.start && n - person.tokEnd < 2 && toks[n].word && !toks[n].cap && !measureNoun(toks[n].norm)) n++;
  if (!measureNoun(toks[n]?.norm ?? '')) return undefined;
  // No other name between the noun and the trigger: "Trump's order, which Beijing condemned, …" is not Beijing's.
  if (sc.occs.some((o) => o.tokStart > n && o.tokEnd <= m.start && o.type !== 'Policy')) return undefined;
  const role = ctx.relations.find((r) => r.predicate === 'HOLDS_ROLE' && r.subject === person.entityId && ctx.entities.get(r.object)?.type === 'Government');
  if (!role) return undefined;
  return { entityId: role.object, type: 'Government', tokStart: person.tokStart, tokEnd: person.tokEnd, kind: 'coref', genitive: false, attributive: false };
}

/**
 * A body or state named in a speech tag set off by commas: ", Roskomnadzor warned,", ", the regulator said.",
 * ", advarer Roskomnadzor", ", said the ministry": not one of the patients.
 */
const TAG_VERBS = /^(warns|threatened|threatens|cautioned|advarer|advarede|truer|truede|meddeler|meddelte|oplyser|oplyste)$/;
function speechTagBody(sc: SentenceCtx, patients: Occ[]): Occ | undefined {
  const toks = sc.s.tokens;
  for (const o of sc.occs) {
    if (!STATE.includes(o.type) || o.kind === 'adjective' || o.genitive || patients.some((p) => p.entityId === o.entityId)) continue;
    // "X warned," / "X said." right after the name, the tag opening after a comma (or the sentence start).
    // Over a description before the name: "the Russian regulator Roskomnadzor", "det russiske tilsyn".
    let b = o.tokStart;
    while (b > 0 && o.tokStart - b < 4 && toks[b - 1].word && (!toks[b - 1].cap || sc.occs.some((x) => x.kind === 'adjective' && x.tokStart === b - 1))) b--;
    const opens = b === 0 || toks[b - 1].text === ',';
    const tagVerb = (k: number) => findPhrases(sc.trig.speech, toks, k, Math.min(toks.length, k + 3)).find((x) => x.start === k)
      ?? (TAG_VERBS.test(toks[k]?.norm ?? '') ? { start: k, end: k + 1 } : undefined);
    const verbAfter = tagVerb(o.tokEnd);
    if (opens && verbAfter && b > 0 && (!toks[verbAfter.end]?.word || toks[verbAfter.end].text === ',')) return o;
    // ", advarer Roskomnadzor", ", said the ministry": the verb before the name, after a comma, closing the sentence.
    for (let k = Math.max(1, b - 1); k < o.tokStart && !toks[o.tokEnd]?.word; k++) {
      const v = toks[k - 1].text === ',' ? tagVerb(k) : undefined;
      if (v && v.end <= o.tokStart) return o;
    }
  }
  return undefined;
}

/** Head nouns for a firm or service, also as the tail of a compound ("ansigtsgenkendelsesfirma", "chipmaker"). */
const FIRM_HEADS = /(firm|firma|firmaet|company|selskab|virksomhed|maker|producent|leverandør|supplier|giant|gigant|koncern|group|app|appen|tjeneste|service|platform|platformen)$/;

/** A firm or product named right after a nationality word and a noun for a firm: "det amerikanske firma Clearview AI". */
function describedName(sc: SentenceCtx, adj: Occ): Occ | undefined {
  const toks = sc.s.tokens;
  let k = adj.tokEnd;
  while (k < toks.length && k - adj.tokEnd < 3 && toks[k].word && !toks[k].cap && !FUNCTION_WORDS.has(toks[k].norm)) k++;
  if (k === adj.tokEnd || !FIRM_HEADS.test(toks[k - 1].norm)) return undefined;
  return sc.occs.find((o) => o.tokStart === k && ['Company', 'Product', 'Organization'].includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref');
}

/** Does a clause with its own acting subject open between tokens a and b: ", and the FCC has", ", og FCC har"? */
function ownClauseBetween(sc: SentenceCtx, a: number, b: number): boolean {
  const toks = sc.s.tokens;
  for (let k = a; k < b - 1; k++) {
    if (toks[k].text !== ',' || !['and', 'og'].includes(toks[k + 1].norm)) continue;
    if (sc.occs.some((o) => o.tokStart > k + 1 && o.tokStart - (k + 1) <= 5 && o.tokEnd <= b && STATE.includes(o.type) && !o.genitive && !o.attributive)) return true;
  }
  return false;
}

/**
 * The state or body named as the possessor right before a policy the trigger puts its object on ("on the Commerce
 * Department's Entity List", "på handelsministeriets Entity List", "to USA's Entity List"): the policy named inside
 * the trigger or right after it.
 */
function policyOwner(sc: SentenceCtx, m: PhraseMatch, policy: Occ | undefined, acted: boolean): Occ | undefined {
  const owns = (o: Occ) => o.genitive && STATE.includes(o.type) && o.kind !== 'coref' && o.kind !== 'adjective';
  if (policy && policy.tokStart >= m.start && policy.tokStart - m.end <= 1) return sc.occs.find((o) => o.tokEnd === policy.tokStart && owns(o));
  // "blev sat på USA's sorte liste", "was added to Washington's trade blacklist": a list left unnamed, its owner right
  // before the noun, when no subject acts ("The ministry put X on China's list" is the ministry's act).
  const toks = sc.s.tokens;
  if (acted || m.slot !== 'inside' || !/(list|liste|listen)$/.test(toks[m.end - 1].norm)) return undefined;
  return sc.occs.find((o) => owns(o) && o.tokStart > m.start && o.tokEnd < m.end && m.end - 1 - o.tokEnd <= 2
    && toks.slice(o.tokEnd, m.end - 1).every((t) => t.word && !t.cap));
}

/** Nouns for a body of a state, a Danish compound by its last part ("konkurrencetilsynet", "datatilsyn", "telestyrelsen"). */
const BODY_NOUN_EN = /^(watchdog|regulator|authority|agency|commission|ministry|department|office|bureau)$/;
const BODY_NOUN_DA = /(tilsyn|tilsynet|myndighed|myndigheden|styrelse|styrelsen|ministerium|ministeriet|kommission|kommissionen|agentur|agenturet)$/;
const bodyNoun = (sc: SentenceCtx, norm: string): boolean => (sc.s.language === 'da' ? BODY_NOUN_DA : BODY_NOUN_EN).test(norm);
/** How many sentences away the body a description stands for may be named. */
const DESCRIBED_REACH = 4;

/**
 * "South Korea's competition watchdog fined Google … The Korea Fair Trade Commission said", "Det sydkoreanske
 * konkurrencetilsyn har givet Google en bøde": a state's body described, not named, as the subject of the verb at
 * `at`, with no name resolved for the noun, stands for the body of that state the text names nearest, a few
 * sentences before or after. As an occurrence at the noun.
 */
function describedBody(sc: SentenceCtx, ctx: DocCtx, at: number, clauseStart: number): Occ | undefined {
  const toks = sc.s.tokens;
  // The noun: the subject a few words before the verb, with only lower-case words (auxiliaries, adverbs) or a weekday between.
  let noun = -1;
  for (let k = at - 1; k >= Math.max(clauseStart, at - 5); k--) {
    const t = toks[k];
    if (!t.word || sc.occs.some((o) => o.tokStart <= k && o.tokEnd > k)) return undefined;
    if (!t.cap && bodyNoun(sc, t.norm)) { noun = k; break; }
    if (t.cap && k > 0 && !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.norm)) return undefined;
  }
  if (noun < 0) return undefined;
  // The state qualifying it: "South Korea's competition watchdog", "det sydkoreanske konkurrencetilsyn", "Italy's privacy regulator".
  const state = sc.occs.find((o) => o.type === 'Government' && o.kind !== 'coref' && (o.genitive || o.kind === 'adjective') && o.tokEnd <= noun && noun - o.tokEnd <= 2
    && toks.slice(o.tokEnd, noun).every((t) => t.word && !t.cap));
  if (!state) return undefined;
  return bodyOfState(sc, ctx, state.entityId, noun);
}

/** The body of the state named nearest to the sentence, within a few sentences, as an occurrence at token `at`. */
function bodyOfState(sc: SentenceCtx, ctx: DocCtx, state: string, at: number): Occ | undefined {
  let best: { id: string; dist: number } | undefined;
  for (const other of ctx.sentences) {
    const dist = Math.abs(other.s.index - sc.s.index);
    if (dist > DESCRIBED_REACH) continue;
    for (const o of other.occs) {
      if (o.type !== 'Agency' || o.kind === 'coref' || o.kind === 'adjective' || ctx.entities.get(o.entityId)?.partOf !== state) continue;
      if (!best || dist < best.dist) best = { id: o.entityId, dist };
    }
  }
  return best ? { entityId: best.id, type: 'Agency', tokStart: at, tokEnd: at + 1, kind: 'coref', genitive: false, attributive: false } : undefined;
}

/**
 * "was fined by Italy's privacy regulator", "blev udelukket af det italienske datatilsyn": a state's body described after
 * the agent's state, with no name resolved for the noun, stands for the body of that state named nearby.
 */
function describedAgent(sc: SentenceCtx, ctx: DocCtx, state: Occ): Occ | undefined {
  if (state.type !== 'Government' || state.kind === 'coref' || !(state.genitive || state.kind === 'adjective')) return undefined;
  const toks = sc.s.tokens;
  for (let k = state.tokEnd; k < Math.min(toks.length, state.tokEnd + 3); k++) {
    const t = toks[k];
    if (!t.word || t.cap || sc.occs.some((o) => o.tokStart <= k && o.tokEnd > k)) return undefined;
    if (bodyNoun(sc, t.norm)) return bodyOfState(sc, ctx, state.entityId, k);
  }
  return undefined;
}

/** The start of the clause holding token i: after the last ";" or ":" before it. */
function lastBreak(sc: SentenceCtx, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (sc.s.tokens[k].text === ';' || sc.s.tokens[k].text === ':') return k + 1;
  return 0;
}

/** A token of a sum of money: "$57", "69.2", "million", "euro", "about". */
const amountPart = (t: Token, next?: Token): boolean => /\d/.test(t.text) || /^[$€£¥]$/.test(t.text) || (t.word && !t.cap)
  || (/^[.,]$/.test(t.text) && /^\d/.test(next?.text ?? ''));

/** The words that follow the first number from token k on, up to three: the sum's magnitude and currency ("billion won"). */
function sumUnits(toks: Token[], k: number): string[] {
  const d = toks.findIndex((t, j) => j >= k && j < k + 4 && /\d/.test(t.text));
  return d < 0 ? [] : toks.slice(d + 1, d + 4).filter((t) => t.word && !t.cap && !/\d/.test(t.text)).map((t) => t.norm);
}

/**
 * "AT&T was penalised $57 million and Verizon $47 million", "fined Google 69.2 billion won and Meta 30.8 billion won",
 * "fik en bøde på 2 milliarder euro og Meta 800 millioner euro": a name after the first sum with a sum
 * of its own in the same unit takes the same measure, the verb left out.
 */
function sumPartners(sc: SentenceCtx, from: number): Occ[] {
  const toks = sc.s.tokens;
  const out: Occ[] = [];
  const joinAt = (j: number) => findPhrases(sc.trig.listJoin, toks, j, Math.min(toks.length, j + 3)).find((x) => x.start === j);
  let k = from;
  for (;;) {
    const start = k;
    while (k < toks.length && k - start < 8 && amountPart(toks[k], toks[k + 1]) && !joinAt(k)) k++;
    const join = joinAt(k);
    const units = sumUnits(toks.slice(0, k), start);
    if (!units.length || !join) return out;
    const next = sc.occs.find((o) => o.tokStart === join.end && TARGETABLE.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (!next || !sumUnits(toks, next.tokEnd).some((u) => units.includes(u))) return out;
    out.push(next);
    k = next.tokEnd;
  }
}

export function targets(sc: SentenceCtx, ctx: DocCtx, subj: TargetSubjects): void {
  const { s, trig } = sc;
  const toks = s.tokens;
  const done = new Set<string>();
  // The track the sentence's topic names: looked up once per sentence, and only when a trigger needs it.
  let topicOnce: { track: string | undefined } | undefined;
  const topic = () => (topicOnce ??= { track: subj.topic(sc) }).track;
  // Where the sentence's first measure starts: a trigger after it in a clause of reason is the firm's conduct.
  const found = trig.target.map(({ action, phrases }) => ({ action, matches: findPhrases(phrases, toks) }));
  const first = Math.min(...found.map(({ matches }) => matches[0]?.start ?? toks.length));
  for (const { action, matches } of found) {
    for (const m of matches) {
      // "fines Google $177 million for blocking Android rivals", "fined the company … for similar restrictions on
      // Android device makers": what the firm is punished for is not another measure.
      if (m.start > first && reasonBefore(sc, m.start)) continue;
      // "Protecting Americans from Foreign Adversary …": a trigger word inside a name is part of the name.
      if (insideName(sc, m.start)) continue;
      // "Norway has not banned Huawei", "Regeringen har ikke indført et forbud mod Huawei": a measure denied is none.
      if (negated(sc, m.start)) continue;
      // "ByteDance lost its case against the Commission", "selskabet har anlagt sag mod staten": a firm's or
      // an owner's own case is no measure.
      if (LEGAL_NOUNS.test(toks[m.start].norm) && (OWN_DETERMINERS.has(toks[m.start - 1]?.norm ?? '')
        || ['Company', 'Product'].includes(subjectBefore(sc, m.start, [...TARGETABLE, 'Person'], 8, (o) => !o.genitive && !o.attributive && o.kind !== 'coref')?.type ?? ''))) continue;
      // The measure: heading track, a policy in the sentence (or a track by topic), the programme in focus.
      // A policy before the trigger belongs to it unless a clause with a subject of its own opens between: "The US put
      // Huawei on the Entity List, and the FCC has since banned …", "USA satte X på listen, og FCC har siden forbudt …".
      const policiesBefore = before(sc, m.start, ['Policy'], 30);
      const policyHere = policiesBefore.find((o) => !ownClauseBetween(sc, o.tokEnd, m.start))
        ?? sc.occs.find((o) => o.type === 'Policy' && o.tokStart > m.start && o.tokEnd <= m.end) ?? after(sc, m.end, ['Policy'], 30)[0];
      let policy = subj.heads.get(s.index);
      if (!policy && policyHere) {
        policy = policyHere.entityId;
        const track = topic();
        if (track && subj.parentOf.get(track) === policy) policy = track;
      }
      const fromFocus = !policy && !topic() && subj.focus.has(s.index);
      policy ??= topic() ?? subj.focus.get(s.index);
      // The policy of the other clause does not come back as the programme in focus.
      if (!policyHere && policy && policiesBefore.some((o) => o.entityId === policy)) policy = undefined;
      // The acting state: the first one of the clause before the trigger (its grammatical subject).
      // "The department", "regeringen": a state or body named earlier stands in for it.
      // "Montana became the first US state to ban …", "den første amerikanske delstat, der forbyder …": a country
      // qualifying a noun for a state or city within it is not the one acting.
      const acting = (o: Occ) => STATE.includes(o.type) && canAct(sc, o) && !afterPlacePrep(sc, o) && (o.kind !== 'coref' || STATE.includes(o.type))
        && !SUBNATIONAL.has(toks[o.tokEnd]?.norm ?? '');
      const clauseStart = lastBreak(sc, m.start);
      // The agent of the measure in the subject ("The order, issued by the Ministry of …, shuts out").
      const agent = sc.occs.find((o) => o.tokEnd <= m.start && o.tokStart >= clauseStart && acting(o)
        && findPhrases(trig.passiveBy, toks, Math.max(0, o.tokStart - 2), o.tokStart).length > 0
        && findPhrases(trig.announce, toks, Math.max(0, o.tokStart - 8), o.tokStart).length > 0);
      // "pres fra USA, der indførte restriktioner på …": the name the relative clause hangs on acts, whatever governs it.
      const relative = relativeAntecedent(sc, m.start, STATE);
      const near = agent ?? measureOwner(sc, m) ?? decisionOwner(sc, m.start) ?? coordinatedSubject(sc, m.start, STATE) ?? (relative && !relative.genitive ? relative : undefined)
        ?? relativeMeasureOwner(sc, m.start)
        ?? subjectBefore(sc, m.start, STATE, 10, (o) => acting(o) && o.tokStart >= clauseStart)
        ?? personMeasureOwner(sc, ctx, m, clauseStart);
      // "President Donald Trump blocked …", "premierminister X forbød …": a head of state or minister acting
      // takes the measure for the state they hold office in, and sets themself against its target.
      // "US President Donald Trump blocked": the state in the title is the person's, who is the subject.
      const official = near && !titleOfAny(sc, near) ? undefined : officeHolder(sc, ctx, m.start, clauseStart);
      // "Nigeria shuts out Twitter after the platform deletes a post": the verb of a clause opened by "after", "because",
      // "efter at", "fordi" with its own subject is not the main clause subject's act.
      const sub = subordinateStart(sc, m.start);
      const actor0 = (official ? undefined : near) ?? (official ? undefined : sc.occs.find((o) => o.tokEnd <= m.start && m.start - o.tokStart <= 25 && acting(o) && o.kind !== 'coref')
        ?? invertedSubject(sc, m, clauseStart, STATE)
        // "Regeringen under premierminister X har brugt reglerne til at forbyde …": the sentence's own subject, however far.
        ?? sc.occs.find((o) => o.kind === 'coref' && o.tokStart <= 1 && o.tokStart >= clauseStart && o.tokEnd <= m.start && acting(o)));
      const actor = actor0 && sub > 0 && actor0.tokEnd <= sub && actor0 !== agent ? undefined : actor0;
      // "USA, Storbritannien, Australien og New Zealand har lukket Huawei ude": every state of the subject.
      const qualifier = actor || official ? undefined : qualifyingState(sc, m);
      const actors = actor ? listBack(sc, actor, STATE) : official ? [official.state] : qualifier ? [qualifier] : [];
      const asker = actor && askerOf(sc, ctx, actor);
      if (asker) actors.push(asker);
      const exclude = new Set<string>([policy ?? '', actor?.entityId ?? '', official?.person.entityId ?? '', official?.state.entityId ?? '']);
      // "på USA's Entity List", "on the Commerce Department's Entity List": the owner of the list is no target in the phrase.
      const owner = policyOwner(sc, m, policyHere, actors.length > 0);
      if (owner) exclude.add(owner.entityId);
      // "South Korea's competition watchdog fined …": the body the description stands for, named in a nearby sentence.
      const described = official || actors.some((a) => a.type === 'Agency') ? undefined : describedBody(sc, ctx, m.start, clauseStart);
      if (described) exclude.add(described.entityId);
      let objects: Occ[] = [];
      let passiveActor: Occ | undefined;
      let speakerActor: Occ | undefined;
      // Passive or nominal: "TikTok, which has faced threats of a ban in the US", "Huawei er blevet valgt fra".
      // "Huawei was also hit by new export restrictions": the cue may sit a few words before the measure.
      // "was added to the Entity List": a phrase with nothing to aim at inside it is passive too.
      // "Huawei was ordered by the regulator PTS to remove …": the agent after "by" inside the phrase is no target in it.
      const byInside = (o: Occ) => findPhrases(trig.passiveBy, toks, Math.max(m.start, o.tokStart - 4), o.tokStart).length > 0;
      const emptyInside = m.slot === 'inside' && !sc.occs.some((o) => o.tokStart > m.start && o.tokEnd <= m.end && TARGETABLE.includes(o.type) && !byInside(o) && o.entityId !== owner?.entityId);
      // The Danish s-passive is a cue of its own: "TikTok forbydes", "Huawei udelukkes".
      const sPassive = s.language === 'da' && m.end - m.start === 1 && /[^e]es$/.test(toks[m.start].norm) && !trig.actionNouns.has(toks[m.start].norm);
      const cue = (m.slot === 'after' || emptyInside) && (sPassive || findPhrases(trig.passiveCue, toks, Math.max(0, m.start - 6), m.start).length > 0);
      // The agent after "by"/"af", also with a noun between ("by the regulator PTS") or after a decision ("efter en beslutning fra telestyrelsen").
      const agentCue = (o: Occ) => {
        let k = o.tokStart;
        while (k > 0 && o.tokStart - k < 2 && toks[k - 1].word && !toks[k - 1].cap && !findPhrases(trig.passiveBy, toks, k - 1, k).length) k--;
        if (findPhrases(trig.passiveBy, toks, Math.max(0, k - 2), k).length > 0) return true;
        return ['fra', 'from', 'by'].includes(toks[o.tokStart - 1]?.norm ?? '') && trig.actionNouns.has(toks[o.tokStart - 2]?.norm ?? '');
      };
      const byAgent = after(sc, m.end, STATE, 10).find(agentCue) ?? (emptyInside ? sc.occs.filter((o) => o.tokStart > m.start && o.tokEnd <= m.end && STATE.includes(o.type) && byInside(o))
          .sort((a, b) => Number(a.kind === 'adjective') - Number(b.kind === 'adjective'))[0] : undefined);
      // A definite description is the patient only with its agent or the measure named: "Selskabet blev udelukket af
      // regeringen", "The company was added to the Entity List".
      const named = !!byAgent || !!policyHere;
      // A headline drops the auxiliary: "Google fined $50 million by CNIL", "TikTok banned by Nepal": a firm opening the
      // sentence right before a participle with its agent after "by".
      const headline = !cue && !!byAgent && (m.slot === 'after' || emptyInside) && /(ed|et|t)$/.test(toks[m.start].norm)
        && sc.occs.some((o) => o.tokStart === 0 && o.tokEnd === m.start && TARGETABLE.includes(o.type) && !STATE.includes(o.type));
      const patient = cue || headline ? before(sc, m.start, TARGETABLE, 12).find((o) => canAct(sc, o) && !STATE.includes(o.type) && (o.kind !== 'coref' || named)) : undefined;
      if (patient) {
        // "Huawei og ZTE blev udelukket af Sverige": every name of the subject.
        objects = listBack(sc, patient, TARGETABLE);
        // "Apple and Google would be barred from offering WeChat", "Apple forbydes at tilbyde appen": what they may not offer.
        const used = usedBy(sc, { ...patient, tokEnd: m.end }, (o) => TARGETABLE.includes(o.type) && o.kind !== 'adjective' && !objects.some((x) => x.entityId === o.entityId), OFFER_VERBS);
        if (used) objects = [used];
        // "I USA fik Kaspersky forbud mod …", "In the US, Kaspersky was banned from …": the place opening the sentence.
        const fronted = ['i', 'in'].includes(toks[0]?.norm ?? '') ? sc.occs.find((o) => o.type === 'Government' && o.tokStart <= 2 && o.tokEnd <= patient.tokStart
          && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive && toks.slice(1, o.tokStart).every((t) => t.norm === 'the')) : undefined;
        passiveActor = byAgent ?? after(sc, m.end, STATE, 6).find((o) => afterPlacePrep(sc, o)) ?? qualifyingState(sc, m) ?? fronted;
        // "Twitter could be blocked in Russia, Roskomnadzor warned", "kan blive blokeret, advarer Roskomnadzor": a body
        // voicing a passive measure in a speech tag threatens it; with no other agent it is the agent ("AT&T was fined
        // $57 million, the agency said").
        if (!byAgent) speakerActor = speechTagBody(sc, objects);
        if (!passiveActor && speakerActor) [passiveActor, speakerActor] = [speakerActor, undefined];
      } else {
        // "Canada banned it", "forbød den i 2020": right after the verb the pronoun is the object; inside a phrase
        // ("ordered it to remove WeChat") only when the phrase names nothing else.
        const pronoun = pronounObjects(sc, ctx, m, action, exclude);
        objects = pronoun && m.slot === 'after' ? pronoun : objectsOf(sc, m, exclude);
        if (!objects.length && pronoun) objects = pronoun;
      }
      if (objects.length) objects = [...objects, ...sumPartners(sc, Math.max(m.end, objects[objects.length - 1].tokEnd)).filter((o) => !exclude.has(o.entityId))];
      // "sued to block the purchase", "Kommissionen har gransket aftalen": a definite noun for the deal reported before
      // stands for it, and a measure against a deal is aimed at its buyer.
      if (!patient && objects.length === 0 && m.slot !== 'before' && m.slot !== 'inside') {
        const buyer = dealBuyer(sc, ctx, m.end);
        if (buyer && !exclude.has(buyer.entityId)) objects = [buyer];
      }
      // "The deal was blocked by the FTC", "Handlen blev blokeret af Kommissionen": the deal as the passive's subject.
      if (!patient && cue && byAgent && objects.every((o) => o.entityId === byAgent.entityId)) {
        let j = m.start - 1;
        while (j > 0 && m.start - j < 5 && !DEAL_BACK.test(toks[j].norm)) j--;
        const buyer = DEAL_BACK.test(toks[j]?.norm ?? '') && !sc.occs.some((o) => o.tokStart > j && o.tokEnd <= m.start) ? dealBuyer(sc, ctx, j - (s.language === 'en' ? 1 : 0)) : undefined;
        if (buyer && buyer.entityId !== byAgent.entityId) {
          objects = [buyer];
          passiveActor = byAgent;
        }
      }
      // "Spotify får millionbøde i Sverige", "Huawei was denied access in Britain": the state where the measure holds.
      // "den bøde, som Amazon fik i Luxembourg": the same after a phrase that ends in the verb the object is subject of.
      const endsInVerb = m.slot === 'inside' && objects.length > 0 && objects.every((o) => o.tokStart > m.start && o.tokEnd < m.end) && !trig.actionNouns.has(toks[m.end - 1].norm);
      if ((m.slot === 'before' || endsInVerb) && !passiveActor && actors.length === 0 && objects.length) {
        passiveActor = after(sc, m.end, ['Government'], 3).find((o) => afterPlacePrep(sc, o) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
      }
      // A measure noun with its author after the object: "the ban on Huawei by the United States",
      // "Forbuddet mod Huawei blev indført af USA".
      if (!passiveActor && actors.length === 0 && objects.length) {
        const lastObj = objects[objects.length - 1];
        passiveActor = after(sc, lastObj.tokEnd, STATE, 8).find((o) => findPhrases(trig.passiveBy, toks, Math.max(0, o.tokStart - 2), o.tokStart).length > 0
          && (o.tokStart - lastObj.tokEnd <= 3 || findPhrases(trig.announce, toks, lastObj.tokEnd, o.tokStart).length > 0));
        // "Forbuddet mod TikTok i Indien", "the ban on TikTok in India": the state where a measure noun holds.
        if (!passiveActor && trig.actionNouns.has(toks[m.start].norm) && ['i', 'in'].includes(toks[lastObj.tokEnd]?.norm ?? '')) {
          passiveActor = sc.occs.find((o) => o.tokStart === lastObj.tokEnd + 1 && o.type === 'Government' && o.kind !== 'adjective' && o.kind !== 'coref');
        }
      }
      // "The ban also covers ZTE", "Forbuddet omfatter også ZTE": a definite measure noun refers back to
      // the measure just reported, and its actors aim it at the new names too.
      // "The order prohibits X from …", "Forbuddet rammer X": a definite measure noun as the verb's subject refers back too.
      // "Tidligere er der åbnet tilsvarende sager mod X og TikTok", "similar cases against X": a measure like the one reported,
      // its actor left out, is theirs too.
      const like = LIKE_WORDS.has(toks[m.start - 1]?.norm ?? '');
      const carried = (!policy || like) && !passiveActor && actors.length === 0 && objects.length && (definiteMeasure(sc, m) || measureSubject(sc, m.start) || like) ? recentActors(ctx, s.index) : [];
      // "The British government banned the cameras last week": a measure with its actor but no named target; a
      // sentence after that tells what it hits ("The ban hits Hikvision") takes it up.
      if (objects.length === 0 && !passiveActor && actors.length && subj.withActors && !trig.actionNouns.has(toks[m.start].norm)) {
        remember(ctx, { sentence: s.index, subjects: actors.map((a) => a.entityId), action });
      }
      // Who takes this measure, to carry it back to the targets of the one reported before when it adds more ("also
      // placed two other companies on the list").
      const takers = new Map<string, string | undefined>();
      // "was fined by Italy's privacy regulator": the same for every object.
      const agentBody = passiveActor ? describedAgent(sc, ctx, passiveActor) : undefined;
      for (const o of objects) {
        // Once per object and actor: "Det Hvide Hus har … fjerne appen, og Canada har lukket døren for TikTok" are two acts.
        const key = `${o.entityId}|${passiveActor?.entityId ?? actors.map((a) => a.entityId).join(',')}`;
        if (done.has(key)) continue;
        done.add(key);
        // A law only in focus from earlier sentences is not the instrument of an inquiry or a lawsuit a body starts
        // ("The Sherman Act … . The FTC has taken Amazon to court"): whether it was broken is told by a verb of breach.
        // A union or area of states (the EU, the EEA) is where a law holds ("en bøde efter EU's forordning"), not what it is aimed at.
        // A programme only in focus from earlier sentences is aimed at the firms the sentence names, not at an app, a state or
        // a body it mentions (on the tuning texts such relations were right 0 times of 8).
        // A list names firms, not states ("the Entity List, which bars sales to China"): on the tuning texts a list aimed
        // at a state was right 0 times of 6. (A programme may be aimed at a state: the Clean Network at China.)
        const policyActs = !(fromFocus && (action === 'investigate' || o.type !== 'Company')) && o.type !== 'Organization' && !(o.type === 'Government' && LIST_NAME.test(ctx.entities.get(policy ?? '')?.name ?? ''));
        if (policy && policyActs) add(ctx, { subject: policy, predicate: 'TARGETS', object: o.entityId, action, rule: 'target.policy', sentence: s.index });
        // The acting state counts when no measure is named for it ("India banned TikTok").
        // With a measure named, the state acts too when it is the verb's own subject ("The department put SMIC on its Entity List").
        // "I USA satte handelsministeriet Hikvision på sin sorte liste": the Danish subject right after the verb.
        const direct = actor && (actor === agent || (policyHere && wieldsLaw(sc, actor, policyHere, m)) || (policyHere && policyHere.tokStart > m.start
          && ((actor.tokEnd <= m.start && m.start - actor.tokEnd <= 6) || (actor.tokStart === m.start + 1 && actor.kind !== 'adjective'))
          && !toks.slice(m.end, policyHere.tokStart).some((t) => t.text === ':' || t.text === ';')));
        // A programme only in focus from earlier sentences does not take the act from the verb's own subject:
        // "Kommissionen udpegede seks selskaber som gatekeepere" is the Commission's act as well as the law's.
        const ownSubject = fromFocus && !subj.parentOf.has(policy ?? '') && actor && !official && ((actor.tokEnd <= m.start && m.start - actor.tokEnd <= 3) || (actor.tokStart === m.start + 1 && m.slot === 'inside'))
          && actor.kind !== 'adjective' && actor.kind !== 'coref' && !actor.genitive;
        const list0 = passiveActor ? [passiveActor, ...(speakerActor && speakerActor.entityId !== passiveActor.entityId ? [speakerActor] : [])] : subj.withActors && (!policy || direct || ownSubject) ? actors : [];
        // "the Commerce Department's Bureau of Industry and Security", "Treasury's Office of Foreign Assets Control": the
        // department owning the acting office acts too.
        const list = list0.flatMap((a) => [a, ...ownerAgency(sc, a)]);
        // "placed X on the Commerce Department's Entity List", "satte X på handelsministeriets sorte liste", "blev sat på
        // USA's Entity List": the state or body owning the named measure the verb puts the firm on takes it too.
        if (owner && subj.withActors && !list.some((a) => a.entityId === owner.entityId)) list.push(owner);
        if (described && subj.withActors && !passiveActor && !list.some((a) => a.entityId === described.entityId)) list.push(described);
        if (agentBody && !list.some((a) => a.entityId === agentBody.entityId)) list.push(agentBody);
        for (const a of list) {
          if (a.entityId !== o.entityId) add(ctx, { subject: a.entityId, predicate: 'TARGETS', object: o.entityId, action, rule: passiveActor ? 'target.passive' : 'target.actor', sentence: s.index });
          takers.set(a.entityId, action);
        }
        // The law takes the measure only where it is aimed at this object: a programme in focus from earlier sentences
        // that the sentence does not aim at an app or a body does not carry over to the names reported before either.
        if (policy && policyActs) takers.set(policy, action);
        if (official && official.person.entityId !== o.entityId && o.type !== 'Government') add(ctx, { subject: official.person.entityId, predicate: 'OPPOSES', object: o.entityId, rule: 'oppose.measure', sentence: s.index });
        for (const a of carried) {
          if (a !== o.entityId) add(ctx, { subject: a, predicate: 'TARGETS', object: o.entityId, action, rule: 'target.carried', sentence: s.index });
        }
      }
      if (takers.size && addsMore(sc, m, objects)) moreOfTheSame(ctx, s.index, takers, new Set(objects.map((o) => o.entityId)));
    }
  }
}

/**
 * "The Justice Department asked the FCC to ban China Telecom", "Justitsministeriet bad FCC om at forbyde …": a body of the
 * same state asking the one that acts shares the measure; a foreign state asking only wants it.
 */
function askerOf(sc: SentenceCtx, ctx: DocCtx, asked: Occ): Occ | undefined {
  const toks = sc.s.tokens;
  const k = asked.tokStart - (['the', 'den', 'det'].includes(toks[asked.tokStart - 1]?.norm ?? '') ? 1 : 0);
  const ask = findPhrases(sc.trig.askVerbs, toks, Math.max(0, k - 3), k).find((x) => x.end === k);
  if (!ask) return undefined;
  const asker = subjectBefore(sc, ask.start, STATE, 6);
  const stateOf = (id: string) => ctx.entities.get(id)?.partOf ?? id;
  return asker && asker.entityId !== asked.entityId && stateOf(asker.entityId) === stateOf(asked.entityId) ? asker : undefined;
}

/** "India used the IT Act to ban TikTok", "Indien brugte loven X til at forbyde": the subject wielding the law takes the measure. */
function wieldsLaw(sc: SentenceCtx, actor: Occ, law: Occ, m: PhraseMatch): boolean {
  const toks = sc.s.tokens;
  if (actor.tokEnd > law.tokStart || law.tokEnd > m.start) return false;
  const verb = toks.slice(actor.tokEnd, law.tokStart);
  const link = toks.slice(law.tokEnd, m.start).map((t) => t.norm).join(' ');
  return verb.length <= 5 && verb.every((t) => t.word) && verb.some((t) => sc.trig.wieldVerbs.has(t.norm)) && ['to', 'til at'].includes(link);
}

/** What a pronoun can stand for as a measure's object. */
const FIRMS: EntityType[] = ['Company', 'Product', 'Organization'];

/**
 * The token where a pronoun stands as the trigger's object: right after the phrase, or right after its verb when the
 * object sits inside; -1 when no pronoun stands there. Not after a noun ("the fines it had run up", "forbuddet, det
 * indførte"), and Danish "den"/"det" only before a function word or punctuation, not as an article ("forbød den kinesiske app").
 */
function pronounAt(sc: SentenceCtx, m: PhraseMatch): number {
  const toks = sc.s.tokens;
  const k = m.slot === 'inside' ? m.start + 1 : m.slot === 'after' ? m.end : -1;
  const t = toks[k];
  if (!t || !(sc.trig.objectPronouns.has(t.norm) || sc.trig.pluralObjectPronouns.has(t.norm))) return -1;
  const prev = toks[m.start - 1];
  if (prev && (isDet(sc, prev.norm) || OWN_DETERMINERS.has(prev.norm) || /\d/.test(prev.text))) return -1;
  if (sc.trig.actionNouns.has(toks[m.end - 1].norm) && danishDefinite(sc, toks[m.end - 1].norm)) return -1;
  const next = toks[k + 1];
  if (sc.s.language === 'da' && sc.trig.objectPronouns.has(t.norm) && next?.word && !FUNCTION_WORDS.has(next.norm)) return -1;
  return k;
}

/**
 * "India banned TikTok in 2020, and France blocked it", "Canada banned it from government devices", "fined them":
 * the firm or app in focus. In the sentence, the nearest one named before the trigger; else the targets of the measure
 * reported in the last two sentences; else the first one named in the nearest of them. A plural pronoun takes a list.
 */
function pronounObjects(sc: SentenceCtx, ctx: DocCtx, m: PhraseMatch, action: string | undefined, exclude: Set<string>): Occ[] | undefined {
  // "would review it", "told it to stop selling chips to China": what is reviewed is a deal or a plan, and a firm held
  // back from a sale is not what the measure is aimed at.
  if (action === 'investigate' || SELL_VERBS.has(sc.s.tokens[m.end]?.norm ?? '')) return undefined;
  const k = pronounAt(sc, m);
  if (k < 0) return undefined;
  const plural = sc.trig.pluralObjectPronouns.has(sc.s.tokens[k].norm);
  const at = (id: string): Occ => ({ entityId: id, type: ctx.entities.get(id)!.type, tokStart: k, tokEnd: k + 1, kind: 'coref', genitive: false, attributive: false });
  const usable = (o: Occ) => FIRMS.includes(o.type) && o.kind !== 'adjective' && !o.attributive && !exclude.has(o.entityId);
  const here = before(sc, m.start, FIRMS, 25).find(usable);
  if (here) return (plural ? listBack(sc, here, FIRMS).filter(usable) : [here]).map((o) => at(o.entityId));
  const last = lastMeasureSentence(ctx, sc.s.index, (r) => FIRMS.includes(ctx.entities.get(r.object)?.type ?? 'Person'));
  const aimed = [...new Set(ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === last && FIRMS.includes(ctx.entities.get(r.object)?.type ?? 'Person'))
    .map((r) => r.object))].filter((id) => !exclude.has(id));
  if (aimed.length) return (plural ? aimed : aimed.slice(0, 1)).map(at);
  for (let j = sc.s.index - 1; j >= Math.max(0, sc.s.index - 2); j--) {
    const prev = ctx.sentences[j];
    const first = prev?.occs.find(usable);
    if (first) return (plural ? listFrom(prev, first, FIRMS).filter(usable) : [first]).map((o) => at(o.entityId));
  }
  return undefined;
}

/**
 * A negation right before the trigger, over an auxiliary, a verb of imposing and an article or two ("has not banned",
 * "did not ban", "har ikke indført et forbud", "will never be blocked"); not "not only".
 */
function negated(sc: SentenceCtx, at: number): boolean {
  const toks = sc.s.tokens;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = toks[k];
    if (!t.word || t.cap || sc.occs.some((o) => o.tokStart <= k && o.tokEnd > k)) return false;
    if (sc.trig.negations.has(t.norm)) return negationAt(sc, k);
  }
  return false;
}

/**
 * A clause of reason opening at token j: "(a fine) for blocking (Android rivals)", "(en bøde) for at have misbrugt". Danish
 * "for at" with a plain infinitive is as often a purpose ("griber ind for at forhindre"), so only the perfect counts there.
 */
function reasonOpens(sc: SentenceCtx, j: number): boolean {
  const toks = sc.s.tokens;
  if (toks[j]?.norm !== 'for') return false;
  return sc.s.language === 'da' ? toks[j + 1]?.norm === 'at' && toks[j + 2]?.norm === 'have' : /^[a-z]+ing$/.test(toks[j + 1]?.text ?? '');
}

/** Where a clause of reason opens from token k on, or the sentence's end. */
function reasonStart(sc: SentenceCtx, k: number): number {
  for (let j = k; j < sc.s.tokens.length; j++) if (reasonOpens(sc, j)) return j;
  return sc.s.tokens.length;
}

/** Does a clause of reason open right before the trigger at k: "for blocking", "for at have blokeret", "for similar restrictions"? */
function reasonBefore(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  if (sc.s.language === 'da') return reasonOpens(sc, k - 3);
  // The trigger is the gerund itself, or a noun after one lower-case word ("for similar restrictions").
  return toks[k - 1]?.norm === 'for' || (toks[k - 2]?.norm === 'for' && !!toks[k - 1]?.word && !toks[k - 1].cap);
}

/**
 * "to Silex Microsystems, the Swedish subsidiary of China's Sai Microelectronics", "X, et datterselskab af den kinesiske
 * koncern Y": a firm described as a part of another takes its parent along.
 */
function withParents(sc: SentenceCtx, found: Occ[], exclude: Set<string>): Occ[] {
  const out = [...found];
  for (const o of found) {
    const parent = parentInApposition(sc, o);
    if (parent && !exclude.has(parent.entityId) && !out.some((x) => x.entityId === parent.entityId)) out.push(parent);
  }
  return out;
}

/** The firm named after ", the … subsidiary of" right after the occurrence, over an article, a nationality word or two. */
function parentInApposition(sc: SentenceCtx, o: Occ): Occ | undefined {
  const toks = sc.s.tokens;
  if (toks[o.tokEnd]?.text !== ',' || !isDet(sc, toks[o.tokEnd + 1]?.norm ?? '')) return undefined;
  // Over lower-case words and nationality words up to the noun for a part, then "of"/"af".
  let k = o.tokEnd + 2;
  while (k < o.tokEnd + 6 && !PART_NOUNS.has(toks[k]?.norm ?? '')) {
    const adj = sc.occs.find((x) => x.tokStart === k && x.kind === 'adjective');
    if (adj) { k = adj.tokEnd; continue; }
    if (!toks[k]?.word || toks[k].cap) return undefined;
    k++;
  }
  if (!PART_NOUNS.has(toks[k]?.norm ?? '') || !['of', 'af'].includes(toks[k + 1]?.norm ?? '')) return undefined;
  // "of China's Sai Microelectronics", "af den statsejede kinesiske koncern CRRC": the firm after a description.
  let f = k + 2;
  while (f < k + 7 && !sc.occs.some((x) => x.tokStart === f && x.type === 'Company' && x.kind !== 'coref' && x.kind !== 'adjective')) {
    const x = sc.occs.find((y) => y.tokStart === f && (y.kind === 'adjective' || (y.type === 'Government' && y.genitive)));
    if (x) { f = x.tokEnd; continue; }
    if (!toks[f]?.word || toks[f].cap) return undefined;
    f++;
  }
  return sc.occs.find((x) => x.tokStart === f && x.type === 'Company' && x.kind !== 'coref' && x.kind !== 'adjective');
}

/** Words that add names to a measure already reported: "two other companies", "to andre selskaber", "further entities". */
const MORE_WORDS = new Set(['other', 'another', 'further', 'additional', 'more', 'andre', 'anden', 'andet', 'yderligere', 'flere']);

/**
 * Does the trigger put more names under a measure reported before: "also placed two other companies on the Entity List",
 * "satte også to andre selskaber på listen", "added further Chinese firms"? A word of addition qualifies the objects'
 * noun inside the phrase or right after the verb, before the first name.
 */
function addsMore(sc: SentenceCtx, m: PhraseMatch, objects: Occ[]): boolean {
  const toks = sc.s.tokens;
  const first = Math.min(...objects.map((o) => o.tokStart));
  const end = Math.min(first, m.slot === 'inside' ? m.end : m.end + 5);
  for (let k = m.start + 1; k < end; k++) {
    if (!MORE_WORDS.has(toks[k].norm)) continue;
    // "more than 30", "flere end 30": a number, not an addition.
    if (['than', 'end'].includes(toks[k + 1]?.norm ?? '')) continue;
    // The word qualifies a noun: the next word is lower-case (or a number and a noun: "two other", "to andre").
    if (toks[k + 1]?.word && !toks[k + 1].cap) return true;
  }
  return false;
}

/** Each taker of the measure that adds names aims it at the targets of the measure reported in the last two sentences too. */
function moreOfTheSame(ctx: DocCtx, at: number, takers: Map<string, string | undefined>, here: Set<string>): void {
  const last = lastMeasureSentence(ctx, at);
  if (last < 0) return;
  const earlier = new Set(ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === last && !here.has(r.object)).map((r) => r.object));
  for (const o of earlier) {
    const type = ctx.entities.get(o)?.type;
    if (type !== 'Company' && type !== 'Product') continue;
    for (const [subject, action] of takers) if (subject !== o) add(ctx, { subject, predicate: 'TARGETS', object: o, action, rule: 'target.more', sentence: at });
  }
}

/** Words that open a sentence about the measure just reported: "Det gælder …", "This covers …". */
const MEASURE_PRONOUNS = new Set(['det', 'dette', 'den', 'this', 'it', 'that']);

/**
 * A measure reported in the sentence before reaches more names: "Regeringen udelukker kinesiske
 * leverandører. Det gælder Huawei og ZTE", "Forbuddet omfatter også ZTE", "The ban covers ZTE".
 * The sentence opens with the measure (a pronoun, a noun for it, or the policy) and a verb of
 * reach; whoever took the measure in the last two sentences aims it at the names after the verb.
 */
/**
 * Where the clause of token i opens: the sentence's start, or after ", men"/", but"/", og" or "at"/"that" a few words
 * before ("…, men forbuddet rammer især X", "enige om, at afgørelsen rammer X").
 */
function clauseOpening(sc: SentenceCtx, i: number): number {
  const toks = sc.s.tokens;
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    if (THAT.has(toks[k].norm) || (COORD.has(toks[k].norm) && toks[k - 1].text === ',')) return k + 1;
  }
  return 0;
}

export function coveredTargets(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  namedCover(sc, ctx);
  passiveCover(sc, ctx);
  if (onTheList(sc, ctx)) return;
  const m = findPhrases(sc.trig.cover, toks, 0, Math.min(toks.length, 25))[0];
  if (!m) return;
  const open = clauseOpening(sc, m.start);
  if (m.start - open < 5) {
    // "Det gælder …" opens with the pronoun; "The ban covers …", "Denne regel rammer …" with a determiner and the noun.
    let k = open;
    if ((sc.trig.determiners.has(toks[k]?.norm ?? '') || toks[k]?.norm === 'the') && !findPhrases(sc.trig.cover, toks, k + 1, k + 3).some((x) => x.start === k + 1)) k++;
    const opener = toks[k];
    const policyHere = sc.occs.find((o) => o.type === 'Policy' && o.tokStart === k);
    const opened = policyHere ? policyHere.tokEnd : k + 1;
    // Only the verb, an adverb ("også", "also") or two between the opener and the verb.
    if (opener && (MEASURE_PRONOUNS.has(opener.norm) || sc.trig.actionNouns.has(opener.norm) || LIST_NOUNS.has(opener.norm) || policyHere) && m.start >= opened && m.start - opened <= 2) {
      coverFrom(sc, ctx, m, policyHere);
      return;
    }
  }
  // Danish puts the verb before its subject after an opening phrase: "Ud over X omfatter forbuddet også Y".
  if (sc.trig.actionNouns.has(toks[m.end]?.norm ?? '') && danishDefinite(sc, toks[m.end]?.norm ?? '')
    && !sc.occs.some((o) => o.tokEnd <= m.start && STATE.includes(o.type) && canAct(sc, o) && !afterPlacePrep(sc, o))) {
    coverFrom(sc, ctx, { ...m, end: m.end + 1 }, undefined);
    return;
  }
  // "Besides the two services, the order, signed on Tuesday, covers …": the clause after an opening phrase,
  // with maybe a participle phrase between commas after its noun.
  let j = m.start;
  while (j > 0 && m.start - j < 2 && toks[j - 1].word && !toks[j - 1].cap && !sc.trig.actionNouns.has(toks[j - 1].norm)) j--;
  if (toks[j - 1]?.text === ',') {
    let c = j - 2;
    while (c >= 0 && j - c <= 8 && toks[c].text !== ',') c--;
    if (c < 0 || toks[c].text !== ',' || !toks[c + 1]?.word || toks[c + 1].cap) return;
    j = c;
  }
  // A determiner and a noun for the measure, right after the comma that ends the opening phrase.
  const noun = j - 1;
  if (noun < 2 || !sc.trig.actionNouns.has(toks[noun].norm)) return;
  if (!(sc.trig.determiners.has(toks[noun - 1].norm) || toks[noun - 1].norm === 'the') || toks[noun - 2].text !== ',') return;
  coverFrom(sc, ctx, m, undefined);
}

/** Words before a policy's name that make it no subject: "under the Act", "in the law", "i henhold til loven". */
const POLICY_NOT_SUBJECT = new Set(['of', 'af', 'under', 'in', 'i', 'with', 'med', 'to', 'til', 'by', 'from', 'fra', 'on', 'på', 'for', 'about', 'om']);

/**
 * "before the Digital Markets Act begins to apply to Apple", "The Entity List now includes Huawei", "Loven gælder også for
 * TikTok": a named policy as the subject of a verb of reach, over an auxiliary or an adverb or two, is aimed at the names after it.
 */
function namedCover(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (const p of sc.occs) {
    if (p.type !== 'Policy' || p.kind === 'coref' || p.kind === 'adjective' || p.genitive) continue;
    let b = p.tokStart - 1;
    if (['the', 'den', 'det'].includes(toks[b]?.norm ?? '')) b--;
    if (POLICY_NOT_SUBJECT.has(toks[b]?.norm ?? '')) continue;
    const m = findPhrases(sc.trig.cover, toks, p.tokEnd, Math.min(toks.length, p.tokEnd + 6)).find((x) => toks.slice(p.tokEnd, x.start).every((t) => t.word && !t.cap) && x.start - p.tokEnd <= 3);
    if (!m) continue;
    const end = clauseEnd(sc, m.end);
    let first = after(sc, m.end, TARGETABLE, 3).find((o) => o.tokStart < end && o.kind !== 'coref' && o.kind !== 'adjective' && (!afterPlacePrep(sc, o) || o.tokStart === m.end)
      && toks.slice(m.end, o.tokStart).every((t) => t.word && !t.cap));
    if (!first) continue;
    if (first.genitive) first = possessed(sc, first, TARGETABLE) ?? first;
    for (const o of listFrom(sc, first, TARGETABLE)) {
      if (o.entityId !== p.entityId && o.type !== 'Government' && o.type !== 'Organization') add(ctx, { subject: p.entityId, predicate: 'TARGETS', object: o.entityId, rule: 'target.cover', sentence: sc.s.index });
    }
  }
}

/** The names after a verb of reach take the measure reported in the last two sentences. */
function coverFrom(sc: SentenceCtx, ctx: DocCtx, m: PhraseMatch, policyHere: Occ | undefined, back = 2): void {
  const subjects = measureBefore(sc, ctx, policyHere, back);
  if (!subjects) return;
  const end = clauseEnd(sc, m.end);
  let first = after(sc, m.end, TARGETABLE, 6).find((o) => o.tokStart < end && o.kind !== 'coref' && !afterPlacePrep(sc, o));
  if (!first) return;
  let objects: Occ[];
  if (first.kind === 'adjective') objects = adjectiveList(sc, first, ['Company', 'Product', 'Organization']);
  else {
    if (first.genitive) first = possessed(sc, first, TARGETABLE) ?? first;
    objects = listFrom(sc, first, TARGETABLE);
  }
  carry(sc, ctx, subjects, objects);
}

/** Who took the measure reported last (with its action), to carry it to more names; a policy named here takes it too. */
function measureBefore(sc: SentenceCtx, ctx: DocCtx, policyHere: Occ | undefined, back = 2): Map<string, string | undefined> | undefined {
  const last = lastMeasureSentence(ctx, sc.s.index, () => true, back);
  const open = untargeted(ctx, sc.s.index, last);
  if (last < 0 && !open) return undefined;
  const before = open ? [] : ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === last);
  const subjects = new Map<string, string | undefined>();
  for (const r of before) if (!subjects.has(r.subject)) subjects.set(r.subject, r.action);
  // "Ministeriet begrunder forbuddet …" names only the law: the states and bodies that took the measure a little earlier act too.
  const acted = open ? -1 : lastMeasureSentence(ctx, sc.s.index, (r) => r.rule === 'target.actor' || r.rule === 'target.passive', back);
  for (const r of ctx.relations) {
    if (r.predicate === 'TARGETS' && r.sentence === acted && acted !== last && (r.rule === 'target.actor' || r.rule === 'target.passive') && !subjects.has(r.subject)) subjects.set(r.subject, r.action);
  }
  if (open) for (const a of open.subjects) subjects.set(a, open.action);
  if (policyHere) subjects.set(policyHere.entityId, before[0]?.action);
  return subjects;
}

function carry(sc: SentenceCtx, ctx: DocCtx, subjects: Map<string, string | undefined>, objects: Occ[]): void {
  for (const o of objects) {
    for (const [subject, action] of subjects) {
      if (subject !== o.entityId) add(ctx, { subject, predicate: 'TARGETS', object: o.entityId, action, rule: 'target.carried', sentence: sc.s.index });
    }
  }
}

/** "Især ASML rammes af forbuddet", "Huawei is also hit by the ban": the names before a cover verb's passive whose agent is the measure. */
function passiveCover(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (const m of findPhrases(sc.trig.coverPassive, toks)) {
    const determined = sc.trig.determiners.has(toks[m.end]?.norm ?? '') || toks[m.end]?.norm === 'the';
    const noun = toks[m.end + (determined ? 1 : 0)];
    // The agent is a definite noun for a measure: "af forbuddet", "by the ban".
    if (!noun || !sc.trig.actionNouns.has(noun.norm) || !(determined || danishDefinite(sc, noun.norm))) continue;
    const last = before(sc, m.start, TARGETABLE, 4).find((o) => o.kind !== 'coref' && o.kind !== 'adjective' && !o.genitive);
    const subjects = last ? measureBefore(sc, ctx, undefined) : undefined;
    if (last && subjects) carry(sc, ctx, subjects, listBack(sc, last, TARGETABLE));
  }
}

/**
 * "Kort efter fulgte Europa-Parlamentet og Rådet trop", "Canada followed suit", "Japan gjorde det
 * samme": the subject takes the measure the text reported in the last two sentences, against the
 * same targets, with the same action.
 */
export function followsSuit(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (const m of findPhrases(sc.trig.followSuit, toks)) {
    const inside = m.slot === 'inside' ? sc.occs.filter((o) => o.tokStart > m.start && o.tokEnd < m.end && STATE.includes(o.type) && canAct(sc, o)) : [];
    // "fulgte trop" with nothing in the gap: the subject stands before it ("og Europa-Parlamentet fulgte trop").
    const subject = inside.length > 0 ? undefined : subjectBefore(sc, m.start, STATE, 8);
    const followers = subject ? listBack(sc, subject, STATE) : inside;
    if (followers.length === 0) continue;
    const taken = measureFollowed(ctx, sc.s.index, followers);
    for (const f of followers) {
      for (const r of taken) {
        if (r.subject === f.entityId || r.object === f.entityId) continue;
        add(ctx, { subject: f.entityId, predicate: 'TARGETS', object: r.object, action: r.action, rule: 'target.follow', sentence: sc.s.index });
      }
    }
  }
}

/**
 * The measure followed: one taken by others earlier in the same sentence ("X bad sine ansatte fjerne TikTok, og
 * Europa-Parlamentet fulgte trop"), else the one of the last two sentences.
 */
function measureFollowed(ctx: DocCtx, at: number, followers: Occ[]): WorkRelation[] {
  const followerIds = new Set(followers.map((f) => f.entityId));
  const takenIn = (i: number) => ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === i && r.rule !== 'target.state');
  // The followers' own measures in this sentence are what they do, not what they follow.
  const here = takenIn(at).filter((r) => !followerIds.has(r.subject));
  if (here.length > 0) return here;
  const last = lastMeasureSentence(ctx, at);
  return last < 0 ? [] : takenIn(last);
}

/**
 * The person who is the subject of a target verb and holds an office of a state by the text
 * ("President Donald Trump blocked", "Ministeren forbød"), with that state as an occurrence to act.
 */
function officeHolder(sc: SentenceCtx, ctx: DocCtx, at: number, clauseStart: number): { person: Occ; state: Occ } | undefined {
  const person = subjectBefore(sc, at, ['Person'], 10, (o) => o.tokStart >= clauseStart && !o.genitive);
  if (!person) return undefined;
  // Nothing but adverbials between the person and the verb: no other name.
  if (sc.occs.some((o) => o.tokStart >= person.tokEnd && o.tokEnd <= at && o.type !== 'Location')) return undefined;
  // The person is the verb's own subject: a few words between ("on Wednesday", "har i dag"), no clause of their own
  // ("Trump, who has threatened to punish countries that penalise …": the countries penalise).
  const between = sc.s.tokens.slice(person.tokEnd, at);
  if (between.length > 4 || between.some((t) => !t.word || RELATIVE.has(t.norm) || sc.trig.determiners.has(t.norm) || sc.trig.indefinites.has(t.norm))) return undefined;
  if (findPhrases(sc.trig.speech, sc.s.tokens, person.tokEnd, at).length > 0) return undefined;
  // "Regeringen under premierminister X har …": a state or body before the person is the subject (a dateline,
  // "WASHINGTON, Sept. 13 -", aside).
  const toks = sc.s.tokens;
  if (sc.occs.some((o) => o.tokEnd <= person.tokStart && o.tokStart >= clauseStart && STATE.includes(o.type) && !o.genitive
    && !(o.tokStart === 0 && toks[o.tokEnd]?.text === ',') && !titleOf(sc, o, person))) return undefined;
  const role = ctx.relations.find((r) => r.predicate === 'HOLDS_ROLE' && r.subject === person.entityId && ctx.entities.get(r.object)?.type === 'Government');
  if (!role) return undefined;
  return { person, state: { entityId: role.object, type: 'Government', tokStart: person.tokStart, tokEnd: person.tokEnd, kind: 'coref', genitive: false, attributive: false } };
}

const SALE_NOUNS = new Set(['sale', 'salget', 'salg', 'sell', 'sælge', 'selling']);

const DEAL_NOUNS = new Set(['bid', 'bids', 'takeover', 'attempt', 'offer', 'acquisition', 'purchase', 'buyout', 'deal', 'opkøb', 'opkøbet', 'overtagelse', 'overtagelsen', 'bud', 'købstilbud', 'købet', 'køb']);
const BOUGHT_NOUNS = new Set(['takeover', 'acquisition', 'purchase', 'buyout', 'opkøb', 'opkøbet', 'overtagelse', 'overtagelsen', 'købet', 'køb']);

/** A firm's genitive before a noun for its bid or takeover ("Broadcom's $117 billion bid", "Wingtechs opkøb"): the firm acting. */
function dealOwner(sc: SentenceCtx, o: Occ): boolean {
  if (!o.genitive || o.type !== 'Company') return false;
  const toks = sc.s.tokens;
  for (let k = o.tokEnd; k < Math.min(toks.length, o.tokEnd + 6); k++) {
    if (DEAL_NOUNS.has(toks[k].norm)) return true;
    if (toks[k].cap || [',', ';', '.'].includes(toks[k].text) || sc.occs.some((x) => x.tokStart === k)) return false;
  }
  return false;
}

/**
 * "the sale of X to Y", "salget af X til Y": the buyer Y, a firm, named right after "to"/"til" following X.
 * "the takeover of X by Y": Y. null for "the takeover of X" with no buyer named (X is bought, not aimed at).
 */
function buyerOf(sc: SentenceCtx, sold: Occ): Occ | null | undefined {
  const toks = sc.s.tokens;
  const firm = (k: number) => sc.occs.find((o) => o.tokStart === k && (o.type === 'Company' || o.type === 'Organization') && o.kind !== 'adjective' && !o.genitive);
  // "the buyout of chipmaker Lattice": a descriptive noun or two may stand before the name.
  let b = sold.tokStart;
  while (b > 0 && sold.tokStart - b < 2 && toks[b - 1].word && !toks[b - 1].cap && !['of', 'af'].includes(toks[b - 1].norm)) b--;
  if (['of', 'af'].includes(toks[b - 1]?.norm ?? '') && BOUGHT_NOUNS.has(toks[b - 2]?.norm ?? '')) {
    if (['by', 'af'].includes(toks[sold.tokEnd]?.norm ?? '')) return firm(sold.tokEnd + 1) ?? null;
    // "Wingtechs opkøb af X": the genitive before the noun is the buyer, found by dealOwner first.
    return null;
  }
  if (!['of', 'af'].includes(toks[sold.tokStart - 1]?.norm ?? '') || !SALE_NOUNS.has(toks[sold.tokStart - 2]?.norm ?? '')) {
    // "to sell X to Y", "at sælge X til Y"
    if (!SALE_NOUNS.has(toks[sold.tokStart - 1]?.norm ?? '')) return undefined;
  }
  // "salget af Bergen Engines, der producerer motorer til skibe, til det russiske selskab TMH": past a relative clause.
  let k = sold.tokEnd;
  if (toks[k]?.text === ',' && RELATIVE.has(toks[k + 1]?.norm ?? '')) {
    let c = k + 2;
    while (c < toks.length && c - k < 15 && toks[c].text !== ',') c++;
    if (toks[c]?.text === ',') k = c + 1;
  }
  if (!['to', 'til'].includes(toks[k]?.norm ?? '')) return undefined;
  // "to the Russian company TMH", "til det russiske selskab TMH": over a determiner, a nationality and a noun.
  let f = k + 1;
  while (f < toks.length && f - k <= 4 && !firm(f) && (isDet(sc, toks[f].norm) || (toks[f].word && !toks[f].cap) || sc.occs.some((o) => o.tokStart === f && o.kind === 'adjective'))) {
    const adj = sc.occs.find((o) => o.tokStart === f && o.kind === 'adjective');
    f = adj ? adj.tokEnd : f + 1;
  }
  return firm(f);
}

const isDet = (sc: SentenceCtx, w: string) => sc.trig.determiners.has(w) || ['the', 'a', 'an', 'en', 'et'].includes(w);

/** A state in a person's title: "US President Donald Trump", "den danske statsminister Mette Frederiksen". */
function titleOf(sc: SentenceCtx, state: Occ, person: Occ): boolean {
  const gap = sc.s.tokens.slice(state.tokEnd, person.tokStart);
  return person.tokStart > state.tokEnd && gap.length <= 3 && gap.every((t) => t.word) && findPhrases(sc.trig.roles.phrases, sc.s.tokens, state.tokEnd, person.tokStart).some((r) => r.start === state.tokEnd);
}

function titleOfAny(sc: SentenceCtx, state: Occ): boolean {
  return sc.occs.some((p) => p.type === 'Person' && titleOf(sc, state, p));
}

/**
 * "de amerikanske eksportrestriktioner, der … har begrænset Kinas adgang", "the US sanctions, which cut Huawei
 * off": a verb in a relative clause hanging on a measure noun that a state qualifies or owns is that state's act.
 */
function relativeMeasureOwner(sc: SentenceCtx, at: number): Occ | undefined {
  const toks = sc.s.tokens;
  for (let k = at - 1; k > 1 && at - k <= 10; k--) {
    if (toks[k].text === ',' && !RELATIVE.has(toks[k + 1]?.norm ?? '')) return undefined;
    // "blocked the Commerce Department's order that would have removed TikTok", "handelsministeriets forbud, der …":
    // a restrictive relative right after the measure noun, without a comma, as well.
    if (RELATIVE.has(toks[k + 1]?.norm ?? '') && toks[k].word && sc.trig.actionNouns.has(toks[k].norm)) {
      if (sc.occs.some((o) => o.tokStart > k && o.tokEnd <= at)) return undefined;
      return ownerOfNoun(sc, k);
    }
    if (toks[k].text !== ',' || !RELATIVE.has(toks[k + 1]?.norm ?? '')) continue;
    // No other clause or name between the relative pronoun and the verb.
    if (sc.occs.some((o) => o.tokStart > k && o.tokEnd <= at)) return undefined;
    const noun = k - 1;
    if (!sc.trig.actionNouns.has(toks[noun].norm) && !/(restrikt|sanktion|restriction|sanction|control|kontrol)/.test(toks[noun].norm)) return undefined;
    return ownerOfNoun(sc, noun);
  }
  return undefined;
}

/** The state or body qualifying or owning the noun at `noun`, over a lower-case word or two: "the US sanctions", "USA's forbud". */
function ownerOfNoun(sc: SentenceCtx, noun: number): Occ | undefined {
  const toks = sc.s.tokens;
  for (let j = noun; j >= Math.max(0, noun - 2); j--) {
    const o = sc.occs.find((x) => x.tokEnd === j && STATE.includes(x.type) && x.kind !== 'coref' && (x.genitive || x.kind === 'adjective' || x.attributive));
    if (o) return o;
    if (j < noun && !(toks[j].word && !toks[j].cap)) break;
  }
  return undefined;
}

/**
 * The law a verb of breach ending at `end` names: a policy within six tokens ("Section 2 of the Sherman Act"), over an
 * owner's genitive ("the EU's General Data Protection Regulation", "EU's databeskyttelsesforordning") or a description
 * it is in apposition to ("databeskyttelsesforordningen, GDPR", "the privacy law, the GDPR"). A law further on is more
 * often another clause's.
 */
function brokenLaw(sc: SentenceCtx, end: number): Occ | undefined {
  const toks = sc.s.tokens;
  const between = (t: Token, i: number, all: Token[]) => t.word || t.text === '-' || t.text === "'" || t.text === '’'
    || (t.text === ',' && (i === all.length - 1 || (i === all.length - 2 && all[i + 1].norm === 'the')));
  return after(sc, end, ['Policy'], 6).find((o) => o.kind !== 'coref' && toks.slice(end, o.tokStart).every(between));
}

/** Verbs and phrases of breaking a law: "violated", "breached", "overtrådt", "i strid med". */
const BREACH = /^(violat(e|es|ed|ing)|breach(ed|es|ing)?|broke|breaks|break|breaking|infring(e|es|ed|ing)|contraven(e|es|ed|ing)|overtræde|overtræder|overtrådt|overtrådte|bryder|brød|brudt)$/;

/**
 * "the judge concluded that Google had violated Section 2 of the Sherman Act", "Datatilsynet vurderede, at
 * selskabets brug af Google Analytics var i strid med GDPR": a law the firm broke is aimed at it, and so is
 * the body (or the body of the official) that finds so.
 */
export function breaches(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let v = 1; v < toks.length; v++) {
    let end = v + 1;
    if (!BREACH.test(toks[v].norm)) {
      if (!(toks[v].norm === 'i' && toks[v + 1]?.norm === 'strid' && toks[v + 2]?.norm === 'med')) continue;
      end = v + 3;
    }
    const law = brokenLaw(sc, end);
    // The firm: the clause's subject before the verb, or the thing used ("brug af Google Analytics var i strid med").
    const firm = sc.occs.filter((o) => o.tokEnd <= v && v - o.tokEnd <= 4 && (o.type === 'Company' || o.type === 'Product')
      && !o.attributive && o.kind !== 'adjective' && (!o.genitive || !!possessed(sc, o, ['Company', 'Product']))
      && !sc.s.tokens.slice(o.tokEnd, v).some((t) => !t.word || THAT.has(t.norm))
      && !sc.occs.some((x) => x.tokStart >= o.tokEnd && x.tokEnd <= v && x.type !== 'Product' && x.type !== 'Company')).pop();
    if (!firm) continue;
    const target = firm.genitive ? possessed(sc, firm, ['Company', 'Product']) ?? firm : firm;
    if (law && law.entityId !== target.entityId) add(ctx, { subject: law.entityId, predicate: 'TARGETS', object: target.entityId, action: 'investigate', rule: 'target.breach', sentence: sc.s.index });
    // The finder: "X found/said that …", "X vurderede, at …", a body or an officer of one, as the sentence's subject.
    let that = firm.tokStart - 1;
    while (that > 0 && !THAT.has(toks[that].norm)) that--;
    // "said TikTok had violated …": English drops "that" after a verb of saying.
    if (that < 1 && /^(said|says|found|concluded|ruled)$/.test(toks[firm.tokStart - 1]?.norm ?? '')) that = firm.tokStart;
    if (that < 1 || firm.tokStart - that > 8) continue;
    const finder = sc.occs.find((o) => o.tokEnd <= that && o.tokStart <= 2 && canAct(sc, o) && ['Government', 'Agency', 'Person'].includes(o.type));
    if (!finder || !findPhrases(sc.trig.speech, toks, finder.tokEnd, that).length && !toks.slice(finder.tokEnd, that).some((t) => sc.trig.findVerbs.has(t.norm))) continue;
    const bodies = finder.type === 'Person'
      ? ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && r.subject === finder.entityId && ctx.entities.get(r.object)?.type === 'Agency').map((r) => r.object)
      : [finder.entityId];
    for (const b of bodies) if (b !== target.entityId) add(ctx, { subject: b, predicate: 'TARGETS', object: target.entityId, action: 'investigate', rule: 'target.breach', sentence: sc.s.index });
  }
}

/**
 * Words before a law that name it as the basis of a measure: "relies on the powers of", "invoked", "i henhold til".
 * Not "under": "signed under the Act", "issued under" is split in the gold (a law an order is issued under is often left out).
 */
const BASIS_CUES = [['relies', 'on'], ['rely', 'on'], ['relied', 'on'], ['invokes'], ['invoked'], ['invoking'], ['based', 'on'], ['pursuant', 'to'],
  ['i', 'henhold', 'til'], ['med', 'hjemmel', 'i'], ['i', 'medfør', 'af'], ['bygger', 'på'], ['byggede', 'på'], ['hviler', 'på'], ['støtter', 'sig', 'på']];
/** Words between the cue and the law: "the powers of the", "section 2 of the", "paragraf 69A i". */
const BASIS_GAP = /^(the|its|den|det|sin|sit|powers?|of|section|sections|article|artikel|paragraf|paragraph|§|i|af|\d+[a-z]?)$/;

/**
 * "Like earlier measures, it relies on the powers of the International Emergency Economic Powers Act", "Afgørelsen er
 * truffet i henhold til IT-loven": a law named as the basis of the measure just reported is aimed at what the measure hits.
 */
export function basisLaw(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (const law of sc.occs.filter((o) => o.type === 'Policy' && o.kind !== 'coref' && o.kind !== 'adjective')) {
    let k = law.tokStart;
    while (k > 0 && law.tokStart - k < 5 && BASIS_GAP.test(toks[k - 1].norm) && !BASIS_CUES.some((w) => w.length === 1 && w[0] === toks[k - 1].norm)) k--;
    const cue = BASIS_CUES.find((w) => w.every((x, i) => toks[k - w.length + i]?.norm === x));
    if (!cue) continue;
    // The measure is what relies on the law: a pronoun or a noun for it in the clause before the cue, and no name
    // ("China's response relies on …" is another act).
    const c0 = k - cue.length;
    let from = c0;
    while (from > 0 && toks[from - 1].text !== ',' && toks[from - 1].text !== ';') from--;
    const clause = toks.slice(from, c0);
    if (!clause.some((t) => MEASURE_PRONOUNS.has(t.norm) || sc.trig.actionNouns.has(t.norm)) || sc.occs.some((o) => o.tokStart >= from && o.tokEnd <= c0 && o.kind !== 'coref')) continue;
    // The measure this sentence reports itself, or the one of the last few sentences.
    const own = ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === sc.s.index && r.subject !== law.entityId);
    const recent = own.length ? own : ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence < sc.s.index && sc.s.index - r.sentence <= 5
      && ['target.actor', 'target.carried', 'target.passive', 'target.author'].includes(r.rule));
    for (const r of recent) {
      if (!['Company', 'Product'].includes(ctx.entities.get(r.object)?.type ?? '') || r.object === law.entityId) continue;
      add(ctx, { subject: law.entityId, predicate: 'TARGETS', object: r.object, action: r.action, rule: 'target.basis', sentence: sc.s.index });
    }
  }
}

/** A cue of one word for approval ("godkendelse") counts when a word of absence follows within a few words. */
const APPROVAL_NOUN = /^(godkendelse|godkendelsen|approval|clearance)$/;
const ABSENT = /^(udeblevet|udeblev|udebliver|udeblive)$/;

/**
 * "Qualcomm abandoned its takeover of NXP after China's regulator failed to clear the deal", "Intel dropper købet af Tower
 * efter udeblevet godkendelse fra Kina": the state or body that withheld the approval blocked the buyer. The buyer is the
 * subject of the sentence's ACQUIRES, or a firm that walks away from, abandons or drops a deal before the cue.
 */
export function withheldApproval(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  // Words that say it ("refused to approve", "withholds approval", "nægtede at godkende") are the trigger list approvalWithheld.
  const said = findPhrases(sc.trig.approvalWithheld, toks);
  for (let c = 0; c < toks.length; c++) {
    const m = said.find((x) => x.start === c);
    let cue = m ? m.end - m.start : 0;
    // "Kinas godkendelse var udeblevet", "approval from Beijing never came" in Danish word order.
    if (!cue && APPROVAL_NOUN.test(toks[c].norm) && sc.s.language === 'da' && toks.slice(c + 1, c + 6).some((t) => ABSENT.test(t.norm))) cue = 1;
    if (!cue) continue;
    const agent = approver(sc, c, c + cue);
    if (!agent) continue;
    const buyers = new Set(ctx.relations.filter((r) => r.predicate === 'ACQUIRES' && r.sentence === sc.s.index).map((r) => r.subject));
    if (buyers.size === 0) {
      const quit = toks.findIndex((t, k) => k < c && sc.trig.quitDeal.has(t.norm));
      const firm = quit > 0 ? before(sc, quit, ['Company'], 4).find((o) => canAct(sc, o)) : undefined;
      if (firm) buyers.add(firm.entityId);
    }
    for (const b of buyers) if (b !== agent.entityId) add(ctx, { subject: agent.entityId, predicate: 'TARGETS', object: b, action: 'block', rule: 'target.approval', sentence: sc.s.index });
    return;
  }
}

/**
 * Who withheld the approval: the state or body right before the cue, over a lower-case noun or two ("CFIUS refused",
 * "China's competition regulator failed"); a genitive before the noun ("Kinas godkendelse"); or the one after "from"/"fra".
 */
function approver(sc: SentenceCtx, start: number, end: number): Occ | undefined {
  const toks = sc.s.tokens;
  const prev = sc.occs.filter((o) => o.tokEnd <= start && start - o.tokEnd <= 2 && STATE.includes(o.type) && o.kind !== 'coref'
    && toks.slice(o.tokEnd, start).every((t) => t.word && !t.cap)).pop();
  if (prev && (prev.genitive || prev.kind === 'adjective' || canAct(sc, prev))) return prev;
  const from = ['from', 'fra', 'by', 'af'].includes(toks[end]?.norm ?? '') ? end + 1 : ['from', 'fra'].includes(toks[start + 1]?.norm ?? '') ? start + 2 : -1;
  return from > 0 ? sc.occs.find((o) => o.tokStart === from && STATE.includes(o.type) && o.kind !== 'adjective') : undefined;
}

/**
 * How many sentences back "the list" of "Also on the list are X" may have been reported: the list is the text's measure,
 * told at its start and followed by its reasons before more of its names come.
 */
const LIST_REACH = 8;

/** Nouns for the list a measure puts names on: "The list also includes X", "Listen omfatter også X". */
const LIST_NOUNS = new Set(['list', 'listen']);

/**
 * "Also on the list are X and Y", "På listen står også X og Y": a sentence that opens on the list of the measure just
 * reported names more of its targets.
 */
function onTheList(sc: SentenceCtx, ctx: DocCtx): boolean {
  const toks = sc.s.tokens;
  if (amongAdditions(sc, ctx)) return true;
  let k = toks[0]?.norm === 'also' ? 1 : 0;
  if (!['on', 'på'].includes(toks[k]?.norm ?? '')) return false;
  k++;
  if (toks[k]?.norm === 'the') k++;
  if (!LIST_NOUNS.has(toks[k]?.norm ?? '')) return false;
  k++;
  if (!/^(are|is|were|was|står|er|var|stod|findes|fandtes)$/.test(toks[k]?.norm ?? '')) return false;
  coverFrom(sc, ctx, { start: 0, end: k + 1 } as PhraseMatch, undefined, LIST_REACH);
  return true;
}

/** How many sentences back the measure a similar one is like may be told. */
const SIMILAR_REACH = 5;

/** A policy that is a list of names ("Entity List", "Unreliable Entity List", "sortlisten"). */
const LIST_NAME = /(\blist|liste[n]?)$/i;

/** "similar moves", "et tilsvarende forbud", "lignende skridt": a measure like the one reported (the nouns are the trigger list likeNouns). */
const LIKE_WORDS = new Set(['similar', 'lignende', 'tilsvarende']);

/**
 * "following similar moves in the United States, Canada and the European Union", "follows similar steps by Texas Governor
 * X and Maryland Governor Y", "Rådet indførte et tilsvarende forbud": the states and bodies that took a measure like the
 * one just reported aim it at the same targets. They are the states named after the phrase ("in"/"by"/"i"/"af"), or the
 * clause's subject before it; the measure is this sentence's or the last one within two sentences before.
 */
export function similarMeasure(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let k = 0; k < toks.length - 1; k++) {
    if (!LIKE_WORDS.has(toks[k].norm) || !sc.trig.likeNouns.has(toks[k + 1].norm)) continue;
    const end = clauseEnd(sc, k + 2);
    // After the noun: "in the United States, Canada and …", "by Texas Governor X, …" (a state qualifying a governor's title).
    let followers = sc.occs.filter((o) => o.tokStart >= k + 2 && o.tokStart < end && STATE.includes(o.type) && !o.genitive && o.kind !== 'coref'
      && (o.kind !== 'adjective' || titled(sc, o)));
    const prep = ['in', 'by', 'i', 'af', 'fra', 'from'].some((p) => toks.slice(k + 2, Math.min(end, k + 8)).some((t) => t.norm === p));
    if (!prep) followers = [];
    if (!followers.length) {
      const s0 = subjectBefore(sc, k, STATE, 8);
      if (s0) followers = listBack(sc, s0, STATE);
    }
    if (!followers.length) continue;
    const last = lastMeasureSentence(ctx, sc.s.index, (r) => r.rule !== 'target.similar', SIMILAR_REACH, true);
    if (last < 0) continue;
    let taken = ctx.relations.filter((r) => r.predicate === 'TARGETS' && r.sentence === last && r.rule !== 'target.state' && r.rule !== 'target.similar'
      && ['Company', 'Product'].includes(ctx.entities.get(r.object)?.type ?? ''));
    // A measure told further back, with other talk between, is like this one in its main target, the first it names,
    // not in each of its names ("banned TikTok, WeChat and other apps … follows similar steps by Texas Governor X").
    if (sc.s.index - last > 2) taken = taken.filter((r) => r.object === taken[0].object);
    for (const f of followers) {
      for (const r of taken) {
        if (r.subject === f.entityId || r.object === f.entityId) continue;
        add(ctx, { subject: f.entityId, predicate: 'TARGETS', object: r.object, action: r.action, rule: 'target.similar', sentence: sc.s.index });
      }
    }
    return;
  }
}

/** A state qualifying an office: "Texas Governor Greg Abbott", "Maryland Governor". */
function titled(sc: SentenceCtx, o: Occ): boolean {
  return findPhrases(sc.trig.roles.phrases, sc.s.tokens, o.tokEnd, Math.min(sc.s.tokens.length, o.tokEnd + 3)).some((r) => r.start === o.tokEnd);
}

/**
 * "Among the other additions was the drone maker DJI", "Blandt de øvrige nye navne på listen er droneproducenten DJI": a
 * sentence opening on the names a list measure added names more of the targets of the measure just reported.
 */
function amongAdditions(sc: SentenceCtx, ctx: DocCtx): boolean {
  const toks = sc.s.tokens;
  if (!['among', 'blandt'].includes(toks[0]?.norm ?? '')) return false;
  let k = 1;
  // The nouns for the names added ("additions", "navne") are the trigger list additionNouns.
  const nouns = sc.trig.additionNouns;
  while (k < 5 && toks[k]?.word && !toks[k].cap && !nouns.has(toks[k].norm)) k++;
  if (!nouns.has(toks[k]?.norm ?? '') || k === 1) return false;
  k++;
  // "på listen", "on the list".
  if (['on', 'på'].includes(toks[k]?.norm ?? '')) { k++; if (toks[k]?.norm === 'the') k++; if (!LIST_NOUNS.has(toks[k]?.norm ?? '')) return false; k++; }
  if (!/^(are|is|were|was|står|er|var|stod|findes|fandtes)$/.test(toks[k]?.norm ?? '')) return false;
  coverFrom(sc, ctx, { start: 0, end: k + 1 } as PhraseMatch, undefined, LIST_REACH);
  return true;
}

/** The firms under an obligation the sentence states: the name right before "skal sælge", "must divest". */
function obligedFirms(sc: SentenceCtx): { firms: Occ[]; end: number } | undefined {
  for (const m of findPhrases(sc.trig.obligation, sc.s.tokens)) {
    const firm = sc.occs.find((o) => o.tokEnd === m.start && (o.type === 'Company' || o.type === 'Product') && !o.genitive && o.kind !== 'adjective');
    if (firm) return { firms: listBack(sc, firm, ['Company', 'Product']), end: m.end };
  }
  return undefined;
}

/** A state or body and a verb of ruling a few words after it, from token k: "har CMA afgjort", "the judge ruled". */
function rulingBody(sc: SentenceCtx, from: number, reach: number): Occ | undefined {
  const toks = sc.s.tokens;
  const body = sc.occs.find((o) => o.tokStart >= from && o.tokStart - from <= 4 && STATE.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
  if (!body) return undefined;
  const ruled = toks.findIndex((t, k) => k >= body.tokEnd && k - body.tokEnd <= reach && sc.trig.rulingVerbs.has(t.norm));
  return ruled >= 0 ? body : undefined;
}

/**
 * "Meta skal sælge Giphy. Det har den britiske konkurrencemyndighed afgjort", "Meta must sell Giphy, the regulator ruled":
 * an obligation stated of a firm, its author named after it in a tag or in the next sentence opening with "Det har".
 */
export function obligationAuthor(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  const here = obligedFirms(sc);
  // ", har CMA afgjort", ", the regulator ruled": the tag after the obligation's clause.
  const comma = here ? toks.findIndex((t, k) => k >= here.end && t.text === ',') : -1;
  const tagged = here && comma >= 0 ? rulingBody(sc, comma + 1, 2) : undefined;
  if (here && tagged) return aimObligation(ctx, sc.s.index, tagged, here.firms);
  // "Det har tilsynet, X, afgjort": the next sentence says who imposed the obligation.
  if (!MEASURE_PRONOUNS.has(toks[0]?.norm ?? '') || !['har', 'havde', 'has', 'had'].includes(toks[1]?.norm ?? '')) return;
  const prev = previousSentence(ctx, sc);
  const before = prev && obligedFirms(prev);
  if (!before) return;
  const author = rulingBody(sc, 2, 10);
  if (author) aimObligation(ctx, sc.s.index, author, before.firms);
}

function aimObligation(ctx: DocCtx, at: number, author: Occ, firms: Occ[]): void {
  for (const f of firms) if (f.entityId !== author.entityId) add(ctx, { subject: author.entityId, predicate: 'TARGETS', object: f.entityId, action: 'block', rule: 'target.obliged', sentence: at });
}

// SUPPORTS (join, endorse) and OPPOSES. Verbs of opposition ("criticised", "beskylder",
// "afviser X") take the actor before them and the entity after. Reported speech that
// accuses ("threat", "trusler", "surveillance", "ingen ret") makes the speaker oppose
// the states, bodies, companies and policies it names, other than the speaker's own.
import type { EntityType } from '../../../core/ontology';
import type { WorkRelation } from '../model';
import {
  add, after, afterPlacePrep, before, canAct, danishDefinite, kindOf, clauseEnd, insideName, negationAt, openerBefore, possessed, skipParenthetical, stateOfBody, standsForState, coordinatedSubject, invertedSubject, listBack, listFrom, relativeAntecedent, ACTORS, TARGETABLE, THAT,
  type DocCtx, type Occ, type SentenceCtx,
} from './context';
import { findPhrases, type PhraseMatch } from '../phrases';

const SUPPORTED: EntityType[] = ['Policy', 'Government', 'Company'];
const OPPOSED: EntityType[] = ['Policy', 'Government', 'Agency', 'Company'];
const LAWSUIT = /^(sue|sues|sued|suing|lawsuit|lawsuits|complaint|complaints|civil|filed|sagsøg\w*|stævne\w*|anlæg\w*|anlagde|anlagt|retssag\w*|søgsmål\w*)$/;

export function supports(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, trig } = sc;
  fundedBy(sc, ctx);
  for (const [set, action] of [[trig.join, 'join'], [trig.endorse, 'endorse']] as const) {
    for (const m of findPhrases(set, s.tokens)) {
      if (insideName(sc, m.start)) continue;
      // "technical support", "Android support for Huawei", "teknisk support": a service, not backing.
      if (action === 'endorse' && isServiceSupport(sc, m.start)) continue;
      if (action === 'endorse' && recommendsAgainst(sc, m)) continue;
      // "a Chinese-backed buyout", "state-backed fund": a compound qualifying a noun, not a clause's verb.
      if (s.tokens[m.start - 1]?.text === '-') continue;
      // "hit back" is opposition, not backing.
      if (findPhrases(trig.oppose, s.tokens).some((x) => x.start < m.end && x.end > m.start)) continue;
      if (passiveStance(sc, ctx, m, SUPPORTED, (who, object, rule) => add(ctx, { subject: who, predicate: 'SUPPORTS', object, action, rule: `support.${rule}`, sentence: s.index }))) continue;
      const subject = before(sc, m.start, ACTORS, 6).find((o) => canAct(sc, o));
      // "Wang invited other countries to join the initiative": who is bid to join is not the one who bids.
      if (subject && biddenBy(sc, subject, m.start)) continue;
      const end = clauseEnd(sc, m.end);
      // "hilser det amerikanske initiativ Clean Network velkommen": the name inside the phrase comes first.
      const within = m.end - m.start > 2 ? sc.occs.find((o) => o.tokStart > m.start && o.tokEnd < m.end && SUPPORTED.includes(o.type) && (!o.attributive || standsForState(sc, o)) && !o.genitive && o.entityId !== subject?.entityId) : undefined;
      // The first name after the verb is what is backed; a body or person there ("bakkede op om Kommissionen, mens Tyskland …") is no Policy,
      // state or firm, and a name further on is not it either.
      const firstAfter = after(sc, m.end, [...ACTORS, 'Policy', 'Product'], 6).find((o) => o.tokStart < end && (!o.attributive || standsForState(sc, o)) && o.entityId !== subject?.entityId && !insidePhrase(sc, m.end, o.tokStart)
        // "approved a bill that would ban Huawei": a name inside a relative clause is the bill's, not what is backed.
        && !s.tokens.slice(m.end, o.tokStart).some((t) => RELATIVES.has(t.norm)));
      // "backed Taiwan's TSMC": the firm the genitive owns.
      const firstNamed = firstAfter?.genitive ? possessed(sc, firstAfter, SUPPORTED) : firstAfter;
      const named = within ?? (firstNamed && SUPPORTED.includes(firstNamed.type) ? firstNamed : undefined);
      // "Texas joins South Dakota and Maryland", "joining the federal government": one joins an initiative; states or firms
      // joined are fellow actors, not what is backed.
      if (action === 'join' && named && named.type !== 'Policy') continue;
      // "The United States welcomed the move": the author of the act the text reports.
      const by = subject?.entityId;
      // "approved a bill that would …": a new act, not one the text has reported.
      const fresh = !named && ['a', 'an', 'en', 'et'].includes(s.tokens[m.end]?.norm ?? '');
      const act = named || fresh ? undefined : m.end - m.start > 1 ? actionObject(sc, ctx, m.start + 1, true, false, by) ?? actionObject(sc, ctx, m.end, true, false, by) : actionObject(sc, ctx, m.end, true, false, by);
      const object = named?.entityId ?? act;
      // "Europa-Parlamentet og Rådet godkendte loven": every actor of the subject.
      for (const who of subject ? listBack(sc, subject, ACTORS) : []) {
        // "Attorney General X hailed the decision": an official backing an act of their own state or body is no stance towards it.
        if (!named && object && officeIn(ctx, who.entityId, object)) continue;
        if (object && object !== who.entityId) add(ctx, { subject: who.entityId, predicate: 'SUPPORTS', object, action, rule: named ? `support.${action}` : 'support.act', sentence: s.index });
      }
    }
  }
}

const FUNDERS: EntityType[] = ['Company', 'Government', 'Agency', 'Organization'];

/**
 * "OpenAI has received billions in investment from Microsoft", "fik selskabet kapital fra In-Q-Tel": money a firm
 * takes from an investor or a state is that funder's backing. The firm is the clause's subject, before the verb or
 * (Danish V2) right after it; the funder is the name that opens the "from"/"fra" phrase. The verbs and nouns are the
 * trigger lists fundReceived and fundingNouns.
 */
function fundedBy(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  const nouns = findPhrases(sc.trig.fundingNouns, toks);
  for (let k = 0; k < toks.length; k++) {
    if (!sc.trig.fundReceived.has(toks[k].norm)) continue;
    const end = clauseEnd(sc, k + 1);
    const noun = nouns.find((m) => m.start > k && m.start < Math.min(end, k + 7))?.start ?? -1;
    if (noun < 0) continue;
    let from = -1;
    for (let j = noun + 1; j < Math.min(end, noun + 7) && from < 0; j++) if (toks[j].norm === 'from' || toks[j].norm === 'fra') from = j;
    if (from < 0) continue;
    const funder = sc.occs.find((o) => (o.tokStart === from + 1 || (o.tokStart === from + 2 && sc.trig.determiners.has(toks[from + 1].norm))) && FUNDERS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
    if (!funder) continue;
    const firm = sc.occs.find((o) => o.tokStart === k + 1 && o.type === 'Company') ?? before(sc, k, ['Company'], 14).find((o) => canAct(sc, o) && !o.genitive && !o.attributive);
    if (firm && firm.entityId !== funder.entityId) add(ctx, { subject: funder.entityId, predicate: 'SUPPORTS', object: firm.entityId, action: 'endorse', rule: 'support.funded', sentence: sc.s.index });
  }
}

const BID = new Set(['invited', 'invites', 'invite', 'urged', 'urges', 'urge', 'asked', 'asks', 'called', 'calls', 'encouraged', 'encourages', 'pressed', 'presses',
  'inviterede', 'inviterer', 'opfordrede', 'opfordrer', 'bad', 'beder', 'tilskyndede', 'pressede', 'presser']);

/** "X invited other countries to join", "X opfordrede andre lande til at tilslutte sig": a verb of bidding between the name and "to" the verb. */
function biddenBy(sc: SentenceCtx, subject: Occ, verb: number): boolean {
  const toks = sc.s.tokens;
  if (!['to', 'til', 'at'].includes(toks[verb - 1]?.norm ?? '')) return false;
  for (let k = subject.tokEnd; k < verb - 1; k++) if (BID.has(toks[k].norm)) return true;
  return false;
}

/** Prepositions that put a name inside a noun phrase after the verb ("approved the purchase of X", "godkendte aftaler mellem A og B"). */
const NOUN_PREPS = new Set(['of', 'between', 'with', 'from', 'on', 'into', 'to', 'af', 'mellem', 'med', 'fra', 'på', 'til']);

/** A noun and a preposition between the verb and the name: the name belongs to the noun's phrase, not the verb's object. */
function insidePhrase(sc: SentenceCtx, from: number, to: number): boolean {
  const toks = sc.s.tokens;
  for (let k = from + 1; k < to; k++) if (NOUN_PREPS.has(toks[k].norm) && toks[k - 1].word && !toks[k - 1].cap && !sc.trig.determiners.has(toks[k - 1].norm)) return true;
  return false;
}

const RELATIVES = new Set(['that', 'which', 'who', 'der', 'som']);

/**
 * "anbefalede, at TikTok ikke installeres", "recommended that staff not use TikTok": advice that something not be done
 * backs nothing it names. A negation inside the that-clause, before the clause or the sentence ends.
 */
function recommendsAgainst(sc: SentenceCtx, m: PhraseMatch): boolean {
  const toks = sc.s.tokens;
  if (!sc.trig.recommendVerbs.has(toks[m.end - 1]?.norm ?? '')) return false;
  const that = toks[m.end]?.text === ',' ? m.end + 1 : m.end;
  if (!THAT.has(toks[that]?.norm ?? '')) return false;
  const end = clauseEnd(sc, that);
  for (let k = that + 1; k < end; k++) {
    if (sc.trig.negations.has(toks[k].norm)) return negationAt(sc, k);
  }
  return false;
}

const SERVICE_WORDS = new Set(['technical', 'customer', 'software', 'product', 'after-sales', 'teknisk', 'tekniske', 'kundesupport']);

/** The noun "support"/"support" after a word of service or a product's name: help a vendor gives, not a stance. */
function isServiceSupport(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  if (!/^support/.test(toks[k].norm) || k === 0) return false;
  return SERVICE_WORDS.has(toks[k - 1].norm) || sc.occs.some((o) => o.tokEnd === k && o.type === 'Product');
}

/**
 * A verb of stance in the passive, its agent after "by"/"af": "The decision was criticised by China",
 * "Beslutningen blev kritiseret af Kina", "Clean Network bakkes op af Danmark og Sverige". What is
 * criticised or backed is the name before the verb, or the author of the act a noun before it names.
 * True when the verb was passive (handled here, whether or not both ends were found).
 */
function passiveStance(sc: SentenceCtx, ctx: DocCtx, m: { start: number; end: number }, objects: EntityType[], emit: (who: string, object: string, rule: string) => void): boolean {
  const toks = sc.s.tokens;
  // "support from Denmark", "kritik fra Kina": a noun of stance names its holder with "from"/"fra".
  const from = toks.slice(m.start, m.end + 1).findIndex((t, j) => ['from', 'fra'].includes(t.norm) && j > 0 && sc.trig.stanceNouns.has(toks[m.start + j - 1].norm));
  const by = findPhrases(sc.trig.passiveBy, toks, m.end, Math.min(toks.length, m.end + 1))[0] ?? (from > 0 ? { end: m.start + from + 1 } : undefined);
  if (!by) return false;
  const agent = after(sc, by.end, ACTORS, 3).find((o) => !(o.kind === 'adjective' && o.attributive) && !o.genitive);
  if (!agent) return true;
  const agents = listFrom(sc, agent, ACTORS);
  const notAgent = (o: Occ) => !agents.some((a) => a.entityId === o.entityId);
  // A name before an apposition is the subject, whatever its type: a name inside the apposition is not.
  const head = passiveHead(sc, m.start);
  const named = head ? (objects.includes(head.type) && notAgent(head) ? head : undefined)
    : before(sc, m.start, objects, 8).find((o) => canAct(sc, o) && notAgent(o))
    // "Intel skal bygge en fabrik … med ti milliarder euro i støtte fra Berlin": with a noun of stance, the clause's subject.
    ?? (from > 0 ? sc.occs.find((o) => o.tokEnd <= m.start && objects.includes(o.type) && o.kind !== 'coref' && canAct(sc, o) && !afterPlacePrep(sc, o) && notAgent(o)) : undefined);
  let object = named?.entityId;
  let rule = 'passive';
  if (!object) {
    for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
      if (sc.trig.actionNouns.has(toks[k].norm)) {
        object = actionObject(sc, ctx, k, false, false, agent.entityId);
        rule = 'act';
        break;
      }
    }
  }
  if (!object) return true;
  for (const a of agents) if (a.entityId !== object) emit(a.entityId, object, rule);
  return true;
}

/**
 * The subject of a passive verb of stance over an apposition between commas: "Canyon Bridge, founded in 2016 by X, is
 * backed by Y", "Huawei, which supplies most of the network, was criticised by Z". The apposition may open on a
 * relative or an article (as for any subject) or, in English, on a participle ("founded", "based", "owned").
 */
function passiveHead(sc: SentenceCtx, verb: number): Occ | undefined {
  const toks = sc.s.tokens;
  let k = verb;
  while (k > 0 && verb - k < 3 && toks[k - 1].word && !toks[k - 1].cap) k--;
  if (toks[k - 1]?.text !== ',') return undefined;
  let open = -1;
  for (let j = k - 2; j >= 0 && k - j <= 18 && open < 0; j--) if (toks[j].text === ',') open = j;
  if (open < 1) return undefined;
  const first = toks[open + 1];
  const opens = skipParenthetical(sc, verb) === open || (sc.s.language === 'en' && first.word && !first.cap && /ed$/.test(first.norm));
  if (!opens) return undefined;
  return sc.occs.find((o) => o.tokEnd === open && canAct(sc, o) && !o.genitive && o.kind !== 'adjective');
}

const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these', 'denne', 'dette', 'disse']);

const ACT_PRONOUNS = new Set(['den', 'det', 'it', 'this', 'them', 'dem']);

const SPOKES = /^(talsperson|talsmand|talskvinde|spokesman|spokeswoman|spokesperson|representative|repræsentant)$/;

/**
 * The verbs of speech in the sentence from a token on. With statements, the verbs that only report a statement too
 * ("Selskabet oplyser, at …"): they make a speaker for a stance, not a body that acts a measure it reports.
 */
function speechVerbs(sc: SentenceCtx, from = 0, statements = true): PhraseMatch[] {
  const toks = sc.s.tokens;
  const said = findPhrases(sc.trig.speech, toks, from);
  return statements ? [...said, ...findPhrases(sc.trig.statementVerbs, toks, from)].sort((a, b) => a.start - b.start) : said;
}

/** Who is speaking in each sentence: "X siger", "said X", "ifølge X", or the quote's speaker; with statements, "X oplyser" too. */
export function speakers(sentences: SentenceCtx[], statements = false): Map<number, Occ> {
  const out = new Map<number, Occ>();
  for (const sc of sentences) {
    const { s, occs } = sc;
    const verbs = speechVerbs(sc, 0, statements);
    for (const m of verbs) {
      // "fordi selskabet ifølge myndigheden har …": the source a claim is credited to follows "ifølge", the name before it
      // is the claim's; "X ifølge Reuters siger": the verb of speech further on names the speaker.
      const credited = findPhrases(sc.trig.attribution, s.tokens, m.start, m.end).some((a) => a.start === m.start);
      if (credited && verbs.some((v) => v.start >= m.end)) continue;
      // "Huawei Canada, et datterselskab af Huawei, sagde …": the name before the apposition speaks.
      const pj = skipParenthetical(sc, m.start);
      const head = pj !== m.start ? occs.find((o) => o.tokEnd === pj && ACTORS.includes(o.type) && !o.attributive && !o.genitive && o.kind !== 'coref') : undefined;
      if (head) {
        out.set(s.index, head);
        break;
      }
      // "sagde en talsperson for selskabet", "said a spokesman for the ministry": the body the spokesperson speaks for.
      const spokes = s.tokens.slice(m.end, m.end + 3).findIndex((t) => SPOKES.test(t.norm));
      // "China's foreign ministry said Beijing hoped …": a body right before the verb is its subject; the name after
      // it opens the reported clause. After the verb only where nothing stands right before it (", said Pompeo").
      const subjectFirst = occs.some((o) => o.tokEnd === m.start && ACTORS.includes(o.type) && !o.attributive && !o.genitive && o.type !== 'Person');
      const near = credited ? occs.filter((o) => o.tokStart >= m.end && o.tokStart - m.end <= 2 && ACTORS.includes(o.type) && !o.attributive) : [
        ...(subjectFirst ? occs.filter((o) => o.tokEnd === m.start && !o.genitive) : []),
        // "warned that Beijing could …": a name after "that" opens what is said, it does not say it.
        ...occs.filter((o) => o.tokStart >= m.end && o.tokStart - m.end <= 2 && !s.tokens.slice(m.end, o.tokStart).some((t) => THAT.has(t.norm))),
        ...(spokes >= 0 ? occs.filter((o) => o.tokStart > m.end + spokes && o.tokStart - (m.end + spokes) <= 3 && o.type !== 'Person') : []),
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

/**
 * The owner of a noun of stance is its subject: "Kinas skarpe kritik af Holland", "China's
 * criticism of the ban", "Huaweis protest mod". A genitive name right before it, or before
 * one or two lower-case words that qualify it.
 */
function nominalOwner(sc: SentenceCtx, i: number): Occ | undefined {
  const toks = sc.s.tokens;
  for (let j = i; j >= Math.max(0, i - 2); j--) {
    if (j < i && !(toks[j].word && !toks[j].cap)) break;
    const o = sc.occs.find((x) => x.tokEnd === j && x.genitive && ACTORS.includes(x.type));
    if (o) return o;
  }
  return undefined;
}

/** The index of a match judgements() builds: it lists no phrase. */
const JUDGEMENT = -1;

/**
 * A verb of calling or describing with a word of accusation a few words after it: "called the
 * fines a novel form of economic extortion", "kaldte beslutningen uforholdsmæssig og hyklerisk",
 * "betegner forbuddet som diskriminerende". What is judged sits between the two, so the match
 * holds its object inside.
 */
function judgements(sc: SentenceCtx): PhraseMatch[] {
  const toks = sc.s.tokens;
  const out: PhraseMatch[] = [];
  const cues = findPhrases(sc.trig.accuseCues, toks);
  if (cues.length === 0) return out;
  for (const v of findPhrases(sc.trig.judge, toks)) {
    const cue = cues.find((c) => c.start > v.end && c.start - v.end <= 8);
    // The judged thing and the judgement sit in one clause; "that" right after the verb points at the thing ("called that ban a political gesture").
    if (!cue || toks.slice(v.end, cue.start).some((t, j) => t.text === ';' || t.text === '.' || (['at', 'that'].includes(t.norm) && !(j === 0 && t.norm === 'that')))) continue;
    out.push({ index: JUDGEMENT, slot: 'inside', start: v.start, end: cue.end });
  }
  return out;
}

/**
 * ", accusing X of …", ", criticising …" after a main clause: the participle's subject is the main clause's, its
 * first actor that is no possessor, qualifier or object of a preposition ("The Justice Department sued TikTok,
 * accusing it of …"), not the name nearest the verb.
 */
function participleSubject(sc: SentenceCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  if (sc.s.language !== 'en' || toks[k - 1]?.text !== ',' || !/ing$/.test(toks[k].norm)) return undefined;
  // After a dateline ("WASHINGTON, Jan. 28 - The Justice Department …"): a dash standing apart from its words.
  let from = 0;
  for (let j = 1; j < k; j++) if (/^[-–—]$/.test(toks[j].text) && toks[j].start > toks[j - 1].end && toks[j + 1] && toks[j + 1].start > toks[j].end) from = j + 1;
  return sc.occs.find((o) => o.tokStart >= from && o.tokEnd < k && ACTORS.includes(o.type) && canAct(sc, o) && !afterPlacePrep(sc, o) && !(o.kind === 'adjective' && o.attributive));
}

/** Lower-case words after a possessor that end in a noun of a kind of body ("largest telecommunications equipment maker"). */
function describedFirm(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  for (let j = k; j < Math.min(toks.length, k + 4); j++) {
    if (!toks[j].word || toks[j].cap) return false;
    const kind = kindOf(sc, toks[j].norm);
    if (kind && kind !== 'Policy' && kind !== 'Product') return true;
  }
  return false;
}

/** Has the body (or a body of the state) taken a measure against the entity in the text? */
function actedOn(ctx: DocCtx, who: string, what: string): boolean {
  const type = ctx.entities.get(who)?.type;
  if (type !== 'Agency' && type !== 'Government') return false;
  return ctx.relations.some((r) => r.predicate === 'TARGETS' && r.subject === who && r.object === what);
}

/**
 * "Commerce Secretary X told reporters that … companies such as Kaspersky": an officer giving the reasons for the
 * measure of their body, or of a body of the state they serve.
 */
function officeActedOn(ctx: DocCtx, person: string, what: string): boolean {
  const offices = new Set(ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && r.subject === person).map((r) => r.object));
  return ctx.relations.some((r) => r.predicate === 'TARGETS' && r.object === what && (offices.has(r.subject) || offices.has(ctx.entities.get(r.subject)?.partOf ?? ''))
    && ['Agency', 'Government'].includes(ctx.entities.get(r.subject)?.type ?? ''));
}

/** A court's order halting a measure: "blocked", "put on hold", "granted … an injunction against", "blokerede", "satte … i bero". */
const COURT_BLOCK: string[][] = [
  ['blocked'], ['blocks'], ['halted'], ['halts'], ['enjoined'], ['put', 'on', 'hold'], ['puts', 'on', 'hold'], ['suspended'], ['injunction', 'against'], ['injunction', 'blocking'],
  ['blokerede'], ['blokerer'], ['blokeret'], ['standsede'], ['stoppede'], ['suspenderede'], ['satte', 'i', 'bero'], ['sat', 'i', 'bero'],
];
const JUDGE_NOUN = /^(judge|judges|court|dommer|dommeren|domstol|domstolen|retten)$/;

/**
 * "A federal judge blocked the Commerce Department's order", "District Judge X granted Xiaomi a preliminary injunction
 * against the Pentagon's decision", "dommer X blokerede handelsministeriets forbud": the judge opposes the body whose
 * measure the court halts. The judge is a person the text gives a judge's office: named before the verb, or, for
 * "a federal judge", the one the text names as judge next (else last).
 */
function courtBlocks(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  const judges = ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && /Judge/.test(r.role ?? ''));
  if (judges.length === 0) return;
  for (let k = 1; k < toks.length; k++) {
    const verb = COURT_BLOCK.find((w) => w.every((x, i) => toks[k + i]?.norm === x));
    if (!verb) continue;
    // "granted Xiaomi a preliminary injunction against …": the verb of the clause is further back.
    let v = k;
    if (toks[k].norm === 'injunction') {
      while (v > 0 && k - v < 6 && !['granted', 'issued', 'grants', 'issues'].includes(toks[v].norm)) v--;
      if (!['granted', 'issued', 'grants', 'issues'].includes(toks[v].norm)) continue;
    }
    // The judge: a person with a judge's office in the clause before the verb, or a noun for one a few words before.
    const person = sc.occs.filter((o) => o.type === 'Person' && o.tokEnd <= v && v - o.tokEnd <= 8 && judges.some((r) => r.subject === o.entityId)).pop();
    let judge = person?.entityId;
    if (!judge) {
      let noun = false;
      for (let j = v - 1; j >= Math.max(0, v - 5); j--) if (JUDGE_NOUN.test(toks[j].norm)) noun = true;
      if (!noun) continue;
      const next = judges.filter((r) => r.sentence >= sc.s.index).sort((a, b) => a.sentence - b.sentence)[0];
      const last = judges.filter((r) => r.sentence < sc.s.index).sort((a, b) => b.sentence - a.sentence)[0];
      judge = (next ?? last)?.subject;
    }
    if (!judge) continue;
    // The measure's author: a state's or body's genitive before the measure ("the Commerce Department's order",
    // "the department's restrictions"), within a few words after the verb.
    const end = k + verb.length;
    const author = sc.occs.find((o) => o.tokStart >= end && o.tokStart - end <= 3 && o.genitive && (o.type === 'Agency' || o.type === 'Government') && o.entityId !== judge);
    // "A federal judge halted the Trump administration's bid": a court of the state does not oppose the state it sits in.
    if (!author || judges.some((r) => r.subject === judge && r.object === author.entityId)) continue;
    add(ctx, { subject: judge, predicate: 'OPPOSES', object: author.entityId, rule: 'oppose.court', sentence: sc.s.index });
  }
}

const CRITIC = /^(critic|critics|kritiker|kritikeren|kritikere|opponent|opponents|modstander|modstanderen)$/;

/**
 * "Kremlin critic Alexei Navalny", "Kreml-kritikeren Aleksej Navalnyj", "Beijing critic X": a state or body naming what
 * the critic named right after the noun opposes.
 */
function namedCritics(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let k = 1; k < toks.length; k++) {
    if (!CRITIC.test(toks[k].norm)) continue;
    const end = toks[k - 1].text === '-' ? k - 1 : k;
    const body = sc.occs.find((o) => o.tokEnd === end && OPPOSED.includes(o.type) && o.type !== 'Policy' && !o.genitive && o.kind !== 'coref' && o.kind !== 'adjective');
    const critic = sc.occs.find((o) => o.tokStart === k + 1 && o.type === 'Person' && o.kind !== 'coref');
    if (body && critic) add(ctx, { subject: critic.entityId, predicate: 'OPPOSES', object: body.entityId, rule: 'oppose.verb', sentence: sc.s.index });
  }
}

const COMPLAINT = /^(complaint|complaints|klage|klagen|klager|klagerne)$/;
const COMPLAINED = /^(complained|complains|klagede|klager|klaget)$/;
const FILED = /^(filed|lodged|brought|submitted|made|indgav|indgivet|indsendte|sendte)$/;
const COMPLAINANTS: EntityType[] = ['Company', 'Organization', 'Person'];

/**
 * "The case began with a complaint from Spotify", "Sagen begyndte med en klage, som X indgav", "klager fra brugere,
 * blandt andet via organisationen X", "en klage over Facebook fra X": whoever complains to a regulator opposes the
 * firm complained of: the one named after "over"/"about"/"against", else the firm the text shows a body acting against.
 * A state or body is no complainant here (a state's complaint is its lawsuit, a measure).
 */
function complaints(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let k = 0; k < toks.length; k++) {
    // "X klagede til datatilsynet", "X complained to the regulator": the one complaining right before the verb.
    if (COMPLAINED.test(toks[k].norm) && ['til', 'to'].includes(toks[k + 1]?.norm ?? '')) {
      const who = sc.occs.find((o) => o.tokEnd === k && COMPLAINANTS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
      const object = who ? defendant(ctx, sc.s.index) : undefined;
      if (who && object && object !== who.entityId) add(ctx, { subject: who.entityId, predicate: 'OPPOSES', object, rule: 'oppose.complaint', sentence: sc.s.index });
      continue;
    }
    if (!COMPLAINT.test(toks[k].norm) || insideName(sc, k)) continue;
    // "klager" is also a verb ("Selskabet klager over …"): as a noun it follows an article, a preposition or a number word.
    if (toks[k].norm === 'klager' && !['med', 'fra', 'om', 'over', 'af', 'flere', 'mange', 'nye', 'to', 'tre', 'de', 'efter'].includes(toks[k - 1]?.norm ?? '')) continue;
    let who: Occ | undefined;
    let end = k + 1;
    // "… over Facebook fra X", "… against Apple from X": what is complained of, then who complains.
    let against: Occ | undefined;
    if (['over', 'about', 'against', 'mod'].includes(toks[end]?.norm ?? '')) {
      against = sc.occs.find((o) => o.tokStart === end + 1 || (o.tokStart === end + 2 && toks[end + 1].word && !toks[end + 1].cap));
      if (against) end = against.tokEnd;
    }
    if (['from', 'by', 'fra'].includes(toks[end]?.norm ?? '')) {
      // A few words may describe the complainant or narrow the list ("fra brugere, blandt andet via den østrigske organisation X").
      who = after(sc, end + 1, COMPLAINANTS, 10).find((o) => o.kind !== 'coref' && !o.genitive && !toks.slice(end + 1, o.tokStart).some((t) => ['.', ';', ':'].includes(t.text) || THAT.has(t.norm)));
    } else if (toks[end]?.text === ',' && ['som', 'that', 'which'].includes(toks[end + 1]?.norm ?? '') || ['som', 'that', 'which'].includes(toks[end]?.norm ?? '')) {
      // "en klage, som X indgav", "a complaint that X filed".
      const rel = toks[end]?.text === ',' ? end + 2 : end + 1;
      const o = after(sc, rel, COMPLAINANTS, 5).find((x) => x.kind !== 'coref' && !x.genitive);
      if (o && FILED.test(toks[o.tokEnd]?.norm ?? '') && toks.slice(rel, o.tokStart).every((t, i) => (t.word && !t.cap) || sc.occs.some((x) => x.kind === 'adjective' && x.tokStart <= rel + i && x.tokEnd > rel + i))) who = o;
    }
    // "X filed a complaint with the regulator", "X indgav en klage til tilsynet": the one filing, right before the verb.
    if (!who && FILED.test(toks[k - 2]?.norm ?? '') && ['a', 'an', 'en', 'et'].includes(toks[k - 1]?.norm ?? '')) {
      who = sc.occs.find((o) => o.tokEnd === k - 2 && COMPLAINANTS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
    }
    if (!who || (who.type !== 'Person' && who.kind === 'adjective')) continue;
    let object = against && OPPOSED.includes(against.type) && against.type !== 'Government' && against.type !== 'Agency' ? against.entityId : undefined;
    // A product complained of ("en klage over Facebook"): its owner.
    if (!object && against?.type === 'Product') {
      const owner = ctx.relations.find((r) => r.predicate === 'OWNS' && r.object === against.entityId)?.subject ?? ctx.entities.get(against.entityId)?.ownedBy;
      object = owner && ctx.entities.get(owner)?.type === 'Company' ? owner : undefined;
    }
    object ??= against ? undefined : defendant(ctx, sc.s.index);
    if (object && object !== who.entityId) add(ctx, { subject: who.entityId, predicate: 'OPPOSES', object, rule: 'oppose.complaint', sentence: sc.s.index });
  }
}

/** The firm a state or body acts against last, up to this sentence (the first one after it when none before). */
function defendant(ctx: DocCtx, sentence: number): string | undefined {
  const acts = ctx.relations.filter((r) => r.predicate === 'TARGETS' && ['Agency', 'Government'].includes(ctx.entities.get(r.subject)?.type ?? '') && ctx.entities.get(r.object)?.type === 'Company');
  const before = acts.filter((r) => r.sentence <= sentence).sort((a, b) => b.sentence - a.sentence)[0];
  return (before ?? acts.sort((a, b) => a.sentence - b.sentence)[0])?.object;
}

/** Has the state or body sued the entity in this very sentence (the charge is the lawsuit's complaint)? */
function measuredHere(ctx: DocCtx, who: Occ, what: string, sentence: number): boolean {
  if ((who.type !== 'Agency' && who.type !== 'Government') || who.kind === 'adjective') return false;
  return ctx.relations.some((r) => r.predicate === 'TARGETS' && r.rule === 'target.lawsuit' && r.subject === who.entityId && r.object === what && r.sentence === sentence);
}

/** "sammen med blandt andre Ungarn", "together with Hungary": a fellow actor, not the one opposed. */
function companion(sc: SentenceCtx, o: Occ): boolean {
  const toks = sc.s.tokens;
  for (let k = o.tokStart - 1; k >= Math.max(1, o.tokStart - 4); k--) {
    const pair = `${toks[k - 1].norm} ${toks[k].norm}`;
    if (pair === 'sammen med' || pair === 'together with' || pair === 'along with') return true;
  }
  return false;
}

/** Words of a quarrel between two parties ("at odds with", "feud with", "på kant med", "i konflikt med"). */
const MUTUAL = /^(odds|dispute|feud\w*|standoff|stand-off|clashed|quarrel\w*|kant|konflikt|clinch)$/;

export function opposes(sc: SentenceCtx, ctx: DocCtx, speaker: Occ | undefined, own: Set<string>): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  courtBlocks(sc, ctx);
  complaints(sc, ctx);
  namedCritics(sc, ctx);
  pressedToExclude(sc, ctx, own);
  rivalStates(sc, ctx);
  concernedThat(sc, ctx, own);
  protectedFrom(sc, ctx, own);
  // Verbs of opposition.
  const verbs = [...findPhrases(trig.oppose, toks).map((m) => ({ m, near: false })), ...findPhrases(trig.opposeNear, toks).map((m) => ({ m, near: true })),
    // "TikTok pushed back.", "Selskabet slog tilbage.": a stance only where nothing follows ("pushed back the deadline" is no stance).
    ...findPhrases(trig.opposeAlone, toks).filter((m) => objectless(sc, m.end)).map((m) => ({ m, near: false }))];
  // A listed phrase of calling ("called ~3 extortion") holds what it judges inside it, as every judgement does.
  const judged = judgements(sc);
  if (judged.length) {
    const at = new Set(judged.map((m) => m.start));
    for (let i = verbs.length - 1; i >= 0; i--) if (at.has(verbs[i].m.start) && verbs[i].m.slot !== 'inside') verbs.splice(i, 1);
    verbs.push(...judged.filter((m) => !verbs.some((v) => v.m.start === m.start)).map((m) => ({ m, near: false })));
  }
  for (const { m, near } of verbs) {
    if (insideName(sc, m.start)) continue;
    // "Luka kan indbringe afgørelsen for domstolene", "the government can appeal": a course open to someone is no stance taken.
    if (trig.abilityModals.has(toks[m.start - 1]?.norm ?? '')) continue;
    // "Ifølge anklager X", "according to critics of the law": a source a claim is credited to is a noun, not a verb.
    if (findPhrases(trig.attribution, toks, Math.max(0, m.start - 3), m.start).some((a) => a.end === m.start)) continue;
    // "kalder reglerne et misbrug af eksportkontrol og opfordrer Nederlandene …": a judgement ends on its noun, and "af"/"by"
    // after it opens the noun's complement, not a passive's agent.
    if (!near && m.index !== JUDGEMENT && passiveStance(sc, ctx, m, OPPOSED, (who, object, rule) => add(ctx, { subject: who, predicate: 'OPPOSES', object, rule: `oppose.${rule}`, sentence: s.index }))) continue;
    // "Kaspersky, which is based in Moscow and was founded by …, rejected the accusations".
    // Not the object of a preposition ("i sin tale til Europa-Parlamentet havde beskyldt Kina"), when another name can be the subject.
    const near8 = before(sc, m.start, ACTORS, 8).filter((o) => canAct(sc, o));
    // "Mao Ning, a spokeswoman for the foreign ministry, accused …": the name before the apposition.
    const pj = skipParenthetical(sc, m.start);
    const appositive = pj !== m.start ? sc.occs.find((o) => o.tokEnd === pj && ACTORS.includes(o.type) && canAct(sc, o) && o.kind !== 'coref') : undefined;
    const subject = participleSubject(sc, m.start) ?? nominalOwner(sc, m.start) ?? coordinatedSubject(sc, m.start, ACTORS) ?? reporterJoined(sc, m.start) ?? relativeAntecedent(sc, m.start, ACTORS) ?? appositive ?? near8.find((o) => !afterPlacePrep(sc, o))
      // "I Danmark kritiserede ministeriet Huawei": after an opener naming a place, the subject follows the verb.
      ?? nominative(sc, invertedSubject(sc, m, 0, ACTORS))
      // "X i sin tale til Europa-Parlamentet havde beskyldt Kina": with only a preposition's object near the verb, the
      // subject a few words further back.
      ?? (near8.length ? before(sc, m.start, ACTORS, 14).find((o) => canAct(sc, o) && !afterPlacePrep(sc, o) && !o.genitive && o.kind !== 'adjective') : undefined)
      // "Kina har kritiseret landene, der …, og beskyldte Sverige for …": a verb joined to a sentence that opened on its subject.
      ?? near8[0] ?? clauseOpener(sc, m.start, (o) => canAct(sc, o) && !o.genitive && o.kind !== 'adjective') ?? speaker;
    if (!subject) continue;
    const end = clauseEnd(sc, m.end);
    // "urged Washington to stop …": the one urged sits inside the phrase.
    const inside = m.slot === 'inside' ? sc.occs.find((o) => o.tokStart > m.start && o.tokEnd <= m.end && OPPOSED.includes(o.type) && o.entityId !== subject.entityId) : undefined;
    // With the subject after the verb ("I går kritiserede Kina beslutningen"), the object follows the subject.
    const from = subject.tokStart >= m.end && subject.tokStart - m.end <= 1 ? subject.tokEnd : m.end;
    // "kritiserede den hollandske beslutning om ASML": the act's author, not a name inside the noun phrase.
    // Only when a state qualifies the noun: an unqualified "the decision" is a guess, a name after it is not.
    const actFirst = m.slot === 'inside' || near ? undefined : actionObject(sc, ctx, from, false, true);
    // Right after a near verb ("denied", "concerns about"), a nationality word qualifies the noun it precedes ("concerns
    // about Americans' data"): no state is named.
    const wronged = m.slot === 'inside' || near ? undefined : wrongdoerOf(sc, m.end);
    if (wronged === null) continue;
    const found = wronged ?? (actFirst ? undefined : inside ?? (m.slot === 'inside' ? undefined : after(sc, from, OPPOSED, near ? 2 : 8).find((o) => o.tokStart < end && o.entityId !== subject.entityId && (!o.attributive || standsForState(sc, o)) && !(near && o.kind === 'adjective') && !companion(sc, o))));
    // "rejected the claim that TikTok is an agent of China", "afviste påstanden om, at selskabet …": the names are the
    // claim's content; the denial answers whoever made it.
    // "ankede den første afgørelse til Competition Appeal Tribunal": the court an act is taken to is no party to it.
    const first = found && m.slot !== 'inside' && (claimContent(sc, from, found.tokStart) || forumOfAct(sc, from, found)) ? undefined : found;
    if (!first) {
      // "opposed the decision", "kritiserede afgørelsen", "criticised the US pressure": the act's author.
      // "afviste anklagerne", "rejected the accusations": a denial of an act opposes its author too.
      // "described the move as unfair", "betegnede beslutningen som urimelig": the act sits inside the phrase.
      // "Huawei rejected the accusations", "Beijing har afvist anklagerne": the one who accused (or charged) the subject.
      // "…, hvilket Huawei afviser", "…, which Huawei denies", "claims the company rejects": a denial closing the sentence.
      const before0 = subject.tokStart > 0 ? toks[subject.tokStart - 1].norm : '';
      const closing = subject.tokEnd <= m.start && (DENIED_CLAUSE.has(before0) || ACCUSATION.test(before0)) && !toks[m.end]?.word;
      if (m.slot !== 'inside' && (closing || accusationAt(sc, from))) {
        // "Apple rejected the lawsuit": a charge no act noun names is brought by whoever acted against the subject last.
        const charged = accuserOf(ctx, subject.entityId, s.index) === ACTED ? actionObject(sc, ctx, from, false, false, subject.entityId) ?? lastActor(ctx, subject.entityId, s.index) : accuserOf(ctx, subject.entityId, s.index);
        const accuser = charged && subject.type === 'Government' ? stateAnswered(ctx, charged) : charged;
        if (accuser && !own.has(accuser)) add(ctx, { subject: subject.entityId, predicate: 'OPPOSES', object: accuser, rule: 'oppose.deny', sentence: s.index });
        continue;
      }
      const act = m.slot === 'inside' ? actionObject(sc, ctx, m.start + 1, false, false, subject.entityId) : actFirst ?? actionObject(sc, ctx, from, !near, false, subject.entityId);
      if (act && act !== subject.entityId && !own.has(act)) add(ctx, { subject: subject.entityId, predicate: 'OPPOSES', object: act, rule: 'oppose.act', sentence: s.index });
      // "Google said it would appeal", "Meta afviser kritikken og vil anke": a verb left without an object answers the
      // measure the firm faces, taken by the body that last acted against it.
      const answered = !act && m.slot !== 'inside' && !near && !ACCUSATION.test(toks[m.start].norm) && objectless(sc, m.end) ? answeredActor(ctx, subject, s.index) : undefined;
      if (answered && !own.has(answered)) add(ctx, { subject: subject.entityId, predicate: 'OPPOSES', object: answered, rule: 'oppose.answer', sentence: s.index });
      continue;
    }
    if (near && ['at', 'that', 'to'].includes(toks[m.end]?.norm ?? '')) continue;
    // "The Justice Department sued TikTok and ByteDance", "staten sagsøger Meta": a state's lawsuit is a measure aimed at
    // its defendants (an app among them), not a stance.
    if (LAWSUIT.test(toks[m.start].norm) && (subject.type === 'Government' || subject.type === 'Agency') && subject.kind !== 'adjective') {
      const firstTarget = after(sc, from, TARGETABLE, 8).find((o) => o.tokStart < end && o.entityId !== subject.entityId && !o.attributive && !companion(sc, o));
      for (const o of firstTarget ? listFrom(sc, firstTarget, TARGETABLE) : []) {
        if (o.entityId !== subject.entityId) add(ctx, { subject: subject.entityId, predicate: 'TARGETS', object: o.entityId, action: 'investigate', rule: 'target.lawsuit', sentence: s.index });
      }
      continue;
    }
    // "accusing China's largest telecommunications equipment maker of …": the one described, not its owner.
    if (first.genitive && first.kind !== 'coref' && !possessed(sc, first, OPPOSED) && describedFirm(sc, first.tokEnd)) continue;
    // "X is at odds with Y", "X er på kant med Y": a quarrel runs both ways.
    const mutual = !near && toks.slice(m.start, m.end).some((t) => MUTUAL.test(t.norm)) && OPPOSED.includes(subject.type) && subject.kind !== 'adjective';
    for (const o of listFrom(sc, first, OPPOSED)) {
      // "The Justice Department sued Apple, accusing it of …", "Staten sagsøgte Meta og beskyldte selskabet for …": a state's
      // or body's charge that comes with its own lawsuit in the sentence is the suit's complaint, not a stance besides it.
      if (measuredHere(ctx, subject, o.entityId, s.index)) continue;
      // "Beijing has rejected the accusations, and China's foreign ministry has …": a state and its own body are one side.
      if (ownBody(ctx, subject.entityId, o.entityId)) continue;
      add(ctx, { subject: subject.entityId, predicate: 'OPPOSES', object: o.entityId, rule: near ? 'oppose.deny' : 'oppose.verb', sentence: s.index });
      if (mutual && ACTORS.includes(o.type)) add(ctx, { subject: o.entityId, predicate: 'OPPOSES', object: subject.entityId, rule: 'oppose.verb', sentence: s.index });
    }
  }
  // "FBI Director X told lawmakers that the bureau had concerns about TikTok": the officer who reports the stance of
  // the body they hold office in takes it too.
  if (speaker?.type === 'Person' && occs.includes(speaker) && speaker.kind !== 'coref') {
    const bodies = new Set(ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && r.subject === speaker.entityId && ctx.entities.get(r.object)?.type !== 'Government').map((r) => r.object));
    const held = ctx.relations.filter((r) => r.predicate === 'OPPOSES' && r.sentence === s.index && bodies.has(r.subject) && r.object !== speaker.entityId);
    for (const r of held) add(ctx, { subject: speaker.entityId, predicate: 'OPPOSES', object: r.object, rule: 'oppose.officer', sentence: s.index });
  }
  // Accusing speech.
  if (speaker) reportedAccusation(sc, ctx, speaker, own);
  if (!speaker || findPhrases(trig.accuseCues, toks).length === 0) return;
  // "The United States, Britain and Canada said in a joint statement …": every speaker of the list, none the accused.
  const voices = speakerList(sc, speaker);
  const mine = new Set<string>([...voices.map((v) => v.entityId), ...(own ?? [])]);
  let named = false;
  // "Ifølge myndigheden har koncernen …", "According to the Commission, X …": a finding credited to its source, no stance it takes.
  const attributed = attributedTo(sc, speaker);
  for (const o of occs) {
    // "Apple said the law was unfair": a noun that refers back to a named policy is that policy.
    if (!OPPOSED.includes(o.type) || o.attributive || mine.has(o.entityId) || (o.kind === 'coref' && o.type !== 'Policy')) continue;
    // "The general manager of TikTok Australia, Lee Hunter, said …": the speaker's own employer.
    if (employerOf(sc, speaker, o)) continue;
    // "said the ban violates the First Amendment": the law said to be broken is the charge's yardstick, not opposed.
    if (o.type === 'Policy' && lawInvoked(sc, o)) continue;
    // "the law exists to keep children safe", "violates Section 2 of the Sherman Act": a law is accused only as a measure
    // the text shows taken (aimed at someone, or announced), not as the rule a charge or a defence appeals to.
    if (o.type === 'Policy' && !takenMeasure(ctx, o.entityId)) continue;
    // "abuses in China": a state named as a place is where the wrong happens, not who is accused.
    if (afterPlacePrep(sc, o)) continue;
    // "told members of Congress that …", "fortalte Reuters, at …": who is told is no one accused.
    if (addressee(sc, o)) continue;
    // "China … Its foreign ministry has accused …": a state does not accuse its own body, nor a body its state.
    if (voices.some((v) => ownBody(ctx, v.entityId, o.entityId))) continue;
    named = true;
    // "The department said DJI had enabled abuses": the reasons a body gives for its own measure against the firm are the measure, not a stance besides it.
    if (actedOn(ctx, speaker.entityId, o.entityId) || officeActedOn(ctx, speaker.entityId, o.entityId) || attributed) continue;
    for (const v of voices) add(ctx, { subject: v.entityId, predicate: 'OPPOSES', object: o.entityId, rule: 'oppose.accuse', sentence: s.index });
  }
  // "Huawei said the ban was politically motivated": with nobody named, the act spoken of is the one accused.
  if (named) return;
  const at = toks.findIndex((t, k) => trig.actionNouns.has(t.norm) && (trig.determiners.has(toks[k - 1]?.norm ?? '') || danishDefinite(sc, t.norm)));
  let act = at >= 0 ? actionObject(sc, ctx, at, false, false, speaker.entityId) : undefined;
  // "Selskabets juridiske direktør siger, at handlen er mødt af uforholdsmæssige forhindringer", "Huawei said it was
  // treated unfairly": with no act named, a firm (or its officer) speaking of wrong done answers the body that last
  // took a measure against the firm.
  if (!act && at < 0) {
    const firm = speaker.type === 'Company' ? speaker.entityId
      : speaker.type === 'Person' ? ctx.relations.find((r) => r.predicate === 'HOLDS_ROLE' && r.subject === speaker.entityId && ctx.entities.get(r.object)?.type === 'Company')?.object : undefined;
    act = firm ? lastActor(ctx, firm, s.index) : undefined;
    // The officer speaks for the firm.
    if (act && firm && firm !== speaker.entityId && !mine.has(act)) add(ctx, { subject: firm, predicate: 'OPPOSES', object: act, rule: 'oppose.act', sentence: s.index });
  }
  if (act && !mine.has(act)) for (const v of voices) add(ctx, { subject: v.entityId, predicate: 'OPPOSES', object: act, rule: 'oppose.act', sentence: s.index });
}


/**
 * "Spokesman X said the United States was abusing state power", "Talsperson X sagde, at Storbritannien misbruger
 * begrebet", "FTC Chair X said TikTok had violated the law": the name that opens the clause reported after the
 * verb of speech is its subject, and a word of accusation in that clause makes the speaker oppose it. Only that
 * subject (not every name the sentence holds), and not the speaker's own state or body.
 */
function reportedAccusation(sc: SentenceCtx, ctx: DocCtx, speaker: Occ, own: Set<string>): void {
  const toks = sc.s.tokens;
  if (!sc.occs.includes(speaker) || speaker.kind === 'coref') return;
  for (const v of speechVerbs(sc)) {
    // The speaker right before the verb ("X said", "X, a spokesman for Y, said" is the parenthetical's).
    if (!(speaker.tokEnd <= v.start && v.start - speaker.tokEnd <= 1) && skipParenthetical(sc, v.start) !== speaker.tokEnd) continue;
    // "said that", "sagde, at", "told reporters that": the reported clause's first word.
    let k = v.end;
    if (toks[k]?.text === ',') k++;
    if (!THAT.has(toks[k]?.norm ?? '')) {
      let j = k;
      while (j < toks.length && j - k < 3 && toks[j].word && !toks[j].cap && !THAT.has(toks[j].norm)) j++;
      if (THAT.has(toks[j]?.norm ?? '')) k = j;
    }
    if (THAT.has(toks[k]?.norm ?? '')) k++;
    if (['the', 'den', 'det'].includes(toks[k]?.norm ?? '')) k++;
    const subject = sc.occs.find((o) => o.tokStart === k && OPPOSED.includes(o.type) && !o.genitive && (!o.attributive || standsForState(sc, o)));
    if (!subject || own.has(subject.entityId) || subject.entityId === speaker.entityId || ownBody(ctx, speaker.entityId, subject.entityId)) continue;
    // A list as subject ("A and B had …"): each of them.
    const list = listFrom(sc, subject, OPPOSED);
    const from = subjectRunOn(sc, list[list.length - 1].tokEnd);
    // The verb phrase that follows, up to the clause's end: a word of accusation there.
    let end = from;
    while (end < toks.length && end - from < 8 && toks[end].text !== ';' && toks[end].text !== ',' && !THAT.has(toks[end].norm)) end++;
    const accused = findPhrases(sc.trig.accuseCues, toks, from, end).length > 0;
    if (!accused && !officialOnTarget(ctx, speaker, subject)) continue;
    for (const o of list) if (!own.has(o.entityId)) add(ctx, { subject: speaker.entityId, predicate: 'OPPOSES', object: o.entityId, rule: accused ? 'oppose.reported' : 'oppose.official', sentence: sc.s.index });
  }
}

/**
 * "Deputy Commissioner X said TikTok had not verified …", "Paxton said Google was acting as pitcher, batter and umpire": an
 * official of the body whose measure a firm faces, speaking of that firm by name, states the case against it.
 */
function officialOnTarget(ctx: DocCtx, speaker: Occ, subject: Occ): boolean {
  return speaker.type === 'Person' && subject.type === 'Company' && subject.kind !== 'coref' && officeActedOn(ctx, speaker.entityId, subject.entityId);
}

const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'bliver', 'blev', 'blevet']);

/**
 * "har kritiseret, at Huawei behandles som en trussel i Danmark", "criticised that Huawei was treated as a threat in
 * Denmark": the name a that-clause after a verb of criticism puts in the passive is the one wronged; the one
 * criticised is who wrongs it: the agent after "af"/"by", else the state the clause places it in. Undefined when no
 * that-clause opens on a passive name; null when one does but names nobody acting.
 */
function wrongdoerOf(sc: SentenceCtx, k: number): Occ | null | undefined {
  const toks = sc.s.tokens;
  if (toks[k]?.text === ',') k++;
  if (!THAT.has(toks[k]?.norm ?? '')) return undefined;
  k++;
  if (sc.trig.determiners.has(toks[k]?.norm ?? '')) k++;
  const wronged = sc.occs.find((o) => o.tokStart === k && o.kind !== 'adjective' && !o.genitive);
  if (!wronged || !passiveAt(sc, wronged.tokEnd)) return undefined;
  let end = wronged.tokEnd;
  while (end < toks.length && toks[end].text !== ',' && toks[end].text !== ';') end++;
  const by = findPhrases(sc.trig.passiveBy, toks, wronged.tokEnd, end)[0];
  const agent = by ? sc.occs.find((o) => o.tokStart === by.end && OPPOSED.includes(o.type)) : undefined;
  return agent ?? sc.occs.find((o) => o.tokStart > wronged.tokEnd && o.tokEnd <= end && o.type === 'Government' && afterPlacePrep(sc, o)) ?? null;
}

/** A passive verb at token k: the Danish s-passive ("behandles", "udelukkes"), or an auxiliary and a participle ("was treated", "blev udelukket"). */
function passiveAt(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  const t = toks[k];
  if (!t?.word || t.cap) return false;
  if (sc.s.language === 'da' && /[^e]es$/.test(t.norm)) return true;
  const next = toks[k + 1];
  return PASSIVE_AUX.has(t.norm) && !!next?.word && !next.cap && /(ed|en|et|t)$/.test(next.norm);
}

/**
 * "the Ministry of Commerce said China firmly opposed the decision and urged Washington to stop …": a verb of opposition
 * joined by "and"/"og" after a clause reported with its own subject shares the subject of the verb of speech, the
 * name right before it.
 */
function reporterJoined(sc: SentenceCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  if (!['and', 'og'].includes(toks[k - 1]?.norm ?? '')) return undefined;
  const said = findPhrases(sc.trig.speech, toks, 0, k - 1).filter((v) => !findPhrases(sc.trig.attribution, toks, v.start, v.end).length).pop();
  if (!said) return undefined;
  const speaker = sc.occs.find((o) => o.tokEnd === said.start && ACTORS.includes(o.type) && canAct(sc, o) && o.kind !== 'coref');
  if (!speaker) return undefined;
  let j = said.end;
  if (toks[j]?.text === ',') j++;
  if (THAT.has(toks[j]?.norm ?? '')) j++;
  if (['the', 'den', 'det'].includes(toks[j]?.norm ?? '')) j++;
  const own = sc.occs.find((o) => o.tokStart === j && ACTORS.includes(o.type) && canAct(sc, o));
  return own && own.entityId !== speaker.entityId ? speaker : undefined;
}

const OTHER = new Set(['other', 'andre']);

/**
 * Where a subject that runs on past its names ends: "TikTok og andre kinesiske apps - som WeChat - er trusler",
 * "Huawei and other Chinese vendors (such as ZTE) pose a risk": "and other …" and an aside between dashes or brackets.
 */
function subjectRunOn(sc: SentenceCtx, k: number): number {
  const toks = sc.s.tokens;
  if (['and', 'og'].includes(toks[k]?.norm ?? '') && OTHER.has(toks[k + 1]?.norm ?? '')) {
    k += 2;
    while (k < toks.length && toks[k].word && (!toks[k].cap || sc.occs.some((o) => o.tokStart === k && o.kind === 'adjective'))) k++;
  }
  if (/^[-–—(]$/.test(toks[k]?.text ?? '')) {
    for (let j = k + 1; j < toks.length && j - k <= 8; j++) {
      if (/^[-–—)]$/.test(toks[j].text)) return j + 1;
    }
  }
  return k;
}

/**
 * A verb joined by "and"/"og" to a clause that opened on its subject: "Kina har kritiseret landene, der …, og beskyldte
 * Sverige for …". After a semicolon the clause opens there: "Washington said …; Beijing said it was … and accused the
 * United States of overreacting".
 */
function clauseOpener(sc: SentenceCtx, k: number, ok: (o: Occ) => boolean): Occ | undefined {
  const toks = sc.s.tokens;
  let start = 0;
  for (let j = k - 1; j >= 0 && start === 0; j--) if (toks[j].text === ';') start = j + 1;
  return openerBefore(sc, k, ACTORS, ok, start);
}

/** A pronoun in the object case ("beskyldte hende for", "kritiserede ham") is no subject after the verb. */
function nominative(sc: SentenceCtx, o: Occ | undefined): Occ | undefined {
  return o && o.kind === 'coref' && sc.trig.objectCasePronouns.has(sc.s.tokens[o.tokStart]?.norm ?? '') ? undefined : o;
}

/** Is one the body of the other's state, or the state of the other's body ("China" and "its foreign ministry")? */
function ownBody(ctx: DocCtx, a: string, b: string): boolean {
  return ctx.entities.get(a)?.partOf === b || ctx.entities.get(b)?.partOf === a;
}

/** Is the name the one spoken to, right after a verb of telling ("told members of Congress", "fortalte Reuters")? */
function addressee(sc: SentenceCtx, o: Occ): boolean {
  const toks = sc.s.tokens;
  return findPhrases(sc.trig.tellVerbs, toks, Math.max(0, o.tokStart - 4), o.tokStart).some((m) =>
    m.end <= o.tokStart && toks.slice(m.end, o.tokStart).every((t) => t.word && !t.cap));
}

/** Does the text show the policy as a measure: aimed at someone, or announced by someone? */
function takenMeasure(ctx: DocCtx, id: string): boolean {
  return ctx.relations.some((r) => (r.predicate === 'TARGETS' && r.subject === id) || (r.predicate === 'ANNOUNCED' && r.object === id));
}

/** Is the speaker named as the source a claim is credited to ("ifølge myndigheden", "according to the Commission")? */
function attributedTo(sc: SentenceCtx, speaker: Occ): boolean {
  const toks = sc.s.tokens;
  if (!sc.occs.includes(speaker) || speaker.tokStart < 1) return false;
  const at = sc.trig.determiners.has(toks[speaker.tokStart - 1].norm) ? speaker.tokStart - 1 : speaker.tokStart;
  return findPhrases(sc.trig.attribution, toks, Math.max(0, at - 3), at).some((m) => m.end === at);
}

/** A law named right after a word of breaking it ("violates the First Amendment", "i strid med databeskyttelsesforordningen"). */
function lawInvoked(sc: SentenceCtx, law: Occ): boolean {
  const toks = sc.s.tokens;
  return findPhrases(sc.trig.lawBroken, toks, Math.max(0, law.tokStart - 6), law.tokStart).some((m) =>
    m.end <= law.tokStart && law.tokStart - m.end <= 3 && toks.slice(m.end, law.tokStart).every((t) => t.word && !t.cap));
}

/**
 * The speaker and the actors coordinated before it ("the United States, the European Union, Britain and Canada
 * said", "Danmark, Norge og Sverige skriver"): a list joined by "and"/"og", not a place opening the sentence
 * ("In Washington, the department said").
 */
function speakerList(sc: SentenceCtx, speaker: Occ): Occ[] {
  const toks = sc.s.tokens;
  // A speaker carried from another sentence (a quote running on) has no list here.
  if (!sc.occs.includes(speaker) || speaker.kind === 'coref') return [speaker];
  const out = [speaker];
  let cur = speaker;
  let joined = false;
  for (;;) {
    let k = cur.tokStart;
    while (k > 0 && ['the', 'den', 'det'].includes(toks[k - 1].norm)) k--;
    const j = toks[k - 1];
    if (!j || !(j.text === ',' || sc.trig.listJoin.byFirst.has(j.norm))) break;
    const prev = sc.occs.find((o) => o.tokEnd === k - 1 && ACTORS.includes(o.type) && !o.genitive && !o.attributive && o.kind !== 'coref' && !afterPlacePrep(sc, o));
    if (!prev) break;
    if (j.text !== ',') joined = true;
    out.unshift(prev);
    cur = prev;
  }
  return joined ? out : [speaker];
}

const DENIED_CLAUSE = new Set(['hvilket', 'hvad', 'which', 'what']);
const ACCUSATION = /^(accusations?|allegations?|claims?|charges?|criticism|findings|conclusions|konklusion(en|erne)|lawsuits?|suit|complaints?|anklage\w*|beskyldning\w*|kritikken|påstand\w*|søgsmålet|retssagen|stævningen|klagen)$/;

/** A noun of accusation after the verb and "that"/"at" before the name: the name sits in what was claimed. */
function claimContent(sc: SentenceCtx, from: number, to: number): boolean {
  if (!accusationAt(sc, from)) return false;
  const toks = sc.s.tokens;
  for (let k = from + 1; k < to; k++) {
    if (!THAT.has(toks[k].norm)) continue;
    // "the claim that", "påstanden om, at", "anklagerne om at".
    const prev = toks[k - 1].text === ',' ? toks[k - 2] : toks[k - 1];
    if (prev && (ACCUSATION.test(prev.norm) || prev.norm === 'om')) return true;
  }
  return false;
}

/** A name right after "to"/"til" that follows a noun for an act ("appealed the decision to X", "ankede afgørelsen til X"): where the act is taken. */
function forumOfAct(sc: SentenceCtx, from: number, o: Occ): boolean {
  const toks = sc.s.tokens;
  let k = o.tokStart - 1;
  if (sc.trig.determiners.has(toks[k]?.norm ?? '')) k--;
  // The act's noun may close the phrase of the verb ("anke* afgørelsen").
  if (!['to', 'til'].includes(toks[k]?.norm ?? '') || k < from) return false;
  return sc.trig.actionNouns.has(toks[k - 1].norm);
}

/** "Beijing has rejected the accusations" of the US Treasury: a state answers the state whose body made the charge. */
function stateAnswered(ctx: DocCtx, accuser: string): string {
  return stateOfBody(ctx, accuser) ?? accuser;
}

/** A noun of accusation right after a verb of denial ("rejected the accusations", "afviste alle anklagerne"). */
function accusationAt(sc: SentenceCtx, from: number): boolean {
  const toks = sc.s.tokens;
  for (let k = from; k < Math.min(toks.length, from + 4); k++) {
    if (ACCUSATION.test(toks[k].norm)) return true;
    if (!toks[k].word || toks[k].cap) return false;
  }
  return false;
}

const ACTED = '\u0000acted';

/** The state or body that last took a measure against the entity, up to this sentence (not one lifted to its state). */
function lastActor(ctx: DocCtx, id: string, sentence: number): string | undefined {
  let best: WorkRelation | undefined;
  for (const r of ctx.relations) {
    if (r.predicate !== 'TARGETS' || r.object !== id || r.sentence > sentence || r.rule === 'target.state') continue;
    const type = ctx.entities.get(r.subject)?.type;
    if (type !== 'Agency' && type !== 'Government') continue;
    if (!best || r.sentence >= best.sentence) best = r;
  }
  return best?.subject;
}

/** Who accused the entity most recently, up to this sentence (the one a denial answers), or ACTED when others only acted against it. */
function accuserOf(ctx: DocCtx, id: string, sentence: number): string | undefined {
  let best: WorkRelation | undefined;
  for (const r of ctx.relations) {
    if (r.object !== id || r.subject === id || r.sentence > sentence || (r.predicate !== 'OPPOSES' && r.predicate !== 'TARGETS')) continue;
    if (r.rule === 'target.state' || r.rule === 'oppose.voice' || r.rule === 'oppose.spokes' || !ACTORS.includes(ctx.entities.get(r.subject)?.type ?? 'Policy')) continue;
    // One can only be opposed as a state, a body, a firm or a policy: a person's or a group's charge is answered by the body acting.
    if (!OPPOSED.includes(ctx.entities.get(r.subject)?.type ?? 'Person')) continue;
    // One who accused outranks one who only acted.
    if (!best || (r.predicate === 'OPPOSES' && best.predicate !== 'OPPOSES') || (r.predicate === best.predicate && r.sentence >= best.sentence)) best = r;
  }
  // Only acted against: the act's author, as for any act ("rejected the decision").
  return !best || best.predicate === 'OPPOSES' ? best?.subject : ACTED;
}

/**
 * "The agency threw out China Telecom Americas in October …" far down a story whose lead told of the same body's
 * new measure: an earlier step in the body's record, which the body took, not the state the story is about.
 */
function earlierStep(ctx: DocCtx, body: string, sentence: number): boolean {
  const n = ctx.sentences.length;
  if (sentence < n * LATE_SHARE) return false;
  return ctx.relations.some((r) => r.predicate === 'TARGETS' && r.subject === body && r.sentence < n * LEAD_SHARE);
}

/** Shares of a text's sentences: its lead, and where its background begins. */
const LEAD_SHARE = 0.2;
const LATE_SHARE = 0.3;

/**
 * Who speaks for whom: a spokesperson's statement is their body's, and a body of a state
 * takes measures for the state: what the Commerce Department targets, the United States targets.
 */
export function speaksFor(ctx: DocCtx, roles: Map<string, Set<string>>): void {
  const spokes = new Map<string, string>();
  for (const r of ctx.relations) {
    if (r.predicate === 'HOLDS_ROLE' && /^Spokes|Press/.test(r.role ?? '') && ctx.entities.get(r.object)?.type === 'Agency') spokes.set(r.subject, r.object);
    // "Den amerikanske ambassadør i Danmark, X, advarede …": an ambassador speaks for the state that sent them.
    if (r.predicate === 'HOLDS_ROLE' && /^Ambassador/.test(r.role ?? '') && ctx.entities.get(r.object)?.type === 'Government') spokes.set(r.subject, r.object);
  }
  void roles;
  const extra: WorkRelation[] = [];
  for (const r of ctx.relations) {
    if (r.predicate !== 'OPPOSES' && r.predicate !== 'TARGETS') continue;
    let body = r.predicate === 'OPPOSES' ? spokes.get(r.subject) : undefined;
    if (body) extra.push({ ...r, subject: body, rule: 'oppose.spokes' });
    body ??= r.subject;
    const state = stateOfBody(ctx, body);
    // Opposition is the state's only where the text says so (dev gold keeps "the State Department criticised" to the department).
    if (r.predicate === 'TARGETS' && state && !earlierStep(ctx, body, r.sentence)) {
      extra.push({ ...r, subject: state, rule: 'target.state' });
    }
  }
  for (const r of extra) add(ctx, r);
  firmOfficers(ctx);
  stateVoiceOpposes(ctx);
  headActs(ctx);
}

const FOUNDER_ROLE = /founder|grundlægger|stifter/i;

/**
 * "Meta's chief global affairs officer, Joel Kaplan, slammed the decision", "Microsofts præsident, Brad Smith, kaldte
 * afgørelsen …": a firm's officer who opposes speaks for the firm, which opposes too. Only an officer of one firm in
 * the text (one who runs several speaks for none of them in particular).
 */
function firmOfficers(ctx: DocCtx): void {
  const firms = new Map<string, Set<string>>();
  const officials = new Set<string>();
  for (const r of ctx.relations) {
    if (r.predicate !== 'HOLDS_ROLE') continue;
    const type = ctx.entities.get(r.object)?.type;
    if (type === 'Government' || type === 'Agency') officials.add(r.subject);
    // A founder speaks for themself ("Jack Ma", "Jimmy Wales"), not for the firm they once started.
    if (type !== 'Company' || FOUNDER_ROLE.test(r.role ?? '')) continue;
    if (!firms.has(r.subject)) firms.set(r.subject, new Set());
    firms.get(r.subject)!.add(r.object);
  }
  // A minister who also leads a party or a firm speaks for the state.
  for (const o of officials) firms.delete(o);
  const lifted: WorkRelation[] = [];
  for (const r of ctx.relations) {
    const held = r.predicate === 'OPPOSES' ? firms.get(r.subject) : undefined;
    if (!held || held.size !== 1) continue;
    const firm = [...held][0];
    if (firm !== r.object) lifted.push({ ...r, subject: firm, rule: 'oppose.firm' });
  }
  for (const r of lifted) add(ctx, r);
}

/** Offices whose holder takes a state's measures in person: a governor, president, prime minister, attorney general. */
const HEAD_ROLE = /^(Governor|President|Prime Minister|Premier|Attorney General|Guvernør|Præsident|Statsminister|Premierminister)/i;

/** Prepositions before a head of government that make them qualify a noun ("the administration of President X"). */
const HEAD_PREPS = new Set(['of', 'under', 'by', 'from', 'with', 'af', 'fra', 'med', 'hos']);

/**
 * "Virginia Governor X signed an executive order banning TikTok", "President X blocked the sale to Broadcom": the
 * state's measure is the act of the head of government who takes it, and they oppose the firm it hits. Only a firm,
 * only where the head is named before the firm in the measure's own sentence.
 */
function headActs(ctx: DocCtx): void {
  const heads = ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && HEAD_ROLE.test(r.role ?? '') && ctx.entities.get(r.object)?.type === 'Government');
  if (heads.length === 0) return;
  const out: WorkRelation[] = [];
  const byIndex = new Map(ctx.sentences.map((x) => [x.s.index, x]));
  for (const r of ctx.relations) {
    if (r.predicate !== 'TARGETS' || r.rule !== 'target.actor' || ctx.entities.get(r.object)?.type !== 'Company') continue;
    const sc = byIndex.get(r.sentence);
    if (!sc) continue;
    const target = sc.occs.find((o) => o.entityId === r.object);
    if (!target) continue;
    for (const o of sc.occs) {
      if (o.type !== 'Person' || o.kind === 'coref' || o.genitive || o.tokEnd > target.tokStart) continue;
      // "the administration of President X, which …", "Regeringen under premierminister X": the head qualifies a noun, the body acts.
      if (sc.s.tokens.slice(Math.max(0, o.tokStart - 4), o.tokStart).some((t) => HEAD_PREPS.has(t.norm))) continue;
      if (!heads.some((h) => h.subject === o.entityId && h.object === r.subject)) continue;
      out.push({ subject: o.entityId, predicate: 'OPPOSES', object: r.object, rule: 'oppose.officer', sentence: r.sentence });
    }
  }
  for (const r of out) add(ctx, r);
}

/**
 * A foreign or trade ministry or an embassy is its state's voice abroad: when it opposes another
 * state ("Kinas ambassade i Berlin kritiserede beslutningen", "China's Foreign Ministry urged
 * Canberra to abandon …"), the state opposes it too. Only towards a state or a body above states
 * (the European Commission): a body of another state is the ministry's own quarrel.
 */
function stateVoiceOpposes(ctx: DocCtx): void {
  const words = [...ctx.lexicon.triggers.values()].flatMap((t) => [...t.stateVoice]);
  if (words.length === 0) return;
  // The state a body belongs to, named in the text or not.
  const ofState = (e: { type: string; partOf?: string } | undefined) =>
    e?.type === 'Agency' && !!e.partOf && (ctx.entities.get(e.partOf) ?? ctx.lexicon.entries.get(e.partOf))?.type === 'Government';
  const voiceOf = new Map<string, string | undefined>();
  const stateOf = (id: string): string | undefined => {
    if (voiceOf.has(id)) return voiceOf.get(id);
    const e = ctx.entities.get(id);
    let state: string | undefined;
    if (e && ofState(e)) {
      const entry = e.lexId ? ctx.lexicon.entries.get(e.lexId) : undefined;
      const names = [e.name, ...e.surfaces, ...(entry ? Object.values(entry.aliases).flat() : [])].map((n) => n.toLowerCase());
      if (names.some((n) => words.some((w) => n.includes(w)))) state = e.partOf;
    }
    voiceOf.set(id, state);
    return state;
  };
  const lifted: WorkRelation[] = [];
  for (const r of ctx.relations) {
    if (r.predicate !== 'OPPOSES') continue;
    const state = stateOf(r.subject);
    if (!state || state === r.object) continue;
    const o = ctx.entities.get(r.object);
    const aboveStates = o?.type === 'Agency' && !ofState(o);
    if (o?.type === 'Government' || aboveStates) lifted.push({ ...r, subject: state, rule: 'oppose.voice' });
  }
  for (const r of lifted) add(ctx, r);
}

/**
 * The author of the act a noun names right after a verb of stance: "the decision", "beslutningen",
 * "the US pressure". A state qualifying the noun is its author; otherwise the last state or body
 * the text has shown acting (a TARGETS relation), else the state the text is about.
 */
export function actionObject(sc: SentenceCtx, ctx: DocCtx, from: number, orHome = true, qualifiedOnly = false, not?: string): string | undefined {
  const toks = sc.s.tokens;
  let qualifier: Occ | undefined;
  // Five tokens of words, a name of several tokens ("the U.S. sanctions") counting as one.
  let reach = from + 5;
  for (let k = from; k < Math.min(toks.length, reach); k++) {
    const t = toks[k];
    const o = sc.occs.find((x) => x.tokStart === k && x.kind !== 'coref');
    if (o) {
      if (o.type !== 'Government' || !(o.attributive || o.genitive)) return undefined;
      qualifier = o;
      reach += o.tokEnd - o.tokStart - 1;
      k = o.tokEnd - 1;
      continue;
    }
    // "selskabet vil anke den", "Apple said it would appeal it": a pronoun ending the clause right after the verb is the act.
    const actPronoun = k === from && !qualifiedOnly && ACT_PRONOUNS.has(t.norm) && (!toks[k + 1] || !toks[k + 1].word || sc.trig.placePrep.byFirst.has(toks[k + 1].norm) || ['og', 'and', 'men', 'but'].includes(toks[k + 1].norm));
    if (sc.trig.actionNouns.has(t.norm) || actPronoun) {
      if (qualifier) return qualifier.entityId;
      if (qualifiedOnly) return undefined;
      let best: WorkRelation | undefined;
      let home: WorkRelation | undefined;
      // An act the speaker took part in ("USA, Storbritannien og Australien har lukket Huawei ude") is not the one welcomed.
      const joint = new Set(ctx.relations.filter((r) => r.predicate === 'TARGETS' && not && (r.subject === not || ctx.entities.get(r.subject)?.partOf === not)).map((r) => r.sentence));
      for (const r of ctx.relations) {
        // The act is the one the text reports; a body named afterwards as issuing it does not displace its actor.
        if (r.predicate !== 'TARGETS' || r.sentence > sc.s.index || r.rule === 'target.author') continue;
        // "Washington welcomed the decision": someone else's decision, not the speaker's own earlier act.
        if (joint.has(r.sentence)) continue;
        const type = ctx.entities.get(r.subject)?.type;
        if (type !== 'Government' && type !== 'Agency') continue;
        if (!best || r.sentence >= best.sentence) best = r;
        // The first act of a body of the text's state, else of the state itself: a body named acting is who decided.
        if (ctx.home && (r.subject === ctx.home || ctx.entities.get(r.subject)?.partOf === ctx.home) && r.rule !== 'target.state'
          && (!home || (home.subject === ctx.home && r.subject !== ctx.home && namedIn(ctx, r.subject, r.sentence)))) home = r;
      }
      // "The decision" is the act the text is about, its state's (or a body of it), before one
      // another state took that the text mentions in passing ("like the US and New Zealand before it").
      // "that ban", "denne beslutning": a demonstrative points at the act the text has just told of.
      if (home && ctx.home !== not && !DEMONSTRATIVES.has(toks[k - 1]?.norm ?? '')) best = home;
      // A denial ("afviste anklagerne") needs a measure the text reports; the text's state is too loose a guess.
      return best?.subject ?? (orHome && ctx.home !== not ? ctx.home : undefined);
    }
    if (!t.word || t.cap) return undefined;
  }
  return undefined;
}

/**
 * Is o the body the speaker is described as working for, in apposition beside the speaker's name:
 * "the general manager of X, Lee Hunter, said", "Lee Hunter, chief executive of X, said", "X's chief, Lee Hunter".
 */
function employerOf(sc: SentenceCtx, speaker: Occ, o: Occ): boolean {
  if (speaker.tokStart < 0 || !['Company', 'Organization', 'Agency'].includes(o.type)) return false;
  const toks = sc.s.tokens;
  const gapWords = (a: number, b: number) => toks.slice(a, b);
  // Before the name: "… of X, Lee Hunter" / "X's general manager, Lee Hunter".
  if (o.tokEnd <= speaker.tokStart && speaker.tokStart - o.tokEnd <= 4) {
    const gap = gapWords(o.tokEnd, speaker.tokStart);
    if (gap.length && gap[gap.length - 1].text === ',' && gap.slice(0, -1).every((t) => t.word && !t.cap)) {
      const pre = toks[o.tokStart - 1]?.norm ?? '';
      if (o.genitive || sc.trig.roleOf.has(pre)) return true;
    }
  }
  // Inside the apposition between the speaker and the verb of speech: "Huawei Canada, et datterselskab af Huawei, sagde".
  if (toks[speaker.tokEnd]?.text === ',' && o.tokStart > speaker.tokEnd) {
    const verb = speechVerbs(sc, speaker.tokEnd).find((x) => x.start > speaker.tokEnd);
    if (verb && o.tokEnd <= verb.start && toks[verb.start - 1]?.text === ',') return true;
  }
  // After the name: "Lee Hunter, general manager of X,".
  if (o.tokStart >= speaker.tokEnd && o.tokStart - speaker.tokEnd <= 6 && toks[speaker.tokEnd]?.text === ',') {
    const gap = gapWords(speaker.tokEnd + 1, o.tokStart);
    return gap.length > 0 && gap.every((t) => t.word && !t.cap) && sc.trig.roleOf.has(gap[gap.length - 1].norm);
  }
  return false;
}

/** Is the entity named (not only referred back to: "the department") in the sentence? */
function namedIn(ctx: DocCtx, id: string, sentence: number): boolean {
  return !!ctx.sentences.find((x) => x.s.index === sentence)?.occs.some((o) => o.entityId === id && o.kind !== 'coref');
}

const CLAUSE_JOINS = new Set(['and', 'but', 'og', 'men']);

/** Nothing follows the verb in its clause: the sentence or clause ends, or "and"/"og" opens the next verb. */
function objectless(sc: SentenceCtx, k: number): boolean {
  const t = sc.s.tokens[k];
  return !t || (!t.word && t.text !== '-' && !/^["“”«»‘’']$/.test(t.text)) || CLAUSE_JOINS.has(t.norm);
}

/** Whom a firm answers that rejects or appeals with no object named: the state or body that last acted against it. */
function answeredActor(ctx: DocCtx, subject: Occ, sentence: number): string | undefined {
  if (subject.type !== 'Company' && subject.type !== 'Product') return undefined;
  return lastActor(ctx, subject.entityId, sentence);
}

const PRESSED = new Set(['pressed', 'pressing', 'presses', 'lobbied', 'lobbying', 'lobbies', 'urged', 'urging', 'urges', 'pushed', 'pushing', 'encouraged', 'encouraging',
  'presset', 'pressede', 'presser', 'opfordret', 'opfordrede', 'opfordrer', 'lobbyet', 'lobbyede']);
const SHUT_OUT = new Set(['exclude', 'ban', 'block']);

/**
 * "USA har presset de allierede til at holde Huawei ude", "The United States has lobbied its allies to shut Huawei out":
 * who presses others to exclude, ban or block a firm opposes the firm, though the measure is the others' to take.
 */
function pressedToExclude(sc: SentenceCtx, ctx: DocCtx, own: Set<string>): void {
  const toks = sc.s.tokens;
  for (let k = 1; k < toks.length; k++) {
    if (!PRESSED.has(toks[k].norm)) continue;
    // "to" / "til at" after the ones pressed.
    let to = -1;
    for (let j = k + 1; j < Math.min(toks.length, k + 9); j++) {
      if (toks[j].norm === 'to' || (toks[j].norm === 'at' && toks[j - 1].norm === 'til')) { to = j + 1; break; }
      if (toks[j].text === ',' || toks[j].text === ';') break;
    }
    if (to < 0) continue;
    const shut = sc.trig.target.filter((t) => SHUT_OUT.has(t.action)).flatMap((t) => findPhrases(t.phrases, toks, to, Math.min(toks.length, to + 8))).find((p) => p.start - to <= 2);
    if (!shut) continue;
    const firm = sc.occs.find((o) => (o.type === 'Company' || o.type === 'Product') && o.tokStart >= shut.start && o.tokStart <= shut.end + 1 && o.kind !== 'adjective' && !o.genitive);
    const who = before(sc, k, ['Government', 'Agency', 'Person'], 10).find((o) => canAct(sc, o) && !afterPlacePrep(sc, o));
    if (!firm || !who || own.has(firm.entityId)) continue;
    add(ctx, { subject: who.entityId, predicate: 'OPPOSES', object: firm.entityId, rule: 'oppose.pressed', sentence: sc.s.index });
  }
}

const RIVALRY = /^(strid|striden|konflikt|konflikten|spændinger|spændingerne|tovtrækkeri|tovtrækkeriet|handelskrig|handelskrigen|rivalisering|rivaliseringen|dispute|tensions|rift|feud|war|rivalry|standoff|stand-off)$/;
const RELATIONS = /^(relations|ties|forholdet|relationerne)$/;
const STRAINED = /^(strained|soured|souring|frosty|tense|worsened|deteriorat\w*|low|anstrengt|anstrengte|iskoldt|forgiftet|forværret|forværrede|køligt|spændt)$/;

/**
 * "the trade war between Washington and Beijing", "striden mellem USA og Kina", "relations between London and Beijing
 * are strained", "har forgiftet forholdet mellem Ottawa og Beijing": two states named as parties to a quarrel oppose
 * each other. Relations only where the sentence calls them strained.
 */
function rivalStates(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!['between', 'mellem'].includes(toks[k + 1].norm)) continue;
    const noun = toks[k].norm;
    if (!RIVALRY.test(noun) && !(RELATIONS.test(noun) && toks.some((t) => STRAINED.test(t.norm)))) continue;
    const a = sc.occs.find((o) => o.tokStart === k + 2 && o.type === 'Government' && o.kind !== 'adjective' && !o.genitive);
    if (!a || !['and', 'og'].includes(toks[a.tokEnd]?.norm ?? '')) continue;
    const b = sc.occs.find((o) => o.tokStart === a.tokEnd + 1 && o.type === 'Government' && o.kind !== 'adjective' && !o.genitive);
    if (!b || a.entityId === b.entityId) continue;
    add(ctx, { subject: a.entityId, predicate: 'OPPOSES', object: b.entityId, rule: 'oppose.mutual', sentence: sc.s.index });
    add(ctx, { subject: b.entityId, predicate: 'OPPOSES', object: a.entityId, rule: 'oppose.mutual', sentence: sc.s.index });
  }
}

/**
 * "ACCC har udtrykt bekymring for, at Google kunne bruge …", "The regulator expressed concern that Nokia had …": a
 * concern voiced about what a name opening the that-clause may do opposes that name. The one concerned stands
 * before the phrase; the phrases are the trigger list concernThat.
 */
function concernedThat(sc: SentenceCtx, ctx: DocCtx, own: Set<string>): void {
  const toks = sc.s.tokens;
  for (const m of findPhrases(sc.trig.concernThat, toks)) {
    let k = m.end;
    while (k < toks.length && k - m.end < 3 && !THAT.has(toks[k].norm) && (toks[k].text === ',' || (toks[k].word && !toks[k].cap))) k++;
    if (!THAT.has(toks[k]?.norm ?? '')) continue;
    k++;
    if (sc.trig.determiners.has(toks[k]?.norm ?? '')) k++;
    const object = sc.occs.find((o) => o.tokStart === k && OPPOSED.includes(o.type) && !o.genitive && (!o.attributive || standsForState(sc, o)));
    const subject = before(sc, m.start, ACTORS, 8).find((o) => canAct(sc, o) && !afterPlacePrep(sc, o) && !o.genitive);
    if (!object || !subject || object.entityId === subject.entityId || own.has(object.entityId) || ownBody(ctx, subject.entityId, object.entityId)) continue;
    add(ctx, { subject: subject.entityId, predicate: 'OPPOSES', object: object.entityId, rule: 'oppose.verb', sentence: sc.s.index });
  }
}

const FROM = new Set(['from', 'against', 'mod']);

/**
 * "signed the bill to protect Montanans' personal data from the Chinese Communist Party", "vil beskytte danskernes data
 * mod Kina": who keeps something safe from a state, a body or a firm named right after "from"/"mod" opposes it. The
 * one protecting is the actor before the verb (a clause's subject, or the one speaking).
 */
function protectedFrom(sc: SentenceCtx, ctx: DocCtx, own: Set<string>): void {
  const toks = sc.s.tokens;
  for (const m of findPhrases(sc.trig.protectFrom, toks)) {
    const end = clauseEnd(sc, m.end);
    let k = m.end;
    while (k < Math.min(end, m.end + 7) && !FROM.has(toks[k].norm) && toks[k].text !== ',') k++;
    if (!FROM.has(toks[k]?.norm ?? '')) continue;
    k++;
    if (sc.trig.determiners.has(toks[k]?.norm ?? '')) k++;
    const object = sc.occs.find((o) => o.tokStart === k && OPPOSED.includes(o.type) && o.type !== 'Policy' && !o.genitive && (!o.attributive || standsForState(sc, o)));
    const subject = before(sc, m.start, ACTORS, 10).find((o) => canAct(sc, o) && !afterPlacePrep(sc, o) && !o.genitive);
    if (!object || !subject || object.entityId === subject.entityId || own.has(object.entityId) || ownBody(ctx, subject.entityId, object.entityId)) continue;
    add(ctx, { subject: subject.entityId, predicate: 'OPPOSES', object: object.entityId, rule: 'oppose.verb', sentence: sc.s.index });
  }
}

/** Does the person hold office in the state or body, or in a body of that state? */
function officeIn(ctx: DocCtx, person: string, body: string): boolean {
  return ctx.relations.some((r) => r.predicate === 'HOLDS_ROLE' && r.subject === person && (r.object === body || ctx.entities.get(r.object)?.partOf === body));
}

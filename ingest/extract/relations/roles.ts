// HOLDS_ROLE by apposition: "Secretary of State Mike Pompeo", "udenrigsminister Wang Yi",
// "USA's udenrigsminister, Mike Pompeo", "den amerikanske udenrigsminister Mike Pompeo",
// "Micheal Pompeo, US' Secretary of State", "Kinas ambassadør i Danmark, Feng Tie".
// With no body named beside the title, the nearest state or agency before it counts.
import type { EntityType } from '../../../core/ontology';
import { add, after, afterPlacePrep, before, countrysAt, openerBefore, previousSentence, relativeAntecedent, RELATIVES, stateOfBody, subjectBefore, WHOSE, type DocCtx, type Occ, type SentenceCtx } from './context';
import { findPhrases } from '../phrases';
import { countryInView } from './nationality';

const ORGS: EntityType[] = ['Government', 'Agency', 'Company', 'Organization'];

/** Titles of an officer of a body (not of a state): they hold the role in the body the text has just named. */
const OFFICER = /^(Spokesperson|Press Officer|Chair|Chairman|Chairwoman|Commissioner|Director|Head|CEO|CTO|CFO|COO|Founder|Co-founder|Chief|Leader|Officer|Executive|Official|Adviser|Board Member|Managing Director|General Counsel|Justice|Associate Justice)/;

/** "Chinese technology companies": a nationality word qualifying firms, not the state acting. */
function qualifiesFirms(sc: SentenceCtx, o: Occ): boolean {
  if (!o.attributive) return false;
  const toks = sc.s.tokens;
  for (let k = o.tokEnd; k < Math.min(toks.length, o.tokEnd + 3); k++) {
    const t = toks[k];
    if (!t.word || t.cap) break;
    const type = sc.kindNouns.get(t.norm);
    if (type && type !== 'Agency' && type !== 'Person') return true;
  }
  return false;
}

/** The body most recently named as an actor in this or the two sentences before. */
function recentBody(ctx: DocCtx, at: number, types: EntityType[]): Occ | undefined {
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    const sc = ctx.sentences.find((x) => x.s.index === i);
    // The body the sentence is about: its subject, the first body named that is no possessor nor object of a preposition.
    const named = sc?.occs.filter((x) => types.includes(x.type) && !x.attributive) ?? [];
    const o = named.find((x) => !x.genitive && !afterPlacePrep(sc!, x) && x.tokStart <= 2) ?? named.pop();
    if (o) return o;
  }
  return undefined;
}

export function holdsRole(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  const titles = findPhrases(trig.roles.phrases, toks);
  for (const m of titles) {
    // "administrerende direktør", "deputy prime minister": a title inside a longer one is that one's.
    if (titles.some((x) => x !== m && x.start <= m.start && x.end >= m.end && x.end - x.start > m.end - m.start)) continue;
    // "Regeringen under statsminister X", "the government led by Prime Minister X": leadsGovernment's.
    if (LED_BY.some((w) => w[0] !== 'of' && w.length <= m.start - 1 && GOVERNMENT.has(toks[m.start - w.length - 1].norm) && w.every((x, i) => toks[m.start - w.length + i].norm === x))) continue;
    // Skip a title inside a name ("Secretary of State" inside "Department of State" is not a title here).
    if (occs.some((o) => o.kind !== 'coref' && o.tokStart <= m.start && o.tokEnd >= m.end)) continue;
    let role = trig.roles.canonical[m.index];
    // The person: right after ("udenrigsminister Wang Yi", "ambassadør i Danmark, Feng Tie") or before ("Pompeo, US' Secretary of State").
    let person: Occ | undefined;
    let viaRelative = false;
    let posting: Occ | undefined;
    let k = m.end;
    for (let steps = 0; steps < 6 && k < toks.length; steps++) {
      const o = occs.find((x) => x.tokStart === k);
      if (o?.type === 'Person') {
        person = o;
        break;
      }
      // "whose chief executive is X", "hvis direktør er X", "The chief executive of X is Y": the person after the copula.
      if (trig.copulas.has(toks[k].norm) && k > m.end - 1 && occs.some((x) => x.tokStart === k + 1 && x.type === 'Person' && x.kind !== 'coref')) {
        k++;
        continue;
      }
      if (o && (o.type === 'Government' || o.type === 'Location') && ['i', 'in', 'to'].includes(toks[k - 1]?.norm)) {
        posting = o;
        k = o.tokEnd;
        continue;
      }
      // "topchefen i Apple, Tim Cook", "the head of research at Google, X": a firm or body after the preposition
      // is the office's, and the name follows it (a state or place there is a posting: "ambassadør i Danmark").
      const firmAfter = ['i', 'in', 'at', 'hos', 'ved'].includes(toks[k].norm) && occs.some((o) => o.tokStart === k + 1 && BODY_OF.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
      if (!firmAfter && (toks[k].text === ',' || ['i', 'in', 'to'].includes(toks[k].norm))) {
        k++;
        continue;
      }
      // "President-elect Joe Biden", "Prime Minister-designate X": the office to come.
      if (toks[k].text === '-' && ['elect', 'designate'].includes(toks[k + 1]?.norm ?? '')) {
        k += 2;
        continue;
      }
      // "minister for udenrigshandel og udviklingssamarbejde, Liesje Schreinemacher", "minister of state for trade X".
      if (trig.roleOf.has(toks[k].norm) || ['of', 'for'].includes(toks[k].norm) || firmAfter || (toks[k].norm === 'af' && partOfFirm(sc, k + 1) >= 0)) {
        // "The head of ANSSI, Guillaume Poupard,", "direktøren for Huawei Danmark, X": the body, a comma, the person.
        const j0 = ['the', 'den', 'det'].includes(toks[k + 1]?.norm ?? '') ? k + 2 : k + 1;
        const body = occs.find((o) => o.tokStart === j0 && ORGS.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
        if (body && (toks[body.tokEnd]?.text === ',' || trig.copulas.has(toks[body.tokEnd]?.norm ?? '')) && occs.some((o) => o.tokStart === body.tokEnd + 1 && o.type === 'Person' && o.kind !== 'coref')) {
          k = body.tokEnd;
          continue;
        }
        // "formand for Naalakkersuisut Kim Kielsen", "direktør i Huawei Danmark Tommy Zwicky": the name right after the body.
        if (body && occs.some((o) => o.tokStart === body.tokEnd && o.type === 'Person' && o.kind !== 'coref')) {
          k = body.tokEnd;
          continue;
        }
        // "The head of Google's Indian business, X", "Lederen af TikToks indiske forretning, X": a part of the firm.
        const part = partOfFirm(sc, j0);
        if (part >= 0) {
          k = part;
          continue;
        }
        let j = k + 1;
        while (j < toks.length && j - k <= 5 && toks[j].word && !toks[j].cap) j++;
        if (j > k + 1 && !occs.some((o) => o.tokStart === j && o.type !== 'Person')) {
          k = j;
          continue;
        }
      }
      break;
    }
    if (!person) {
      // "Name, [the] [US'] Secretary of State"
      let j = m.start;
      // "Wei Jianguo, tidligere viceminister for handel", "X, the former Secretary of State": a word of former office too.
      // "X, the Treasury's acting Under Secretary for …": a word of rank or of an interim post before the title.
      while (j > 0 && (occs.some((o) => o.tokEnd === j && ORGS.includes(o.type)) || trig.determiners.has(toks[j - 1].norm) || ['the', 'a', 'an'].includes(toks[j - 1].norm) || FORMER.has(toks[j - 1].norm)
        || ((JUNIOR.has(toks[j - 1].norm) || ACTING.has(toks[j - 1].norm)) && !occs.some((o) => o.tokStart < j && o.tokEnd >= j)))) {
        if (FORMER.has(toks[j - 1].norm) && !role.startsWith('Former')) role = `Former ${role}`;
        const o = occs.find((x) => x.tokEnd === j && ORGS.includes(x.type));
        j = o ? describedFrom(sc, o) : j - 1;
      }
      // "Tommy Zwicky, der er direktør for Huawei", "Brad Smith, who is president of Microsoft".
      const rel = relativeCopula(sc, j);
      if (rel > 0) {
        j = rel;
        viaRelative = true;
      }
      // "Anna Berg is chief executive of Nokia", "Peter Holm er nu direktør i Nokia": the subject of the copula.
      if (!viaRelative && j > 1) {
        let c = j - 1;
        if (PREDICATE_ADVERBS.has(toks[c].norm)) c--;
        const p = trig.copulas.has(toks[c]?.norm ?? '') ? occs.find((o) => o.tokEnd === c && o.type === 'Person' && !o.genitive && o.kind !== 'coref') : undefined;
        if (p) {
          person = p;
          viaRelative = true;
        }
      }
      // "suspenderet X som administrerende direktør for Y", "named X as chief executive of Y": the office the person holds (or held).
      if (!viaRelative && j > 1 && AS.has(toks[j - 1].norm) && (trig.roleOf.has(toks[m.end]?.norm ?? '') || ['of', 'af'].includes(toks[m.end]?.norm ?? ''))) {
        j -= 1;
        viaRelative = true;
        const p = occs.find((o) => o.tokEnd === j && o.type === 'Person');
        if (p) person = p;
      }
      if (!person && toks[j - 1]?.text === ',') {
        const p = occs.find((o) => o.tokEnd === j - 1 && o.type === 'Person');
        if (p) person = p;
      }
    }
    if (!person || person.kind === 'coref') continue;
    // The body: just before the title (genitive, adjective or name), or "of X" after it.
    let j = m.start;
    while (j > 0 && (trig.determiners.has(toks[j - 1].norm) || ['the', 'a', 'an', 'den', 'det'].includes(toks[j - 1].norm))) j--;
    // "Apple-chefen Tim Cook", "Novo-direktør X": a Danish compound whose first part, joined by a hyphen, names the body.
    if (j === m.start && j > 1 && toks[j - 1].text === '-' && toks[j - 1].start === toks[j - 2].end && toks[j].start === toks[j - 1].end) j--;
    let org = occs.find((o) => o.tokEnd === j && ORGS.includes(o.type) && o.entityId !== person!.entityId);
    // "TikTok chief executive X", "Telegrams grundlægger, X": a product's name before the title names the post; no other body.
    if (!org && occs.some((o) => o.tokEnd === j && o.type === 'Product' && o.kind !== 'coref')) continue;
    // "Texas Governor X", "Bayerns ministerpræsident X": a place that is no state qualifies the office; it is held
    // there, not in a state named elsewhere in the clause or text.
    if (!org && occs.some((o) => o.tokEnd === j && o.type === 'Location' && o.kind !== 'coref')) continue;
    // "Huaweis danske direktør": the firm's officer for a country, not the country's.
    if (org?.kind === 'adjective') org = occs.find((o) => o.tokEnd === org!.tokStart && o.genitive && ORGS.includes(o.type) && o.type !== 'Government' && o.entityId !== person!.entityId) ?? org;
    // "den britiske administrerende direktør X", "the American chief executive X": a nationality before a firm's
    // office is the person's, not the body's; the firm is named elsewhere ("ledes af", "of X") or not at all.
    // So too before an EU commissioner's title in a text that names the Commission or the Union ("den danske
    // konkurrencekommissær Margrethe Vestager"): a commissioner serves the Union, not the state that nominated her.
    const nationality = org?.kind === 'adjective' && org.type === 'Government' && (CORPORATE.test(role) || (/Commissioner$/.test(role) && EU_BODIES.some((id) => ctx.entities.has(id))));
    if (nationality) org = undefined;
    // "Kommissionens ledende næstformand", "Meta's chief global affairs officer": a few words between.
    for (let back = 1; !org && back <= 4 && j - back > 0 && toks[j - back].word && !toks[j - back].cap; back++) {
      org = occs.find((o) => o.tokEnd === j - back && o.genitive && ORGS.includes(o.type) && o.entityId !== person!.entityId);
    }
    // "Spotify, whose founder and chief executive Daniel Ek", "Huawei, hvis danske direktør X": the body the relative
    // follows (not the country of the post), or none (the name before "whose" may be a product or a place).
    let whose = false;
    for (let back = 1; (!org || org.kind === 'adjective') && back <= 5 && j - back > 1; back++) {
      const t = toks[j - back];
      if (!t.word || t.cap) break;
      if (!WHOSE.has(t.norm)) continue;
      whose = toks[j - back - 1].text === ',';
      if (whose) org = occs.find((o) => o.tokEnd === j - back - 1 && ORGS.includes(o.type) && !o.attributive && o.entityId !== person!.entityId);
      break;
    }
    if (whose && !org) continue;
    // "Its founder, Ren Zhengfei", "its chief executive Hock Tan", "dens direktør X": the body "its" stands for.
    if (!org) org = possessiveBody(sc, ctx, m.start, person);
    if (!org && trig.roleOf.has(toks[m.end]?.norm ?? '')) org = occs.find((o) => o.tokStart === m.end + 1 && ORGS.includes(o.type));
    // "Lederen af TikToks indiske forretning, X": the firm whose part the office heads.
    if (!org && toks[m.end]?.norm === 'af' && partOfFirm(sc, m.end + 1) >= 0) org = occs.find((o) => o.tokStart === m.end + 1 && o.genitive);
    // "leder af partiet Lega", "head of the party Lega": a kind noun between.
    if (!org && (trig.roleOf.has(toks[m.end]?.norm ?? '') || ['af', 'of'].includes(toks[m.end]?.norm ?? '')) && toks[m.end + 1]?.word && !toks[m.end + 1].cap) {
      org = occs.find((o) => o.tokStart === m.end + 2 && ORGS.includes(o.type) && o.kind !== 'adjective');
    }
    // "Landets handelsminister, X", "the country's trade minister X": the state in view, not a ministry of another
    // state the text named ("Japans handelsministerium … Landets handelsminister" after "Sydkorea").
    const countrys = countrysAt(toks, m.start - 1) === 1 ? 1 : countrysAt(toks, m.start - 4) === 4 ? 4 : 0;
    if (!org && countrys) {
      const state = countryInView(sc, ctx, m.start - countrys);
      if (state) org = { entityId: state, type: 'Government', tokStart: -1, tokEnd: -1, kind: 'coref', genitive: false, attributive: false };
    }
    // A Danish compound title names its body: "kommissionsformand" the Commission, "handelsminister" the trade ministry's state.
    const compound = org ? undefined : compoundBody(sc, ctx, m.start, m.end);
    org ??= compound;
    const officer = OFFICER.test(role);
    const how = org ? 'role.apposition' : officer ? 'role.officer' : 'role.clause';
    // "state Senator X", "Governor X", "borgmester X": an office below the state's, held where the text says or not at all.
    // "Montana has banned TikTok, after Governor X signed the bill": a governor's state is the one state below the national
    // level (a place in the gazetteer, no sovereign state) the sentence names before the title.
    if (!org && role === 'Governor') {
      const states = occs.filter((o) => o.tokEnd <= m.start && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive && ctx.entities.get(o.entityId)?.type === 'Government');
      const ids = new Set(states.filter((o) => belowState(ctx, o.entityId)).map((o) => o.entityId));
      if (ids.size === 1) org = states.find((o) => belowState(ctx, o.entityId));
    }
    // "Arkansas sued TikTok. … Governor X announced the suits": a bare governor's or mayor's title is the office of the
    // place below the national level the text is about, or of the one such place it names.
    if (!org && SUBNATIONAL.test(role) && !LOCAL.has(toks[m.start - 1]?.norm ?? '')) org = placeBelowState(ctx);
    if (!org && (SUBNATIONAL.test(role) || LOCAL.has(toks[m.start - 1]?.norm ?? ''))) continue;
    // "Committee chair X", "the group's chief executive, X", "Tilsynets formand, X": a noun for a body right before the
    // title says whose office it is; when it refers to no body the text names, no other body takes its place.
    if (!org && describedHolder(sc, j)) continue;
    if (!org && !officer) {
      // A state or body named earlier in the clause, not a word qualifying companies ("Chinese technology companies").
      // Not a body named as a place ("fremlagt i Underhuset af kulturminister X"): a minister there is the state's.
      // Not across the start of another clause ("X ledede USA's delegation, mens vicepremierminister Y …", "… Chinese-linked
      // hackers as President Y prepares …"), nor a state in a hyphen compound.
      let open = -1;
      for (let b = m.start - 1; b >= 0 && open < 0; b--) if (CLAUSE_OPENERS.has(toks[b].norm)) open = b;
      // A head of state or government named with no body beside the title leads a state, not a body the clause names
      // ("a spending bill Congress passed, signed by President X", "et organ under premierminister X").
      const kinds: EntityType[] = HEADS_OF_STATE.has(role) ? ['Government'] : ['Government', 'Agency'];
      org = before(sc, m.start, kinds, 12).find((o) => o.entityId !== person!.entityId && o !== posting && o.tokStart > open && toks[o.tokEnd]?.text !== '-' && !qualifiesFirms(sc, o) && !(o.type === 'Agency' && afterPlacePrep(sc, o)));
    }
    // A title in a relative clause ("X, der er kommissær for det indre marked") names its body there or nowhere.
    // "formand for det uafhængige ekspertpanel", "chair of an independent panel": a body described, not named, is no
    // body named elsewhere.
    const described = (trig.roleOf.has(toks[m.end]?.norm ?? '') || ['of', 'af'].includes(toks[m.end]?.norm ?? ''))
      && toks.slice(m.end + 1, m.end + 4).every((t) => t.word && !t.cap) && !occs.some((o) => o.tokStart > m.end && o.tokStart <= m.end + 4);
    // "konkurrencekommissær X", "X, der er kommissær for det indre marked": in Danish a commissioner with no body named
    // sits in the European Commission, when the text names it.
    if (!org && role === 'Commissioner' && s.language === 'da') {
      const commission = [...ctx.entities.values()].find((e) => e.lexId === EUROPEAN_COMMISSION);
      if (commission) org = { entityId: commission.id, type: commission.type, tokStart: -1, tokEnd: -1, kind: 'coref', genitive: false, attributive: false };
    }
    if (!org && officer && !viaRelative && !described && !nationality) {
      // A spokesperson or chair of the body the text has just named ("China's Foreign Ministry urged … Spokesman Lu Kang said").
      // A commissioner sits on a public body, never a firm's board.
      const bodies: EntityType[] = role === 'Commissioner' ? ['Agency', 'Organization'] : ['Agency', 'Organization', 'Company'];
      // "Chairwoman X said the agency was acting …": a description of a body right after the verb of speech is the one
      // the officer speaks for.
      const spoken = findPhrases(trig.speech, toks, person.tokEnd, Math.min(toks.length, person.tokEnd + 2))[0];
      const described = spoken ? occs.find((o) => o.kind === 'coref' && !o.genitive && o.tokStart >= spoken.end && o.tokStart - spoken.end <= 2 && bodies.includes(o.type) && o.entityId !== person!.entityId) : undefined;
      org = before(sc, m.start, bodies, 30).find((o) => o.entityId !== person!.entityId && o !== posting && !o.attributive)
        ?? described ?? recentBody(ctx, s.index, bodies);
    }
    // A minister's or president's state, when the clause names none: the state the text is about.
    if (!org && !officer && ctx.home) org = { entityId: usCabinetState(ctx, role) ?? usPresident(ctx, role, s.index) ?? danishPM(ctx, sc, m.start) ?? ctx.home, type: 'Government', tokStart: -1, tokEnd: -1, kind: 'coref', genitive: false, attributive: false };
    if (!org) continue;
    // "EU-kommissær X", "EU Commissioner X": the Union's commissioners make up the European Commission.
    if (role === 'Commissioner' && ctx.entities.get(org.entityId)?.lexId === EU) {
      const commission = [...ctx.entities.values()].find((e) => e.lexId === EUROPEAN_COMMISSION);
      if (commission) org = { ...org, entityId: commission.id, type: commission.type };
    }
    if (posting && /ambassad/i.test(role)) role = `${role} to ${ctx.entities.get(posting.entityId)?.name ?? ''}`.trim();
    const rule = compound && org === compound ? 'role.compound' : org.tokStart < 0 ? 'role.home' : how;
    // "Under Secretary of Commerce", "deputy minister": a junior office is held in the body.
    const junior = JUNIOR.has(toks[m.start - 1]?.norm ?? '');
    add(ctx, { subject: person.entityId, predicate: 'HOLDS_ROLE', object: junior ? org.entityId : cabinetState(ctx, role, org.entityId), role, rule, sentence: s.index });
  }
}

/**
 * "Google's Indian business, X", "TikToks indiske forretning, X": a firm's genitive at j, a few lower-case words (or
 * nationality words) naming a part of it, a comma and a person. The comma's token, or -1.
 */
function partOfFirm(sc: SentenceCtx, j: number): number {
  const { occs } = sc;
  const toks = sc.s.tokens;
  const firm = occs.find((o) => o.tokStart === j && o.genitive && (o.type === 'Company' || o.type === 'Organization') && o.kind !== 'adjective' && o.kind !== 'coref');
  if (!firm) return -1;
  let q = firm.tokEnd;
  if (toks[q]?.text === "'" || toks[q]?.text === '’') q++;
  let n = 0;
  while (q < toks.length && n < 3) {
    const adj = occs.find((o) => o.tokStart === q && o.kind === 'adjective');
    if (adj) q = adj.tokEnd;
    else if (toks[q].word && !toks[q].cap) q++;
    else break;
    n++;
  }
  const person = occs.some((o) => o.tokStart === q + 1 && o.type === 'Person' && o.kind !== 'coref');
  return n > 0 && toks[q]?.text === ',' && person ? q : -1;
}


/** Words that open a clause of its own: a state named before them is not the one of a title after them. */
const CLAUSE_OPENERS = new Set(['mens', 'while', 'whereas', 'as', 'men', 'but', 'hvorimod']);

const PREDICATE_ADVERBS = new Set(['now', 'also', 'currently', 'still', 'nu', 'også', 'fortsat', 'stadig']);

const POSSESSIVE = new Set(['its', 'dens']);

const BODY_KINDS: EntityType[] = ['Agency', 'Company', 'Government', 'Organization'];

/** A common noun for a body right before token j ("Committee", "the group's", "selskabets"), named by no entity there. */
function describedHolder(sc: SentenceCtx, j: number): boolean {
  const toks = sc.s.tokens;
  let k = j - 1;
  // "the group's": the English genitive is tokens of its own.
  if (toks[k]?.norm === 's' && ["'", '’'].includes(toks[k - 1]?.text ?? '')) k -= 2;
  const t = toks[k];
  if (!t?.word || sc.occs.some((o) => o.tokStart <= k && o.tokEnd > k)) return false;
  const nouns = sc.trig.corefNoun;
  // Danish genitive "selskabets", "tilsynets".
  const norm = sc.s.language === 'da' && !nouns.has(t.norm) && t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm;
  const type = nouns.get(norm);
  return !!type && BODY_KINDS.includes(type);
}

/**
 * The body a possessive pronoun before a title stands for ("Its chairman, X", "its chief executive X",
 * "dens direktør, X"), a few lower-case words allowed between: the subject of the sentence before the
 * pronoun, else the body the last two sentences were about.
 */
function possessiveBody(sc: SentenceCtx, ctx: DocCtx, title: number, person: Occ): Occ | undefined {
  const toks = sc.s.tokens;
  let k = title - 1;
  while (k >= 0 && title - k <= 3 && toks[k].word && !toks[k].cap && !POSSESSIVE.has(toks[k].norm)) k--;
  if (k < 0 || !POSSESSIVE.has(toks[k]?.norm ?? '')) return undefined;
  const ok = (o: Occ) => ORGS.includes(o.type) && !o.attributive && o.entityId !== person.entityId;
  // In the sentence, the nearest name before the pronoun, if it is a body ("the platform's role …, which its chief": no body).
  const here = sc.occs.filter((o) => o.tokEnd <= k && !o.attributive);
  if (here.length) {
    // "Didi's chairman, Cheng Wei, and its president, Jean Liu": a person set off by commas is the office holder of a
    // title before, not what "its" stands for; the name before that title is.
    let at = here.length - 1;
    while (at > 0 && here[at].type === 'Person' && toks[here[at].tokStart - 1]?.text === ',' && toks[here[at].tokEnd]?.text === ',') at--;
    const near = here[at];
    // "the Intellexa Consortium, the group behind the Predator spyware, and its founder X": a name inside a description
    // set off after a body is not what "its" refers to; the body the description follows is.
    const head = appositionHead(sc, near, k);
    if (head && ok(head)) return head;
    return ok(near) ? near : undefined;
  }
  // "…, the commission said. Its chairman, X, said": the body that spoke last, else the one the sentence was about.
  const last = previousSentence(ctx, sc);
  const spoke = last ? findPhrases(last.trig.speech, last.s.tokens).map((v) => last.occs.find((o) => (o.tokEnd === v.start || o.tokStart === v.end) && ok(o) && !o.genitive)).find((o) => o) : undefined;
  const prev = spoke ?? recentBody(ctx, sc.s.index, ORGS);
  return prev && prev.entityId !== person.entityId ? prev : undefined;
}

/**
 * The body a description in apposition follows, when the occurrence sits inside that description: "A, the group of
 * companies behind B, and …" (the description opens with a determiner right after "A ," and closes with a comma before
 * the pronoun at `until`).
 */
function appositionHead(sc: SentenceCtx, o: Occ, until: number): Occ | undefined {
  const toks = sc.s.tokens;
  let c = o.tokStart - 1;
  // Back to the comma that opens the description, past its words and any noun in it that refers back ("the group").
  while (c > 0 && toks[c].text !== ',' && !sc.occs.some((x) => x !== o && x.kind !== 'coref' && x.tokStart <= c && x.tokEnd > c)) c--;
  if (c <= 0 || toks[c].text !== ',' || !['the', 'a', 'an', 'den', 'det', 'en', 'et'].includes(toks[c + 1]?.norm ?? '')) return undefined;
  // The description closes before the pronoun.
  if (!toks.slice(o.tokEnd, until).some((t) => t.text === ',')) return undefined;
  return sc.occs.find((x) => x.tokEnd === c && ORGS.includes(x.type) && !x.attributive && x.kind !== 'coref');
}

/** Offices of a state's cabinet: a minister or secretary is a member of the government, not an officer of the ministry. */
const CABINET = /(^|\s)(Minister|Secretary of|Foreign Secretary|Attorney General)(\s|$)|^Secretary$/;

/**
 * "indenrigsminister X" named beside the ministry, "the Commerce Department, headed by Commerce Secretary X": a
 * cabinet office is held in the state the ministry belongs to.
 */
export function cabinetState(ctx: DocCtx, role: string, org: string): string {
  if (!CABINET.test(role) || /Deputy|Vice|State Secretary|Permanent/.test(role)) return org;
  return stateOfBody(ctx, org) ?? org;
}

/** A firm's offices: a nationality word before them describes the holder. */
const HEADS_OF_STATE = new Set(['President', 'Prime Minister', 'Chancellor']);

/** The European Commission and the European Union (gazetteer ids). */
const EU_BODIES = ['Q8880', 'Q458'];

const CORPORATE = /^(CEO|CTO|CFO|COO|Founder|Co-founder|Managing Director|Chief|Chairman|Chairwoman)/;

/**
 * "Secretary of State Mike Pompeo" in a text about China: these titles are the US cabinet's, so the state they
 * name is the United States whenever the text names it, whatever state the text is about. Britain has
 * secretaries of state too, but styles them "Secretary of State for …" or "Foreign Secretary".
 */
const US_CABINET = /^Secretary of (State|Commerce|the Treasury|Defense|Homeland Security)$/;
const US = 'Q30';
const UK = 'Q145';

function usCabinetState(ctx: DocCtx, role: string): string | undefined {
  if (!US_CABINET.test(role) || ctx.entities.get(ctx.home ?? '')?.lexId === UK) return undefined;
  for (const e of ctx.entities.values()) if (e.lexId === US) return e.id;
  return undefined;
}

/**
 * "President X" with no state named, in a text about another state that has already named the United States: news
 * qualifies a foreign president ("China's President Xi", "Kinas præsident"), but not the American one, so the bare title
 * is the US president's. Where the US comes up only later, the bare title is the text's own state's ("Nigeria suspended
 * Twitter after it deleted a post by President X").
 */
function usPresident(ctx: DocCtx, role: string, sentence: number): string | undefined {
  if (role !== 'President') return undefined;
  for (const e of ctx.entities.values()) if (e.lexId === US && (e.mentions[0]?.sentence ?? Infinity) <= sentence) return e.id;
  return undefined;
}

/**
 * "statsminister X" with no state named, in Danish: the title of Denmark's head of government (a Norwegian or Swedish
 * one is qualified, "den norske statsminister"), so the state is Denmark whenever the text names it.
 */
const DENMARK = 'Q35';
function danishPM(ctx: DocCtx, sc: SentenceCtx, k: number): string | undefined {
  if (sc.s.language !== 'da' || !/^statsminister(en)?$/.test(sc.s.tokens[k]?.norm ?? '')) return undefined;
  for (const e of ctx.entities.values()) if (e.lexId === DENMARK) return e.id;
  return undefined;
}

const SUBNATIONAL = /^(Governor|Mayor)$/;

/** A government below the national level: a place in the gazetteer (a US state, a city) that acts as a government. */
export function belowState(ctx: DocCtx, id: string): boolean {
  const e = ctx.entities.get(id);
  return e?.type === 'Government' && !!e.lexId && ctx.lexicon.entries.get(e.lexId)?.type === 'Location';
}

/**
 * The government below the national level the text is about, or else the one such government it names, as an
 * occurrence standing for it; none if it names several and is about none of them.
 */
function placeBelowState(ctx: DocCtx): Occ | undefined {
  const below = [...ctx.entities.values()].filter((e) => belowState(ctx, e.id)).map((e) => e.id);
  const id = ctx.home && belowState(ctx, ctx.home) ? ctx.home : below.length === 1 ? below[0] : undefined;
  return id ? { entityId: id, type: 'Government', tokStart: -1, tokEnd: -1, kind: 'coref', genitive: false, attributive: false } : undefined;
}

const LOCAL = new Set(['state', 'provincial', 'municipal', 'county', 'city', 'delstatens', 'regionens', 'kommunens']);

const EU = 'Q458';
const EUROPEAN_COMMISSION = 'Q8880';

const JUNIOR = new Set(['under', 'deputy', 'assistant', 'vice', 'junior']);
const ACTING = new Set(['acting', 'interim', 'fungerende', 'konstitueret', 'kst.']);
/** Bodies whose office a title "i/at X" names (not a state or place, where the holder is posted). */
const BODY_OF: EntityType[] = ['Company', 'Organization', 'Agency'];

const AS = new Set(['som', 'as']);
const FORMER = new Set(['former', 'tidligere', 'forhenværende', 'daværende', 'then']);

/**
 * Where a body's mention starts with its description: "the software giant's", "the American group's" reach back to the
 * determiner over the words that qualify the noun a coreference reads; a name starts where it starts.
 */
function describedFrom(sc: SentenceCtx, o: Occ): number {
  if (o.kind !== 'coref') return o.tokStart;
  const toks = sc.s.tokens;
  for (let k = o.tokStart - 1; k >= 0 && o.tokStart - k <= 3; k--) {
    if (sc.trig.determiners.has(toks[k].norm) || ['the', 'a', 'an'].includes(toks[k].norm)) return k + 1;
    const qualifier = (toks[k].word && !toks[k].cap) || toks[k].text === '-' || sc.occs.some((x) => x.tokStart <= k && x.tokEnd > k && x.kind === 'adjective');
    if (!qualifier) break;
  }
  return o.tokStart;
}

/**
 * "Tommy Zwicky, der er direktør", "X, who is also chief executive", "Y, der også er topchef": a relative and its copula,
 * with an adverb on either side of the copula, ending right before j. The relative's index, or -1.
 */
function relativeCopula(sc: SentenceCtx, j: number): number {
  const toks = sc.s.tokens;
  const adverbAfter = PREDICATE_ADVERBS.has(toks[j - 1]?.norm ?? '');
  let k = adverbAfter ? j - 1 : j;
  if (!sc.trig.copulas.has(toks[k - 1]?.norm ?? '')) return -1;
  k--;
  if (!adverbAfter && PREDICATE_ADVERBS.has(toks[k - 1]?.norm ?? '')) k--;
  return k > 1 && RELATIVE.has(toks[k - 1].norm) ? k - 1 : -1;
}

const TITLE_TAILS = ['minister', 'formand', 'chef', 'direktør', 'kommissær'];

/**
 * The body a one-word Danish title names by its first part: "kommissionsformand" → a body called
 * "Kommissionen" in the text; "handelsminister" → "handelsministeriet" (the minister holds the role
 * in that ministry's state). Only bodies the text names.
 */
function compoundBody(sc: SentenceCtx, ctx: DocCtx, start: number, end: number): Occ | undefined {
  if (sc.s.language !== 'da' || end - start !== 1) return undefined;
  const word = sc.s.tokens[start].norm;
  const tail = TITLE_TAILS.find((t) => word.endsWith(t) && word.length > t.length + 2);
  if (!tail) return undefined;
  const stem = word.slice(0, -tail.length).replace(/s$/, '');
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Agency' && e.type !== 'Organization' && e.type !== 'Company') continue;
    const forms = [...e.surfaces, ...(e.lexId ? Object.values(ctx.lexicon.entries.get(e.lexId)?.aliases ?? {}).flat() : [])].map((f) => f.toLowerCase().replace(/^.*[-\s']/, ''));
    const prefix = word.slice(0, -tail.length);
    const fits = (f: string) => tail === 'minister' ? f.startsWith(prefix + 'ministeri') : f.startsWith(stem) && f.length - stem.length <= 4;
    if (!forms.some(fits)) continue;
    // A minister holds the role in the state of the ministry; an officer in the body itself.
    const id = tail === 'minister' && e.partOf && ctx.entities.has(e.partOf) ? e.partOf : e.id;
    const type = ctx.entities.get(id)?.type ?? e.type;
    return { entityId: id, type, tokStart: -1, tokEnd: -1, kind: 'coref', genitive: false, attributive: false };
  }
  return undefined;
}

/** A role given only by the text's home state yields to one the text states. */
export function dropHomeRoles(ctx: DocCtx): void {
  const stated = new Set(ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && r.rule !== 'role.home').map((r) => r.subject));
  // A minister who also leads a party or a firm ("Vicepremierminister X, der er leder af partiet Lega") keeps the
  // cabinet office in the state: only a stated office in a state replaces it.
  const inState = new Set(ctx.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && r.rule !== 'role.home' && ctx.entities.get(r.object)?.type === 'Government').map((r) => r.subject));
  ctx.relations = ctx.relations.filter((r) => r.rule !== 'role.home' || !stated.has(r.subject) || (CABINET.test(r.role ?? '') && !inState.has(r.subject)));
}

/** Person → the bodies they hold a role in, for attributing statements. */
export function rolesOf(ctx: DocCtx): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of ctx.relations) {
    if (r.predicate !== 'HOLDS_ROLE') continue;
    const set = out.get(r.subject) ?? new Set<string>();
    set.add(r.object);
    out.set(r.subject, set);
  }
  return out;
}

const GOVERNMENT = new Set(['regering', 'regeringen', 'ministerrådet', 'government', 'administration', 'cabinet']);
const LED_BY = [['under'], ['ledet', 'af'], ['led', 'by'], ['headed', 'by'], ['of']];

/**
 * "Regeringen under premierminister Mario Draghi", "den daværende regering under Giuseppe Conte",
 * "the government led by Narendra Modi": the person leads the state's government. The state is
 * the one qualifying the noun ("den italienske regering", "India's government"), else the text's.
 */
export function leadsGovernment(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (!GOVERNMENT.has(toks[k].norm)) continue;
    const lead = LED_BY.find((w) => w.every((x, i) => toks[k + 1 + i]?.norm === x));
    if (!lead) continue;
    let j = k + 1 + lead.length;
    // A title between ("under premierminister Mario Draghi") is the role itself.
    const title = findPhrases(trig.roles.phrases, toks, j, Math.min(toks.length, j + 3)).find((m) => m.start === j);
    if (title) j = title.end;
    const person = occs.find((o) => o.tokStart === j && o.type === 'Person' && o.kind !== 'coref');
    if (!person) continue;
    let b = k;
    while (b > 0 && toks[b - 1].word && !toks[b - 1].cap && b > k - 2 && !occs.some((o) => o.tokEnd === b)) b--;
    const qualifier = occs.find((o) => o.tokEnd === b && o.type === 'Government' && o.kind !== 'coref');
    const state = qualifier?.entityId ?? (lead[0] === 'of' ? undefined : (title ? danishPM(ctx, sc, title.start) : undefined) ?? ctx.home);
    if (!state) continue;
    const role = title ? trig.roles.canonical[title.index] : 'Head of Government';
    add(ctx, { subject: person.entityId, predicate: 'HOLDS_ROLE', object: state, role, rule: qualifier ? 'role.government' : 'role.home', sentence: s.index });
  }
}

/** Words that end a description between "founded" and the firm: a preposition or a conjunction opens another phrase. */
const GAP_STOP = new Set(['with', 'in', 'for', 'of', 'from', 'to', 'by', 'at', 'on', 'and', 'but', 'med', 'i', 'af', 'fra', 'til', 'på', 'ved', 'og', 'men', 'som', 'that', 'who', 'der']);

/** The length of a verb of leading joined at k to the verb before ("and runs", "og leder"), or 0. */
function joinedLeadVerb(sc: SentenceCtx, k: number): number {
  const toks = sc.s.tokens;
  if (!sc.trig.coordinators.has(toks[k]?.norm ?? '')) return 0;
  const verb = LEADS.find((w) => w.every((x, i) => toks[k + 1 + i]?.norm === x));
  return verb ? 1 + verb.length : 0;
}

const ACTIVE_FOUNDING = /^(grundlagde|stiftede|medstiftede|founded|co-founded|cofounded)$/;

/**
 * "Kaspersky, which was founded in 1997 by its chief executive Eugene Kaspersky", "DeepSeek blev grundlagt
 * i 2023 af iværksætteren Liang Wenfeng": the founder holds a role in the firm (its Founder). In the active
 * ("Liang Wenfeng grundlagde DeepSeek") the founder comes first.
 */
export function founders(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  for (const m of findPhrases(trig.foundedBy, s.tokens)) {
    const active = m.end - m.start === 1 && ACTIVE_FOUNDING.test(s.tokens[m.start].norm);
    const firmOk = (o: Occ) => (o.type === 'Company' || o.type === 'Organization') && o.kind !== 'adjective' && !o.genitive;
    // The founder: the first person within a few words (a description between: "its chief executive", "iværksætteren").
    const person = active ? before(sc, m.start, ['Person'], 3)[0] : after(sc, m.end, ['Person'], 5)[0];
    // "grundlagde tidligere det russiske sociale netværk VKontakte", "founded the search company X": an adverb or a description between.
    // "who founded and runs the messaging service Telegram", "der grundlagde og leder": a second verb joined to the first.
    const from = active ? m.end + joinedLeadVerb(sc, m.end) : m.end;
    const described = (o: Occ) => s.tokens.slice(from, o.tokStart).every((t, i) => (t.word && !t.cap && !GAP_STOP.has(t.norm)) || t.text === '-'
      || occs.some((x) => x.kind === 'adjective' && x.tokStart <= from + i && x.tokEnd > from + i));
    const firm = active ? after(sc, m.end, ['Company', 'Organization'], 6).find((o) => firmOk(o) && described(o))
      : relativeAntecedent(sc, m.start, ['Company', 'Organization']) ?? subjectBefore(sc, m.start, ['Company', 'Organization'], 10, firmOk);
    if (!person || !firm || person.kind === 'coref' && !firm) continue;
    add(ctx, { subject: person.entityId, predicate: 'HOLDS_ROLE', object: firm.entityId, role: 'Founder', rule: 'role.founder', sentence: s.index });
    // "founded by X and Y", "grundlagt af Durov og hans bror Nikolaj": every founder the list joins (a few words
    // describing the next one allowed: "his brother", "hans bror").
    if (active) continue;
    for (let cur = person, n = 0; n < 3; n++) {
      const k = cur.tokEnd;
      if (!['and', 'og'].includes(s.tokens[k]?.norm ?? '') && s.tokens[k]?.text !== ',') break;
      let j = k + 1;
      if (s.tokens[j]?.norm === 'and' || s.tokens[j]?.norm === 'og') j++;
      const start = j;
      while (j < s.tokens.length && j - start < 3 && s.tokens[j].word && !s.tokens[j].cap) j++;
      const next = occs.find((o) => o.tokStart === j && o.type === 'Person' && o.kind !== 'coref' && o.entityId !== person.entityId);
      if (!next) break;
      add(ctx, { subject: next.entityId, predicate: 'HOLDS_ROLE', object: firm.entityId, role: 'Founder', rule: 'role.founder', sentence: s.index });
      cur = next;
    }
  }
}

const HEADED_BY = [['ledes', 'af'], ['ledet', 'af'], ['blev', 'ledet', 'af'], ['under', 'ledelse', 'af'], ['led', 'by'], ['headed', 'by'], ['chaired', 'by'], ['is', 'led', 'by'], ['is', 'headed', 'by'], ['is', 'chaired', 'by']];
const BODIES: EntityType[] = ['Agency', 'Company', 'Organization'];
/** Adverbs of time inside or before "ledes af", "led by": "ledes i dag af", "is now led by", "currently headed by". */
const HEADED_GAP = [['i', 'dag'], ['nu'], ['stadig'], ['fortsat'], ['now'], ['currently'], ['still'], ['today']];

/** The words of a "headed by" phrase at k, an adverb of time allowed between them, and the token after it. */
function headedAt(toks: SentenceCtx['s']['tokens'], k: number): { words: string[]; end: number } | undefined {
  const gapAt = (j: number) => HEADED_GAP.find((g) => g.every((x, n) => toks[j + n]?.norm === x))?.length ?? 0;
  for (const words of HEADED_BY) {
    let j = k;
    const whole = words.every((w, i) => {
      if (i > 0) j += gapAt(j);
      return toks[j++]?.norm === w;
    });
    if (whole) return { words, end: j };
  }
  return undefined;
}

/**
 * "BSI, der ledes af Arne Schönbohm", "Activision Blizzard … og ledes af Bobby Kotick", "the panel, which is
 * chaired by X", "the ministry, headed by Minister X": the person heads the body (a state's government is leadsGovernment's).
 */
export function headedBy(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  for (let v = 1; v < toks.length; v++) {
    const lead = headedAt(toks, v);
    if (!lead) continue;
    // The body is looked for before the adverbs that open the phrase ("the bank, currently headed by").
    let k = v;
    while (k > 1 && HEADED_GAP.some((g) => g.length === 1 && g[0] === toks[k - 1].norm)) k--;
    if (GOVERNMENT.has(toks[k - 1].norm)) continue;
    let j = lead.end;
    // "ledes af den britiske administrerende direktør X", "led by its American chief executive X": a determiner
    // and a nationality word before the title.
    let t0 = j;
    if (trig.determiners.has(toks[t0]?.norm ?? '') || ['the', 'a', 'an', 'en', 'et'].includes(toks[t0]?.norm ?? '')) t0++;
    for (let o = occs.find((x) => x.tokStart === t0 && x.kind === 'adjective'); o; o = occs.find((x) => x.tokStart === t0 && x.kind === 'adjective')) t0 = o.tokEnd;
    if (t0 > j && findPhrases(trig.roles.phrases, toks, t0, Math.min(toks.length, t0 + 3)).some((m) => m.start === t0)) j = t0;
    // A title or a description between ("af iværksætteren", "by Minister Takeaki Matsumoto").
    const title = findPhrases(trig.roles.phrases, toks, j, Math.min(toks.length, j + 3)).find((m) => m.start === j);
    if (title) j = title.end;
    else if (toks[j]?.word && !toks[j].cap && toks[j + 1]?.cap) j++;
    const person = occs.find((o) => o.tokStart === j && o.type === 'Person');
    if (!person) continue;
    const ok = (o: Occ) => o.kind !== 'adjective' && !o.genitive;
    // The body: a relative clause's ("BSI, der ledes af"), one right before ("the ministry, headed by"), or the
    // sentence's subject with a verb coordinated ("Activision Blizzard har hovedsæde i … og ledes af").
    const near = occs.find((o) => BODIES.includes(o.type) && ok(o) && (o.tokEnd === k || (o.tokEnd === k - 1 && toks[k - 1].text === ',')));
    const opener = openerBefore(sc, k, BODIES, ok);
    // "Tilsynet i Dublin, der ledes af …": the body before the place the relative clause follows.
    let placed: Occ | undefined;
    if (['der', 'som', 'which', 'who'].includes(toks[k - 1].norm) && toks[k - 2]?.text === ',') {
      const place = occs.find((o) => o.tokEnd === k - 2 && (o.type === 'Government' || o.type === 'Location'));
      if (place && ['i', 'in'].includes(toks[place.tokStart - 1]?.norm ?? '')) placed = occs.find((o) => o.tokEnd === place.tokStart - 1 && BODIES.includes(o.type) && ok(o));
    }
    const body = relativeAntecedent(sc, k, BODIES) ?? near ?? opener ?? placed ?? describedSubject(sc, k);
    if (!body || !ok(body)) continue;
    const role = title ? trig.roles.canonical[title.index] : 'Head';
    // A chair holds the role in the committee ("the committee, which is chaired by Treasury Secretary X").
    const chaired = lead.words.includes('chaired');
    add(ctx, { subject: person.entityId, predicate: 'HOLDS_ROLE', object: chaired ? body.entityId : cabinetState(ctx, role, body.entityId), role, rule: 'role.headed', sentence: s.index });
  }
}

/**
 * "Datatilsynet … Tilsynet, der ledes af X", "The committee, which is chaired by X": a noun referring back to a body,
 * opening the sentence or a coordinated clause and set off by a comma (and a relative) right before the verb at k.
 */
function describedSubject(sc: SentenceCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  const end = RELATIVES.has(toks[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  if (toks[end]?.text !== ',') return undefined;
  const ref = sc.occs.find((o) => o.tokEnd === end && o.kind === 'coref' && BODIES.includes(o.type) && !o.genitive);
  if (!ref) return undefined;
  // The clause's subject: only a determiner before it since the sentence's start or a coordinator ("…, og tilsynet, der").
  let start = ref.tokStart;
  while (start > 0 && toks[start - 1].word && !toks[start - 1].cap && !sc.trig.coordinators.has(toks[start - 1].norm)) start--;
  const opens = start === 0 || (start === 1 && toks[0].cap) || sc.trig.coordinators.has(toks[start - 1]?.norm ?? '');
  return opens && ref.tokStart - start <= 2 ? ref : undefined;
}

const LEADS = [['chairs'], ['chaired'], ['heads'], ['headed'], ['leads'], ['led'], ['runs'], ['ran'], ['leder'], ['ledte'], ['ledede'], ['ledet'], ['står', 'i', 'spidsen', 'for'], ['stod', 'i', 'spidsen', 'for'], ['stået', 'i', 'spidsen', 'for']];
const RELATIVE = new Set(['who', 'der', 'som']);
/** Adverbs of time and auxiliaries between the person and the verb: "who earlier led", "who has headed", "der tidligere har ledet". */
const LEAD_GAP = new Set(['earlier', 'previously', 'formerly', 'once', 'also', 'currently', 'now', 'still', 'later', 'then', 'until', 'recently', 'has', 'had', 'have',
  'tidligere', 'også', 'nu', 'stadig', 'fortsat', 'siden', 'engang', 'senest', 'har', 'havde']);

/**
 * "Mike Gallagher, who chaired the House select committee", "Arne Schönbohm, der leder BSI", "Brad Smith runs
 * Microsoft's legal team" (no: a team is no body): the person heads the body named right after the verb.
 */
export function leadsBody(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  for (let k = 1; k < toks.length; k++) {
    const verb = LEADS.find((w) => w.every((x, i) => toks[k + i]?.norm === x));
    if (!verb) continue;
    // "Wang Jun, who earlier led BGI", "X, der tidligere har ledet Y": up to two adverbs or auxiliaries before the verb.
    let b = k;
    while (b > 1 && k - b < 2 && LEAD_GAP.has(toks[b - 1].norm)) b--;
    // "ledet" is a participle: only after an auxiliary ("har ledet"), never as "ledet af" (headedBy's).
    if ((verb[0] === 'ledet' || verb[0] === 'stået') && !['har', 'havde'].includes(toks[k - 1]?.norm ?? '')) continue;
    const person = occs.find((o) => o.type === 'Person' && o.kind !== 'coref' && !o.genitive
      && (o.tokEnd === b || (RELATIVE.has(toks[b - 1]?.norm ?? '') && ((toks[b - 2]?.text === ',' && o.tokEnd === b - 2) || o.tokEnd === describedBy(sc, b - 1)))));
    if (!person) continue;
    let j = k + verb.length;
    if (trig.determiners.has(toks[j]?.norm ?? '') || ['the', 'den', 'det'].includes(toks[j]?.norm ?? '')) j++;
    const body = occs.find((o) => o.tokStart === j && BODIES.includes(o.type) && o.kind !== 'adjective' && !o.genitive) ?? unitOf(sc, j);
    if (!body) continue;
    add(ctx, { subject: person.entityId, predicate: 'HOLDS_ROLE', object: body.entityId, role: /^chair/.test(toks[k].norm) ? 'Chair' : 'Head', rule: 'role.headed', sentence: s.index });
  }
  personsFirm(sc, ctx);
  successors(sc, ctx);
}

const SUCCESSION_NOUNS = new Set(['predecessor', 'successor', 'forgænger', 'forgængeren', 'efterfølger', 'efterfølgeren']);
const SUCCESSION_POSSESSIVES = new Set(['his', 'her', 'hans', 'hendes', 'sin', 'dennes']);
const REPLACED_BY = [['replaced', 'by'], ['succeeded', 'by'], ['afløst', 'af'], ['afløses', 'af'], ['erstattet', 'af'], ['erstattes', 'af']];
const SUCCEEDS = new Set(['succeeded', 'succeeds', 'replaced', 'replaces', 'afløste', 'afløser', 'erstattede', 'erstatter']);

/**
 * "President X … his predecessor, Y", "X's successor, Y", "X is stepping down and will be replaced by Y", "Y, who
 * succeeded X", "X afløses af Y": the one before or after in an office holds (or held) the office the other holds.
 */
function successors(sc: SentenceCtx, ctx: DocCtx): void {
  const { occs } = sc;
  const toks = sc.s.tokens;
  const person = (k: number) => occs.find((o) => o.tokStart === k && o.type === 'Person' && o.kind !== 'coref' && !o.genitive);
  for (let k = 1; k < toks.length; k++) {
    let holder: Occ | undefined;
    let other: Occ | undefined;
    if (SUCCESSION_NOUNS.has(toks[k].norm)) {
      // "his predecessor, Y" (the person the sentence names before), "X's successor, Y".
      const gen = occs.find((o) => o.tokEnd === k && o.genitive && o.type === 'Person');
      holder = gen ?? (SUCCESSION_POSSESSIVES.has(toks[k - 1].norm) ? before(sc, k - 1, ['Person'], 20).find((o) => !o.genitive && o.kind !== 'coref') : undefined);
      other = person(toks[k + 1]?.text === ',' ? k + 2 : k + 1);
    } else if (REPLACED_BY.some((w) => w.every((x, i) => toks[k + i]?.norm === x))) {
      holder = before(sc, k, ['Person'], 15).find((o) => !o.genitive && o.kind !== 'coref');
      other = person(k + 2);
    } else if (SUCCEEDS.has(toks[k].norm) && toks[k + 1]?.norm !== 'by') {
      // "Y, who succeeded X", "Y afløste X": the office of the one succeeded.
      holder = person(k + 1);
      const rel = RELATIVE.has(toks[k - 1].norm) && toks[k - 2]?.text === ',' ? k - 2 : k;
      other = occs.find((o) => o.tokEnd === rel && o.type === 'Person' && o.kind !== 'coref' && !o.genitive);
    }
    if (!holder || !other || holder.entityId === other.entityId) continue;
    for (const r of ctx.relations.filter((x) => x.predicate === 'HOLDS_ROLE' && x.subject === holder!.entityId && x.sentence <= sc.s.index)) {
      add(ctx, { subject: other.entityId, predicate: 'HOLDS_ROLE', object: r.object, role: r.role, rule: 'role.successor', sentence: sc.s.index });
    }
  }
}

/**
 * "Wang Jun, a genomics scientist who …", "Anna Berg, en dansk ingeniør, der …": the end of the name that a description in
 * apposition (a comma, an article, a few lower-case words) before the relative pronoun at r follows; -1 when there is none.
 */
function describedBy(sc: SentenceCtx, r: number): number {
  const toks = sc.s.tokens;
  let k = r - 1;
  if (toks[k]?.text === ',') k--;
  let n = 0;
  while (k > 0 && n < 4 && toks[k].word && !toks[k].cap && !['a', 'an', 'the', 'en', 'et'].includes(toks[k].norm)) {
    k--;
    n++;
  }
  if (n === 0 || !['a', 'an', 'the', 'en', 'et'].includes(toks[k]?.norm ?? '') || toks[k - 1]?.text !== ',') return -1;
  return k - 1;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'for', 'with', 'to', 'in', 'on', 'at', 'by', 'af', 'den', 'det', 'de', 'en', 'et', 'og', 'eller', 'for', 'med', 'til', 'i', 'på', 'om', 'mod']);

/** Nouns for a firm a person owns or runs: "Musk's rocket company", "Musks raketselskab". */
const FIRM_NOUN = /^(company|firm|group|startup|start-up|conglomerate|empire|\w*selskab|\w*virksomhed|koncern|\w*firma)$/;

/**
 * "Elon Musk's rocket company SpaceX", "Jeff Bezos' company Amazon", "Elon Musks raketselskab SpaceX": a person's
 * firm, named right after the noun, is one the person heads or owns.
 */
function personsFirm(sc: SentenceCtx, ctx: DocCtx): void {
  const { occs } = sc;
  const toks = sc.s.tokens;
  for (const p of occs) {
    if (p.type !== 'Person' || !p.genitive || p.kind === 'coref') continue;
    let k = p.tokEnd;
    if (toks[k]?.text === "'" || toks[k]?.text === '’') k++;
    let n = 0;
    // Only modifiers between ("rocket", "social media"): a preposition or article starts another phrase ("criticism of the company").
    while (k < toks.length && n < 3 && toks[k].word && !toks[k].cap && !FIRM_NOUN.test(toks[k].norm) && !FUNCTION_WORDS.has(toks[k].norm)) {
      k++;
      n++;
    }
    if (!toks[k] || !FIRM_NOUN.test(toks[k].norm)) continue;
    const firm = occs.find((o) => o.tokStart === k + 1 && o.type === 'Company' && o.kind !== 'coref' && o.kind !== 'adjective');
    if (firm) add(ctx, { subject: p.entityId, predicate: 'HOLDS_ROLE', object: firm.entityId, role: 'Owner', rule: 'role.firm', sentence: sc.s.index });
  }
}

/** Nouns for a unit inside a body: whoever heads one holds a post in the body. */
const UNIT_NOUNS = /^(department|division|unit|office|bureau|branch|section|directorate|afdeling(en)?|enhed(en)?|kontor(et)?|sektion(en)?|direktorat(et)?|division(en)?)$/;
const UNIT_PREPS = new Set(['at', 'of', 'in', 'within', 'i', 'hos', 'ved', 'under', 'på']);

/**
 * "who heads the cyber division at the FBI", "der leder den internationale afdeling i Datatilsynet", "who runs
 * Microsoft's legal department": a unit of a named body, its name after a preposition or as a genitive before.
 */
function unitOf(sc: SentenceCtx, j: number): Occ | undefined {
  const { occs } = sc;
  const toks = sc.s.tokens;
  const ok = (o: Occ | undefined) => (o && BODIES.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' ? o : undefined);
  // "Datatilsynets internationale afdeling", "Microsoft's legal department".
  const owner = occs.find((o) => o.tokStart === j && o.genitive);
  let k = owner ? owner.tokEnd : j;
  let n = 0;
  while (k < toks.length && n < 4 && toks[k].word && !toks[k].cap && !UNIT_NOUNS.test(toks[k].norm)) {
    k++;
    n++;
  }
  if (!toks[k] || !UNIT_NOUNS.test(toks[k].norm)) return undefined;
  if (owner) return ok(owner);
  k++;
  if (!UNIT_PREPS.has(toks[k]?.norm ?? '')) return undefined;
  k++;
  if (['the', 'den', 'det'].includes(toks[k]?.norm ?? '')) k++;
  const o = occs.find((x) => x.tokStart === k);
  return o && !o.genitive ? ok(o) : undefined;
}

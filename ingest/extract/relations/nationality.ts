// BASED_IN from nationality words that qualify a named company, organisation or product:
// "Chinese telecoms firm Huawei", "svenske Ericsson", "de norske medier E24 og VG",
// "kinesiske selskaber som Alibaba, Baidu og Tencent", "China Telecom, a Chinese
// state-owned telco". With "state-owned"/"statsejet" the state also OWNS it.
import type { EntityType } from '../../../core/ontology';
import { add, adjectiveList, after, appositionList, canAct, countrysAt, descriptorEnd, kindOf, listBack, listFrom, openerBefore, PARENT_NOUNS, COPULAS, possessed, relativeAntecedent, RELATIVES, standsForState, WHOSE, subjectBefore, type DocCtx, type Occ, type SentenceCtx } from './context';
import { findPhrases } from '../phrases';

const BASED: EntityType[] = ['Company', 'Organization', 'Product'];
const PREPOSITIONS = new Set(['af', 'of', 'for', 'til', 'to', 'på', 'on', 'i', 'in', 'med', 'with', 'om', 'about', 'mod', 'against']);

/** Words that end the noun phrase a "-based" qualifies: prepositions and conjunctions. */
const HYPHEN_BREAK = new Set(['to', 'of', 'for', 'from', 'by', 'with', 'in', 'on', 'at', 'and', 'or', 'than', 'til', 'af', 'fra', 'med', 'i', 'på', 'og', 'eller', 'end']);

/**
 * "Proximus, the largest operator in Belgium,", "To af de største mobiloperatører i Belgien, Proximus og Orange
 * Belgium,": a firm described as the largest or leading of its kind in a state is of that state.
 */
function largestIn(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (const g of sc.occs) {
    if (g.type !== 'Government' || g.kind === 'adjective' || g.kind === 'coref' || g.genitive) continue;
    if (!['i', 'in'].includes(toks[g.tokStart - 1]?.norm ?? '')) continue;
    const noun = g.tokStart - 2;
    if (noun < 1 || kindOf(sc, toks[noun].norm) !== 'Company') continue;
    // The description back to its comma (or the sentence start): lower-case words with a superlative among them.
    let b = noun;
    while (b > 0 && noun - b < 7 && ((toks[b - 1].word && !toks[b - 1].cap) || /^\d+$/.test(toks[b - 1].text) || (b - 1 === 0 && toks[0].word))) b--;
    const words = toks.slice(b, noun);
    if (!words.some((t) => SUPERLATIVE.test(t.norm))) continue;
    const firms: Occ[] = [];
    // Left: "Proximus, the largest operator in Belgium".
    if (toks[b - 1]?.text === ',') {
      const head = sc.occs.find((o) => o.tokEnd === b - 1 && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref');
      if (head) firms.push(head);
    }
    // Right: "de største operatører i Belgien, Proximus og Orange Belgium".
    if (toks[g.tokEnd]?.text === ',') {
      const first = sc.occs.find((o) => o.tokStart === g.tokEnd + 1 && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref');
      if (first) firms.push(...listFrom(sc, first, ['Company']));
    }
    for (const f of firms) add(ctx, { subject: f.entityId, predicate: 'BASED_IN', object: g.entityId, rule: 'basedin.largest', sentence: sc.s.index });
  }
}

const SUPERLATIVE = /^(største|størst|næststørste|biggest|largest|leading|førende|dominerende|dominant)$/;

export function nationality(sc: SentenceCtx, ctx: DocCtx): void {
  const from = ctx.relations.length;
  nationalityRules(sc, ctx);
  stateOwnedFirm(sc, ctx);
  countrysOwn(sc, ctx);
  placeNamedFirm(sc, ctx);
  // A nationality word on a firm whose home state the gazetteer knows to be another ("den svenske leverandør"
  // read as Huawei, "svenske Ericsson og Huawei"): the word belongs to another name, not to this firm.
  // "Russia's X and Y, a firm based in Singapore": a state the sentence names as the firm's seat outranks a list word.
  const seat = new Map<string, string>();
  for (const r of ctx.relations.slice(from)) {
    if (r.predicate === 'BASED_IN' && (r.rule === 'basedin.headquarters' || r.rule === 'basedin.hyphen') && ctx.entities.get(r.object)?.type === 'Government') seat.set(r.subject, r.object);
  }
  const kept = ctx.relations.slice(from).filter((r) => {
    if (r.predicate !== 'BASED_IN' || !WORD_RULES.has(r.rule)) return true;
    if (seat.has(r.subject) && seat.get(r.subject) !== r.object && ctx.entities.get(r.object)?.type === 'Government') return false;
    const home = ctx.entities.get(r.subject)?.basedIn;
    const homeType = ctx.entities.get(home ?? '')?.type ?? ctx.lexicon.entries.get(home ?? '')?.type;
    return !home || home === r.object || ctx.entities.get(r.object)?.type !== 'Government' || homeType !== 'Government';
  });
  ctx.relations.splice(from, ctx.relations.length - from, ...kept);
}

const WORD_RULES = new Set(['basedin.adjective', 'basedin.apposition', 'basedin.genitive']);

/** The first words of the basedIn phrases that say only where something lies ("ligger i", "is located in"). */
const LOCATED_VERBS = new Set(['ligger', 'lå', 'located', 'is']);

const TOWN_DETERMINERS = new Set(['the', 'den', 'det']);
const PARTNER_NOUNS = new Set(['partner', 'partners', 'partneren', 'partnere', 'partnerne', 'samarbejdspartner', 'samarbejdspartneren', 'samarbejdspartnere']);

/** A word or phrase in toks[from, to) saying a firm is the state's: "state-owned", "statsejede", "state" before a noun. */
function stateWord(sc: SentenceCtx, from: number, to: number): boolean {
  const toks = sc.s.tokens;
  if (findPhrases(sc.trig.stateOwned, toks, from, to).length > 0) return true;
  for (let k = from; k < to - 1; k++) if (toks[k].norm === 'state' && toks[k + 1].word && !toks[k + 1].cap) return true;
  return false;
}

/**
 * The firm the sentences before sentence i were about: the firms named in the previous sentence (then the one
 * before) if they are one firm, or else the first of them that is no possessor or qualifier; not the other firm, if given.
 */
function firmInView(ctx: DocCtx, i: number, other?: string): Occ | undefined {
  for (const back of [1, 2]) {
    const prev = ctx.sentences.find((x) => x.s.index === i - back);
    const firms = (prev?.occs ?? []).filter((o) => o.type === 'Company' && o.kind !== 'adjective' && o.entityId !== other);
    if (firms.length === 0) continue;
    if (firms.every((o) => o.entityId === firms[0].entityId)) return firms[0];
    return firms.find((o) => !o.genitive && !o.attributive);
  }
  return undefined;
}

/** The state whose capital the place is, when the document names that state. */
function capitalState(ctx: DocCtx, place: Occ): string | undefined {
  const state = ctx.lexicon.entries.get(ctx.entities.get(place.entityId)?.lexId ?? '')?.capitalOf;
  return state && ctx.entities.has(state) ? state : undefined;
}

function nationalityRules(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  largestIn(sc, ctx);
  // "Shenzhen-based Huawei", "ByteDance, the Beijing-based owner of TikTok".
  for (const place of occs) {
    if (place.type !== 'Government' && place.type !== 'Location') continue;
    if (toks[place.tokEnd]?.text !== '-' || !trig.basedSuffix.has(toks[place.tokEnd + 1]?.norm ?? '')) continue;
    let company = occs.find((o) => o.tokStart > place.tokEnd + 1 && o.tokStart <= place.tokEnd + 5 && BASED.includes(o.type));
    // "the West Hollywood-based app to San Vicente": a name past a preposition or comma is not the noun qualified.
    if (company && toks.slice(place.tokEnd + 2, company.tokStart).some((t) => t.text === ',' || HYPHEN_BREAK.has(t.norm))) company = undefined;
    // "its Beijing-based parent, ByteDance,", "den Shenzhen-baserede koncern, Huawei,": a noun for a firm or owner, then
    // the name in apposition.
    if (!company) {
      let j = place.tokEnd + 2;
      while (j < toks.length && j - place.tokEnd < 5 && toks[j].word && !toks[j].cap) j++;
      const noun = toks[j - 1];
      if (j > place.tokEnd + 2 && toks[j]?.text === ',' && (kindOf(sc, noun.norm) === 'Company' || PARENT_NOUNS.has(noun.norm))) {
        const named = occs.find((o) => o.tokStart === j + 1 && BASED.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
        if (named && [',', '.', ')', ';'].includes(toks[named.tokEnd]?.text ?? '.')) company = named;
      }
    }
    if (!company) {
      let k = place.tokStart;
      while (k > 0 && k > place.tokStart - 3 && toks[k - 1].text !== ',') k--;
      // "The Mountain View, California-based company": a comma right before the place joins a town to its state;
      // the name before it is no firm in apposition ("ByteDance, the Beijing-based owner").
      const before = toks[k - 1]?.text === ',' ? occs.find((o) => o.tokEnd === k - 1 && BASED.includes(o.type)) : undefined;
      const townState = !!before && k === place.tokStart && ['the', 'a', 'an', 'den', 'det', 'en', 'et'].includes(toks[before.tokStart - 1]?.norm ?? '');
      if (!townState) company = before;
    }
    // "The Cupertino, California-based company said …": a town before its state, both qualifying a definite noun for a
    // firm, name the seat of the firm the text was just about (the previous sentence's firm) and both are its seat.
    const town = toks[place.tokStart - 1]?.text === ',' ? occs.find((o) => o.tokEnd === place.tokStart - 1 && o.type === 'Location' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive) : undefined;
    const definiteTown = !!town && TOWN_DETERMINERS.has(toks[town.tokStart - 1]?.norm ?? '');
    if (definiteTown && (!company || company.kind === 'coref' || company.tokStart > place.tokEnd + 1)) {
      if (firmNounAfter(sc, place.tokEnd + 2)) company = firmInView(ctx, s.index) ?? company;
    }
    // "The Menlo Park-based group had planned …", "the Santa Clara-based chip designer said": a definite noun for a firm
    // the coreference left unread is the firm the text was just about.
    const definite = TOWN_DETERMINERS.has(toks[place.tokStart - 1]?.norm ?? '');
    if (!company && definite && firmNounAfter(sc, place.tokEnd + 2)) company = firmInView(ctx, s.index);
    if (company) {
      add(ctx, { subject: company.entityId, predicate: 'BASED_IN', object: place.entityId, rule: 'basedin.hyphen', sentence: s.index });
      if (definiteTown && town) add(ctx, { subject: company.entityId, predicate: 'BASED_IN', object: town.entityId, rule: 'basedin.hyphen', sentence: s.index });
      // "Moscow-based Kaspersky": a capital's state is where the firm is too.
      const state = capitalState(ctx, place);
      if (state) add(ctx, { subject: company.entityId, predicate: 'BASED_IN', object: state, rule: 'basedin.hyphen', sentence: s.index });
    }
  }
  // "Tencent-owned WeChat", "Alibaba-ejede Ele.me": a firm before a participle of owning owns the name it qualifies.
  for (const firm of occs) {
    if (firm.type !== 'Company' || firm.kind === 'adjective' || firm.kind === 'coref' || firm.genitive) continue;
    if (toks[firm.tokEnd]?.text !== '-' || !FIRM_OWNED.has(toks[firm.tokEnd + 1]?.norm ?? '')) continue;
    const owned = occs.find((o) => o.tokStart > firm.tokEnd + 1 && o.tokStart <= firm.tokEnd + 5 && (o.type === 'Company' || o.type === 'Product') && o.kind !== 'adjective' && o.kind !== 'coref');
    if (!owned || toks.slice(firm.tokEnd + 2, owned.tokStart).some((t) => t.text === ',' || HYPHEN_BREAK.has(t.norm) || !t.word)) continue;
    add(ctx, { subject: firm.entityId, predicate: 'OWNS', object: owned.entityId, rule: 'owns.hyphen', sentence: s.index });
  }
  // "Tencent's WeChat", "ByteDances TikTok": the company owns the product.
  // "Xiaomis model Mi 10T 5G", "Huawei's app store, AppGallery": a kind word or two between.
  for (const o of occs) {
    if (o.type !== 'Company' || !o.genitive) continue;
    let k = o.tokEnd;
    // Not across a preposition: "Microsofts køb af TikTok" is no ownership.
    while (k < o.tokEnd + 3 && toks[k]?.word && !toks[k].cap && !PREPOSITIONS.has(toks[k].norm)) k++;
    if (PREPOSITIONS.has(toks[k]?.norm ?? '')) continue;
    if (k > o.tokEnd && toks[k]?.text === ',') k++;
    const p = occs.find((x) => (x.tokStart === o.tokEnd || x.tokStart === k) && x.type === 'Product' && x.kind !== 'coref');
    if (p) add(ctx, { subject: o.entityId, predicate: 'OWNS', object: p.entityId, rule: 'owns.genitive', sentence: s.index });
    // "Alphabet's Google", "Wingtechs Nexperia": a firm's genitive right on another firm's name is its parent,
    // unless the name only qualifies a deal or a rival ("Microsoft's Activision deal", "Broadcoms Qualcomm-bud").
    const sub = p || o.kind === 'coref' ? undefined : occs.find((x) => x.tokStart === o.tokEnd && x.type === 'Company' && x.kind !== 'coref' && x.kind !== 'adjective' && !x.genitive && x.entityId !== o.entityId);
    if (sub && !DEAL_NOUNS.has(toks[sub.tokEnd]?.text === '-' ? toks[sub.tokEnd + 1]?.norm ?? '' : toks[sub.tokEnd]?.norm ?? '')) {
      add(ctx, { subject: o.entityId, predicate: 'OWNS', object: sub.entityId, rule: 'owns.genitive', sentence: s.index });
    }
  }
  // "Sony, whose PlayStation is the main rival", "Alphabet, hvis YouTube …": the relative's genitive, as "Sony's PlayStation".
  for (const o of occs) {
    if (o.type !== 'Company' || o.genitive || o.kind === 'adjective' || toks[o.tokEnd]?.text !== ',' || !WHOSE.has(toks[o.tokEnd + 1]?.norm ?? '')) continue;
    const owned = occs.find((x) => x.tokStart === o.tokEnd + 2 && (x.type === 'Product' || x.type === 'Company') && x.kind !== 'coref' && x.kind !== 'adjective' && x.entityId !== o.entityId);
    // Not a name that qualifies a noun: "Sony, whose Nintendo rival", "whose Activision deal".
    const noun = toks[owned?.tokEnd ?? 0]?.norm ?? '';
    if (owned && !DEAL_NOUNS.has(noun) && kindOf(sc, noun) !== 'Company') add(ctx, { subject: o.entityId, predicate: 'OWNS', object: owned.entityId, rule: 'owns.genitive', sentence: s.index });
  }
  // "OnePlus 8T 5G fra OnePlus", "the Pixel 8 from Google": a product and its maker.
  for (const p of occs) {
    if (p.type !== 'Product' || p.kind === 'coref' || !['fra', 'from'].includes(toks[p.tokEnd]?.norm ?? '')) continue;
    const maker = occs.find((x) => x.tokStart === p.tokEnd + 1 && x.type === 'Company' && x.kind !== 'adjective');
    if (maker) add(ctx, { subject: maker.entityId, predicate: 'OWNS', object: p.entityId, rule: 'owns.genitive', sentence: s.index });
  }
  // "CATL fra Ningde i Fujian-provinsen er …", "Nokia from Finland and Ericsson from Sweden": a firm named with the
  // place it comes from, as a subject or a list item (not the object of a verb of barring: "banned Huawei from the US").
  for (const firm of occs) {
    if (firm.type !== 'Company' || firm.kind === 'adjective' || firm.kind === 'coref' || firm.genitive) continue;
    if (!['fra', 'from'].includes(toks[firm.tokEnd]?.norm ?? '')) continue;
    const place = occs.find((o) => o.tokStart === firm.tokEnd + 1 && (o.type === 'Government' || o.type === 'Location') && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive && !o.attributive);
    if (!place) continue;
    const prev = toks[firm.tokStart - 1];
    // "Shopee, der ejes af Sea Limited fra Singapore": the owner named after a verb of owning is no object of barring.
    const owner = findPhrases(trig.ownedBy, toks, Math.max(0, firm.tokStart - 4), firm.tokStart).some((m) => m.end === firm.tokStart);
    const subjectLike = !prev || prev.text === ',' || owner || ['og', 'and', 'som', 'like', 'such', 'as'].includes(prev.norm) || (prev.word && !prev.cap && kindOf(sc, prev.norm) === 'Company');
    const next = toks[place.tokEnd];
    const ends = !next || [',', '.', ';', ')'].includes(next.text) || ['i', 'in', 'og', 'and', 'er', 'is', 'are', 'har', 'has', 'have', 'had', 'was', 'were', 'var'].includes(next.norm);
    if (!subjectLike || !ends) continue;
    add(ctx, { subject: firm.entityId, predicate: 'BASED_IN', object: place.entityId, rule: 'basedin.from', sentence: s.index });
  }
  // "ASML, der har hovedsæde i Veldhoven", "Huawei, headquartered in Shenzhen".
  const basedMatches = findPhrases(trig.basedIn, toks);
  for (const m of basedMatches) {
    // "har hovedsæde i" also holds "hovedsæde i": the longer phrase speaks for both.
    if (basedMatches.some((x) => x !== m && x.start < m.start && x.end >= m.end)) continue;
    const place = after(sc, m.end, ['Location', 'Government'], 2).find((o) => o.kind !== 'adjective' && o.kind !== 'coref');
    // "ASN er en del af Nokia-koncernen og har hovedsæde i Frankrig": a verb joined by "og"/"and" has the opener as subject,
    // not the name nearest before it.
    const opener = openerBefore(sc, m.start, BASED, (o) => o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive && canAct(sc, o));
    // "the company's European operations are headquartered in Dublin", "selskabets europæiske afdeling har hovedsæde i":
    // a firm's genitive on the subject is the firm whose seat it is.
    // "Elmos' plant is located in Dortmund", "selskabets fabrik ligger i": a verb of lying somewhere says where a plant or
    // office is, not the firm; only the firm itself as subject of it is seated there.
    const locatedOnly = LOCATED_VERBS.has(toks[m.start].norm);
    const possessor = locatedOnly ? undefined : occs.find((o) => o.genitive && BASED.includes(o.type) && o.kind !== 'adjective' && o.tokEnd <= m.start && m.start - o.tokEnd <= 5
      && toks.slice(o.tokEnd, m.start).every((t) => t.word) && !occs.some((a) => a.kind !== 'adjective' && a.tokStart >= o.tokEnd && a.tokStart < m.start));
    const early = possessor ?? relativeAntecedent(sc, m.start, BASED) ?? opener;
    let firm = early ?? subjectBefore(sc, m.start, BASED, 6, (o) => o.kind !== 'adjective');
    // "Selskabet, der er kendt for robotstøvsugeren Roomba og har hovedsæde i …": a name found only as the nearest
    // before the verb, that is the object of a preposition, is not what has the seat.
    if (firm && !early && !firm.genitive && ['og', 'and'].includes(toks[m.start - 1]?.norm ?? '')) {
      let b = firm.tokStart;
      if (toks[b - 1]?.word && !toks[b - 1].cap && !PREPOSITIONS.has(toks[b - 1].norm)) b--;
      if (PREPOSITIONS.has(toks[b - 1]?.norm ?? '')) firm = undefined;
    }
    // "Problemet for Telia ligger i Sverige": with a verb of lying, the firm is the word right before it or what a relative hangs on.
    const nextTo = (f: Occ) => f.tokEnd === m.start || (toks[f.tokEnd]?.text === ',' && (f.tokEnd + 1 === m.start || (f.tokEnd + 2 === m.start && RELATIVES.has(toks[m.start - 1].norm))));
    if (firm && locatedOnly && (!nextTo(firm) || PREPOSITIONS.has(toks[firm.tokStart - 1]?.norm ?? ''))) firm = undefined;
    // "Hikvision og Dahua, der begge har hovedsæde i Hangzhou", "X and Y, both based in": every name of the list.
    const both = firm && toks.slice(firm.tokEnd, m.start).some((t) => BOTH.has(t.norm)) ? listBack(sc, firm, BASED) : [];
    for (const o of both) if (place && o !== firm) add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: place.entityId, rule: 'basedin.headquarters', sentence: s.index });
    if (place && firm) {
      add(ctx, { subject: firm.entityId, predicate: 'BASED_IN', object: place.entityId, rule: 'basedin.headquarters', sentence: s.index });
      // "headquartered in Nijmegen, the Netherlands", "hovedsæde i Nijmegen i Holland": the country named after the town too.
      let j = place.tokEnd;
      if ([',', 'i', 'in'].includes(toks[j]?.norm ?? '')) j++;
      if (['the', 'det'].includes(toks[j]?.norm ?? '')) j++;
      const country = place.type === 'Location' && j > place.tokEnd ? occs.find((o) => o.tokStart === j && o.type === 'Government' && o.kind !== 'adjective' && o.kind !== 'coref') : undefined;
      if (country) add(ctx, { subject: firm.entityId, predicate: 'BASED_IN', object: country.entityId, rule: 'basedin.headquarters', sentence: s.index });
      // "hovedsæde i Beijing": a capital's state is where the firm is too.
      const state = capitalState(ctx, place);
      if (state) add(ctx, { subject: firm.entityId, predicate: 'BASED_IN', object: state, rule: 'basedin.headquarters', sentence: s.index });
    }
  }
  // "Intellexa S.A., based in Greece; Cytrox AD in North Macedonia; and Cytrox Holdings in Hungary": in a list whose
  // items give each firm's seat, an item may give it with "in"/"i" alone.
  if (basedMatches.length > 0 && toks.some((t) => t.text === ';')) {
    for (const firm of occs) {
      if (firm.type !== 'Company' || firm.kind === 'adjective' || firm.kind === 'coref' || firm.genitive) continue;
      if (!['in', 'i'].includes(toks[firm.tokEnd]?.norm ?? '')) continue;
      let b = firm.tokStart;
      if (['and', 'og'].includes(toks[b - 1]?.norm ?? '')) b--;
      if (![';', ':'].includes(toks[b - 1]?.text ?? '')) continue;
      const place = occs.find((o) => o.tokStart === firm.tokEnd + 1 && (o.type === 'Government' || o.type === 'Location') && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
      if (!place || ![';', '.'].includes(toks[place.tokEnd]?.text ?? '.')) continue;
      add(ctx, { subject: firm.entityId, predicate: 'BASED_IN', object: place.entityId, rule: 'basedin.headquarters', sentence: s.index });
    }
  }
  // "China's largest contract chipmaker SMIC", "SMIC, China's largest chipmaker": a state's genitive on a kind of firm.
  for (const g of occs) {
    if (g.type !== 'Government' || !g.genitive || g.kind === 'coref') continue;
    const k = descriptorEnd(sc, g.tokEnd);
    const named = k !== g.tokEnd ? occs.find((o) => o.tokStart === k && BASED.includes(o.type)) : undefined;
    // "South Korea's Samsung Electronics and SK Hynix", "Kinas Huawei": the state's genitive right on the names.
    const direct = named ? undefined : occs.find((o) => o.tokStart === g.tokEnd && (o.type === 'Company' || o.type === 'Organization') && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    for (const o of direct ? listFrom(sc, direct, ['Company', 'Organization']) : []) {
      // "Sweden's Ericsson and Finland's Nokia": an item with a state's genitive of its own is that state's.
      if (o !== direct && occs.some((x) => x.tokEnd === o.tokStart && x.genitive && x.type === 'Government' && x !== g)) break;
      add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: g.entityId, rule: 'basedin.genitive', sentence: s.index });
    }
    // "China's largest chipmaker, SMIC,", "Sveriges største teleselskab, Telia,": the name in apposition after the description.
    if (!named && !direct) {
      let j = g.tokEnd;
      while (j < toks.length && j - g.tokEnd < 5 && ((toks[j].word && !toks[j].cap) || toks[j].text === '-')) j++;
      // "China's state broadcaster, CCTV", "Russia's state-owned lender, Sberbank": a description that calls the firm the
      // state's own names a firm of that state whatever its noun, and the state owns it.
      const stateDesc = j > g.tokEnd && stateWord(sc, g.tokEnd, j);
      if (j > g.tokEnd && toks[j]?.text === ',' && (kindOf(sc, toks[j - 1].norm) === 'Company' || stateDesc)) {
        const appo = occs.find((o) => o.tokStart === j + 1 && (o.type === 'Company' || o.type === 'Organization') && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
        if (appo && [',', '.', '(', ')'].includes(toks[appo.tokEnd]?.text ?? '.')) {
          add(ctx, { subject: appo.entityId, predicate: 'BASED_IN', object: g.entityId, rule: 'basedin.genitive', sentence: s.index });
          if (stateDesc && appo.type === 'Company') add(ctx, { subject: g.entityId, predicate: 'OWNS', object: appo.entityId, rule: 'owns.stateowned', sentence: s.index });
        }
      }
    }
    let head = named;
    // "Tencent, one of China's largest tech groups,", "Tencent, en af Kinas største teknologikoncerner": one of a kind.
    const oneOf = ['one', 'en', 'et'].includes(toks[g.tokStart - 2]?.norm ?? '') && ['of', 'af'].includes(toks[g.tokStart - 1]?.norm ?? '') ? 2 : 0;
    if (!head && toks[g.tokStart - 1 - oneOf]?.text === ',') {
      let j = g.tokEnd;
      while (j < toks.length && j - g.tokEnd < 4 && toks[j].word && !toks[j].cap) j++;
      if (j > g.tokEnd && kindOf(sc, toks[j - 1].norm) === 'Company') head = occs.find((o) => o.tokEnd === g.tokStart - 1 - oneOf && BASED.includes(o.type));
    }
    if (head) add(ctx, { subject: head.entityId, predicate: 'BASED_IN', object: g.entityId, rule: 'basedin.genitive', sentence: s.index });
  }
  const stateOwned = findPhrases(trig.stateOwned, toks);
  // "US chip designer Nvidia", "US tech groups Apple and Meta": a state's name used as an adjective names the members' state.
  for (const name of occs) {
    if (name.kind === 'adjective' || name.kind === 'coref' || name.type !== 'Government' || !name.attributive || name.genitive) continue;
    for (const o of ownStateCut(sc, adjectiveList(sc, name, BASED))) add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: name.entityId, rule: 'basedin.adjective', sentence: s.index });
    // "MoneyGram, the US money-transfer firm,".
    const head = qualifiesCompany(sc, name.tokEnd) ? appositionHead(sc, name) : undefined;
    if (head) add(ctx, { subject: head.entityId, predicate: 'BASED_IN', object: name.entityId, rule: 'basedin.apposition', sentence: s.index });
  }
  originList(sc, ctx);
  // "its US partner, Oracle,", "dets amerikanske partner Oracle", "the cable's Hong Kong partner, X": a state qualifying a
  // noun for a partner names the partner firm's state (a partner is no kind of firm, so the list rules pass it by).
  for (const g of occs) {
    if (g.type !== 'Government' || g.kind === 'coref' || g.genitive || !(g.kind === 'adjective' || g.attributive)) continue;
    if (!PARTNER_NOUNS.has(toks[g.tokEnd]?.norm ?? '')) continue;
    const k = toks[g.tokEnd + 1]?.text === ',' ? g.tokEnd + 2 : g.tokEnd + 1;
    const named = occs.find((o) => o.tokStart === k && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (!named || (k === g.tokEnd + 2 && ![',', '.', ')', ';'].includes(toks[named.tokEnd]?.text ?? '.'))) continue;
    for (const o of k === g.tokEnd + 2 ? [named] : listFrom(sc, named, ['Company'])) {
      add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: g.entityId, rule: 'basedin.adjective', sentence: s.index });
    }
  }
  for (const adj of occs) {
    if (adj.kind !== 'adjective' || adj.type !== 'Government') continue;
    // Right: the named members the adjective qualifies.
    // "den fransk-italienske chipproducent STMicroelectronics": the first of two joined nationality words qualifies
    // the names the second one does.
    const joined = toks[adj.tokEnd]?.text === '-' ? occs.find((o) => o.tokStart === adj.tokEnd + 1 && o.kind === 'adjective' && o.type === 'Government' && o.entityId !== adj.entityId) : undefined;
    const members = ownStateCut(sc, adjectiveList(sc, joined ?? adj, BASED));
    const owned = (until: number) => stateOwned.some((m) => m.start >= adj.tokEnd - 1 && m.start <= until) || stateOwned.some((m) => m.end === adj.tokStart);
    for (const o of members) {
      if (otherStateRef(ctx, o, adj.entityId)) continue;
      // "den franske EU-kommissær X", "the French EU commissioner": the name qualifies a person's title, the adjective the person.
      const nextWord = toks[o.tokEnd]?.text === '-' ? toks[o.tokEnd + 1] : toks[o.tokEnd];
      if (o.type === 'Organization' && nextWord?.word && !nextWord.cap && kindOf(sc, nextWord.norm) === 'Person') continue;
      // "tyske WhatsApp-brugere": the name opens a compound whose head, a word for people, the adjective qualifies
      // (not a word for the firm or app itself: "den kinesiske Huawei-koncern", "den kinesiske TikTok-app").
      const hyphen = toks[o.tokEnd];
      if (hyphen?.text === '-' && hyphen.start === toks[o.tokEnd - 1].end && nextWord?.start === hyphen.end && nextWord.word && !nextWord.cap && [undefined, 'Person'].includes(kindOf(sc, nextWord.norm)) && !trig.basedSuffix.has(nextWord.norm)) continue;
      add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.adjective', sentence: s.index });
      // "Chinese firms, including ByteDance's TikTok and Tencent's WeChat": the owners are the Chinese firms.
      const owner = occs.find((g) => g.genitive && g.type === 'Company' && g.tokEnd <= o.tokStart && o.tokStart - g.tokEnd <= 4 && possessed(sc, g, [o.type]) === o);
      if (owner) add(ctx, { subject: owner.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.adjective', sentence: s.index });
      if (owned(o.tokStart)) add(ctx, { subject: adj.entityId, predicate: 'OWNS', object: o.entityId, rule: 'owns.stateowned', sentence: s.index });
    }
    // "Nexperia er en hollandsk chipproducent", "Nexperia is a Dutch chipmaker": a copula in place of the comma.
    let c = adj.tokStart - 1;
    while (c > 0 && adj.tokStart - c < 3 && toks[c].word && !toks[c].cap && !COPULAS.has(toks[c].norm)) c--;
    // "er en hollandsk chipproducent", "is a Dutch chipmaker", "er blandt de japanske selskaber", "are among the US firms".
    const article = toks.slice(c + 1, adj.tokStart).some((t) => ['a', 'an', 'en', 'et', 'blandt', 'among'].includes(t.norm));
    // Also in a relative clause: "Xiaomi, der er en kinesisk producent", "Xiaomi, which is a Chinese maker".
    const relHead = toks[c - 2]?.text === ',' && ['der', 'som', 'which', 'who', 'that'].includes(toks[c - 1]?.norm ?? '') ? c - 2 : c;
    const copula = c > 0 && article && COPULAS.has(toks[c].norm) && qualifiesCompany(sc, adj.tokEnd)
      ? occs.find((o) => o.tokEnd === relHead && BASED.includes(o.type) && o.kind !== 'coref' && o.kind !== 'adjective') : undefined;
    for (const o of copula ? listBack(sc, copula, BASED) : []) add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.apposition', sentence: s.index });
    // "Xiaomi er kinesisk ejet", "X, der er kinesisk ejet", "X is Chinese-owned": ownership by nationality as the predicate.
    const ownedWord = (k: number) => OWNED_WORDS.has(toks[k]?.norm ?? '') ? k + 1 : toks[k]?.text === '-' && OWNED_WORDS.has(toks[k + 1]?.norm ?? '') ? k + 2 : -1;
    if (ownedWord(adj.tokEnd) > 0 && COPULAS.has(toks[adj.tokStart - 1]?.norm ?? '')) {
      const at = adj.tokStart - 1;
      const rel = toks[at - 2]?.text === ',' && RELATIVES.has(toks[at - 1]?.norm ?? '') ? at - 2 : at;
      const firm = occs.find((o) => o.tokEnd === rel && BASED.includes(o.type) && o.kind !== 'adjective');
      if (firm) add(ctx, { subject: firm.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.apposition', sentence: s.index });
    }
    // "TikTok, its Chinese parent ByteDance", "TikToks kinesiske ejer, ByteDance,": the word is the parent's, named after
    // its noun, not the name the phrase follows.
    const parent = parentNamed(sc, adj.tokEnd);
    if (parent) add(ctx, { subject: parent.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.adjective', sentence: s.index });
    const head = parent ? undefined : appositionHead(sc, adj);
    if (head) {
      add(ctx, { subject: head.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.apposition', sentence: s.index });
      const endOfNp = Math.min(toks.length, adj.tokEnd + 4);
      if (stateOwned.some((m) => m.start >= adj.tokEnd && m.start < endOfNp)) {
        add(ctx, { subject: adj.entityId, predicate: 'OWNS', object: head.entityId, rule: 'owns.stateowned', sentence: s.index });
      }
    }
  }
}

const ORIGIN_WORDS = new Set(['oprindelse', 'origin', 'herkomst']);
const ORIGIN_INTRO = new Set(['heriblandt', 'herunder', 'including', 'bl.a', 'blandt', 'among', 'such', 'som', 'like']);

/**
 * "59 apps med kinesisk oprindelse, heriblandt videotjenesten TikTok og beskedtjenesten WeChat", "apps of Chinese
 * origin, including TikTok and WeChat", "TikTok og WeChat, der er apps af kinesisk oprindelse": what is of a state's origin
 * is based there.
 */
function originList(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (const adj of sc.occs) {
    if (adj.type !== 'Government' || adj.kind !== 'adjective' || !ORIGIN_WORDS.has(toks[adj.tokEnd]?.norm ?? '')) continue;
    if (!['med', 'of', 'af'].includes(toks[adj.tokStart - 1]?.norm ?? '')) continue;
    let k = adj.tokEnd + 1;
    if (toks[k]?.text === ',') k++;
    if (!ORIGIN_INTRO.has(toks[k]?.norm ?? '')) continue;
    k++;
    if (['as', 'andet', 'them'].includes(toks[k]?.norm ?? '')) k++;
    const first = sc.occs.find((o) => (o.tokStart === k || o.tokStart === descriptorEnd(sc, k)) && BASED.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (!first) continue;
    for (const o of listFrom(sc, first, BASED)) {
      if (o.kind === 'adjective' || o.kind === 'coref') continue;
      add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.adjective', sentence: sc.s.index });
    }
  }
}

/**
 * "the Swedish group Ericsson and Finland's Nokia", "US firms Apple and China's Huawei": a list item with a
 * state's genitive of its own belongs to that state, and so do the items after it.
 */
function ownStateCut(sc: SentenceCtx, members: Occ[]): Occ[] {
  const cut = members.findIndex((o, i) => i > 0 && sc.occs.some((x) => x.tokEnd === o.tokStart && x.genitive && x.type === 'Government'));
  return cut > 0 ? members.slice(0, cut) : members;
}

/**
 * Left apposition: the name a nationality word describes after a comma ("X, a Chinese state-owned telco",
 * "X, et kinesisk selskab", "X, the US money-transfer firm"). Not a relative clause ("Fastweb, der ejes af
 * schweiziske Swisscom") nor a word qualifying a following name.
 */
function appositionHead(sc: SentenceCtx, adj: Occ): Occ | undefined {
  const toks = sc.s.tokens;
  let k = adj.tokStart;
  // Up to three words, a genitive counting as one ("the group's", "Telenor's").
  for (let words = 0; k > 0 && words < 3 && toks[k - 1].text !== ','; words++) {
    const gen = sc.occs.find((o) => o.genitive && o.tokEnd === k && o.tokStart < k);
    k = gen ? gen.tokStart : k - 1;
  }
  if (k === 0 || toks[k - 1].text !== ',') return undefined;
  const between = toks.slice(k, adj.tokStart);
  if (between.length > 0 && ['der', 'som', 'hvis', 'which', 'who', 'that', 'whose'].includes(between[0].norm)) return undefined;
  // "Volvo Cars, owned by Chinese carmaker Geely", "X, sold to a Chinese firm": the adjective is in a phrase of its own.
  if (between.some((t) => APPOSITION_BREAKS.has(t.norm))) return undefined;
  // "Fjordnet AB, Telenor's Swedish subsidiary,": the parent's genitive may stand before the adjective.
  const inGenitive = (i: number) => sc.occs.some((o) => o.genitive && o.type === 'Company' && o.kind !== 'adjective' && o.tokStart <= i && o.tokEnd > i);
  if (sc.occs.some((o) => o.tokStart === adj.tokEnd && o !== adj) || !between.every((t, i) => (t.word && !t.cap) || inGenitive(k + i))) return undefined;
  // "SoftBank, den kinesiske internetgigant Tencent og …": the adjective's noun phrase names a firm of its own (a next list item).
  const named = descriptorEnd(sc, adj.tokEnd);
  if (named !== adj.tokEnd && !toks.slice(adj.tokEnd, named).some((t) => ['af', 'of', 'i', 'in', 'for'].includes(t.norm))) return undefined;
  return sc.occs.find((o) => o.tokEnd === k - 1 && BASED.includes(o.type));
}

/**
 * The firm a noun for an owner at k names: right after it ("parent ByteDance", "ejer ByteDance") or in apposition
 * closed by punctuation ("parent, ByteDance,"). A parent is no kind of firm, so the kind-noun lists pass it by.
 */
function parentNamed(sc: SentenceCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  if (!PARENT_NOUNS.has(toks[k]?.norm ?? '')) return undefined;
  // "its Chinese parent company ByteDance".
  let j = toks[k].norm === 'parent' && ['company', 'group'].includes(toks[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  const comma = toks[j]?.text === ',';
  if (comma) j++;
  const named = sc.occs.find((o) => o.tokStart === j && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
  if (!named || (comma && ![',', '.', ')', ';'].includes(toks[named.tokEnd]?.text ?? '.'))) return undefined;
  return named;
}

/** Nouns a firm's name may qualify without being owned: a deal, a bid, a rival ("Apple's Qualcomm deal", "Ciscos Huawei-konkurrent"). */
const DEAL_NOUNS = new Set(['deal', 'deals', 'bid', 'bids', 'offer', 'takeover', 'acquisition', 'purchase', 'merger', 'stake', 'investment', 'agreement', 'contract',
  'contracts', 'partnership', 'rival', 'rivals', 'competitor', 'competitors', 'lawsuit', 'case', 'suit', 'dispute', 'aftale', 'aftalen', 'bud', 'buddet', 'opkøb', 'opkøbet',
  'køb', 'købet', 'overtagelse', 'overtagelsen', 'fusion', 'fusionen', 'kontrakt', 'kontrakten', 'konkurrent', 'konkurrenter', 'partnerskab', 'tilbud', 'tilbuddet', 'sag', 'sagen', 'retssag']);

/** Participles of owning after a firm's name and a hyphen ("Tencent-owned", "Alibaba-ejede"). */
const FIRM_OWNED = new Set(['owned', 'controlled', 'ejede', 'ejet', 'kontrollerede', 'kontrolleret']);

const BOTH = new Set(['begge', 'alle', 'both', 'all']);

const APPOSITION_BREAKS = new Set(['by', 'af', 'to', 'til', 'from', 'fra', 'with', 'med', 'for', 'against', 'mod', 'than', 'end']);

const OWNED_WORDS = new Set(['ejet', 'ejede', 'owned', 'kontrolleret', 'controlled']);

/** A noun for a firm within three lower-case words from k ("chipproducent", "state-owned telecoms firm"). */
function qualifiesCompany(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  for (let j = k; j < Math.min(toks.length, k + 5); j++) {
    const t = toks[j];
    if (t.text === '-') continue;
    if (!t.word || t.cap) return false;
    if (kindOf(sc, t.norm) === 'Company') return true;
  }
  return false;
}
const FROM = new Set(['fra', 'from', 'i', 'in']);
const REGION = new Set(['det', 'the', 'sydlige', 'nordlige', 'østlige', 'vestlige', 'southern', 'northern', 'eastern', 'western', 'central', 'centrale']);

/**
 * "Shenzhen Investment Holdings er et statsejet selskab fra millionbyen Shenzhen i det sydlige
 * Kina", "X is a state-owned company from Hefei in eastern China": a copula describing a firm
 * by where it comes from. Each place named is where it is based; "statsejet" makes the
 * country its owner.
 */
export function describedOrigin(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  for (const firm of occs) {
    if (!BASED.includes(firm.type) || firm.kind === 'adjective' || firm.kind === 'coref' || !trig.copulas.has(toks[firm.tokEnd]?.norm ?? '')) continue;
    let k = firm.tokEnd + 1;
    if (['a', 'an', 'en', 'et'].includes(toks[k]?.norm ?? '')) k++;
    const descStart = k;
    let kind = false;
    while (k < toks.length && k - descStart < 5 && toks[k].word && !toks[k].cap) {
      if (sc.kindNouns.get(toks[k].norm) === 'Company') kind = true;
      if (FROM.has(toks[k].norm) && kind) break;
      k++;
    }
    if (!kind || !FROM.has(toks[k]?.norm ?? '')) continue;
    const owned = findPhrases(trig.stateOwned, toks, descStart, k).length > 0;
    const places: Occ[] = [];
    let j = k + 1;
    // "fra millionbyen Shenzhen": a word for a kind of place may stand before the name.
    if (sc.kindNouns.get(toks[j]?.norm ?? '') === 'Location') j++;
    let place = occs.find((o) => o.tokStart === j && (o.type === 'Location' || o.type === 'Government') && o.kind !== 'coref' && !o.attributive);
    while (place) {
      places.push(place);
      j = place.tokEnd;
      if (!FROM.has(toks[j]?.norm ?? '')) break;
      j++;
      while (j < toks.length && REGION.has(toks[j].norm)) j++;
      place = occs.find((o) => o.tokStart === j && (o.type === 'Location' || o.type === 'Government') && o.kind !== 'coref' && !o.attributive);
    }
    for (const p of places) {
      add(ctx, { subject: firm.entityId, predicate: 'BASED_IN', object: p.entityId, rule: 'basedin.described', sentence: s.index });
      if (owned && p.type === 'Government') add(ctx, { subject: p.entityId, predicate: 'OWNS', object: firm.entityId, rule: 'owns.stateowned', sentence: s.index });
    }
  }
}

/**
 * The state a firm belongs to, when the text names it: the gazetteer's owner or seat of the firm (a state), else the
 * state an earlier sentence placed it in.
 */
function firmState(ctx: DocCtx, firm: string): string | undefined {
  const e = ctx.entities.get(firm);
  for (const id of [e?.ownedBy, e?.basedIn]) if (id && ctx.entities.get(id)?.type === 'Government') return id;
  return ctx.relations.find((r) => r.predicate === 'BASED_IN' && r.subject === firm && ctx.entities.get(r.object)?.type === 'Government')?.object;
}

/**
 * "the state-owned China Unicom", "state-owned shipping group COSCO", "den statsejede avis China Daily", "COSCO, a
 * state-owned shipping group,": a firm called state-owned with no state named beside the word is owned by its own state.
 * (With a state beside it, "Chinese state-owned", "Kinas statsejede", the adjective and genitive rules name the owner.)
 */
function stateOwnedFirm(sc: SentenceCtx, ctx: DocCtx): void {
  const { occs } = sc;
  const toks = sc.s.tokens;
  const isState = (o: Occ) => o.type === 'Government';
  for (const m of findPhrases(sc.trig.stateOwned, toks)) {
    if (occs.some((o) => isState(o) && o.tokEnd <= m.start && m.start - o.tokEnd <= 1)) continue;
    // Right: a few lower-case words describing the firm, then its name.
    let j = m.end;
    while (j < toks.length && j - m.end < 3 && ((toks[j].word && !toks[j].cap) || toks[j].text === '-') && !occs.some((o) => o.tokStart === j)) j++;
    let firm = occs.find((o) => o.tokStart === j && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (firm && occs.some((o) => isState(o) && o.tokStart >= m.end && o.tokEnd <= j)) firm = undefined;
    // Left: "COSCO, a state-owned shipping group,", "KfW, en statsejet bank,".
    if (!firm && j > m.end && kindOf(sc, toks[j - 1].norm) === 'Company' && [',', '.', ')'].includes(toks[j]?.text ?? '.')) {
      const art = m.start - 1;
      if (['a', 'an', 'the', 'en', 'et', 'den', 'det'].includes(toks[art]?.norm ?? '') && toks[art - 1]?.text === ',') {
        firm = occs.find((o) => o.tokEnd === art - 1 && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref');
      }
    }
    if (!firm) continue;
    const state = firmState(ctx, firm.entityId);
    if (state) add(ctx, { subject: state, predicate: 'OWNS', object: firm.entityId, rule: 'owns.stateowned', sentence: sc.s.index });
  }
}

/**
 * The state "the country" refers to at token k: the last state named before it in the sentence, else in the two
 * sentences before, else the state the text is about.
 */
export function countryInView(sc: SentenceCtx, ctx: DocCtx, k: number): string | undefined {
  // Not a nationality word qualifying a firm or app ("den kinesiske videoapp"): that names no country in view.
  // (Whether an adjective stands for its state is read in the occurrence's own sentence.)
  const state = (x: SentenceCtx) => (o: Occ) => o.type === 'Government' && o.kind !== 'coref' && (!o.attributive || o.kind !== 'adjective' || standsForState(x, o)) && ctx.entities.get(o.entityId)?.type === 'Government';
  const here = sc.occs.filter((o) => o.tokEnd <= k && state(sc)(o)).pop();
  if (here) return here.entityId;
  for (let i = sc.s.index - 1; i >= Math.max(0, sc.s.index - 2); i--) {
    const x = ctx.sentences[i];
    const prev = x?.occs.filter(state(x)) ?? [];
    if (prev.length) return prev[prev.length - 1].entityId;
  }
  return ctx.home;
}

/**
 * "Telstra, the country's largest carrier,", "Spark, der er landets største teleselskab", "landets internetmyndighed,
 * Cyberspace Administration of China": a firm or body the text calls the country's own is of the state in view (BASED_IN
 * for a firm, PART_OF for a body of the state).
 */
function countrysOwn(sc: SentenceCtx, ctx: DocCtx): void {
  const { occs } = sc;
  const toks = sc.s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const phrase = countrysAt(toks, k);
    if (!phrase) continue;
    const end = k + phrase;
    // The description: a few lower-case words, the last a noun for a kind of firm or body.
    let j = end;
    // (The noun may itself be read as a reference back to a body: "landets telemyndighed".)
    while (j < toks.length && j - end < 4 && ((toks[j].word && !toks[j].cap) || toks[j].text === '-') && !occs.some((o) => o.tokStart === j && o.kind !== 'coref')) j++;
    const kind = j > end ? kindOf(sc, toks[j - 1].norm) : undefined;
    if (kind !== 'Company' && kind !== 'Agency') continue;
    const types: EntityType[] = kind === 'Company' ? ['Company'] : ['Agency'];
    const ok = (o: Occ | undefined) => (o && types.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive ? o : undefined);
    // Right: "the country's largest carrier, Telstra,", "landets telemyndighed Nepal Telecommunications Authority".
    let named = ok(occs.find((o) => o.tokStart === (toks[j]?.text === ',' ? j + 1 : j)));
    // "the country's three big carriers, Telstra, Optus and TPG,": each of the names the description stands before.
    const listed = !named ? [] : toks[j]?.text === ',' ? appositionList(sc, named, types) : [named];
    if (!listed.length) named = undefined;
    // Left: "Telstra, the country's largest carrier,", "Spark, der er landets største teleselskab".
    if (!named) {
      let b = k;
      if (['der', 'som', 'which', 'who'].includes(toks[b - 2]?.norm ?? '') && sc.trig.copulas.has(toks[b - 1]?.norm ?? '')) b -= 2;
      if (toks[b - 1]?.text === ',') named = ok(occs.find((o) => o.tokEnd === b - 1));
    }
    if (!named) continue;
    const state = countryInView(sc, ctx, k);
    if (!state || state === named.entityId) continue;
    for (const o of named === listed[0] ? listed.filter((x) => ok(x)) : [named]) {
      if (o.entityId === state) continue;
      // (A body or firm the gazetteer places in another state is not this country's: the text's country is then another one.)
      const entry = ctx.lexicon.entries.get(ctx.entities.get(o.entityId)?.lexId ?? '');
      const known = kind === 'Company' ? entry?.basedIn : entry?.partOf;
      if (known && known !== state) continue;
      if (kind === 'Company') add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: state, rule: 'basedin.country', sentence: sc.s.index });
      else add(ctx, { subject: o.entityId, predicate: 'PART_OF', object: state, rule: 'partof.country', sentence: sc.s.index });
    }
  }
}

/**
 * "The San Diego company said", "in February the Seattle group agreed", "Seattle-selskabet oplyser": a town or region qualifying a definite noun
 * for a firm refers back to the firm the text is about (the noun's antecedent, else the firm of the sentences before),
 * and names its seat. (A state in that place is an adjective's work: "the US firm".)
 */
function placeNamedFirm(sc: SentenceCtx, ctx: DocCtx): void {
  const { occs } = sc;
  const toks = sc.s.tokens;
  for (const place of occs) {
    if (place.type !== 'Location' || place.kind === 'coref' || place.kind === 'adjective' || place.genitive) continue;
    // Danish joins the place to a definite noun: "Seattle-selskabet", "San Diego-koncernen" (not a plural, "-selskaberne").
    const joined = toks[place.tokEnd]?.text === '-' && sc.s.language === 'da';
    if (!joined && !['the', 'The'].includes(toks[place.tokStart - 1]?.text ?? '')) continue;
    const noun = toks[joined ? place.tokEnd + 1 : place.tokEnd];
    if (!noun?.word || noun.cap || kindOf(sc, noun.norm) !== 'Company') continue;
    if (joined && !/(et|en)$/.test(noun.norm)) continue;
    // "the Seattle company's lawyers" still names the firm; "the Seattle company Nordlight" is the adjective rules' apposition.
    if (occs.some((o) => o.tokStart === place.tokEnd + 1 && o.kind !== 'coref')) continue;
    const ref = occs.find((o) => (o.tokStart === place.tokEnd || (joined && o.tokStart === place.tokEnd + 1)) && o.kind === 'coref' && o.type === 'Company');
    let firm = ref ?? firmInView(ctx, sc.s.index);
    // "Broadcom might gain control of the San Diego company": a description later in the sentence that names a firm
    // is another firm than the one named before it, the other firm the text was about.
    if (firm && namedBefore(sc, firm.entityId, place.tokStart)) firm = firmInView(ctx, sc.s.index, firm.entityId);
    if (firm && !namedBefore(sc, firm.entityId, place.tokStart)) add(ctx, { subject: firm.entityId, predicate: 'BASED_IN', object: place.entityId, rule: 'basedin.placenoun', sentence: sc.s.index });
  }
}

/**
 * Whether a noun for a firm ends the lower-case words from token k on ("chip designer", "group"); a central bank is
 * the state's, no firm ("the Mumbai-based central bank").
 */
function firmNounAfter(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  let j = k;
  while (j < toks.length && j - k < 3 && toks[j].word && !toks[j].cap && kindOf(sc, toks[j].norm) !== 'Company') j++;
  return kindOf(sc, toks[j]?.norm ?? '') === 'Company' && toks[j - 1]?.norm !== 'central';
}

/** Whether the sentence names the entity, not by a description or pronoun, before token k. */
function namedBefore(sc: SentenceCtx, id: string, k: number): boolean {
  return sc.occs.some((o) => o.entityId === id && o.tokEnd <= k && o.kind !== 'coref' && o.kind !== 'adjective');
}

/**
 * "The Dutch pension fund ABP sold its stake in the Chinese firm": a definite noun the coreference reads as a firm the
 * text has already placed in another state is another firm, not that one.
 */
function otherStateRef(ctx: DocCtx, o: Occ, state: string): boolean {
  if (o.kind !== 'coref') return false;
  return ctx.relations.some((r) => r.predicate === 'BASED_IN' && r.subject === o.entityId && r.object !== state && ctx.entities.get(r.object)?.type === 'Government');
}

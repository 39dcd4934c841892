// Occurrences per sentence, with coreference: "he"/"han" to the most recent person within
// two sentences, a definite noun ("the programme", "planen", "selskabet") to the most
// recent entity of its type within a short window. A programme noun prefers a programme
// over one of its tracks.
import type { EntityType } from '../../../core/ontology';
import type { Lexicon } from '../../lexicon';
import type { ResolvedMention, Sentence, WorkEntity } from '../model';
import type { Occ, SentenceCtx } from './context';
import { findPhrases } from '../phrases';
import { pluralFirmsAt, pluralGroup } from './pluralRefs';

const WINDOW: Partial<Record<EntityType, number>> = { Person: 2, Policy: 8, Company: 3, Product: 5, Government: 4, Agency: 4 };

/** Definite nouns that stay a party of their own before a name of another kind ("lukker regeringen Huawei ude"). */
const PARTIES: EntityType[] = ['Government', 'Agency', 'Person'];
/** Bodies "it" can stand for as a clause's subject. */
const IT_TYPES: EntityType[] = ['Agency', 'Government', 'Company', 'Organization'];
/** Words after which "it" opens a clause: "said it would", ", it said", "and it". */
const IT_SLOT = new Set(['said', 'says', 'that', 'and', 'but', ',', '"', '“', '”']);
/** Plural nouns for a state's bodies taken together: with "i X" / "in X" they stand for the state. */
const STATE_BODIES = new Set(['myndighederne', 'authorities']);
/** Words that join a clause to the one before, sharing its subject: "…, and it adds". */
const CLAUSE_JOINS = new Set(['and', 'but', ',']);
/** Danish prepositions an oblique body is named after ("overtog opgaven fra Erhvervsstyrelsen"). */
const DANISH_PREPS = new Set(['fra', 'af', 'til', 'med', 'hos', 'mod', 'om']);
const UNDER_PREP = new Set(['in', 'to', 'from', 'at', 'into', 'of', 'on', 'with', 'by']);

/** A state named as an actor, not a word qualifying a noun ("Chinese companies", "the US market"). */
const actsAsState = (o: Occ) => o.type !== 'Government' || (!(o.attributive && o.kind === 'adjective') && !o.genitive);

const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'these', 'those']);

function attributive(m: ResolvedMention, s: Sentence, lang: string, lexicon: Lexicon): boolean {
  if (m.kind !== 'adjective' && m.type !== 'Government') return false;
  if (m.genitive) return false;
  const surface = m.surface.toLowerCase();
  if (m.kind === 'adjective') {
    if (lang === 'da' ? /(erne|ernes|ere|ne)$/.test(surface) && !/ske$/.test(surface) : /s$/.test(surface)) return false;
  }
  // Skip a bracket: "People's Republic of China (PRC) carriers", "PRC [Chinese] apps".
  let k = m.tokEnd;
  const open = s.tokens[k]?.text;
  if (open === '(' || open === '[') {
    const close = open === '(' ? ')' : ']';
    let j = k + 1;
    while (j < s.tokens.length && j - k < 6 && s.tokens[j].text !== close) j++;
    if (s.tokens[j]?.text === close) k = j + 1;
  }
  const next = s.tokens[k];
  if (!next || !next.word || next.cap) return false;
  // "den italienske regering", "the Chinese government": a name that ends in its own noun qualifies nothing.
  if (m.kind !== 'adjective' && m.tokEnd - m.tokStart > 1) {
    const last = s.tokens[m.tokEnd - 1];
    if (last?.word && !last.cap) return false;
  }
  // A name followed by a function word or verb of speech ("London of", "US said") is not qualifying anything.
  // Danish puts a state's name before a noun only in a compound or genitive ("USA-regeringen", "USA's"):
  // a name followed by a word is the subject of a verb there ("USA misbruger").
  if (m.kind !== 'adjective' && lang === 'da') return false;
  if (m.kind !== 'adjective' && (lexicon.cues.stopNames.has(next.norm) || lexicon.cues.personSpeech.has(next.norm))) return false;
  // "China posed a threat", "the US banned the app": a word followed by an article is a verb, not a noun the name qualifies.
  if (m.kind !== 'adjective' && ARTICLES.has(s.tokens[k + 1]?.norm ?? '')) return false;
  return true;
}

export function buildOccurrences(
  sentences: Sentence[], mentions: ResolvedMention[], entities: Map<string, WorkEntity>, lexicon: Lexicon, parentOf: Map<string, string>,
): SentenceCtx[] {
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const recent = new Map<EntityType | 'Programme', { id: string; sentence: number }>();
  // Every entity named so far and the last sentence naming it: "the committee" is the body whose name says so.
  const seenAt = new Map<string, number>();
  // The subject of the last sentence that had a body or state as its subject: what "It said …" continues.
  let lastSubject: { id: string; type: EntityType; sentence: number } | undefined;
  // The firm that opened the last sentence ("Microsoft had teamed up with Walmart …"): what "the company" continues.
  let lastOpener: { id: string; sentence: number } | undefined;
  // The product that opened a sentence as its subject ("TikTok is fighting back").
  let lastProduct: { id: string; sentence: number } | undefined;
  let textState: string | undefined;
  // The person the last sentence was about (its first person named, not a possessor nor the object of a preposition):
  // what "He said …" / "Hun afviste …" opening the next sentence continues, over a person named later in it.
  let lastPerson: { id: string; sentence: number } | undefined;
  // The body last named or referred back to that carries out measures (no court, legislature or security service): what "myndigheden" continues.
  let lastActing: { id: string; sentence: number } | undefined;
  // The body named last when it was named as the object of a preposition ("took over from China's Ministry of Commerce").
  let obliqueBody: string | undefined;
  const out: SentenceCtx[] = [];
  // The state of each firm the text qualifies by a nationality word.
  const nationalityOf = new Map<string, string>();
  const ahead = namedAhead(sentences, bySentence, entities, lexicon);
  // "Google Workspace" beside "Google": a product or unit named after a firm is not what "the company" means.
  const firmNames = [...entities.values()].filter((e) => e.type === 'Company').map((e) => e.name + ' ');
  const namedAfter = new Set([...entities.values()].filter((e) => e.type === 'Company' && firmNames.some((n) => e.name.startsWith(n))).map((e) => e.id));
  for (const s of sentences) {
    const trig = lexicon.triggers.get(s.language) ?? lexicon.triggers.get('en')!;
    const ms = (bySentence.get(s.index) ?? []).slice().sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd);
    // Drop occurrences inside a longer one ("Kinas" inside "Kinas ambassade i Danmark").
    const occs: Occ[] = [];
    let reach = -1; // sorted by start: a mention inside an earlier one ends before this
    for (const m of ms) {
      if (m.tokEnd <= reach) continue;
      reach = Math.max(reach, m.tokEnd);
      // "People's Republic of China (PRC)", "PRC [Chinese]": a bracketed repeat is not another mention.
      const prev = occs[occs.length - 1];
      if (prev && prev.entityId === m.entityId && m.tokStart === prev.tokEnd + 1 && /^[([]$/.test(s.tokens[prev.tokEnd]?.text ?? '')) {
        const close = s.tokens[m.tokEnd]?.text;
        if (close === ')' || close === ']') {
          prev.attributive = attributive({ ...m, tokEnd: m.tokEnd + 1 } as ResolvedMention, s, s.language, lexicon) || prev.attributive;
          continue;
        }
      }
      const e = entities.get(m.entityId);
      if (!e) continue;
      occs.push({
        entityId: e.id, type: e.type, tokStart: m.tokStart, tokEnd: m.tokEnd, kind: m.kind, genitive: m.genitive,
        attributive: attributive(m, s, s.language, lexicon),
      });
    }
    // Walk the tokens: coreferent words take the most recent entity of their type.
    const toks = s.tokens;
    const coref: Occ[] = [];
    // The sentence's own subject (first body or state, not a possessor, qualifier or object of a preposition).
    const afterPlace = (o: Occ) => ['i', 'in', 'fra', 'from', 'til', 'to'].includes(toks[o.tokStart - 1]?.norm ?? '');
    const own = occs.find((o) => IT_TYPES.includes(o.type) && !o.genitive && !(o.kind === 'adjective' && o.attributive) && !UNDER_PREP.has(toks[o.tokStart - 1]?.norm ?? ''));
    let itRef: { id: string; type: EntityType } | undefined;
    const appositionOf = (k: number, type: EntityType | undefined): Occ | undefined => {
      if (!type || type === 'Person' || type === 'Policy' || toks[k + 1]?.text !== ',') return undefined;
      const named = occs.find((o) => o.tokStart === k + 2 && o.type === type && o.kind !== 'adjective' && !o.genitive);
      // The apposition closes after the name: ", Ofcom," / ", Ofcom (…)" / ", Ofcom." — not a list going on ("the regulator, Ofcom and …").
      return named && [',', '(', '.', ')', ';'].includes(toks[named.tokEnd]?.text ?? '.') ? named : undefined;
    };
    // "den israelske chipproducent Tower Semiconductor", "the Chinese company Huawei": a firm the text gives a nationality.
    for (const o of occs) {
      if (o.type !== 'Company' || o.kind === 'adjective' || o.kind === 'coref') continue;
      const adj = nationalityBefore(occs, toks, o.tokStart);
      if (adj) nationalityOf.set(o.entityId, adj);
    }
    const inView = (type: EntityType, id: string) => {
      recent.set(type, { id, sentence: s.index });
      if (type === 'Agency' && !judgesOrWatches(entities.get(id), lexicon)) lastActing = { id, sentence: s.index };
    };
    const named = (o: Occ) => {
      if (actsAsState(o) && !namedAfter.has(o.entityId)) {
        inView(o.type, o.entityId);
        if (o.type === 'Agency') obliqueBody = underPrep(toks, o) ? o.entityId : undefined;
      }
      if (o.type === 'Policy' && !parentOf.has(o.entityId)) recent.set('Programme', { id: o.entityId, sentence: s.index });
      if (o.kind !== 'coref') seenAt.set(o.entityId, s.index);
    };
    let oi = 0;
    for (let k = 0; k < toks.length; k++) {
      while (oi < occs.length && occs[oi].tokEnd <= k) named(occs[oi++]);
      if (oi < occs.length && occs[oi].tokStart <= k) continue;
      const t = toks[k];
      // "Begge selskaber afviser afgørelsen", "the two companies will appeal": the firms just named together, unless
      // names follow ("the companies Huawei and ZTE").
      const plural = pluralFirmsAt(toks, k, trig);
      if (plural && !occs.some((o) => o.tokStart === plural.end)) {
        const group = pluralGroup(out, occs, k, plural);
        if (group) {
          coref.push({ entityId: group[0], type: 'Company', tokStart: k, tokEnd: plural.end, kind: 'coref', genitive: false, attributive: false, group });
          k = plural.end - 1;
          continue;
        }
      }
      if (trig.corefSubject?.has(t.norm)) {
        // "The action comes weeks before …, and it adds to a string of measures": a clause joined to one about a measure
        // continues the measure, not a body.
        const measureGoesOn = CLAUSE_JOINS.has(toks[k - 1]?.norm ?? '') && trig.determiners.has(toks[0]?.norm ?? '') && trig.actionNouns.has(toks[1]?.norm ?? '');
        if ((k === 0 || IT_SLOT.has(toks[k - 1].norm)) && !trig.corefSubjectEmpty.has(toks[k + 1]?.norm ?? '') && !measureGoesOn) {
          // "The company said it would appeal": a definite description before "it" is its antecedent too.
          const described = coref.find((c) => IT_TYPES.includes(c.type) && c.tokEnd <= k && !c.genitive);
          const first = own && own.tokEnd <= k && (!described || own.tokStart < described.tokStart) ? own : described;
          const here = first ? { id: first.entityId, type: first.type } : undefined;
          itRef ??= here ?? (lastSubject && s.index - lastSubject.sentence <= 1 ? lastSubject : undefined);
          if (itRef) coref.push({ entityId: itRef.id, type: itRef.type, tokStart: k, tokEnd: k + 1, kind: 'coref', genitive: false, attributive: false });
        }
        continue;
      }
      let type: EntityType | undefined;
      let genitive = false;
      // Danish genitive of a definite noun: "selskabets direktør", "ministeriets talsperson".
      const stem = s.language === 'da' && t.norm.endsWith('s') && !trig.corefNoun.has(t.norm) && trig.corefNoun.has(t.norm.slice(0, -1)) ? t.norm.slice(0, -1) : t.norm;
      if (stem !== t.norm) genitive = true;
      // "the company's chief executive": the English genitive is a token of its own.
      const possEn = s.language === 'en' && toks[k + 1]?.norm === "'" && toks[k + 2]?.norm === 's';
      if (possEn) genitive = true;
      if (trig.corefPerson.has(t.norm)) type = 'Person';
      else if (trig.corefNoun.has(stem)) {
        // A determiner up to three words back, a hyphen compound counting as one word ("the Shenzhen-based company").
        let det = false;
        // A place of several words before the hyphen counts once too ("the West Hollywood-based app").
        let compound = false;
        for (let j = k - 1, words = 0; j >= 0 && words < 3 && !det; j--) {
          // "the Chinese-owned video app": the word after a hyphen is part of one compound word.
          if (j > 0 && toks[j - 1].text === '-' && toks[j].word && !toks[j].cap) continue;
          if (toks[j].text === '-') {
            compound = true;
            continue;
          }
          if (compound && toks[j].cap && toks[j + 1]?.text !== '-' && toks[j + 1]?.cap) continue;
          if (toks[j + 1]?.text !== '-') compound = false;
          words++;
          det = trig.determiners.has(toks[j].norm);
        }
        const definite = s.language === 'da' && /(en|et|ne)$/.test(stem);
        // A capitalised noun inside a sentence is part of a name ("Department of Justice").
        const plain = !t.cap || k === 0 || toks[k - 1]?.text === '"';
        if ((det || definite) && plain) type = trig.corefNoun.get(stem);
        // "signed into law a measure that … The provision, known as the X Act, …": a measure introduced
        // by its description takes the name given it "known as" in this sentence or the next.
        else if (plain && trig.corefNoun.get(stem) === 'Policy' && trig.indefinites.has(toks[k - 1]?.norm ?? '')) {
          const named = ahead.get(s.index);
          if (named && (named.sentence > s.index || named.tok > k)) {
            coref.push({ entityId: named.id, type: 'Policy', tokStart: k, tokEnd: k + 1, kind: 'coref', genitive, attributive: false });
          }
          continue;
        }
      }
      // "datatilsynet, Garante per la protezione dei dati personali,", "the regulator, Ofcom,", "Sydkoreas
      // databeskyttelsesmyndighed, Personal Information Protection Commission (PIPC),": a name of the noun's
      // kind in apposition right after it is what the noun refers to.
      const apposed = toks[k + 1]?.text === ',' ? appositionOf(k, type ?? (t.cap ? undefined : compoundKind(t.norm, s.language, trig.corefNoun))) : undefined;
      if (apposed) {
        coref.push({ entityId: apposed.entityId, type: apposed.type, tokStart: k, tokEnd: k + 1, kind: 'coref', genitive, attributive: false });
        continue;
      }
      if (!type) continue;
      // "det kinesiske selskab Huawei", "the Chinese company Huawei": the noun introduces the name after it.
      // Only a name of the noun's own kind: in "lukker regeringen Huawei ude" the noun and the name are two parties.
      if (occs.some((o) => o.tokStart === k + 1 && !(PARTIES.includes(type!) && o.type !== type))) continue;
      // "den svenske regering", "the Chinese government": the adjective before already names the state.
      if (type === 'Government' && occs.some((o) => o.tokEnd === k && o.type === 'Government')) continue;
      // "regeringen i København", "the government in Beijing": the state named right after.
      // "myndighederne i Danmark", "the authorities in Beijing": a state's authorities act for it.
      const stateWide = type === 'Government' || STATE_BODIES.has(stem);
      const of = stateWide && ['i', 'in'].includes(toks[k + 1]?.norm ?? '') ? occs.find((o) => o.tokStart === k + 2 && o.type === 'Government') : undefined;
      if (of) {
        coref.push({ entityId: of.entityId, type: 'Government', tokStart: k, tokEnd: k + 1, kind: 'coref', genitive, attributive: false });
        continue;
      }
      let r = (type === 'Policy' ? recent.get('Programme') ?? recent.get('Policy') : recent.get(type));
      // "Det israelske selskab", "the Chinese company": of the firms named lately, the one of that nationality.
      const nat = type === 'Company' ? nationalityBefore(occs, toks, k) : undefined;
      let byNation = false;
      if (nat) {
        const same = [...seenAt].filter(([id, at]) => s.index - at <= 4 && entities.get(id)?.type === 'Company' && (nationalityOf.get(id) ?? entities.get(id)?.basedIn) === nat)
          .sort((a, b) => b[1] - a[1])[0];
        if (same) r = { id: same[0], sentence: same[1] };
        byNation = !!same;
      }
      // "X opened the hearing by telling Y … She accused …": a subject pronoun opening a sentence is the last sentence's subject.
      if (type === 'Person' && SUBJECT_PRONOUNS.has(t.norm) && opensSentence(toks, k) && lastPerson && s.index - lastPerson.sentence === 1) r = lastPerson;
      let byHead = false;
      // "Den kinesiske chatbot DeepSeek … appen": with no app named lately, a firm named lately may be the app
      // (an app and its maker often share a name, and the text typed it as the firm).
      if (type === 'Product' && (!r || s.index - r.sentence > (WINDOW.Product ?? 2))) {
        const firm = recent.get('Company');
        if (firm && s.index - firm.sentence <= 4 && appLike(entities.get(firm.id))) { r = firm; type = 'Company'; }
      }
      // "the committee" after "the Committee on Foreign Investment … a Treasury Department official": the
      // body whose own name holds the noun, if one was named in the last few sentences, over the last body named.
      if (type === 'Agency') {
        const head = headNamed(stem, s.language, type, seenAt, entities, s.index);
        if (head) { r = head; byHead = true; }
        // "Tilsynet i Dublin", "the regulator in Beijing": the body of that state named before.
        const where = ['i', 'in'].includes(toks[k + 1]?.norm ?? '') ? occs.find((o) => o.tokStart === k + 2 && o.type === 'Government') : undefined;
        if (where) {
          const body = [...seenAt].filter(([id]) => entities.get(id)?.type === 'Agency' && entities.get(id)?.partOf === where.entityId).sort((a, b) => b[1] - a[1])[0];
          if (body) { r = { id: body[0], sentence: body[1] }; byHead = true; }
        }
        // "en domstol i Moskva har givet myndigheden lov … Siden har myndigheden spærret": a court, legislature or security
        // service named last is not the body "myndigheden", "the regulator" refers back to, but the one before it.
        if (!byHead && r && judgesOrWatches(entities.get(r.id), lexicon)) r = lastActing;
        // "The last hurdle was the State Administration …, the agency that took over from China's Ministry of Commerce.
        // The regulator never gave its blessing": a body named after a preposition is less in view than the subject before.
        if (!byHead && r && r.id === obliqueBody && lastSubject?.type === 'Agency' && s.index - lastSubject.sentence === 1) r = lastSubject;
      }
      // "The provision, known as the X Act": with no measure named yet, the one named after "known as".
      if (type === 'Policy' && (!r || s.index - r.sentence > (WINDOW.Policy ?? 2))) {
        const named = ahead.get(s.index);
        if (named && (named.sentence > s.index || named.tok > k)) r = { id: named.id, sentence: s.index };
      }
      // "regeringen", "the government" with no state beside it: the state the text is about (the first one
      // seen acting, or its dateline's), not whichever state was named last ("USA har presset Japan … Regeringen").
      if (type === 'Government' && textState && !genitive) r = { id: textState, sentence: s.index };
      // "Microsoft had teamed up with Walmart for its bid. … the company said": a firm named in an earlier
      // sentence is the one that sentence was about (its subject), not the last one it named.
      if (type === 'Company' && r && !byNation && r.sentence < s.index && lastOpener && s.index - lastOpener.sentence <= 1 && lastOpener.sentence >= r.sentence) r = lastOpener;
      // "TikTok is fighting back. Shou Zi Chew, the company's chief executive": after a sentence about a
      // product (its subject), "the company" is the product's maker or the product itself, not an older firm.
      if (type === 'Company' && r && !byNation && lastProduct && s.index - lastProduct.sentence <= 1 && lastProduct.sentence > r.sentence) continue;
      if (!r || (!byHead && s.index - r.sentence > (WINDOW[type] ?? 2))) continue;
      coref.push({ entityId: r.id, type, tokStart: k, tokEnd: possEn ? k + 3 : k + 1, kind: 'coref', genitive, attributive: false });
      // "The regulator said … The agency was acting", "the company … the firm": a body or firm referred back to stays the one in view.
      if (type === 'Agency' || type === 'Company') inView(type, r.id);
      if (type === 'Agency') obliqueBody = undefined;
    }
    while (oi < occs.length) named(occs[oi++]);
    // The first state acting as a sentence's subject is the one the text is about.
    if (!textState && own?.type === 'Government' && own.kind !== 'coref' && !afterPlace(own)) textState = own.entityId;
    const subject = itRef && coref.some((c) => c.tokStart === 0) ? itRef : own ? { id: own.entityId, type: own.type } : undefined;
    if (subject) lastSubject = { ...subject, sentence: s.index };
    const all = [...occs, ...coref].sort((a, b) => a.tokStart - b.tokStart);
    const person = all.find((o) => o.type === 'Person' && !o.genitive && !PERSON_PREPS.has(toks[o.tokStart - 1]?.norm ?? ''));
    lastPerson = person ? { id: person.entityId, sentence: s.index } : undefined;
    const opener = occs.find((o) => o.tokStart <= 1);
    lastProduct = opener?.type === 'Product' && opener.kind !== 'coref' && !opener.genitive && !!toks[opener.tokEnd]?.word && !toks[opener.tokEnd].cap
      ? { id: opener.entityId, sentence: s.index } : lastProduct;
    lastOpener = opener?.type === 'Company' && !opener.genitive && opener.kind !== 'adjective' ? { id: opener.entityId, sentence: s.index } : undefined;
    out.push({ s, occs: [...occs, ...coref].sort((a, b) => a.tokStart - b.tokStart), trig, kindNouns: lexicon.cues.context });
  }
  return out;
}

/**
 * The state of a nationality word qualifying the noun phrase that ends at token k: one or two lower-case words may sit
 * between ("the Chinese telecoms company", "den israelske chipproducent").
 */
function nationalityBefore(occs: Occ[], toks: { word: boolean; cap: boolean; text: string }[], k: number): string | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const adj = occs.find((o) => o.tokEnd === j + 1 && o.kind === 'adjective' && o.type === 'Government');
    if (adj) return adj.entityId;
    if (!toks[j].word || toks[j].cap) return undefined;
  }
  return undefined;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'han', 'hun']);
/** Prepositions whose object is no subject ("by telling Chew", "ifølge Hansen", "med ministeren"). */
const PERSON_PREPS = new Set(['to', 'by', 'with', 'from', 'of', 'for', 'about', 'against', 'on', 'at', 'told', 'telling', 'til', 'af', 'med', 'fra', 'om', 'mod', 'ifølge', 'på', 'hos']);

/** Is token k the first word of the sentence (after an opening quotation mark or a dash at most)? */
function opensSentence(toks: { text: string; word: boolean }[], k: number): boolean {
  for (let j = 0; j < k; j++) if (toks[j].word) return false;
  return true;
}

/**
 * Measures given their name after "known as" / "kendt som" ("The provision, known as the X Act"):
 * per sentence, the first such measure in it or in the next sentence (its sentence and token).
 */
function namedAhead(
  sentences: Sentence[], bySentence: Map<number, ResolvedMention[]>, entities: Map<string, WorkEntity>, lexicon: Lexicon,
): Map<number, { id: string; sentence: number; tok: number }> {
  const out = new Map<number, { id: string; sentence: number; tok: number }>();
  for (const s of sentences) {
    const trig = lexicon.triggers.get(s.language) ?? lexicon.triggers.get('en')!;
    for (const m of bySentence.get(s.index) ?? []) {
      if (entities.get(m.entityId)?.type !== 'Policy') continue;
      // The name may open with "the"/"den": "known as the Protecting Americans … Act".
      const start = trig.determiners.has(s.tokens[m.tokStart - 1]?.norm ?? '') ? m.tokStart - 1 : m.tokStart;
      if (!findPhrases(trig.namedAs, s.tokens, Math.max(0, start - 3), start).some((p) => p.end === start)) continue;
      const named = { id: m.entityId, sentence: s.index, tok: m.tokStart };
      if (!out.has(s.index)) out.set(s.index, named);
      if (s.index > 0 && !out.has(s.index - 1)) out.set(s.index - 1, named);
      break;
    }
  }
  return out;
}

/** The Danish indefinite stem of a definite noun: "tilsynet" → "tilsyn", "myndigheden" → "myndighed", "styrelsen" → "styrelse". */
function indefinite(noun: string, lang: string): string {
  if (lang !== 'da') return noun;
  const m = /^(.{4,}?)(en|et|ne|n)$/.exec(noun);
  return m ? m[1] : noun;
}

/**
 * The most recently named entity of the type whose name holds the noun (as a word, or in Danish as the
 * last part of a compound: "tilsynet" → "Datatilsynet"), named within the last six sentences.
 */
function headNamed(noun: string, lang: string, type: EntityType, seenAt: Map<string, number>, entities: Map<string, WorkEntity>, at: number): { id: string; sentence: number } | undefined {
  const stem = indefinite(noun, lang);
  if (stem.length < 4) return undefined;
  const word = new RegExp(lang === 'da' ? `${stem}(?:en|et|s)?(?:\\b|$)` : `\\b${stem}s?\\b`, 'i');
  let best: { id: string; sentence: number } | undefined;
  for (const [id, sentence] of seenAt) {
    if (at - sentence > 6) continue;
    const e = entities.get(id);
    if (!e || e.type !== type) continue;
    if (![e.name, ...e.surfaces].some((n) => word.test(n))) continue;
    if (!best || sentence >= best.sentence) best = { id, sentence };
  }
  return best;
}

/**
 * The kind of a Danish compound whose last part is a noun for a body ("databeskyttelsesmyndighed",
 * "konkurrencetilsynet"): by the indefinite stem of a definite coreference noun of the type Agency.
 */
function compoundKind(norm: string, lang: string, nouns: Map<string, EntityType>): EntityType | undefined {
  if (lang !== 'da' || norm.length < 9) return undefined;
  for (const [noun, type] of nouns) {
    if (type !== 'Agency') continue;
    const stem = indefinite(noun, lang);
    if (stem.length >= 5 && norm.length > stem.length + 2 && (norm.endsWith(stem) || norm.endsWith(noun))) return type;
  }
  return undefined;
}

/** A firm that is also an app or service: the gazetteer allows it as a product, or it has no company word in its name. */
function appLike(e: WorkEntity | undefined): boolean {
  if (!e) return false;
  return !/\b(corp|corporation|inc|ltd|group|holdings?|technolog|telecom|a\/s|aps|gmbh|co)\b/i.test(e.name);
}

/** Does the body judge, legislate or gather intelligence: do its names hold one of the lexicon's words for such bodies? */
function judgesOrWatches(e: WorkEntity | undefined, lexicon: Lexicon): boolean {
  if (!e) return false;
  return [e.name, ...e.surfaces].some((n) => {
    const words = ` ${n.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).join(' ')} `;
    // A long word ends a compound too: "Bundesverfassungsgericht", "Taganskijdomstolen".
    return [...lexicon.cues.nonExecutive].some((c) => words.includes(` ${c} `) || (c.length >= 6 && words.includes(`${c} `)));
  });
}

/** Is the occurrence the object of a preposition, over a determiner ("from the ministry", "with China's Ministry of Commerce")? */
function underPrep(toks: { norm: string }[], o: Occ): boolean {
  const k = ARTICLES.has(toks[o.tokStart - 1]?.norm ?? '') ? o.tokStart - 2 : o.tokStart - 1;
  return UNDER_PREP.has(toks[k]?.norm ?? '') || DANISH_PREPS.has(toks[k]?.norm ?? '');
}

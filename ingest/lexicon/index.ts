// The lexicon: gazetteer, trigger words and cues, read from JSON once and compiled into
// lookup structures (a token trie of surface forms, phrase patterns). Stages receive the
// result; nothing here is read again per document.
import fs from 'node:fs';
import path from 'node:path';
import { isEntityType, type EntityType } from '../../core/ontology';
import { tokenize, phraseKeys, type Token } from '../extract/tokens';
import { compilePhrases, type PhraseSet } from '../extract/phrases';

export type { PhraseSet } from '../extract/phrases';

export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  wikidataId?: string;
  aliases: Record<string, string[]>;
  adjectives?: Record<string, string[]>;
  partOf?: string;
  basedIn?: string;
  ownedBy?: string;
  /** A capital city: its country's gazetteer id. Its forms name the country (metonymy) except as a place. */
  capitalOf?: string;
  /** News calls the product's owner by the product's name (Facebook for Meta, Zoom): with the owner unnamed, the text means the firm. */
  ownerGoesBy?: boolean;
  /** A person's offices of 2016-2025 (the gazetteer id of the state, body or firm, and the office as news names it). */
  offices?: { of: string; role: string }[];
}

/** How a surface form must match the text's case. */
export type CaseMode = 'exact' | 'cap' | 'any';

export interface LexHit {
  id: string;
  kind: 'name' | 'alias' | 'adjective';
  caseMode: CaseMode;
  /** Languages the form belongs to ('*' for all). */
  langs: string[];
  /** Number of tokens in the form. */
  length: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  hits?: LexHit[];
}

export interface Triggers {
  announce: PhraseSet;
  passiveBy: PhraseSet;
  passiveCue: PhraseSet;
  target: { action: string; phrases: PhraseSet }[];
  acquire: PhraseSet;
  acquireTalks: PhraseSet;
  acquireCompleted: PhraseSet;
  supply: PhraseSet;
  supplyChoose: PhraseSet;
  supplyAs: PhraseSet;
  supplyRoleNouns: PhraseSet;
  /** "sell tools to X", "sælger udstyr til X": the seller supplies the buyer named right after. */
  supplySell: PhraseSet;
  /** "bruger", "relies on": a verb whose subject runs a vendor's goods. */
  supplyUse: PhraseSet;
  /** "udstyr", "gear": the goods that name their vendor ("Huawei-udstyr", "equipment from Nokia"). */
  supplyGoods: Set<string>;
  join: PhraseSet;
  endorse: PhraseSet;
  oppose: PhraseSet;
  opposeNear: PhraseSet;
  /** Verbs of keeping someone safe, whose "from"/"mod" names what they are kept from: "protect", "shield", "beskytte". */
  protectFrom: PhraseSet;
  /** Verbs of calling and describing: with a word of accusation after them ("called the fines extortion"), opposition to what they name. */
  judge: PhraseSet;
  accuseCues: PhraseSet;
  speech: PhraseSet;
  own: PhraseSet;
  ownedBy: PhraseSet;
  stateOwned: PhraseSet;
  roles: { phrases: PhraseSet; canonical: string[] };
  corefPerson: Set<string>;
  corefNoun: Map<string, EntityType>;
  /** "it" as a clause's subject: the body or state the text was just talking about. */
  corefSubject: Set<string>;
  /** Words after "it" that make it empty ("it is unclear", "it seems"). */
  corefSubjectEmpty: Set<string>;
  /** Plural nouns for firms after an article or numeral ("the two companies", "begge selskaber"). */
  pluralFirms: Set<string>;
  /** Definite plural nouns for firms that refer on their own ("selskaberne"). */
  pluralFirmsDefinite: Set<string>;
  determiners: Set<string>;
  /** Nouns of a part owned: "a stake in X", "en andel i X" (X is what is bought, not a place). */
  stakeNouns: Set<string>;
  /** Indefinite articles: "a measure", "et lovforslag". */
  indefinites: Set<string>;
  /** Words that give a thing its name after a comma: "known as", "kendt som". */
  namedAs: PhraseSet;
  listIntro: PhraseSet;
  listJoin: PhraseSet;
  trackNouns: PhraseSet;
  placePrep: PhraseSet;
  roleOf: Set<string>;
  embassy: Set<string>;
  /** A state's mission to an international body ("China's mission to the EU"): named only with its host. */
  mission: Set<string>;
  /** A consulate ("the US consulate general in Hong Kong", "Kinas generalkonsulat i Gdańsk"). */
  consulate: Set<string>;
  embassyIn: Set<string>;
  /** Words in the name of a body that speaks for its state abroad (foreign or trade ministry, embassy). */
  stateVoice: Set<string>;
  /** "Beijing-based": the word after a place and a hyphen that says where a company is. */
  basedSuffix: Set<string>;
  /** "headquartered in", "har hovedsæde i": the place after is where the company is. */
  basedIn: PhraseSet;
  /** Words that put an unknown name in a place: "lige uden for X", "near X". */
  placeBefore: PhraseSet;
  /** Nouns and verbs of sending goods abroad: a country after them ("til Kina") is where the goods go. */
  exportNouns: PhraseSet;
  /** Nouns for a state's act ("the decision", "beslutningen", "the move"): to oppose one is to oppose its author. */
  actionNouns: Set<string>;
  /** Nouns of stance whose holder follows "from"/"fra": "support from Denmark", "kritik fra Kina". */
  stanceNouns: Set<string>;
  /** "X is among Y's customers": Y supplies X. */
  customerNouns: Set<string>;
  /** "Android users", "TikTok-brugere": people a product's name qualifies, who are not the product. */
  userNouns: Set<string>;
  /** "blocked access to X", "spærret for adgangen til X": a noun whose "to"/"til" governs what a measure is aimed at, not a place. */
  accessNouns: Set<string>;
  /** "found", "har fastslået": verbs of a body finding, before "that"/"at", that a firm broke a law. */
  findVerbs: Set<string>;
  /** "Canada banned it", "forbød den": a pronoun as a measure's object, standing for the firm or app in focus. */
  objectPronouns: Set<string>;
  /** "fined them", "udelukkede dem": the same for the firms or apps of the last measure. */
  pluralObjectPronouns: Set<string>;
  /** "three Chinese companies", "flere kinesiske selskaber": a count before a noun for unnamed bodies or things. */
  countWords: Set<string>;
  /** "has not banned", "har ikke indført et forbud": a negation that denies the measure after it. */
  negations: Set<string>;
  /** "not only", "ikke længere": words after a negation that keep the measure. */
  negationLimits: Set<string>;
  /** "Forbuddet gælder også ZTE", "The ban covers ZTE": a verb by which a measure named before reaches more names. */
  cover: PhraseSet;
  /** "ASML rammes af forbuddet", "Huawei is hit by the ban": the passive of a cover verb, its agent the measure. */
  coverPassive: PhraseSet;
  /** "fulgte trop", "followed suit": the subject takes the measure the text has just reported. */
  followSuit: PhraseSet;
  /** "founded by", "grundlagt af" (the firm before, its founder after); "grundlagde" (the founder before, the firm after). */
  foundedBy: PhraseSet;
  /** "refused to clear", "withheld its approval", "nægtede at godkende": a state or regulator withheld the approval a deal needed. */
  approvalWithheld: PhraseSet;
  /** Verbs of a buyer giving up a deal: "walked (away)", "abandoned", "called (off)", "dropper", "opgav". */
  quitDeal: Set<string>;
  /** Nouns for a measure after "similar"/"lignende": "similar moves", "et tilsvarende forbud". */
  likeNouns: Set<string>;
  /** Nouns for the names a list measure adds: "Among the other additions", "Blandt de nye navne". */
  additionNouns: Set<string>;
  /** Verbs of a sentence that only says who reported what came before: "Det oplyser X", "That was announced by X". */
  reportVerbs: Set<string>;
  /** Participles of taking a measure, besides those of announcing: "The ban was imposed by", "Afgørelsen blev truffet af". */
  authorVerbs: Set<string>;
  /** Verbs naming where a measure came from, its taker after them: "The order came from", "Påbuddet kommer fra". */
  measureSource: PhraseSet;
  /** Nouns among the actionNouns for what a measure's opponents say or a hostile state does: "the accusations", "kritikken", "the campaign"; whoever they come from, or is behind them, took no measure. */
  claimNouns: Set<string>;
  /** Verbs of being the one behind a measure, its taker before them: "X is behind the ban", "X står bag forbuddet". */
  measureBehind: PhraseSet;
  /** A firm's obligation, the firm right before: "Meta skal sælge Giphy", "Apple must let apps link out", "TikTok skal fjernes". */
  obligation: PhraseSet;
  /** Verbs of a ruling or decision that impose an obligation stated before: "Det har tilsynet afgjort", "the judge ruled". */
  rulingVerbs: Set<string>;
  /** Verbs of asking a body to act, before the body asked: "asked the FCC to ban", "bad tilsynet om at forbyde". */
  askVerbs: PhraseSet;
  /** Verbs of using a law as the instrument of a measure: "used the IT Act to ban", "brugte loven til at forbyde". */
  wieldVerbs: Set<string>;
  /** Nouns of recommending, ordering or instructing a measure, or of the inquiry it followed: "on the recommendation of", "efter anbefaling fra", "an order from", "a directive from", "besked fra", "a review by". */
  recommendNouns: Set<string>;
  /** Nouns of a body's inquiry, which may name no firm: "opened its own investigation", "har indledt en undersøgelse". */
  probeNouns: Set<string>;
  /** Verbs of recommending a measure, before the clause that states it: "recommended that", "anbefalede, at". */
  recommendVerbs: Set<string>;
  /** Prepositions naming the law a measure was taken under: "issued under", "truffet efter". */
  basisPrep: PhraseSet;
  /** Verbs of a firm taking money in: "received", "raised", "fik", "modtog" (before the noun of funding). */
  fundReceived: Set<string>;
  /** Nouns of money taken in from an investor or a state: "funding", "capital", "investering*", "statsstøtte". */
  fundingNouns: PhraseSet;
  /** Phrases of opposition that stand without an object and are one only so: "pushed back", "slog tilbage". */
  opposeAlone: PhraseSet;
  /** Words that credit a claim to its source: "according to", "ifølge". */
  attribution: PhraseSet;
  /** Verbs of telling whose object is the one spoken to: "told", "fortalte". */
  tellVerbs: PhraseSet;
  /** Personal pronouns in the object case: "him", "her", "them", "ham", "hende", "dem". */
  objectCasePronouns: Set<string>;
  /** Modals of a course open to someone, not taken: "can", "may", "kan". */
  abilityModals: Set<string>;
  /** A concern voiced, before "that"/"at": "expressed concern", "udtrykt bekymring". */
  concernThat: PhraseSet;
  /** Verbs that report a statement, read as speech by the stance rules only: "oplyser", "meddelte", "insisted". */
  statementVerbs: PhraseSet;
  /** Words of breaking a law before its name: "violates the First Amendment", "i strid med grundloven". */
  lawBroken: PhraseSet;
  /** Nouns of a bid to buy, after the noun of buying: "takeover bid from", "overtagelsestilbud fra". */
  bidNouns: Set<string>;
  /** Plural nouns for the parts a firm holds: "businesses", "subsidiaries", "datterselskaber". */
  holdingNouns: Set<string>;
  /** Verbs of having those parts: "has", "owns", "har", "ejer". */
  holdVerbs: Set<string>;
  /** The singular copula: "X is the Y", "X er Y". */
  copulas: Set<string>;
  /** Words that join two clauses, after which a new subject opens: "and", "but", "og", "men". */
  coordinators: Set<string>;
  /** Words that end the phrase after a possessive pronoun before its head: "its control of the iPhone", "sin kontrol med". */
  pronounPhraseBreaks: Set<string>;
}

export interface Cues {
  hardTrailers: PhraseSet;
  softTrailers: PhraseSet;
  chrome: PhraseSet;
  abbreviations: Map<string, Set<string>>;
  stopNames: Set<string>;
  connectors: Set<string>;
  suffix: [string, EntityType][];
  head: Map<string, EntityType>;
  context: Map<string, EntityType>;
  personSpeech: Set<string>;
  calendar: Set<string>;
  /** Last words of the names of courts, legislatures and security services ("District Court", "-domstolen", "Folketinget", "Security Service"). */
  nonExecutive: Set<string>;
  /** Nouns a number counts or measures ("90 days", "8 billion"): the number before them is no model's. */
  countNouns: Set<string>;
}

export interface LanguageProfiles {
  full: Set<string>;
  profiles: Map<string, Set<string>>;
  letters: Map<string, string>;
  /** Words of each fully supported language's trigger lists found in no other's ("forbød", "bøde"; "banned", "fine"). */
  vocabulary: Map<string, Set<string>>;
}

export interface Lexicon {
  entries: Map<string, GazetteerEntry>;
  trie: TrieNode;
  /** Lower-cased last token of gazetteer person names → ids (Pompeo → Mike Pompeo). */
  surnames: Map<string, string[]>;
  /** Lower-cased forms of capital cities → their Location entry (the trie gives the country). */
  capitals: Map<string, string>;
  triggers: Map<string, Triggers>;
  cues: Cues;
  languages: LanguageProfiles;
  /** Topic groups: `name` ties a track's name to the group, `text` finds it in a sentence. */
  topics: { name: PhraseSet; text: PhraseSet }[];
  /** Problems found while loading (bad entries are skipped, not fatal). */
  warnings: string[];
}

const LEXICON_DIR = __dirname.includes(`${path.sep}dist${path.sep}`)
  ? path.join(__dirname, '..', '..', '..', 'ingest', 'lexicon')
  : __dirname;

let cached: Lexicon | undefined;

/** The lexicon, loaded and compiled on first use. */
export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  if (cached && dir === LEXICON_DIR) return cached;
  const lex = buildLexicon(readData(dir));
  if (dir === LEXICON_DIR) cached = lex;
  return lex;
}

/** Every word of a language's trigger file (phrases split, comments skipped) that no other trigger file has. */
function triggerVocabulary(raw: Record<string, any>): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  const walk = (v: unknown, out: Set<string>, key = ''): void => {
    if (key.startsWith('_')) return;
    if (typeof v === 'string') {
      for (const w of v.toLowerCase().match(/\p{L}{3,}/gu) ?? []) out.add(w);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, out));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, out, k);
  };
  for (const [lang, data] of Object.entries(raw)) {
    const set = new Set<string>();
    walk(data, set);
    words.set(lang, set);
  }
  const own = new Map<string, Set<string>>();
  for (const [lang, set] of words) {
    const others = [...words].filter(([l]) => l !== lang).map(([, x]) => x);
    own.set(lang, new Set([...set].filter((w) => !others.some((o) => o.has(w)))));
  }
  return own;
}

export interface LexiconData {
  gazetteer: { file: string; entries: unknown[] }[];
  triggers: Record<string, any>;
  cues: any;
  languages: any;
  topics: any;
}

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function readData(dir: string): LexiconData {
  const gdir = path.join(dir, 'gazetteer');
  const files = fs.existsSync(gdir) ? fs.readdirSync(gdir).filter((f) => f.endsWith('.json')).sort() : [];
  // pending.json is merged last, so an entry that another file already has is skipped.
  files.sort((a, b) => Number(a === 'pending.json') - Number(b === 'pending.json') || a.localeCompare(b));
  const gazetteer = files.map((f) => {
    try {
      const v = readJson(path.join(gdir, f));
      return { file: f, entries: Array.isArray(v) ? v : [] };
    } catch {
      return { file: f, entries: [] };
    }
  });
  const tdir = path.join(dir, 'triggers');
  const triggers: Record<string, any> = {};
  for (const f of fs.existsSync(tdir) ? fs.readdirSync(tdir) : []) {
    if (f.endsWith('.json')) triggers[path.basename(f, '.json')] = readJson(path.join(tdir, f));
  }
  return {
    gazetteer,
    triggers,
    cues: readJson(path.join(dir, 'cues.json')),
    languages: readJson(path.join(dir, 'languages.json')),
    topics: readJson(path.join(dir, 'topics.json')),
  };
}

const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function validEntry(raw: any, warnings: string[], where: string): GazetteerEntry | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  if (typeof raw.id !== 'string' || typeof raw.name !== 'string' || !raw.name.trim() || !isEntityType(raw.type)) {
    warnings.push(`${where}: skipped an entry without a valid id, name or type (${JSON.stringify(raw).slice(0, 80)})`);
    return undefined;
  }
  const langMap = (v: unknown): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, list] of Object.entries(v)) out[k] = strList(list);
    else if (Array.isArray(v)) out['*'] = strList(v);
    return out;
  };
  const opt = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    id: raw.id,
    name: raw.name.trim(),
    type: raw.type,
    wikidataId: opt(raw.wikidataId),
    aliases: langMap(raw.aliases),
    adjectives: raw.adjectives ? langMap(raw.adjectives) : undefined,
    partOf: opt(raw.partOf),
    basedIn: opt(raw.basedIn),
    ownedBy: opt(raw.ownedBy),
    capitalOf: opt(raw.capitalOf),
    ownerGoesBy: raw.ownerGoesBy === true ? true : undefined,
    offices: raw.type === 'Person' ? officesOf(raw.offices, warnings, `${where}: ${raw.id}`) : undefined,
  };
}

function officesOf(v: unknown, warnings: string[], where: string): { of: string; role: string }[] | undefined {
  if (v === undefined) return undefined;
  const list = Array.isArray(v) ? v : [];
  const ok = list.filter((o): o is { of: string; role: string } => !!o && typeof o.of === 'string' && !!o.of && typeof o.role === 'string' && !!o.role.trim());
  if (ok.length !== list.length || !Array.isArray(v)) warnings.push(`${where}: skipped offices without an 'of' id and a 'role'`);
  return ok.length ? ok.map((o) => ({ of: o.of, role: o.role.trim() })) : undefined;
}

// Acronyms match only in capitals (US, not "us"); a capitalised form needs a capital in
// the text, except a policy's multi-word name ("the clean store initiative"); a form
// written in lower case (adjectives, "den kinesiske regering") matches any case.
function caseModeOf(surface: string, tokens: Token[], type: EntityType): CaseMode {
  const toks = tokens.filter((t) => t.word);
  if (toks.length === 0) return 'any';
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toUpperCase() && letters.length <= 8) return 'exact';
  if (!toks[0].cap) return 'any';
  return toks.length > 1 && type === 'Policy' ? 'any' : 'cap';
}

function isAcronym(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return !/\s/.test(surface) && letters.length >= 3 && letters.length <= 8 && letters === letters.toUpperCase();
}

function addToTrie(root: TrieNode, surface: string, hit: Omit<LexHit, 'caseMode' | 'length'>, type: EntityType): void {
  // Tokenised once: the keys and the case mode both read the tokens.
  const tokens = tokenize(surface);
  const keys = tokens.map((t) => t.norm);
  if (keys.length === 0) return;
  let node = root;
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) node.next.set(k, (n = { next: new Map() }));
    node = n;
  }
  const full: LexHit = { ...hit, caseMode: caseModeOf(surface, tokens, type), length: keys.length };
  node.hits ??= [];
  // One hit per id and kind at a node; a name outranks an alias.
  const same = node.hits.find((h) => h.id === full.id);
  if (same) {
    if (full.kind === 'name' && same.kind !== 'name') Object.assign(same, full);
    same.langs = [...new Set([...same.langs, ...full.langs])];
    if (full.caseMode === 'any' || (full.caseMode === 'cap' && same.caseMode === 'exact')) same.caseMode = full.caseMode;
    return;
  }
  node.hits.push(full);
}

function compileTriggers(raw: any): Triggers {
  const ps = (k: string) => compilePhrases(strList(raw?.[k]));
  const set = (k: string) => new Set(strList(raw?.[k]).map((s) => s.toLowerCase()));
  const roles = Array.isArray(raw?.roles) ? raw.roles.filter((r: unknown) => Array.isArray(r) && r.length === 2) : [];
  const corefNoun = new Map<string, EntityType>();
  for (const [type, words] of Object.entries(raw?.corefNoun ?? {})) {
    if (isEntityType(type)) for (const w of strList(words)) corefNoun.set(w.toLowerCase(), type);
  }
  return {
    announce: ps('announce'),
    passiveBy: ps('passiveBy'),
    passiveCue: ps('passiveCue'),
    target: Object.entries(raw?.target ?? {}).map(([action, list]) => ({ action, phrases: compilePhrases(strList(list)) })),
    acquire: ps('acquire'),
    acquireTalks: ps('acquireTalks'),
    acquireCompleted: ps('acquireCompleted'),
    supply: ps('supply'),
    supplyChoose: ps('supplyChoose'),
    supplyAs: ps('supplyAs'),
    supplyRoleNouns: ps('supplyRoleNouns'),
    supplySell: ps('supplySell'),
    supplyUse: ps('supplyUse'),
    supplyGoods: set('supplyGoods'),
    join: ps('join'),
    endorse: ps('endorse'),
    oppose: ps('oppose'),
    opposeNear: ps('opposeNear'),
    protectFrom: ps('protectFrom'),
    judge: ps('judge'),
    accuseCues: ps('accuseCues'),
    speech: ps('speech'),
    own: ps('own'),
    ownedBy: ps('ownedBy'),
    stateOwned: ps('stateOwned'),
    roles: { phrases: compilePhrases(roles.map((r: string[]) => r[0])), canonical: roles.map((r: string[]) => r[1]) },
    corefPerson: set('corefPerson'),
    corefNoun,
    corefSubject: set('corefSubject'),
    corefSubjectEmpty: set('corefSubjectEmpty'),
    pluralFirms: set('pluralFirms'),
    pluralFirmsDefinite: set('pluralFirmsDefinite'),
    determiners: set('determiners'),
    indefinites: set('indefinites'),
    stakeNouns: set('stakeNouns'),
    namedAs: ps('namedAs'),
    listIntro: ps('listIntro'),
    listJoin: ps('listJoin'),
    trackNouns: ps('trackNouns'),
    placePrep: ps('placePrep'),
    roleOf: set('roleOf'),
    embassy: set('embassy'),
    mission: set('mission'),
    consulate: set('consulate'),
    embassyIn: set('embassyIn'),
    stateVoice: set('stateVoice'),
    basedSuffix: set('basedSuffix'),
    basedIn: ps('basedIn'),
    placeBefore: ps('placeBefore'),
    exportNouns: ps('exportNouns'),
    actionNouns: set('actionNouns'),
    stanceNouns: set('stanceNouns'),
    customerNouns: set('customerNouns'),
    userNouns: set('userNouns'),
    accessNouns: set('accessNouns'),
    findVerbs: set('findVerbs'),
    objectPronouns: set('objectPronouns'),
    pluralObjectPronouns: set('pluralObjectPronouns'),
    countWords: set('countWords'),
    negations: set('negations'),
    negationLimits: set('negationLimits'),
    cover: ps('cover'),
    coverPassive: ps('coverPassive'),
    followSuit: ps('followSuit'),
    foundedBy: ps('foundedBy'),
    approvalWithheld: ps('approvalWithheld'),
    quitDeal: set('quitDeal'),
    likeNouns: set('likeNouns'),
    additionNouns: set('additionNouns'),
    reportVerbs: set('reportVerbs'),
    authorVerbs: set('authorVerbs'),
    measureSource: ps('measureSource'),
    measureBehind: ps('measureBehind'),
    claimNouns: set('claimNouns'),
    obligation: ps('obligation'),
    rulingVerbs: set('rulingVerbs'),
    askVerbs: ps('askVerbs'),
    wieldVerbs: set('wieldVerbs'),
    recommendNouns: set('recommendNouns'),
    probeNouns: set('probeNouns'),
    recommendVerbs: set('recommendVerbs'),
    basisPrep: ps('basisPrep'),
    fundReceived: set('fundReceived'),
    fundingNouns: ps('fundingNouns'),
    opposeAlone: ps('opposeAlone'),
    attribution: ps('attribution'),
    tellVerbs: ps('tellVerbs'),
    objectCasePronouns: set('objectCasePronouns'),
    abilityModals: set('abilityModals'),
    concernThat: ps('concernThat'),
    statementVerbs: ps('statementVerbs'),
    lawBroken: ps('lawBroken'),
    bidNouns: set('bidNouns'),
    holdingNouns: set('holdingNouns'),
    holdVerbs: set('holdVerbs'),
    copulas: set('copulas'),
    coordinators: set('coordinators'),
    pronounPhraseBreaks: set('pronounPhraseBreaks'),
  };
}

function compileCues(raw: any): Cues {
  const abbreviations = new Map<string, Set<string>>();
  for (const [lang, list] of Object.entries(raw?.cues?.abbreviations ?? raw?.abbreviations ?? {})) {
    abbreviations.set(lang, new Set(strList(list).map((s) => s.toLowerCase())));
  }
  const allLangs = (v: any) => new Set(Object.values(v ?? {}).flatMap((l) => strList(l)).map((s) => s.toLowerCase()));
  const typeMap = (v: any) => {
    const m = new Map<string, EntityType>();
    for (const [type, words] of Object.entries(v ?? {})) if (isEntityType(type)) for (const w of strList(words)) m.set(w.toLowerCase(), type);
    return m;
  };
  const suffix: [string, EntityType][] = [];
  for (const [type, words] of Object.entries(raw?.typeCues?.suffix ?? {})) {
    if (isEntityType(type)) for (const w of strList(words)) suffix.push([w.toLowerCase(), type]);
  }
  return {
    hardTrailers: compilePhrases(strList(raw?.body?.hardTrailers)),
    softTrailers: compilePhrases(strList(raw?.body?.softTrailers)),
    chrome: compilePhrases(strList(raw?.body?.chrome)),
    abbreviations,
    stopNames: allLangs(raw?.stopNames),
    connectors: allLangs(raw?.connectors),
    suffix,
    head: typeMap(raw?.typeCues?.head),
    context: typeMap(raw?.typeCues?.context),
    personSpeech: allLangs(raw?.personSpeech),
    calendar: allLangs(raw?.calendar),
    nonExecutive: allLangs(raw?.nonExecutive),
    countNouns: allLangs(raw?.countNouns),
  };
}

export function buildLexicon(data: LexiconData): Lexicon {
  const warnings: string[] = [];
  const entries = new Map<string, GazetteerEntry>();
  const names = new Set<string>();
  for (const { file, entries: list } of data.gazetteer) {
    for (const raw of list) {
      const e = validEntry(raw, warnings, file);
      if (!e) continue;
      const nameKey = `${e.type}|${e.name.toLowerCase()}`;
      if (entries.has(e.id) || (file === 'pending.json' && names.has(nameKey))) {
        if (file !== 'pending.json') warnings.push(`${file}: duplicate id ${e.id}`);
        continue;
      }
      entries.set(e.id, e);
      names.add(nameKey);
    }
  }
  for (const e of entries.values()) for (const o of e.offices ?? []) if (!entries.has(o.of)) warnings.push(`${e.id}: office '${o.role}' of unknown id ${o.of}`);
  const trie: TrieNode = { next: new Map() };
  const surnames = new Map<string, string[]>();
  const capitals = new Map<string, string>();
  for (const e of entries.values()) {
    if (e.capitalOf) {
      for (const form of [e.name, ...Object.values(e.aliases).flat()]) capitals.set(form.toLowerCase(), e.id);
      continue;
    }
    addToTrie(trie, e.name, { id: e.id, kind: 'name', langs: ['*'] }, e.type);
    // An acronym of three letters or more (METI, PIPC, CFIUS) is written the same in every language.
    for (const [lang, list] of Object.entries(e.aliases)) for (const a of list) addToTrie(trie, a, { id: e.id, kind: 'alias', langs: isAcronym(a) ? ['*'] : [lang] }, e.type);
    for (const [lang, list] of Object.entries(e.adjectives ?? {})) for (const a of list) addToTrie(trie, a, { id: e.id, kind: 'adjective', langs: [lang] }, e.type);
    if (e.type === 'Person') {
      const toks = phraseKeys(e.name).filter((t) => /\p{L}/u.test(t));
      const last = toks[toks.length - 1];
      if (toks.length > 1 && last) surnames.set(last, [...(surnames.get(last) ?? []), e.id]);
    }
  }
  const triggers = new Map<string, Triggers>();
  for (const [lang, raw] of Object.entries(data.triggers)) triggers.set(lang, compileTriggers(raw));
  const profiles = new Map<string, Set<string>>();
  for (const [lang, list] of Object.entries(data.languages?.profiles ?? {})) profiles.set(lang, new Set(strList(list)));
  return {
    entries,
    trie,
    surnames,
    capitals,
    triggers,
    cues: compileCues(data.cues),
    languages: {
      full: new Set(strList(data.languages?.full)),
      profiles,
      letters: new Map(Object.entries(data.languages?.letters ?? {}).filter((kv): kv is [string, string] => typeof kv[1] === 'string')),
      vocabulary: triggerVocabulary(data.triggers),
    },
    topics: (Array.isArray(data.topics?.groups) ? data.topics.groups : []).map((g: unknown) => ({
      name: compilePhrases(strList(g).map((w) => w.replace(/^=/, ''))),
      text: compilePhrases(strList(g).filter((w) => !w.startsWith('='))),
    })),
    warnings,
  };
}

// Gazetteer ids of the federal states and provinces (the gazetteer gives places no partOf).
const POLITY_IDS = /^pg:(us-state|ca-province)-/;

/**
 * A federal state or a province ("Texas"): a place, and its own government where the text has it act
 * ("Indiana sues", "Indiana Attorney General Todd Rokita").
 */
export function polity(entry: GazetteerEntry | undefined): boolean {
  return entry?.type === 'Location' && POLITY_IDS.test(entry.id);
}

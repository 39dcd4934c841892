// Synthetic policy articles for benchmarks: English and Danish news-like texts built from
// the gazetteer's real entities and varied sentence templates, reproducible from a seed.
// Each article's planted entities and relations go to a sidecar, one JSON line per article
// (gazetteer ids, or `invented:<name>` for the names made up here).
//   node dist/bench/generate.js --docs 1000 [--seed 42] [--out corpus.ndjson]  (default: in the temp folder)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityType, RelationshipType } from '../core/ontology';

interface Entry { id: string; name: string; type: EntityType; aliases?: Record<string, string[]> }
export interface Planted { doc: number; entities: string[]; relations: Array<{ subject: string; predicate: RelationshipType; object: string }> }
export interface Article { text: string; title: string; url: string; source: string; publishedAt: string; language: 'en' | 'da' }

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadGazetteer(root: string): Map<EntityType, Entry[]> {
  const dir = path.join(root, 'ingest', 'lexicon', 'gazetteer');
  const byType = new Map<EntityType, Entry[]>();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const e of JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Entry[]) {
      if (!byType.has(e.type)) byType.set(e.type, []);
      byType.get(e.type)!.push(e);
    }
  }
  return byType;
}

type Slot = EntityType;
interface Template { text: string; slots: Slot[]; rel?: [number, RelationshipType, number] }

// {0}, {1}: the entities in `slots`. A template with `rel` plants that relation.
const TEMPLATES: Record<'en' | 'da', Template[]> = {
  en: [
    { text: '{0} announced the {1} on {day}, saying it would protect critical networks.', slots: ['Person', 'Policy'], rel: [0, 'ANNOUNCED', 1] },
    { text: 'The {0} unveiled an expansion of the {1} after weeks of consultations.', slots: ['Agency', 'Policy'], rel: [0, 'ANNOUNCED', 1] },
    { text: 'The {0} moved to ban {1} from government contracts, citing national security.', slots: ['Agency', 'Company'], rel: [0, 'TARGETS', 1] },
    { text: '{0} blocked {1} from its networks on {day}.', slots: ['Government', 'Company'], rel: [0, 'TARGETS', 1] },
    { text: 'Under the {0}, {1} would be removed from app stores.', slots: ['Policy', 'Product'], rel: [0, 'TARGETS', 1] },
    { text: '{0}, the chief executive of {1}, said the company would appeal.', slots: ['Person', 'Company'], rel: [0, 'HOLDS_ROLE', 1] },
    { text: '{0} said it was in talks to buy {1}.', slots: ['Company', 'Company'], rel: [0, 'ACQUIRES', 1] },
    { text: '{0} will supply network equipment to {1} under a new contract.', slots: ['Company', 'Company'], rel: [0, 'SUPPLIES', 1] },
    { text: '{0} joined the {1} on {day}.', slots: ['Government', 'Policy'], rel: [0, 'SUPPORTS', 1] },
    { text: '{0} criticised the {1} as an attempt to contain its companies.', slots: ['Government', 'Policy'], rel: [0, 'OPPOSES', 1] },
    { text: '{0}, which is based in {1}, rejected the accusations.', slots: ['Company', 'Government'], rel: [0, 'BASED_IN', 1] },
    { text: 'Analysts in {0} expect the dispute to weigh on trade for years.', slots: ['Location'] },
    { text: 'A spokesperson for {0} declined to comment on the report.', slots: ['Company'] },
    { text: 'Officials stressed that the measures were not aimed at any single country.', slots: [] },
    { text: 'The decision follows months of pressure from lawmakers and industry groups.', slots: [] },
    { text: 'Critics warned that the rules could raise costs for smaller operators.', slots: [] },
    { text: '{0} reported the news first, citing people familiar with the matter.', slots: ['Organization'] },
  ],
  da: [
    { text: '{0} præsenterede {1} {day} og sagde, at den skal beskytte kritisk infrastruktur.', slots: ['Person', 'Policy'], rel: [0, 'ANNOUNCED', 1] },
    { text: '{0} forbyder {1} at levere udstyr til de nye 5G-net.', slots: ['Government', 'Company'], rel: [0, 'TARGETS', 1] },
    { text: '{0} udelukker {1} fra offentlige kontrakter af hensyn til den nationale sikkerhed.', slots: ['Agency', 'Company'], rel: [0, 'TARGETS', 1] },
    { text: '{0}, der er administrerende direktør for {1}, afviste kritikken.', slots: ['Person', 'Company'], rel: [0, 'HOLDS_ROLE', 1] },
    { text: '{0} forhandler om at købe {1}.', slots: ['Company', 'Company'], rel: [0, 'ACQUIRES', 1] },
    { text: '{0} tilsluttede sig {1} {day}.', slots: ['Government', 'Policy'], rel: [0, 'SUPPORTS', 1] },
    { text: '{0} kritiserede {1} og kaldte den et forsøg på at holde virksomheder ude.', slots: ['Government', 'Policy'], rel: [0, 'OPPOSES', 1] },
    { text: '{0} skal levere udstyr til {1} i de kommende år.', slots: ['Company', 'Company'], rel: [0, 'SUPPLIES', 1] },
    { text: 'Eksperter i {0} venter, at striden vil påvirke handlen i flere år.', slots: ['Location'] },
    { text: 'En talsperson for {0} ønskede ikke at kommentere sagen.', slots: ['Company'] },
    { text: 'Beslutningen kommer efter flere måneders pres fra politikere og erhvervslivet.', slots: [] },
    { text: 'Kritikere advarer om, at reglerne kan gøre det dyrere for mindre teleselskaber.', slots: [] },
    { text: 'Ifølge {0} har sagen været drøftet i flere uger.', slots: ['Organization'] },
  ],
};
// Sentences without entities, so that articles read like reporting and not like a list.
const FILLER = {
  en: [
    'The move adds to a broader debate about the security of telecommunications networks.',
    'Several governments have reviewed their rules for suppliers over the past two years.',
    'Industry groups said they were studying the details and would respond in due course.',
    'The rules take effect next year, with exemptions for existing contracts.',
    'Observers expect further announcements in the coming weeks.',
  ],
  da: [
    'Sagen indgår i en bredere debat om sikkerheden i telenettene.',
    'Flere regeringer har gennemgået deres regler for leverandører de seneste år.',
    'Brancheorganisationer oplyser, at de er ved at gennemgå detaljerne.',
    'Reglerne træder i kraft næste år med undtagelser for eksisterende kontrakter.',
  ],
};
const DAYS = { en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'] };
const HEADLINES = {
  en: ['{0} and {1} at the centre of new technology dispute', 'New measures put {0} under pressure', '{0} responds to {1}'],
  da: ['{0} og {1} i centrum for ny teknologistrid', 'Nye tiltag lægger pres på {0}', '{0} svarer på {1}'],
};

// Names the gazetteer does not know, as real reporting is full of them: officials, small
// firms, startups. Extraction finds these by context rules and compromise, not by lookup, so
// a corpus without them would measure only the gazetteer's fast path.
const GIVEN = ['Karen', 'Mads', 'Sofie', 'Jonas', 'Ida', 'Rasmus', 'Laura', 'David', 'Emily', 'Michael', 'Priya', 'Daniel', 'Hannah', 'Thomas', 'Grace', 'Omar'];
const FAMILY = ['Holm', 'Lindqvist', 'Brandt', 'Okafor', 'Carter', 'Nørgaard', 'Whitfield', 'Kjærsgaard', 'Moreno', 'Hartley', 'Dahl', 'Sandoval', 'Ellison', 'Bjerre'];
const FIRM_STEM = ['Nordvik', 'Altora', 'Brightwave', 'Kestrel', 'Solvang', 'Meridian', 'Havblik', 'Quillon', 'Tessaro', 'Fjordlink', 'Corvane', 'Lumeo'];
const FIRM_TAIL = { en: ['Networks', 'Systems', 'Telecom', 'Technologies', 'Inc'], da: ['Telecom A/S', 'Systemer A/S', 'Data A/S', 'Net ApS'] };
const INVENT_SHARE = 0.3;

function inventedEntry(type: EntityType, lang: 'en' | 'da', pick: <T>(list: readonly T[]) => T): Entry | undefined {
  const name = type === 'Person' ? `${pick(GIVEN)} ${pick(FAMILY)}` : type === 'Company' ? `${pick(FIRM_STEM)} ${pick(FIRM_TAIL[lang])}` : undefined;
  return name ? { id: `invented:${name}`, name, type } : undefined;
}

/** The form of an entity's name an article in `lang` uses: the first alias of that language for Danish states, else the name. */
const surface = (e: Entry, lang: 'en' | 'da') => (lang === 'da' && e.type === 'Government' ? (e.aliases?.da?.[0] ?? e.name) : e.name);

export function generateArticle(i: number, gazetteer: Map<EntityType, Entry[]>, random: () => number): { article: Article; planted: Planted } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lang: 'en' | 'da' = random() < 0.65 ? 'en' : 'da';
  const entities = new Set<string>();
  const relations: Planted['relations'] = [];
  const paragraphs: string[] = [];
  const nParagraphs = 4 + Math.floor(random() * 5);
  let lead: Entry[] = [];
  // A story has a cast: a few actors that come back, as in real reporting.
  const cast = new Map<EntityType, Entry[]>();
  const actor = (type: EntityType): Entry | undefined => {
    let list = cast.get(type);
    if (!list || (list.length < 2 && random() < 0.2)) {
      const e = random() < INVENT_SHARE ? inventedEntry(type, lang, pick) ?? pick(gazetteer.get(type) ?? []) : pick(gazetteer.get(type) ?? []);
      if (!e) return undefined;
      list = [...(list ?? []), e];
      cast.set(type, list);
    }
    return pick(list);
  };
  for (let p = 0; p < nParagraphs; p++) {
    const sentences: string[] = [];
    const n = 2 + Math.floor(random() * 3);
    for (let s = 0; s < n; s++) {
      if (random() < 0.35) {
        sentences.push(pick(FILLER[lang]));
        continue;
      }
      const t = pick(TEMPLATES[lang]);
      const maybe = t.slots.map(actor);
      if (maybe.some((e) => !e)) continue;
      const filled = maybe as Entry[];
      if (filled.length === 2 && filled[0]!.id === filled[1]!.id) continue;
      if (lead.length === 0 && filled.length >= 1) lead = filled;
      let text = t.text.replace('{day}', pick(DAYS[lang]));
      filled.forEach((e, k) => {
        text = text.replace(`{${k}}`, surface(e, lang));
        entities.add(e.id);
      });
      sentences.push(text.charAt(0).toUpperCase() + text.slice(1));
      if (t.rel) relations.push({ subject: filled[t.rel[0]]!.id, predicate: t.rel[1], object: filled[t.rel[2]]!.id });
    }
    if (sentences.length) paragraphs.push(sentences.join(' '));
  }
  const names = lead.length ? lead.map((e) => surface(e, lang)) : ['Regulators', 'industry'];
  const title = pick(HEADLINES[lang]).replace('{0}', names[0]!).replace('{1}', names[1] ?? names[0]!);
  const date = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
  return {
    article: {
      text: `${title}\n\n${paragraphs.join('\n\n')}\n`,
      title,
      url: `https://bench.invalid/${lang}/${i}`,
      source: 'policy-graph bench',
      publishedAt: date,
      language: lang,
    },
    planted: { doc: i, entities: [...entities].sort(), relations },
  };
}

/** Writes `docs` articles as NDJSON to `out` and the planted facts to `<out>.planted.ndjson`. */
export function generateCorpus(root: string, docs: number, seed: number, out: string): { bytes: number } {
  const gazetteer = loadGazetteer(root);
  const random = prng(seed);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const corpus = fs.openSync(out, 'w');
  const sidecar = fs.openSync(out.replace(/\.ndjson$/, '') + '.planted.ndjson', 'w');
  let bytes = 0;
  try {
    for (let i = 0; i < docs; i++) {
      const { article, planted } = generateArticle(i, gazetteer, random);
      const line = JSON.stringify(article) + '\n';
      bytes += Buffer.byteLength(line);
      fs.writeSync(corpus, line);
      fs.writeSync(sidecar, JSON.stringify(planted) + '\n');
    }
  } finally {
    fs.closeSync(corpus);
    fs.closeSync(sidecar);
  }
  return { bytes };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const docs = Number(opt('docs', '1000'));
  const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
  const out = path.resolve(opt('out', path.join(os.tmpdir(), `policy-graph-corpus-${docs}.ndjson`)));
  const { bytes } = generateCorpus(root, docs, Number(opt('seed', '42')), out);
  process.stdout.write(`wrote ${docs} articles (${(bytes / 1048576).toFixed(1)} MB) to ${out}\n`);
}

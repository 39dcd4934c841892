import fs from 'node:fs';
import path from 'node:path';
import { run, relations } from '../fixtures/extract/helpers';
import { toEvalOutput } from '../../ingest/extract';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'extract');
const DEV = path.join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev');
const texts = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => path.join(FIXTURES, f)),
  ...(fs.existsSync(DEV) ? fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).map((f) => path.join(DEV, f)) : []),
];

describe('offsets', () => {
  it.each(texts.map((t) => [path.basename(t), t]))('%s: every evidence and mention is a slice of the text', (_n, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const x = run(text);
    expect(x.entities.length).toBeGreaterThan(0);
    for (const r of x.relations) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('never throws', () => {
  const junk: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\n\t '],
    ['control characters', '\u0000\u0001\u0002\uffff\ud800'],
    ['binary', Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 7919) % 256)).toString('latin1')],
    ['one long word', 'a'.repeat(200000)],
    ['punctuation', '.'.repeat(50000)],
    ['1 MB of names', 'USA og Kina. Huawei siger nej! '.repeat(34000)],
  ];
  it.each(junk)('%s', (_label, text) => {
    const x = run(text);
    expect(Array.isArray(x.entities)).toBe(true);
    expect(() => JSON.stringify(toEvalOutput(x))).not.toThrow();
  });
  it('survives a document that is not a string', () => {
    expect(run(undefined as unknown as string).entities).toEqual([]);
  });
});

// Speed is measured by `npm run bench:extract`, never by a timed test; here only that a long
// article comes through whole: built from our own practice articles, every one of them keeps
// names found inside it.
describe('a 5,000-word article', () => {
  it('is read whole, not cut to its first part', () => {
    const parts = fs.readdirSync(FIXTURES).filter((d) => /^practice\d*$/.test(d)).sort()
      .flatMap((d) => fs.readdirSync(path.join(FIXTURES, d)).filter((f) => f.startsWith('en-') && f.endsWith('.txt')).sort()
        .map((f) => fs.readFileSync(path.join(FIXTURES, d, f), 'utf8').trim()));
    let text = '';
    const ranges: [number, number][] = [];
    for (const p of parts) {
      if (text.split(/\s+/).length >= 5000) break;
      if (text) text += '\n\n';
      ranges.push([text.length, text.length + p.length]);
      text += p;
    }
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(5000);
    const x = run(text);
    expect(x.body.end - x.body.start).toBeGreaterThan(0.9 * text.length);
    const starts = x.entities.flatMap((e) => e.mentions.map((m) => m.start));
    for (const [a, b] of ranges) expect(starts.some((m) => m >= a && m < b)).toBe(true);
  });
});

// Our own articles, not the dev texts: the pipeline must handle them too.
describe('articles of our own', () => {
  const read = (f: string) => fs.readFileSync(path.join(FIXTURES, f), 'utf8');
  const table: [string, string[], string[], string[]][] = [
    ['en-uk-vendors.txt',
      ['Policy:Telecoms Security Requirements', 'Person:Oliver Dowden', 'Company:Cellnex Telecom', 'Person:Zhao Lijian'],
      ['United Kingdom -ANNOUNCED-> Telecoms Security Requirements', 'Telecoms Security Requirements -TARGETS-> Huawei', 'Ericsson -SUPPLIES-> BT Group', 'Vodafone -ACQUIRES-> Cellnex Telecom', 'Cellnex Telecom -BASED_IN-> Spain', 'Oliver Dowden -OPPOSES-> Huawei'],
      ['Hungary']],
    ['da-investering.txt',
      ['Company:Netcompany', 'Agency:Embassy of China in Denmark', 'Company:ZTE'],
      ['ZTE -ACQUIRES-> Netcompany', 'Netcompany -BASED_IN-> Denmark', 'Ericsson -SUPPLIES-> Telia', 'Embassy of China in Denmark -PART_OF-> China'],
      ['Jens Hansen', 'Dansk IT']],
    ['en-tiktok-ban.txt',
      ['Company:ByteDance', 'Agency:Ministry of Electronics and Information Technology', 'Person:Ravi Shankar Prasad'],
      ['India -TARGETS-> TikTok', 'India -TARGETS-> WeChat', 'ByteDance -OWNS-> TikTok', 'Microsoft -ACQUIRES-> TikTok', 'Ministry of Electronics and Information Technology -PART_OF-> India'],
      []],
    ['da-norsk-5g.txt',
      ['Person:Dan Sjöblom', 'Company:Tele2'],
      ['Nokia -SUPPLIES-> Tele2', 'Huawei -BASED_IN-> China'],
      []],
  ];
  it.each(table)('%s', (file, ents, rels, absent) => {
    const x = run(read(file));
    const names = x.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(expect.arrayContaining(ents));
    expect(relations(read(file))).toEqual(expect.arrayContaining(rels));
    for (const a of absent) expect(x.entities.map((e) => e.name).join('|')).not.toContain(a);
  });
});

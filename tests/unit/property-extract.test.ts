// Properties of `extract` on any string: it answers (the catch-all inside must not be what
// makes it "never throw"), every offset lies inside the text and points at what it claims,
// and every entity and relation is one the ontology allows.
import fc from 'fast-check';
import { extract } from '../../ingest/extract';
import { loadLexicon } from '../../ingest/lexicon';
import { ENTITY_TYPES, isValidRelationship } from '../../core/ontology';
import type { Extraction } from '../../ingest/types';

const lexicon = loadLexicon();

function checkInvariants(text: string, x: Extraction): void {
  expect(x.body.start).toBeGreaterThanOrEqual(0);
  expect(x.body.end).toBeLessThanOrEqual(text.length);
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  expect(byId.size).toBe(x.entities.length);
  for (const e of x.entities) {
    expect(ENTITY_TYPES).toContain(e.type);
    expect(e.name.trim()).not.toBe('');
    for (const m of e.mentions) {
      expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
      expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
  }
  for (const r of x.relations) {
    const s = byId.get(r.subject);
    const o = byId.get(r.object);
    expect(s && o).toBeTruthy();
    expect(isValidRelationship(r.predicate, s!.type, o!.type)).toBe(true);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
  }
}

// Words that make the rules fire, mixed with noise, so that random texts reach the
// relation stages rather than stopping at "no entities".
const words = fc.constantFrom(
  'Huawei', 'ZTE', 'China', 'Kina', 'USA', 'United States', 'Mike Pompeo', 'Clean Network', 'Clean Apps', 'TikTok',
  'Microsoft', 'banned', 'forbyder', 'announced', 'præsenterede', 'kinesiske', 'Chinese', 'firm', 'selskab',
  'Secretary of State', 'udenrigsminister', 'the', 'og', 'and', ',', '.', '!', '?', '\n', '\n\n', '«', '»', '“', '”',
  "'s", 's', '-', ':', 'Læs også', 'Read more', 'such as', 'som', 'buy', 'købe', 'rejected', 'afviste',
);
const sentenceLike = fc.array(fc.oneof(words, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('extract on any string', () => {
  it('keeps its invariants on random text built from rule words and noise', () => {
    fc.assert(
      fc.property(sentenceLike, (text) => {
        checkInvariants(text, extract({ text }, lexicon));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants on arbitrary Unicode, control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkInvariants(text, extract({ text }, lexicon));
      }),
      { numRuns: 300 },
    );
  });

  it('still finds a plain statement whatever noise surrounds it (so failures are not swallowed into empty results)', () => {
    const statement = 'The United States banned Chinese telecoms firm Huawei from its networks.';
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (before, after) => {
        const text = `${before.replace(/[A-Za-z]/g, ' ')}\n\n${statement}\n\n${after.replace(/[A-Za-z]/g, ' ')}`;
        const x = extract({ text }, lexicon);
        checkInvariants(text, x);
        expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Huawei', 'United States']));
      }),
      { numRuns: 100 },
    );
  });
});

describe('long articles', () => {
  it('extracts from a 6,000-word article built from the samples (a rule reading past a sentence once emptied it)', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const path = require('node:path') as typeof import('node:path');
    const dir = path.join(__dirname, '..', '..', 'samples');
    const english = fs.readdirSync(dir).filter((f) => /^0[1-7].*\.txt$/.test(f)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    let text = '';
    while (text.split(/\s+/).length < 6000) text += english.join('\n\n') + '\n\n';
    const x = extract({ text }, lexicon);
    checkInvariants(text, x);
    expect(x.language).toBe('en');
    expect(x.entities.length).toBeGreaterThan(30);
    expect(x.relations.length).toBeGreaterThan(30);
  });
});

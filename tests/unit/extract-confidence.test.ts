// Stage 7: each relation's confidence is its rule family's measured precision, and relations
// of families right less often than the floor are withheld unless asked for.
import { extract, MIN_CONFIDENCE } from '../../ingest/extract';
import { confidenceOf, withConfidence } from '../../ingest/extract/7-confidence';
import table from '../../ingest/extract/confidence.json';
import { runExtract } from '../../cli/commands/extract';
import { lexicon } from '../fixtures/extract/helpers';

const rates = (table as { rates: Record<string, number> }).rates;
const low = Object.keys(rates).find((k) => rates[k]! < MIN_CONFIDENCE)!;
const high = Object.keys(rates).find((k) => rates[k]! >= MIN_CONFIDENCE)!;
const rel = (rule: string) => ({ subject: 'a', predicate: 'OPPOSES' as const, object: 'b', rule, sentence: 0 });

describe('the confidence floor', () => {
  it('is the F1 break-even of the blind figures, not a figure of one text', () => {
    expect(MIN_CONFIDENCE).toBeGreaterThan(0);
    expect(MIN_CONFIDENCE).toBeLessThan(0.5);
    expect(low).toBeDefined();
    expect(high).toBeDefined();
  });

  it('withholds relations of families under it and keeps the others', () => {
    const out = withConfidence([rel(low), rel(high)]);
    expect(out.map((r) => r.rule)).toEqual([high]);
    expect(out[0]!.confidence).toBe(confidenceOf(high));
  });

  it('keeps every relation with minConfidence 0', () => {
    expect(withConfidence([rel(low), rel(high)], 0).map((r) => r.rule)).toEqual([low, high]);
  });

  it('a family the table does not know gets the default, which is kept', () => {
    expect(withConfidence([rel('no.such.rule')])).toHaveLength(1);
  });

  // An accusation in reported speech: a family measured right about one time in seven on unseen text.
  const texts = [
    '"Huawei is a threat to our security," Mike Pompeo said. Denmark joined the Clean Network in 2020.',
    'Huawei er en trussel mod vores sikkerhed, siger Mike Pompeo. Danmark tilslutter sig Clean Network.',
  ];
  it.each(texts)('extract() withholds only what is under the floor: %s', (text) => {
    const key = (x: ReturnType<typeof extract>, r: (typeof x.relations)[number]) => {
      const name = new Map(x.entities.map((e) => [e.id, e.name]));
      return `${name.get(r.subject)} -${r.predicate}-> ${name.get(r.object)}`;
    };
    const all = extract({ text }, lexicon, { minConfidence: 0 });
    const kept = extract({ text }, lexicon);
    const allKeys = all.relations.map((r) => key(all, r));
    const keptKeys = kept.relations.map((r) => key(kept, r));
    expect(allKeys).toContain('Mike Pompeo -OPPOSES-> Huawei');
    expect(keptKeys).not.toContain('Mike Pompeo -OPPOSES-> Huawei');
    expect(keptKeys).toContain('Denmark -SUPPORTS-> Clean Network');
    expect(keptKeys).toEqual(allKeys.filter((_k, i) => all.relations[i]!.confidence >= MIN_CONFIDENCE));
  });
});

describe('policy-graph extract --min-confidence', () => {
  it.each(['2', '-0.1', 'abc', ''])('refuses %j with a clear error', async (v) => {
    await expect(runExtract(['--min-confidence', v, 'README.md'])).rejects.toThrow(/--min-confidence takes a number from 0 to 1/);
  });
  it('refuses the option without a value', async () => {
    await expect(runExtract(['README.md', '--min-confidence'])).rejects.toThrow(/needs a value/);
  });
});

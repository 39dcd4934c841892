// Session 12 (S) stance rules: each on sentences written for it, in both languages where it applies, with a case
// where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"X received funding from Y", "X fik kapital fra Y": the funder backs the firm', () => {
  it('en: an investor named after "from", the firm before the verb, also over a relative clause', () => {
    expect(relations('Nokia received new funding from Ericsson last year.')).toContain('Ericsson -SUPPORTS-> Nokia');
    expect(relations('Nokia, which is based in Espoo, has secured billions in investment from Microsoft.')).toContain('Microsoft -SUPPORTS-> Nokia');
  });
  it('da: "har fået investeringer ... fra", and the subject after the verb ("fik Nokia kapital fra")', () => {
    expect(relations('Nokia, der har hovedsæde i Espoo, har fået investeringer for milliarder af euro fra Microsoft.')).toContain('Microsoft -SUPPORTS-> Nokia');
    expect(relations('I de første år fik Nokia kapital fra Ericsson.')).toContain('Ericsson -SUPPORTS-> Nokia');
  });
  it('not a letter or a fine received, nor money sent the other way', () => {
    expect(relations('Nokia received a letter from Microsoft about the deal.').filter((r) => r.includes('SUPPORTS'))).toEqual([]);
    expect(relations('Nokia fik en bøde fra Ericsson for sent betaling.').filter((r) => r.includes('SUPPORTS'))).toEqual([]);
    expect(relations('Nokia sent funding to Ericsson last year.')).not.toContain('Nokia -SUPPORTS-> Ericsson');
  });
});

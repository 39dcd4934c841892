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

describe('"X disputes the findings", "X afviser konklusionerne": a denial of a body\'s findings answers that body', () => {
  it('en: the findings of the body that acted against the firm in the sentence before', () => {
    expect(relations('The Federal Communications Commission fined Nokia last week. Nokia disputes the findings.')).toContain('Nokia -OPPOSES-> Federal Communications Commission');
    expect(relations('The European Commission fined Ericsson. Ericsson rejected the conclusions and said it would consider its options.')).toContain('Ericsson -OPPOSES-> European Commission');
  });
  it('da: "afviser konklusionerne", "afviste konklusionen"', () => {
    expect(relations('Europa-Kommissionen gav Nokia en bøde på 100 millioner euro. Nokia afviser konklusionerne.')).toContain('Nokia -OPPOSES-> European Commission');
    expect(relations('Europa-Kommissionen gav Ericsson en bøde. Ericsson afviste konklusionen.')).toContain('Ericsson -OPPOSES-> European Commission');
  });
  it('not findings the firm itself presents, with nobody acting against it', () => {
    expect(relations('Nokia published its findings on the network last week.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Nokia fremlagde konklusionerne af sin egen undersøgelse.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('"said the ban was unconstitutional", "siger, at forbuddet er grundlovsstridigt": a charge in reported speech', () => {
  it('en: a firm calling the measure against it unconstitutional opposes its author', () => {
    expect(relations('Texas banned Nokia phones on Monday. A Nokia spokeswoman said the ban was unconstitutional.')).toContain('Nokia -OPPOSES-> Texas');
  });
  it('da: "grundlovsstridigt", "forfatningsstridig"', () => {
    expect(relations('Texas har forbudt Nokias telefoner. En talsperson for Nokia siger, at forbuddet er grundlovsstridigt.')).toContain('Nokia -OPPOSES-> Texas');
    expect(relations('Texas har forbudt Nokias telefoner. Nokia siger, at forbuddet er forfatningsstridigt.')).toContain('Nokia -OPPOSES-> Texas');
  });
  it('not a constitution named without a charge', () => {
    expect(relations('Texas banned Nokia phones on Monday. A Nokia spokeswoman said the company was studying the constitution.')).not.toContain('Nokia -OPPOSES-> Texas');
  });
});

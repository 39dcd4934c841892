// Session 11 (S) stance, role and coreference rules: each on sentences written for it, in both
// languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"X, who earlier led Y", "X, a scientist who led Y": the head of a body over adverbs and an apposition', () => {
  it('en: an adverb or an auxiliary between the relative pronoun and the verb', () => {
    expect(relations('Anna Berg, who has headed Ericsson since 2019, said the rules were fair.')).toContain('Anna Berg -HOLDS_ROLE-> Ericsson');
    expect(relations('Tom Hale, who previously led Nokia, joined the board this week.')).toContain('Tom Hale -HOLDS_ROLE-> Nokia');
  });
  it('en: a description in apposition before "who"', () => {
    expect(relations('The startup was set up by Tom Hale, a former engineer who earlier ran Nokia, the Finnish group.')).toContain('Tom Hale -HOLDS_ROLE-> Nokia');
  });
  it('da: "der tidligere har ledet", also after "en dansk ingeniør,"', () => {
    expect(relations('Peter Holm, der tidligere har ledet Microsoft, kritiserer reglerne.')).toContain('Peter Holm -HOLDS_ROLE-> Microsoft');
    expect(relations('Peter Holm, en dansk ingeniør, der tidligere har ledet Microsoft, kritiserer reglerne.')).toContain('Peter Holm -HOLDS_ROLE-> Microsoft');
  });
  it('not a firm that leads a market, nor "ledet af" without an auxiliary, nor another verb', () => {
    expect(relations('Peter Holm mødte Microsoft, et selskab, der leder markedet.').filter((r) => r.includes('HOLDS_ROLE'))).toEqual([]);
    expect(relations('Anna Berg, who previously criticised Ericsson, met the press.')).not.toContain('Anna Berg -HOLDS_ROLE-> Ericsson');
  });
});

// Session 8 (S) stance, role and coreference rules: each on sentences written for it, in both
// languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a possessive pronoun before a title: the body "its" stands for', () => {
  it('en: "…, the regulator said. Its chairman, X, said": the body that spoke', () => {
    const rels = relations('Microsoft must change its contracts, the Federal Trade Commission said on Monday. Its chairman, Robert Hale, said the ruling would help consumers.');
    expect(rels).toContain('Robert Hale -HOLDS_ROLE-> Federal Trade Commission');
    expect(rels).not.toContain('Robert Hale -HOLDS_ROLE-> Microsoft');
  });
  it('en: "Ericsson said … Its founder, X" in the next sentence: the firm', () => {
    const rels = relations('Ericsson said it would appeal the decision. Its chief executive, Anna Berg, told reporters the fine was unfair.');
    expect(rels).toContain('Anna Berg -HOLDS_ROLE-> Ericsson');
  });
  it('da: "Ericsson meddelte … Dens direktør, X": the firm', () => {
    const rels = relations('Ericsson meddelte, at selskabet vil anke afgørelsen. Dens direktør, Anna Berg, sagde, at bøden er urimelig.');
    expect(rels).toContain('Anna Berg -HOLDS_ROLE-> Ericsson');
  });
  it('not when the nearest name before "its" is no body ("the app\'s role …, which its chief executive")', () => {
    const rels = relations('Officials in Nigeria pointed to TikTok and its role in the protests, which its chief executive Tom Reed publicly supported.');
    expect(rels).not.toContain('Tom Reed -HOLDS_ROLE-> Nigeria');
  });
});

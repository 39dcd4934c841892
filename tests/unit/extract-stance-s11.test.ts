// Session 11 (S) stance and announcement rules: each on sentences written for it, in both
// languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"X said it would appeal", "X vil anke": a verb of opposition with no object answers the body acting against the firm', () => {
  it('en: an appeal closing the sentence', () => {
    expect(relations('The Federal Trade Commission fined Nokia $40 million on Monday. Nokia said it would appeal.')).toContain('Nokia -OPPOSES-> Federal Trade Commission');
  });
  it('da: "oplyser, at selskabet vil anke"', () => {
    expect(relations('Datatilsynet har givet Ericsson en bøde på to millioner kroner. Ericsson oplyser, at selskabet vil anke.')).toContain('Ericsson -OPPOSES-> Danish Data Protection Agency');
  });
  it('not a firm no state or body acted against, nor a body that appeals', () => {
    expect(relations('Nokia lost the contract to a rival. Nokia said it would appeal.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Datatilsynet har givet Ericsson en bøde. Konkurrencestyrelsen vil anke.').filter((r) => r.includes('-OPPOSES-> Danish Data'))).toEqual([]);
  });
});

// Session 10 (S) stance, role and coreference rules: each on sentences written for it, in both
// languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a title naming its body by a hyphenated first part, after "i", or after a word of rank', () => {
  it('da: "Microsoft-chefen X": the body before the hyphen', () => {
    expect(relations('Microsoft-chefen Peter Holm besøgte i går Bruxelles.')).toContain('Peter Holm -HOLDS_ROLE-> Microsoft');
    expect(relations('Ifølge Google-direktør Anna Berg er reglerne for strenge.')).toContain('Anna Berg -HOLDS_ROLE-> Google');
  });
  it('da: "topchefen i X, Y": the firm after "i", the person after the comma', () => {
    expect(relations('Topchefen i Microsoft, Peter Holm, besøgte i går Bruxelles.')).toContain('Peter Holm -HOLDS_ROLE-> Microsoft');
  });
  it('en: "X, the Treasury Department\'s acting Under Secretary for Y": past the words of rank', () => {
    const rels = relations('Mark Olsen, the Commerce Department\'s acting Under Secretary for Industry and Security, said the rule would stand.');
    expect(rels).toContain('Mark Olsen -HOLDS_ROLE-> Commerce Department');
  });
  it('not a posting in a state ("ambassadør i Danmark"), nor a hyphenated word that is no title', () => {
    const rels = relations('Kinas ambassadør i Danmark, Feng Tie, afviste kritikken.');
    expect(rels).not.toContain('Feng Tie -HOLDS_ROLE-> Denmark');
    expect(relations('Microsoft-kritikeren Peter Holm besøgte i går Bruxelles.')).not.toContain('Peter Holm -HOLDS_ROLE-> Microsoft');
  });
});

// Entity rules of round thirteen: general shapes of names and their resolution, on sentences
// written for these tests.
import { entities, relations } from '../fixtures/extract/helpers';

describe('"toolmakers" is a kind of firm, like "chipmakers"', () => {
  it('types the names it introduces as firms of the state before it', () => {
    const rels = relations('The chipmaker buys machines from Dutch toolmakers such as Veldhoven Optics and Brabant Systems.');
    expect(rels).toContain('Veldhoven Optics -BASED_IN-> Netherlands');
    expect(rels).toContain('Brabant Systems -BASED_IN-> Netherlands');
  });

  it('after a state written as an abbreviation too', () => {
    expect(relations('Orders for U.S. toolmakers like Kessler Instruments have slowed since the rules took effect.'))
      .toContain('Kessler Instruments -BASED_IN-> United States');
  });

  it('is no name itself', () => {
    expect(entities('Toolmakers in the region have warned that orders are falling.')).toEqual([]);
  });
});

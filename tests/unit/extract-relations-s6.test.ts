// Session 6 relation rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('definite descriptions of a body take the body whose name holds the noun', () => {
  it('"the committee" is the committee named before, not the last body named', () => {
    const rels = relations('The Committee on Foreign Investment in the United States reviewed the deal. A Treasury Department official warned of risks. Broadcom rejected the committee\'s concerns.');
    expect(rels).toContain('Broadcom -OPPOSES-> Committee on Foreign Investment in the United States');
    expect(rels).not.toContain('Broadcom -OPPOSES-> Department of the Treasury');
  });
  it('"tilsynet" is Datatilsynet, not the ministry named after it', () => {
    const rels = relations('Datatilsynet undersøgte sagen i foråret. Bagefter udtalte Udenrigsministeriet sig. Google kritiserede tilsynet skarpt.');
    expect(rels).toContain('Google -OPPOSES-> Danish Data Protection Agency');
  });
  it('a noun no named body holds still takes the last body named', () => {
    const rels = relations('The Committee on Foreign Investment in the United States reviewed the deal. The Treasury Department then spoke. Broadcom criticised the department.');
    expect(rels).toContain('Broadcom -OPPOSES-> Department of the Treasury');
    expect(rels).not.toContain('Broadcom -OPPOSES-> Committee on Foreign Investment in the United States');
  });
});

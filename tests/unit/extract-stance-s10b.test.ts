// Session 12 (S) stance, role and coreference rules: each on sentences written for it, in both
// languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"Ohio Governor X signed an order banning Y": the head of government who takes the state\'s measure opposes the firm', () => {
  it('en: a governor named after the state that qualifies the title', () => {
    const r = relations('Ohio Governor Mark Hanley on Monday signed an executive order banning TikTok on state devices.');
    expect(r).toContain('Ohio -TARGETS-> TikTok');
    expect(r).toContain('Mark Hanley -OPPOSES-> TikTok');
  });
  it('da: "guvernør" is a title, and the governor who bans opposes', () => {
    const r = relations('Ohios guvernør Mark Hanley har mandag forbudt TikTok på delstatens telefoner.');
    expect(r).toContain('Mark Hanley -HOLDS_ROLE-> Ohio');
    expect(r).toContain('Mark Hanley -OPPOSES-> TikTok');
  });
  it('not a head named inside the noun phrase of the acting body, nor a central bank governor', () => {
    expect(relations('The administration of Ohio Governor Mark Hanley, which took office in May, banned TikTok on state devices.')).not.toContain('Mark Hanley -OPPOSES-> TikTok');
    expect(relations('Centralbankens guvernør Lars Holm sagde, at renten stiger.').filter((x) => x.includes('HOLDS_ROLE'))).toEqual([]);
  });
});

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

describe('Danish titles in the definite form before an apposition: "Borgmesteren i X, Y", "Talspersonen for X, Y"', () => {
  it('da: mayor, chairman, spokesperson and permanent secretary of the body named after the title', () => {
    expect(relations('Borgmesteren i Aarhus Kommune, Peter Holm, kalder afgørelsen urimelig.')).toContain('Peter Holm -HOLDS_ROLE-> Aarhus Municipality');
    expect(relations('Bestyrelsesformanden for Nokia, Anna Berg, afviser kritikken.')).toContain('Anna Berg -HOLDS_ROLE-> Nokia');
    expect(relations('Talspersonen for Justitsministeriet, Peter Holm, siger, at sagen er lukket.')).toContain('Peter Holm -HOLDS_ROLE-> Danish Ministry of Justice');
    expect(relations('Påbuddet er udstedt af departementschefen i Justitsministeriet, Peter Holm.')).toContain('Peter Holm -HOLDS_ROLE-> Danish Ministry of Justice');
  });
  it('en: the indefinite English titles already name the office', () => {
    expect(relations('The chairman of Nokia, Anna Berg, rejected the criticism.')).toContain('Anna Berg -HOLDS_ROLE-> Nokia');
  });
  it('not a definite title with no name after it', () => {
    expect(relations('Borgmesteren sagde i går, at Nokia er velkommen.').filter((x) => x.includes('HOLDS_ROLE'))).toEqual([]);
  });
});

describe('"Ohio has banned TikTok, after Governor X signed the bill": a governor holds office in the state below the national level the sentence names', () => {
  it('en and da: the state named before the title, across "after"/"efter at"', () => {
    expect(relations('Ohio has banned TikTok, after Governor Mark Hanley signed a bill on Monday.')).toContain('Mark Hanley -HOLDS_ROLE-> Ohio');
    expect(relations('Ohio har forbudt TikTok, efter at guvernør Mark Hanley underskrev loven mandag.')).toContain('Mark Hanley -HOLDS_ROLE-> Ohio');
  });
  it('not a sovereign state before the title', () => {
    expect(relations('China criticised the ban, after Governor Mark Hanley signed a bill on Monday.').filter((x) => x.includes('HOLDS_ROLE'))).toEqual([]);
  });
});

describe('Danish "statsminister X" with no state named: Denmark\'s head of government, whatever state the text is about', () => {
  it('da: "Regeringen under statsminister X" in a text about China', () => {
    const r = relations('Kina har kritiseret Danmark. Regeringen under statsminister Peter Holm har ikke forbudt kinesisk udstyr i de kinesiske og danske net, og Kina er tilfreds.');
    expect(r).toContain('Peter Holm -HOLDS_ROLE-> Denmark');
    expect(r).not.toContain('Peter Holm -HOLDS_ROLE-> China');
  });
  it('en: an English title keeps the state the sentence names', () => {
    expect(relations('Norwegian Prime Minister Anna Berg said Norway would not ban Huawei.')).toContain('Anna Berg -HOLDS_ROLE-> Norway');
  });
  it('not a prime minister whose state qualifies the title', () => {
    const r = relations('Kina har kritiseret Danmark og Norge. Den norske statsminister Anna Berg vil ikke forbyde Huawei i Kina.');
    expect(r).toContain('Anna Berg -HOLDS_ROLE-> Norway');
    expect(r).not.toContain('Anna Berg -HOLDS_ROLE-> Denmark');
  });
});

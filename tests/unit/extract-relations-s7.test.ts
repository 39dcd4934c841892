// Session 7 relation rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a title that belongs to a body: official, executive, officer, adviser', () => {
  it('en: "X, a Treasury Department official," holds a role in the department', () => {
    const rels = relations('Microsoft spoke first. In a letter, Aimen Mir, a Treasury Department official, warned Broadcom.');
    expect(rels).toContain('Aimen Mir -HOLDS_ROLE-> Department of the Treasury');
  });
  it('en: "Google\'s chief global affairs officer, X," (three words between the genitive and the title)', () => {
    const rels = relations('Google protested. Google\'s chief global affairs officer, Kent Walker, slammed the decision.');
    expect(rels).toContain('Kent Walker -HOLDS_ROLE-> Google');
  });
  it('da: "X, en rådgiver i Erhvervsministeriet," holds a role in the ministry', () => {
    const rels = relations('Sagen blev drøftet i går. Søren Hansen, rådgiver i Erhvervsministeriet, sagde nej til Huawei.');
    expect(rels).toContain('Søren Hansen -HOLDS_ROLE-> Danish Ministry of Industry, Business and Financial Affairs');
  });
  it('"an executive order" is no title: no person, no role', () => {
    const rels = relations('President Joe Biden signed an executive order on Huawei.');
    expect(rels.filter((r) => r.includes('HOLDS_ROLE') && !r.startsWith('Joe Biden'))).toEqual([]);
  });
});

describe('"whose" and "hvis" give a title the body the relative clause follows', () => {
  it('en: "Spotify, whose founder and chief executive Daniel Ek" holds a role at Spotify, not at Apple', () => {
    const rels = relations('The fine pleased Spotify. Spotify, whose founder and chief executive Daniel Ek has long criticised Apple, welcomed it.');
    expect(rels).toContain('Daniel Ek -HOLDS_ROLE-> Spotify');
    expect(rels).not.toContain('Daniel Ek -HOLDS_ROLE-> Apple');
  });
  it('da: "Huawei, hvis danske direktør X": the firm\'s officer, not Denmark\'s; nor is Huawei Danish', () => {
    const rels = relations('Huawei svarede. Huawei, hvis danske direktør Tommy Zwicky har kritiseret forbuddet, er skuffet.');
    expect(rels).toContain('Tommy Zwicky -HOLDS_ROLE-> Huawei');
    expect(rels).not.toContain('Tommy Zwicky -HOLDS_ROLE-> Denmark');
    expect(rels).not.toContain('Huawei -BASED_IN-> Denmark');
  });
});

describe('a person who heads a body: "who chaired", "der leder"', () => {
  it('en: "X, who chaired the House Select Committee on China,"', () => {
    const rels = relations('Mike Gallagher, who chaired the House Select Committee on China, backed the bill.');
    expect(rels.some((r) => /^Mike Gallagher -HOLDS_ROLE-> House Select Committee/.test(r))).toBe(true);
  });
  it('da: "X, der leder BSI,"', () => {
    const rels = relations('Arne Schönbohm, der leder Bundesamt für Sicherheit in der Informationstechnik, advarede.');
    expect(rels).toContain('Arne Schönbohm -HOLDS_ROLE-> Federal Office for Information Security');
  });
  it('"the decision led Huawei to appeal": no person, no role', () => {
    expect(relations('The decision led Huawei to appeal.').filter((r) => r.includes('HOLDS_ROLE'))).toEqual([]);
  });
});

describe('a state\'s name as an adjective in a left apposition', () => {
  it('en: "MoneyGram, the US money-transfer firm," is based in the United States', () => {
    expect(relations('Washington acted. MoneyGram, the US money-transfer firm, called off its sale.')).toContain('MoneyGram -BASED_IN-> United States');
  });
  it('not where the state qualifies a name that follows ("Huawei, whose US rival Cisco")', () => {
    expect(relations('Washington acted. Huawei, whose US rival Cisco complained, said nothing.')).not.toContain('Huawei -BASED_IN-> United States');
  });
});

describe('a nationality word before a part of a firm is the part\'s', () => {
  it('da: "X, den canadiske afdeling af videotjenesten TikTok": TikTok is not Canadian', () => {
    const rels = relations('Regeringen har beordret TikTok Technology Canada, den canadiske afdeling af videotjenesten TikTok, til at lukke.');
    expect(rels).toContain('TikTok Technology Canada -BASED_IN-> Canada');
    expect(rels).not.toContain('TikTok -BASED_IN-> Canada');
  });
  it('en: "the Canadian arm of TikTok": TikTok is not Canadian', () => {
    const rels = relations('Ottawa ordered TikTok Technology Canada, the Canadian arm of TikTok, to wind up.');
    expect(rels).not.toContain('TikTok -BASED_IN-> Canada');
  });
  it('"Chinese makers such as X" still name X\'s country', () => {
    expect(relations('The rules hit Chinese makers such as Hikvision.')).toContain('Hikvision -BASED_IN-> China');
  });
});

describe('lists introduced by "in particular", "især"', () => {
  it('en: "Chinese rivals, in particular Huawei Technologies"', () => {
    expect(relations('The field would be open to Chinese rivals, in particular Huawei Technologies.')).toContain('Huawei -BASED_IN-> China');
  });
  it('da: "kinesiske leverandører, især Huawei og ZTE"', () => {
    const rels = relations('Forbuddet rammer kinesiske leverandører, især Huawei og ZTE.');
    expect(rels).toContain('Huawei -BASED_IN-> China');
    expect(rels).toContain('ZTE -BASED_IN-> China');
  });
});

describe('owner past a longer description', () => {
  it('en: "part-owned by Chinese e-commerce giant Alibaba"', () => {
    const rels = relations('Washington acted. Ant Financial, the payments group part-owned by Chinese e-commerce giant Alibaba, bid.');
    expect(rels.some((r) => /^Alibaba -OWNS-> Ant/.test(r))).toBe(true);
    expect(rels).not.toContain('China -OWNS-> Ant Group');
  });
});

describe('a verb joined by "og"/"and" shares the subject that opened the sentence', () => {
  it('da: "DeepSeek blev grundlagt … af X og har hovedsæde i Hangzhou"', () => {
    const rels = relations('Regeringen greb ind. DeepSeek blev grundlagt i 2023 af iværksætteren Liang Wenfeng og har hovedsæde i Hangzhou.');
    expect(rels).toContain('DeepSeek -BASED_IN-> Hangzhou');
    expect(rels).not.toContain('Liang Wenfeng -BASED_IN-> Hangzhou');
  });
  it('en: "Lattice Semiconductor makes chips … and is headquartered in Hillsboro"', () => {
    expect(relations('Officials spoke. Lattice Semiconductor makes chips for phones and is headquartered in Hillsboro.')).toContain('Lattice Semiconductor -BASED_IN-> Hillsboro');
  });
  it('not across a name that opens the second clause: "X acted and Y is headquartered in Z"', () => {
    expect(relations('Officials spoke. Intel complained, and Lattice Semiconductor is headquartered in Hillsboro.')).not.toContain('Intel -BASED_IN-> Hillsboro');
  });
});

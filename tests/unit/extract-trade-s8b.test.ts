// Session 8, second round of firm and place rules (SUPPLIES, OWNS, BASED_IN, ACQUIRES, PART_OF): each on sentences
// written for it, in both languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('goods bought from several vendors, by a firm that opens the sentence', () => {
  it('en: "X is a maker of servers and relies on chips from American firms such as Intel and AMD"', () => {
    const rels = relations('Lenovo, based in Beijing, is a big maker of laptops and relies on processors from American chip companies such as Intel and AMD.');
    expect(rels).toContain('Intel -SUPPLIES-> Lenovo');
    expect(rels).toContain('AMD -SUPPLIES-> Lenovo');
  });
  it('en: "buys equipment from Ericsson and Nokia"', () => {
    const rels = relations('Telia buys equipment from Ericsson and Nokia.');
    expect(rels).toContain('Ericsson -SUPPLIES-> Telia');
    expect(rels).toContain('Nokia -SUPPLIES-> Telia');
  });
  it('da: "Telenor er Norges største teleselskab og bruger udstyr fra Ericsson og Nokia"', () => {
    const rels = relations('Telenor er Norges største teleselskab og bruger udstyr fra Ericsson og Nokia.');
    expect(rels).toContain('Ericsson -SUPPLIES-> Telenor');
    expect(rels).toContain('Nokia -SUPPLIES-> Telenor');
  });
  it('not without a verb of use and goods: "Ericsson and Nokia said … no comment"', () => {
    const rels = relations('Ericsson and Nokia said on Monday that they had no comment.');
    expect(rels.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });
  it('not a vendor supplying itself: "Huawei uses chips from Huawei and Qualcomm"', () => {
    const rels = relations('Huawei and Xiaomi use chips from Huawei and Qualcomm.');
    expect(rels).not.toContain('Huawei -SUPPLIES-> Huawei');
  });
});

// Session 8 firm and place rules (SUPPLIES, OWNS, BASED_IN, ACQUIRES, PART_OF): each on sentences
// written for it, in both languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a vendor chosen for a network: "valgt X til at bygge sit 5G-net", "chose X to build its network"', () => {
  it('da: "har valgt den finske leverandør Nokia til at bygge sit nye mobilnet"', () => {
    const rels = relations('Telia har valgt den finske leverandør Nokia til at bygge sit nye mobilnet.');
    expect(rels).toContain('Nokia -SUPPLIES-> Telia');
  });
  it('da: "vælger Ericsson til 5G"', () => {
    const rels = relations('Telenor vælger Ericsson til 5G i hele landet.');
    expect(rels).toContain('Ericsson -SUPPLIES-> Telenor');
  });
  it('en: "chose Nokia to build its 5G network", "picked Ericsson for its radio network"', () => {
    expect(relations('Vodafone chose Nokia to build its 5G network.')).toContain('Nokia -SUPPLIES-> Vodafone');
    expect(relations('Telia picked Ericsson for its new radio network, the company said.')).toContain('Ericsson -SUPPLIES-> Telia');
  });
  it('not a purpose that is no network: "bruger TikTok til at dele videoer"', () => {
    const rels = relations('Telia bruger TikTok til at dele videoer med kunderne.');
    expect(rels).not.toContain('TikTok -SUPPLIES-> Telia');
  });
});

describe('a noun of supplying names the vendor after it', () => {
  it('da: "en aftale mellem teleselskabet Fastweb og den kinesiske leverandør Huawei"', () => {
    const rels = relations('Regeringen har stillet krav til en aftale mellem teleselskabet Wind og den kinesiske leverandør Huawei.');
    expect(rels).toContain('Huawei -SUPPLIES-> Wind');
    expect(rels).not.toContain('Wind -SUPPLIES-> Huawei');
  });
  it('en: "the deal between Vodafone and the Chinese supplier ZTE"', () => {
    const rels = relations('The regulator examined the deal between Vodafone and the Chinese supplier ZTE.');
    expect(rels).toContain('ZTE -SUPPLIES-> Vodafone');
    expect(rels).not.toContain('Vodafone -SUPPLIES-> ZTE');
  });
  it('not without a pair: "Telia kritiserede den kinesiske leverandør Huawei" gives no supply either way', () => {
    const rels = relations('Telia kritiserede i går den kinesiske leverandør Huawei.');
    expect(rels.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });
});

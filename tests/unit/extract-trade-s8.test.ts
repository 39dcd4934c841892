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

describe('a parent named by a genitive, an arm or a group', () => {
  it('en: "Alphabet\'s Google" is owned by Alphabet', () => {
    expect(relations('Alphabet\'s Google said it would appeal the ruling.')).toContain('Alphabet -OWNS-> Google');
  });
  it('not a deal the name qualifies: "Microsoft\'s Activision deal"', () => {
    expect(relations('Regulators blocked Microsoft\'s Activision deal on Tuesday.')).not.toContain('Microsoft -OWNS-> Activision Blizzard');
  });
  it('en: "X, the telecoms arm of the Y conglomerate"', () => {
    expect(relations('Bouygues Telecom, the mobile arm of the Bouygues conglomerate, will replace its antennas.')).toContain('Bouygues -OWNS-> Bouygues Telecom');
  });
  it('not an arm of a state: "Huawei, an arm of the Chinese state"', () => {
    expect(relations('Huawei, an arm of the Chinese state, is a threat, the minister said.').filter((r) => r.includes('OWNS'))).toEqual([]);
  });
  it('da: "X er en del af den finske Nokia-koncern"', () => {
    expect(relations('Alcatel Submarine Networks er en del af den finske Nokia-koncern.')).toContain('Nokia -OWNS-> Alcatel Submarine Networks');
  });
  it('en: "SFR is part of the Altice group"', () => {
    expect(relations('The regulator said SFR is part of the Altice group.')).toContain('Altice -OWNS-> SFR');
  });
  it('not a part of something that is no group: "Huawei is part of the problem, Ericsson said"', () => {
    expect(relations('Huawei is part of the problem, Ericsson said.').filter((r) => r.includes('OWNS'))).toEqual([]);
  });
});

describe('where a firm is based', () => {
  it('da: a verb joined by "og" has the opener as subject: "X er en del af Y og har hovedsæde i Z"', () => {
    const rels = relations('Alcatel Submarine Networks er ejet af den finske Nokia-koncern og har hovedsæde i Frankrig.');
    expect(rels).toContain('Alcatel Submarine Networks -BASED_IN-> France');
    expect(rels).not.toContain('Nokia -BASED_IN-> France');
  });
  it('en: "X is owned by Y and is headquartered in Z"', () => {
    const rels = relations('Alcatel Submarine Networks is owned by Nokia and has its headquarters in France.');
    expect(rels).toContain('Alcatel Submarine Networks -BASED_IN-> France');
    expect(rels).not.toContain('Nokia -BASED_IN-> France');
  });
  it('en: "X, one of China\'s largest internet companies,"', () => {
    expect(relations('Baidu, one of China\'s largest internet companies, denied the report.')).toContain('Baidu -BASED_IN-> China');
  });
  it('da: "X, en af Kinas største teknologikoncerner,"', () => {
    expect(relations('Appen ejes af Tencent, en af Kinas største teknologikoncerner, der har hovedsæde i Shenzhen.')).toContain('Tencent -BASED_IN-> China');
  });
  it('not one of a kind that is no firm: "Ericsson, en af Kinas største kritikere,"', () => {
    expect(relations('Ericsson, en af Kinas største kritikere, svarede ikke.')).not.toContain('Ericsson -BASED_IN-> China');
  });
  it('not a body named in a title: "den franske EU-kommissær X", "French EU commissioner X"', () => {
    expect(relations('Den franske EU-kommissær Thierry Breton har kritiseret TikTok.')).not.toContain('European Union -BASED_IN-> France');
    expect(relations('French EU commissioner Thierry Breton criticised TikTok.')).not.toContain('European Union -BASED_IN-> France');
  });
});

describe('a supplier\'s customer is a buyer, not a place nor a plant', () => {
  it('da: "tilladelse til at levere teletjenester i USA" names no customer', () => {
    const rels = relations('Tilsynet har tilbagekaldt China Telecoms tilladelse til at levere teletjenester i USA.');
    expect(rels.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });
  it('en: "licence to supply services in the United States" names no customer', () => {
    const rels = relations('The FCC revoked the licence of China Telecom to supply services in the United States.');
    expect(rels.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });
  it('a firm after the verb is still the customer: "Nokia skal levere udstyr til Telia"', () => {
    expect(relations('Nokia skal levere udstyr til Telia i Sverige.')).toContain('Nokia -SUPPLIES-> Telia');
  });
  it('a state\'s genitive is no customer: "Danmarks største teleselskab … selv om Huawei har leveret udstyr"', () => {
    const rels = relations('Dermed lukker Danmarks største teleselskab Huawei ude, selv om Huawei har leveret udstyr til det nuværende mobilnet.');
    expect(rels).not.toContain('Huawei -SUPPLIES-> Denmark');
  });
  it('da/en: selling "it" to a firm is a sale of the business, not a supply', () => {
    expect(relations('Rolls-Royce indgik en aftale om at sælge den til TMH for 150 millioner euro.')).not.toContain('Rolls-Royce -SUPPLIES-> TMH');
    expect(relations('Rolls-Royce agreed to sell it to TMH for 150 million euros.')).not.toContain('Rolls-Royce -SUPPLIES-> TMH');
  });
  it('selling goods still is: "Rolls-Royce sælger motorer til TMH", "Applied Materials sells tools to SMIC"', () => {
    expect(relations('Rolls-Royce sælger motorer til TMH.')).toContain('Rolls-Royce -SUPPLIES-> TMH');
    expect(relations('Applied Materials sells tools to SMIC.')).toContain('Applied Materials -SUPPLIES-> SMIC');
  });
});

describe('a supplier, a seller and a holder as the subject of a joined verb or a possessive', () => {
  it('da: "X er verdens største producent af batterier og leverer blandt andet til Y"', () => {
    expect(relations('CATL er verdens største producent af batterier til elbiler og leverer blandt andet til Tesla.')).toContain('CATL -SUPPLIES-> Tesla');
  });
  it('en: "X is Europe\'s largest maker of network gear and supplies Y"', () => {
    expect(relations('Ericsson is Europe\'s largest maker of network gear and supplies Telia.')).toContain('Ericsson -SUPPLIES-> Telia');
  });
  it('en: "X called off its sale to Y": Y would have bought X', () => {
    expect(relations('MoneyGram, the US money-transfer firm, called off its sale to Ant Group after the review.')).toContain('Ant Group -ACQUIRES-> MoneyGram');
  });
  it('da: "X har aflyst sit salg til Y"', () => {
    expect(relations('TikTok har aflyst sit salg til Oracle efter kritik fra Kina.')).toContain('Oracle -ACQUIRES-> TikTok');
  });
  it('not a sale of goods: "sales to Huawei" has no possessive owner sold', () => {
    expect(relations('Qualcomm said its sales to Huawei fell.').filter((r) => r.includes('ACQUIRES'))).toEqual([]);
  });
  it('en: "X has built a stake in Y"', () => {
    expect(relations('Elliott Management has built a large stake in Qualcomm.')).toContain('Elliott Management -OWNS-> Qualcomm');
  });
  it('not past a comma: "X, which had built a stake in the group, pushed Y"', () => {
    expect(relations('Elliott Management, the fund that had built a stake in the group, pushed Qualcomm to raise its offer.')).not.toContain('Elliott Management -OWNS-> Qualcomm');
  });
});

describe('shareholders named after a verb: "X\'s largest shareholders include A and B"', () => {
  it('en: "Didi\'s largest shareholders include SoftBank, Tencent and Uber"', () => {
    const rels = relations('Didi\'s largest shareholders include SoftBank, Tencent and Uber.');
    expect(rels).toContain('Tencent -OWNS-> Didi Chuxing');
    expect(rels).toContain('Uber -OWNS-> Didi Chuxing');
  });
  it('da: "Blandt Didis største aktionærer er den kinesiske internetgigant Tencent og det amerikanske Uber"', () => {
    const rels = relations('Blandt Didis største aktionærer er den kinesiske internetgigant Tencent og det amerikanske Uber.');
    expect(rels).toContain('Tencent -OWNS-> Didi Chuxing');
    expect(rels).toContain('Uber -OWNS-> Didi Chuxing');
    expect(rels).not.toContain('China -OWNS-> Didi Chuxing');
  });
  it('not a clause about the shareholders: "Didi\'s shareholders are worried about Tencent"', () => {
    expect(relations('Didi\'s shareholders are worried about Tencent.').filter((r) => r.includes('OWNS'))).toEqual([]);
  });
});

describe('"Town, State-based": the town is no firm in apposition', () => {
  it('en: "The Mountain View, California-based company" gives the town no home', () => {
    expect(relations('The Mountain View, California-based company has long argued that people prefer its search engine.').filter((r) => r.includes('BASED_IN'))).toEqual([]);
  });
  it('a firm in apposition still is: "ByteDance, Beijing-based owner of TikTok," and "ByteDance, the Beijing-based owner"', () => {
    expect(relations('ByteDance, Beijing-based owner of TikTok, denied it.')).toContain('ByteDance -BASED_IN-> China');
    expect(relations('ByteDance, the Beijing-based owner of TikTok, denied it.')).toContain('ByteDance -BASED_IN-> China');
  });
});

describe('suppliers of goods: bought, relied on, made for, and a customer\'s suppliers', () => {
  it('en/da: "buys chips from X", "køber chips fra X"', () => {
    expect(relations('Huawei buys chips from Qualcomm.')).toContain('Qualcomm -SUPPLIES-> Huawei');
    expect(relations('Huawei køber chips fra Qualcomm.')).toContain('Qualcomm -SUPPLIES-> Huawei');
  });
  it('en: "relies on X for its chips", "rely heavily on X for their networks"', () => {
    expect(relations('Apple relies on TSMC for its chips.')).toContain('TSMC -SUPPLIES-> Apple');
    expect(relations('Telia relies heavily on Huawei for its mobile networks.')).toContain('Huawei -SUPPLIES-> Telia');
  });
  it('not a reliance for something else: "relies on Google for advice"', () => {
    expect(relations('Telia relies on Google for advice.')).not.toContain('Google -SUPPLIES-> Telia');
  });
  it('en/da: "X makes chips for A and B", "X producerer chips til A og B"', () => {
    const en = relations('TSMC makes chips for Apple and Nvidia.');
    expect(en).toContain('TSMC -SUPPLIES-> Apple');
    expect(en).toContain('TSMC -SUPPLIES-> Nvidia');
    expect(relations('TSMC producerer chips til Apple og Nvidia.')).toContain('TSMC -SUPPLIES-> Nvidia');
  });
  it('not a thing made for no firm: "TSMC makes it hard for Apple"', () => {
    expect(relations('TSMC makes it hard for Apple to switch.')).not.toContain('TSMC -SUPPLIES-> Apple');
  });
  it('en/da: a genitive on "suppliers" is the customer: "Huawei\'s suppliers include Qualcomm and Intel"', () => {
    const en = relations('Huawei\'s suppliers include Qualcomm and Intel.');
    expect(en).toContain('Qualcomm -SUPPLIES-> Huawei');
    expect(en).not.toContain('Huawei -SUPPLIES-> Qualcomm');
    const da = relations('Blandt Huaweis største leverandører er Qualcomm og Intel.');
    expect(da).toContain('Intel -SUPPLIES-> Huawei');
    expect(da).not.toContain('Huawei -SUPPLIES-> Intel');
  });
});

describe('owners named by a hyphen or a possessive with an apposition', () => {
  it('en/da: "Tencent-owned WeChat", "den Tencent-ejede app WeChat"', () => {
    expect(relations('Users of Tencent-owned WeChat were affected.')).toContain('Tencent -OWNS-> WeChat');
    expect(relations('Brugere af den Tencent-ejede app WeChat blev ramt.')).toContain('Tencent -OWNS-> WeChat');
  });
  it('not across a preposition: "a Tencent-owned stake in a bank, not WeChat"', () => {
    expect(relations('It sold a Tencent-owned stake in the bank to WeChat users.')).not.toContain('Tencent -OWNS-> WeChat');
  });
  it('en/da: "its two most powerful data-centre processors, the A100 and H100"', () => {
    const en = relations('Nvidia was told to stop selling its two most powerful data-centre processors, the A100 and H100, to China.');
    expect(en).toContain('Nvidia -OWNS-> A100');
    expect(en).toContain('Nvidia -OWNS-> H100');
    expect(relations('Nvidia må ikke længere sælge sine to mest avancerede processorer, de A100 og H100, til Kina.')).toContain('Nvidia -OWNS-> H100');
  });
  it('not a product after a clause: "its processors, the ministry said, …"', () => {
    expect(relations('Nvidia may sell its processors, the ministry said, and Huawei agreed.').filter((r) => r.includes('OWNS'))).toEqual([]);
  });
});

describe('a firm whose name opens with its state\'s name', () => {
  it('en: "China Mobile" and "China Unicom Americas" are Chinese when the text names China', () => {
    const rels = relations('China protested after the FCC barred China Mobile and China Unicom Americas from the market.');
    expect(rels).toContain('China Mobile -BASED_IN-> China');
    expect(rels).toContain('China Unicom Americas -BASED_IN-> China');
  });
  it('da: "China Telecom" is Chinese when the text names Kina', () => {
    expect(relations('Kina kritiserede, at FCC har smidt China Telecom ud af USA.')).toContain('China Telecom -BASED_IN-> China');
  });
  it('not a firm whose name does not open with the state: "Ericsson" in a text about China', () => {
    expect(relations('China protested after Huawei and Ericsson were named.')).not.toContain('Ericsson -BASED_IN-> China');
  });
});

describe('goods from a described vendor, and co-owners', () => {
  it('da: "bruge udstyr fra den kinesiske leverandør Huawei"', () => {
    expect(relations('Telia vil bruge udstyr fra den kinesiske leverandør Huawei i det kommende 5G-net.')).toContain('Huawei -SUPPLIES-> Telia');
  });
  it('en: "uses equipment from Chinese vendor ZTE"', () => {
    expect(relations('Telia uses equipment from Chinese vendor ZTE in its network.')).toContain('ZTE -SUPPLIES-> Telia');
  });
  it('not goods from a place: "udstyr fra det kinesiske marked"', () => {
    expect(relations('Telia bruger udstyr fra det kinesiske marked.').filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });
  it('da: "ejet af X sammen med de danske pensionskasser A, B og C"', () => {
    const rels = relations('TDC er ejet af den australske kapitalfond Macquarie sammen med de danske pensionskasser ATP, PFA og PKA.');
    expect(rels).toContain('Macquarie -OWNS-> TDC');
    expect(rels).toContain('ATP -OWNS-> TDC');
    expect(rels).toContain('PKA -OWNS-> TDC');
  });
  it('not a partner in another clause: "ejet af Macquarie, mens ATP samarbejder med PFA"', () => {
    expect(relations('TDC er ejet af Macquarie, mens ATP samarbejder med PFA.')).not.toContain('ATP -OWNS-> TDC');
  });
});

describe('the one bought from is the seller, not the firm bought', () => {
  it('en: "negotiating to buy shares from South Korea\'s Naver"', () => {
    expect(relations('SoftBank is negotiating to buy shares from South Korea\'s Naver in the holding company.')).not.toContain('SoftBank Group -ACQUIRES-> Naver');
  });
  it('da: "vil købe aktier fra Naver"', () => {
    expect(relations('SoftBank vil købe aktier fra Naver.')).not.toContain('SoftBank Group -ACQUIRES-> Naver');
  });
  it('the firm bought still is: "agreed to buy Arm from its owners"', () => {
    expect(relations('SoftBank agreed to buy Arm from its owners.')).toContain('SoftBank Group -ACQUIRES-> Arm');
  });
});

describe('a state\'s genitive on a description, the firm in apposition after it', () => {
  it('en: "China\'s largest chipmaker, SMIC, said …"', () => {
    expect(relations('China\'s largest chipmaker, SMIC, said sales fell.')).toContain('SMIC -BASED_IN-> China');
  });
  it('da: "Kinas største chipproducent, SMIC, oplyste …"', () => {
    expect(relations('Kinas største chipproducent, SMIC, oplyste at salget faldt.')).toContain('SMIC -BASED_IN-> China');
  });
  it('not a description that is no firm: "China\'s regulator, Huawei and ZTE met"', () => {
    expect(relations('China\'s regulator, Huawei and ZTE met.')).not.toContain('Huawei -BASED_IN-> China');
  });
});

describe('da: "har sæde i", "med sæde i" name a firm\'s seat', () => {
  it('"Meta har sæde i Dublin", "Huawei, med sæde i Shenzhen,"', () => {
    expect(relations('Meta har sæde i Dublin.')).toContain('Meta -BASED_IN-> Dublin');
    expect(relations('Selskabet Huawei, med sæde i Shenzhen, afviste kritikken.')).toContain('Huawei -BASED_IN-> Shenzhen');
  });
  it('not a seat on a body: "Ericsson har sæde i bestyrelsen"', () => {
    expect(relations('Ericsson har sæde i bestyrelsen for EU-samarbejdet.').filter((r) => r.includes('BASED_IN'))).toEqual([]);
  });
});

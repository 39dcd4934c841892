// Session 11 TARGETS rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a body of the state that only reports the measure ("Det oplyser X") takes the state\'s measure', () => {
  it('da: "Det oplyser X" two sentences after the measure', () => {
    const rels = relations('Den norske regering forbyder salget af værftet til det kinesiske selskab Huawei. Regeringen vil beskytte landets sikkerhed. Det oplyser Nærings- og fiskeridepartementet.');
    expect(rels).toContain('Norway -TARGETS-> Huawei');
    expect(rels).toContain('Ministry of Trade, Industry and Fisheries -TARGETS-> Huawei');
  });
  it('en: "That was announced by X" right after the measure', () => {
    const rels = relations('The Canadian government banned WeChat from all government phones on Monday. That was announced by the Treasury Board of Canada Secretariat in Ottawa.');
    expect(rels).toContain('Treasury Board of Canada Secretariat -TARGETS-> WeChat');
  });
  it('not a body of another state, nor one that reports far from the measure', () => {
    const other = relations('Den norske regering forbyder salget af værftet til det kinesiske selskab Huawei. Det oplyser det canadiske Treasury Board of Canada Secretariat.');
    expect(other).not.toContain('Treasury Board of Canada Secretariat -TARGETS-> Huawei');
    const far = relations('Den norske regering forbyder salget af værftet til Huawei. Regeringen vil beskytte landets sikkerhed. Værftet ligger i Bergen. Salget var aftalt i foråret. Det oplyser Nærings- og fiskeridepartementet.');
    expect(far).not.toContain('Ministry of Trade, Industry and Fisheries -TARGETS-> Huawei');
  });
});

describe('a definite measure noun with an auxiliary before a participle trigger refers back ("The decision is aimed at X")', () => {
  it('en: "The decision is aimed at X" after a fine', () => {
    const rels = relations('The Federal Communications Commission fined Huawei 10 million dollars on Tuesday. The decision is also aimed at its partner ZTE.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> Huawei');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> ZTE');
  });
  it('da: "Påbuddet var rettet mod X og Y"', () => {
    const rels = relations('Det franske datatilsyn CNIL beordrede i marts, at tjenesten skulle stoppe med det samme. Påbuddet var rettet mod Google og YouTube.');
    expect(rels).toContain('CNIL -TARGETS-> Google');
    expect(rels).toContain('CNIL -TARGETS-> YouTube');
  });
  it('not when no measure was reported just before', () => {
    const rels = relations('The Federal Communications Commission opened a new office in Denver in May. The decision is aimed at ZTE.');
    expect(rels).not.toContain('Federal Communications Commission -TARGETS-> ZTE');
  });
});

describe('a state or regulator that withholds the approval a deal needs blocks the buyer', () => {
  it('en: "X abandoned its takeover of Y after China\'s regulator failed to clear the deal"', () => {
    const rels = relations('Intel has abandoned its $5 billion takeover of the Israeli chipmaker Tower Semiconductor after China\'s market regulator failed to clear the deal in time.');
    expect(rels).toContain('State Administration for Market Regulation -TARGETS-> Intel');
  });
  it('en: a headline, "X walks away from Y after Beijing withholds approval"', () => {
    expect(relations('Intel walks away from Tower Semiconductor after Beijing withholds approval')).toContain('China -TARGETS-> Intel');
  });
  it('da: "X dropper købet af Y, efter at Kinas godkendelse var udeblevet" and "efter udeblevet godkendelse fra Kina"', () => {
    expect(relations('Det amerikanske selskab Intel dropper købet af Tower Semiconductor, efter at Kinas godkendelse var udeblevet.')).toContain('China -TARGETS-> Intel');
    expect(relations('Intel opgiver købet af Tower Semiconductor efter udeblevet godkendelse fra Kina.')).toContain('China -TARGETS-> Intel');
  });
  it('not when the approval is given', () => {
    const rels = relations('Intel completed its takeover of Tower Semiconductor after China\'s market regulator approved the deal.');
    expect(rels).not.toContain('China -TARGETS-> Intel');
    expect(relations('Intel gennemførte købet af Tower Semiconductor, efter at Kinas godkendelse var kommet.')).not.toContain('China -TARGETS-> Intel');
  });
});

describe('the body on whose recommendation a measure is taken aims it at the same targets', () => {
  it('en: "The decision followed a recommendation from X" in the next sentence', () => {
    const rels = relations('The United States on Friday blocked the sale of the chip plant to Huawei. The decision followed a recommendation from the Committee on Foreign Investment in the United States.');
    expect(rels).toContain('Committee on Foreign Investment in the United States -TARGETS-> Huawei');
  });
  it('da: "efter anbefaling fra X" in the same sentence', () => {
    const rels = relations('Den danske regering har forbudt TikTok på ministeriernes telefoner efter en anbefaling fra Center for Cybersikkerhed.');
    expect(rels).toContain('Denmark -TARGETS-> TikTok');
    expect(rels).toContain('Centre for Cyber Security -TARGETS-> TikTok');
  });
  it('not without a measure reported nearby', () => {
    const rels = relations('Huawei opened a research centre in Munich in May. The company followed a recommendation from the Committee on Foreign Investment in the United States.');
    expect(rels.filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

describe('a definite description of the firm after the trigger, over a nationality and a lower-case noun, stands for the firm named before', () => {
  it('en: "excluded the Chinese telecoms giant", "excluded the telecoms giant"', () => {
    expect(relations('Huawei has grown fast in Europe. Sweden\'s regulator PTS excluded the Chinese telecoms giant from its 5G auction.')).toContain('Swedish Post and Telecom Authority -TARGETS-> Huawei');
    expect(relations('Huawei has grown fast in Europe. PTS excluded the telecoms giant from its 5G auction.')).toContain('Swedish Post and Telecom Authority -TARGETS-> Huawei');
  });
  it('da: "udelukkede den store kinesiske telegigant"', () => {
    expect(relations('Huawei har vokset hurtigt i Europa. PTS udelukkede i går den store kinesiske telegigant fra 5G-auktionen.')).toContain('Swedish Post and Telecom Authority -TARGETS-> Huawei');
  });
  it('not over a capitalised word or a name between', () => {
    expect(relations('Huawei has grown fast in Europe. PTS excluded the Nordic operator giant from its auction.')).not.toContain('Swedish Post and Telecom Authority -TARGETS-> Huawei');
  });
});

describe('the names "including" introduces after a nationality and a plural noun, over a description of two words, are the targets', () => {
  it('en: "bans 59 Chinese apps, including the video service TikTok and …"', () => {
    const rels = relations('Pakistan banned 40 Chinese apps on Monday, including the video service TikTok and the messaging app WeChat.');
    expect(rels).toContain('Pakistan -TARGETS-> TikTok');
    expect(rels).toContain('Pakistan -TARGETS-> WeChat');
    expect(rels).not.toContain('Pakistan -TARGETS-> China');
  });
  it('da: "forbyder 40 kinesiske apps, herunder den populære videotjeneste TikTok"', () => {
    const rels = relations('Pakistan forbyder 40 kinesiske apps, herunder den populære videotjeneste TikTok og beskedtjenesten WeChat.');
    expect(rels).toContain('Pakistan -TARGETS-> TikTok');
    expect(rels).not.toContain('Pakistan -TARGETS-> China');
  });
  it('not a name after a clause of its own', () => {
    const rels = relations('Pakistan banned 40 Chinese apps on Monday, including some that were made for children, said the minister of Apple.');
    expect(rels).not.toContain('Pakistan -TARGETS-> Apple');
  });
});

describe('the names after "heriblandt"/"including" take a ban on apps described by their origin, over a one-word description', () => {
  it('da: "forbyder 40 apps med kinesisk oprindelse, heriblandt videotjenesten TikTok og …"', () => {
    const rels = relations('Pakistans regering forbyder 40 apps med kinesisk oprindelse, heriblandt videotjenesten TikTok og beskedtjenesten WeChat.');
    expect(rels).toContain('Pakistan -TARGETS-> TikTok');
    expect(rels).toContain('Pakistan -TARGETS-> WeChat');
  });
  it('en: "bans 40 apps of Chinese origin, including the video service TikTok"', () => {
    const rels = relations('Pakistan\'s government banned 40 apps of Chinese origin, including the video service TikTok and the messaging app WeChat.');
    expect(rels).toContain('Pakistan -TARGETS-> TikTok');
    expect(rels).not.toContain('Pakistan -TARGETS-> China');
  });
});

describe('a sentence opening on the list of the measure just reported names more of its targets', () => {
  it('en: "Also on the list are X and Y", "The list also includes X"', () => {
    expect(relations('Pakistan banned TikTok and 39 other apps on Monday. Also on the list are Shareit and CamScanner.')).toContain('Pakistan -TARGETS-> CamScanner');
    expect(relations('Pakistan banned TikTok and 39 other apps on Monday. The list also includes Shareit and CamScanner.')).toContain('Pakistan -TARGETS-> CamScanner');
  });
  it('da: "På listen står også X og Y"', () => {
    expect(relations('Pakistan forbød mandag TikTok og 39 andre apps. På listen står også Shareit og CamScanner.')).toContain('Pakistan -TARGETS-> CamScanner');
  });
  it('not without a measure reported just before', () => {
    expect(relations('Pakistan has many app users. Also on the list are Shareit and CamScanner.')).not.toContain('Pakistan -TARGETS-> CamScanner');
  });
});

describe('the states that took a similar measure aim it at the same targets', () => {
  it('en: "following similar moves in the United States and Canada"', () => {
    const rels = relations('Last month the Dutch government banned TikTok on government phones, following similar moves in the United States and Canada.');
    expect(rels).toContain('Netherlands -TARGETS-> TikTok');
    expect(rels).toContain('United States -TARGETS-> TikTok');
    expect(rels).toContain('Canada -TARGETS-> TikTok');
  });
  it('da: "Sverige indførte et tilsvarende forbud" the sentence after', () => {
    const rels = relations('Den danske regering har forbudt TikTok på ministeriernes telefoner. Sverige indførte et tilsvarende forbud i marts.');
    expect(rels).toContain('Sweden -TARGETS-> TikTok');
  });
  it('not without a measure reported nearby', () => {
    const rels = relations('TikTok is popular with teenagers. Canada has considered similar moves in the past.');
    expect(rels).not.toContain('Canada -TARGETS-> TikTok');
  });
});

describe('the body a measure noun was set, imposed or taken by, in the sentence after the measure, aims it at the same targets', () => {
  it('en: "The ban was set by X"', () => {
    expect(relations('The Canadian government banned WeChat on Monday. The ban was set by the Treasury Board of Canada Secretariat.')).toContain('Treasury Board of Canada Secretariat -TARGETS-> WeChat');
  });
  it('da: "Afgørelsen blev truffet af X"', () => {
    expect(relations('Danmark har forbudt TikTok. Afgørelsen blev truffet af Forsvarsministeriet i marts.')).toContain('Danish Ministry of Defence -TARGETS-> TikTok');
  });
  it('not a body after "by" without a measure noun as the subject', () => {
    expect(relations('The Canadian government banned WeChat on Monday. A new record was set by the Treasury Board of Canada Secretariat.')).not.toContain('Treasury Board of Canada Secretariat -TARGETS-> WeChat');
  });
});

describe('a sentence opening on the names a list measure added names more of its targets', () => {
  it('en: "Among the other additions was the drone maker X"', () => {
    const rels = relations('The Commerce Department placed SMIC and dozens of other firms on its Entity List on Friday. Among the other additions was the drone maker DJI.');
    expect(rels).toContain('Commerce Department -TARGETS-> DJI');
  });
  it('da: "Blandt de øvrige nye navne på listen er droneproducenten X"', () => {
    const rels = relations('Handelsministeriet satte fredag SMIC og snesevis af andre selskaber på sin Entity List. Blandt de øvrige nye navne på listen er droneproducenten DJI.');
    expect(rels).toContain('Entity List -TARGETS-> DJI');
  });
  it('not without a measure reported just before', () => {
    const rels = relations('SMIC and DJI make chips and drones. Among the other companies in the region is Huawei.');
    expect(rels.filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

describe('leaving firms off a list, or naming them as not among those allowed, excludes them', () => {
  it('en: "leaves X and Y off its list", "X and Y are not among the companies allowed"', () => {
    const off = relations('Vietnam leaves Huawei and ZTE off its list of 5G suppliers.');
    expect(off).toContain('Vietnam -TARGETS-> Huawei');
    expect(off).toContain('Vietnam -TARGETS-> ZTE');
    const among = relations('Vietnam has approved the first 5G trials, but Huawei and ZTE are not among the companies allowed to take part.');
    expect(among).toContain('Vietnam -TARGETS-> Huawei');
    expect(among).toContain('Vietnam -TARGETS-> ZTE');
  });
  it('da: "udelader X og Y fra listen", "X og Y er ikke blandt de selskaber, der må deltage"', () => {
    expect(relations('Vietnam udelader Huawei og ZTE fra listen over 5G-leverandører.')).toContain('Vietnam -TARGETS-> ZTE');
    const among = relations('Vietnam har godkendt de første 5G-forsøg, men Huawei og ZTE er ikke blandt de selskaber, der må deltage.');
    expect(among).toContain('Vietnam -TARGETS-> Huawei');
    expect(among).toContain('Vietnam -TARGETS-> ZTE');
  });
  it('not leaving out a thing that is no firm', () => {
    expect(relations('Vietnam left the details off the record, said Huawei.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
    expect(relations('Vietnam udelod detaljerne fra rapporten, siger Huawei.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

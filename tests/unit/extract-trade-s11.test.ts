// Session 11 (x11-O), firm and place rules (BASED_IN, OWNS, HOLDS_ROLE, PART_OF): each on sentences written for it,
// in both languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a nationality word on a noun for the owner is the owner\'s, not the name the phrase follows', () => {
  it('en: "X, its Chinese parent Y", "whose Japanese parent company, Y,"', () => {
    const a = relations('Lawmakers questioned Nordlight, its Japanese parent Kairo Holdings and two banks on Tuesday.');
    expect(a).toContain('Kairo Holdings -BASED_IN-> Japan');
    expect(a).not.toContain('Nordlight -BASED_IN-> Japan');
    const b = relations('Regulators fined Nordlight, whose Japanese parent company, Kairo Holdings, said it would appeal.');
    expect(b).toContain('Kairo Holdings -BASED_IN-> Japan');
    expect(b).not.toContain('Nordlight -BASED_IN-> Japan');
  });
  it('da: "X, dets japanske ejer Y"', () => {
    const a = relations('Tilsynet undersøger Nordlight, dets japanske ejer Kairo Holdings og to banker.');
    expect(a).toContain('Kairo Holdings -BASED_IN-> Japan');
    expect(a).not.toContain('Nordlight -BASED_IN-> Japan');
  });
  it('not a noun for a kind of firm: that phrase still describes the name before it', () => {
    expect(relations('Nordlight, a Japanese firm, was fined.')).toContain('Nordlight -BASED_IN-> Japan');
    expect(relations('Nordlight, et japansk selskab, fik en bøde.')).toContain('Nordlight -BASED_IN-> Japan');
  });
});

describe('"the state-owned X" with no state beside the word: the state the firm belongs to owns it', () => {
  it('en: the state an earlier sentence placed the firm in, before the name or in apposition', () => {
    expect(relations('Kairo Telecom is a Japanese carrier. Regulators questioned the state-owned Kairo Telecom on Monday.')).toContain('Japan -OWNS-> Kairo Telecom');
    expect(relations('Kairo Telecom is a Japanese carrier. Kairo Telecom, a state-owned carrier, denied the claims.')).toContain('Japan -OWNS-> Kairo Telecom');
  });
  it('da: "det statsejede teleselskab X"', () => {
    expect(relations('Kairo Telecom er et japansk teleselskab. Tilsynet har udspurgt det statsejede teleselskab Kairo Telecom.')).toContain('Japan -OWNS-> Kairo Telecom');
  });
  it('not a firm whose state the text does not give, nor another firm\'s state', () => {
    expect(relations('The state-owned Kairo Telecom was fined by the regulator in Japan.').filter((r) => r.includes('OWNS'))).toEqual([]);
    expect(relations('Nordlight is a Japanese firm. Nordlight bought a stake in the state-owned Kairo Telecom.')).not.toContain('Japan -OWNS-> Kairo Telecom');
  });
});

describe('"the country\'s largest carrier", "landets største teleselskab": a firm or body of the state in view', () => {
  it('en: the firm before or after the description, of the state named in the sentence before', () => {
    expect(relations('Japan has tightened its rules. Kairo Telecom, the country\'s largest carrier, said it would comply.')).toContain('Kairo Telecom -BASED_IN-> Japan');
    expect(relations('Japan has tightened its rules. The country\'s biggest mobile operator, Kairo Telecom, said it would comply.')).toContain('Kairo Telecom -BASED_IN-> Japan');
  });
  it('da: "X, der er landets største teleselskab", and a body of the state ("landets telemyndighed, X")', () => {
    expect(relations('Japan har strammet reglerne. Kairo Telecom, der er landets største teleselskab, vil følge dem.')).toContain('Kairo Telecom -BASED_IN-> Japan');
    expect(relations('Japan har strammet reglerne. Landets telemyndighed, Kairo Telecom Authority, fører tilsyn med dem.')).toContain('Kairo Telecom Authority -PART_OF-> Japan');
  });
  it('not a person, not with no name beside the description, not with no state in view', () => {
    const a = relations('Japan has tightened its rules. Kairo Telecom and the country\'s largest carrier said they would comply.');
    expect(a).not.toContain('Kairo Telecom -BASED_IN-> Japan');
    expect(relations('Kairo Telecom, landets største teleselskab, vil følge reglerne.').filter((r) => r.includes('BASED_IN'))).toEqual([]);
  });
  it('not the state of a nationality word on a firm in the sentence before', () => {
    const a = relations('Norge har forbudt den japanske app Nordlys. Landets telemyndighed, Kairo Telecom Authority, fører tilsyn med forbuddet.');
    expect(a).not.toContain('Kairo Telecom Authority -PART_OF-> Japan');
    expect(a).toContain('Kairo Telecom Authority -PART_OF-> Norway');
  });
});

describe('"the Seattle company", "Seattle-selskabet": a town qualifying a definite noun for a firm names the seat of the firm in view', () => {
  it('en: "The Seattle company said"', () => {
    expect(relations('Nordlight Systems was fined on Monday. The Seattle company said it would appeal.')).toContain('Nordlight Systems -BASED_IN-> Seattle');
  });
  it('da: "Seattle-selskabet oplyser"', () => {
    expect(relations('Nordlight Systems har fået en bøde. Seattle-selskabet oplyser, at det vil anke.')).toContain('Nordlight Systems -BASED_IN-> Seattle');
  });
  it('not a plural, nor a noun with a name of its own after it', () => {
    expect(relations('Nordlight Systems har fået en bøde. Flere Seattle-selskaber vil anke.')).not.toContain('Nordlight Systems -BASED_IN-> Seattle');
    expect(relations('Nordlight Systems was fined on Monday. The Seattle company Kairo Systems said it would appeal.')).not.toContain('Nordlight Systems -BASED_IN-> Seattle');
  });
});

describe('a judge of a supreme court: "Justice X", "højesteretsdommer X" holds the role in the court the text names', () => {
  it('en: "Supreme Court Justice X", "and Justice X wrote"', () => {
    expect(relations('The US Supreme Court upheld the law on Friday, and Justice Anna Berg wrote a separate opinion for the court.')).toContain('Anna Berg -HOLDS_ROLE-> US Supreme Court');
    expect(relations('Brazilian Supreme Court Justice Anna Berg ordered the suspension of the platform across the country.')).toContain('Anna Berg -HOLDS_ROLE-> Supreme Federal Court');
  });
  it('da: "højesteretsdommer X"', () => {
    expect(relations('Den brasilianske højesteret, Supremo Tribunal Federal, stadfæstede forbuddet, og højesteretsdommer Anna Berg skrev afgørelsen.')).toContain('Anna Berg -HOLDS_ROLE-> Supreme Federal Court');
  });
  it('not "justice" as a common noun, nor inside a body\'s name', () => {
    const a = relations('The Justice Department said on Monday that it would bring Anna Berg to justice for the attacks.');
    expect(a.filter((r) => r.startsWith('Anna Berg -HOLDS_ROLE'))).toEqual([]);
  });
});

describe('a firm named with a state\'s name last ("Ericsson Canada", "Huawei Danmark") is seated in that state', () => {
  it('en: the state named in the text', () => {
    expect(relations('Canada has told Ericsson Canada to explain how its equipment is tested.')).toContain('Ericsson Canada -BASED_IN-> Canada');
  });
  it('da: the state by its Danish name too', () => {
    expect(relations('Huawei Danmark har afvist kritikken fra de danske myndigheder i Danmark.')).toContain('Huawei Danmark -BASED_IN-> Denmark');
  });
  it('not a state the text does not name, nor a state\'s name inside the firm\'s name', () => {
    expect(relations('Ericsson Canada said on Monday that it would appeal the order.').filter((r) => r.includes('BASED_IN'))).toEqual([]);
    expect(relations('Canada fined Ericsson Canada Systems on Monday for breaking the rules.')).not.toContain('Ericsson Canada Systems -BASED_IN-> Canada');
  });
});

describe('a firm ordered to sell its holding in another has bought into it (ACQUIRES, completed)', () => {
  it('en: "ordered X, a description, to sell its majority stake in Y"', () => {
    expect(relations('A US government panel has ordered Kairo Systems, a Japanese firm, to sell its majority stake in Nordlight Labs.')).toContain('Kairo Systems -ACQUIRES-> Nordlight Labs');
    expect(relations('The British government has ordered Kairo Systems to sell at least 86 percent of Nordlight Labs.')).toContain('Kairo Systems -ACQUIRES-> Nordlight Labs');
  });
  it('da: "har beordret den japanske koncern X til at sælge mindst 86 procent af Y"', () => {
    expect(relations('Den britiske regering har beordret den japanske koncern Kairo Systems til at sælge mindst 86 procent af Nordlight Labs.')).toContain('Kairo Systems -ACQUIRES-> Nordlight Labs');
  });
  it('not a whole business the firm may have built, nor a sale no one ordered', () => {
    expect(relations('The government has ordered Kairo Systems to sell Nordlight Labs within 90 days.')).not.toContain('Kairo Systems -ACQUIRES-> Nordlight Labs');
    expect(relations('Kairo Systems har besluttet at sælge sine aktier i Nordlight Labs.')).not.toContain('Kairo Systems -ACQUIRES-> Nordlight Labs');
  });
});

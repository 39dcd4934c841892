// Session 10b (x12-O), firm and place rules (BASED_IN, OWNS, SUPPLIES, ACQUIRES, PART_OF): each on sentences
// written for it, in both languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"The Town, State-based company" is the firm the text was just about, seated in both places', () => {
  it('en: the firm of the sentence before, over a comma between town and state', () => {
    const rels = relations('Nordlight Systems rejected the claims and said it would fight them in court. The Austin, Texas-based company added that it had followed every rule.');
    expect(rels).toContain('Nordlight Systems -BASED_IN-> Austin');
    expect(rels).toContain('Nordlight Systems -BASED_IN-> Texas');
  });
  it('en: a firm the sentence before names through "the company" counts as named', () => {
    const rels = relations('Nordlight Systems lost the case. Its lawyer said the judge had misread the law and faulted the company for its success. The Austin, Texas-based firm will appeal.');
    expect(rels).toContain('Nordlight Systems -BASED_IN-> Austin');
  });
  it('not a noun for people, and not with no firm in view', () => {
    const a = relations('Nordlight Systems rejected the claims. The Austin, Texas-based researchers said the data were clear.');
    expect(a.filter((r) => r.includes('BASED_IN'))).toEqual([]);
    const b = relations('The judge ruled on Monday. The Austin, Texas-based company said it would appeal.');
    expect(b.filter((r) => r.includes('BASED_IN'))).toEqual([]);
  });
});

describe('owned by a consortium: the firms that lead it own the firm', () => {
  it('en: "owned by a consortium led by X along with Y", "a group of investors led by X"', () => {
    const a = relations('Telia is owned by a consortium led by Vodafone along with Ericsson.');
    expect(a).toContain('Vodafone -OWNS-> Telia');
    expect(a).toContain('Ericsson -OWNS-> Telia');
    expect(relations('Telia is owned by a group of investors led by Ericsson.')).toContain('Ericsson -OWNS-> Telia');
  });
  it('da: "ejet af et konsortium under ledelse af X sammen med Y", "anført af"', () => {
    const a = relations('Telia er siden 2019 ejet af et konsortium under ledelse af Vodafone sammen med Ericsson.');
    expect(a).toContain('Vodafone -OWNS-> Telia');
    expect(a).toContain('Ericsson -OWNS-> Telia');
    expect(relations('Telia ejes af et svensk konsortium anført af Ericsson.')).toContain('Ericsson -OWNS-> Telia');
  });
  it('not a firm named later that does not lead the consortium', () => {
    expect(relations('Telia er ejet af et konsortium af pensionskasser, som Ericsson i sin tid forsøgte at købe.')).not.toContain('Ericsson -OWNS-> Telia');
    expect(relations('Telia is owned by a consortium of pension funds that Ericsson once tried to buy.')).not.toContain('Ericsson -OWNS-> Telia');
  });
});

describe('a state\'s genitive on a description that calls the firm the state\'s own, with the name in apposition', () => {
  it('en: "Italy\'s state broadcaster, X,", "Italy\'s state-owned carrier, X,"', () => {
    const a = relations('The channel is the foreign arm of Italy\'s state broadcaster, Telecom Italia, the report said.');
    expect(a).toContain('Telecom Italia -BASED_IN-> Italy');
    expect(a).toContain('Italy -OWNS-> Telecom Italia');
    expect(relations('Italy\'s state-owned carrier, Telecom Italia, said it would comply.')).toContain('Italy -OWNS-> Telecom Italia');
  });
  it('da: "Italiens statsejede teleselskab, X,"', () => {
    const a = relations('Italiens statsejede teleselskab, Telecom Italia, afviste kritikken.');
    expect(a).toContain('Telecom Italia -BASED_IN-> Italy');
    expect(a).toContain('Italy -OWNS-> Telecom Italia');
  });
  it('not a description that does not call the firm the state\'s', () => {
    const a = relations('Italy\'s largest carrier, Telecom Italia, said it would comply.');
    expect(a).toContain('Telecom Italia -BASED_IN-> Italy');
    expect(a).not.toContain('Italy -OWNS-> Telecom Italia');
    expect(relations('Italiens største teleselskab, Telecom Italia, afviste kritikken.')).not.toContain('Italy -OWNS-> Telecom Italia');
  });
});

describe('selling or licensing to firms described by a noun and named after "including"/"such as"/"herunder"', () => {
  it('en: "It licenses its designs to hundreds of companies, including X, Y and Z", "to many operators such as X"', () => {
    const a = relations('Arm is based in Cambridge. It licenses its processor designs to hundreds of companies, including Apple, Qualcomm and Samsung.');
    expect(a).toContain('Arm -SUPPLIES-> Apple');
    expect(a).toContain('Arm -SUPPLIES-> Qualcomm');
    const b = relations('Ericsson sells its equipment to many operators such as Telia and Telenor.');
    expect(b).toContain('Ericsson -SUPPLIES-> Telia');
    expect(b).toContain('Ericsson -SUPPLIES-> Telenor');
  });
  it('da: "licenserer sine design til en lang række selskaber, herunder X og Y"', () => {
    const a = relations('Arm licenserer sine chipdesigns til en lang række selskaber, herunder Apple og Qualcomm.');
    expect(a).toContain('Arm -SUPPLIES-> Apple');
    expect(a).toContain('Arm -SUPPLIES-> Qualcomm');
  });
  it('not states named after a noun for countries', () => {
    const a = relations('Ericsson sells its equipment to many countries, including Denmark and Norway.');
    expect(a.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
    const b = relations('Ericsson sælger sit udstyr til en række lande, herunder Danmark og Norge.');
    expect(b.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });
});

describe('a state qualifying a noun for a partner names the partner firm\'s state', () => {
  it('en: "its US partner, Oracle,", "its American partner Oracle"', () => {
    expect(relations('TikTok said its US partner, Oracle, would check the code.')).toContain('Oracle -BASED_IN-> United States');
    expect(relations('TikTok said its American partner Oracle would check the code.')).toContain('Oracle -BASED_IN-> United States');
  });
  it('da: "dets amerikanske partner, Oracle,", "den svenske samarbejdspartner Ericsson"', () => {
    expect(relations('TikTok sagde, at dets amerikanske partner, Oracle, vil tjekke koden.')).toContain('Oracle -BASED_IN-> United States');
    expect(relations('Telenor sagde, at den svenske samarbejdspartner Ericsson skal bygge nettet.')).toContain('Ericsson -BASED_IN-> Sweden');
  });
  it('not a name that is the subject of a verb after a plural noun', () => {
    expect(relations('The US partners said Oracle would check the code.')).not.toContain('Oracle -BASED_IN-> United States');
  });
});

describe('a firm that lies somewhere: "ligger i/ved", "is located in"', () => {
  it('da: "X ligger ved Stockholm", "X, der ligger i Stockholm,"', () => {
    expect(relations('Telia ligger ved Stockholm.')).toContain('Telia -BASED_IN-> Stockholm');
    expect(relations('Telia, der ligger i Stockholm, sælger butikkerne.')).toContain('Telia -BASED_IN-> Stockholm');
  });
  it('en: "X, which is located in Austin,", "X, located in Austin,"', () => {
    expect(relations('Nordlight Systems, which is located in Austin, makes chips.')).toContain('Nordlight Systems -BASED_IN-> Austin');
    expect(relations('Nordlight Systems, located in Austin, makes chips.')).toContain('Nordlight Systems -BASED_IN-> Austin');
  });
  it('not a firm\'s plant, nor a firm after a preposition', () => {
    expect(relations('Telia\'s data centre is located in Sweden.')).not.toContain('Telia -BASED_IN-> Sweden');
    expect(relations('Problemet for Telia ligger i Sverige, siger analytikere.')).not.toContain('Telia -BASED_IN-> Sweden');
    expect(relations('Telias fabrik ligger i Sverige.')).not.toContain('Telia -BASED_IN-> Sweden');
  });
});

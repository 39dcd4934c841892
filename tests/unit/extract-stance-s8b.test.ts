// Session 9 (S) stance, role and coreference rules: each on sentences written for it, in both
// languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('heading a unit of a named body is a post in the body', () => {
  it('en: "X, who heads the legal department at the Y": the body', () => {
    const rels = relations('Anna Holm, who heads the legal department at the Federal Trade Commission, explained the case.');
    expect(rels).toContain('Anna Holm -HOLDS_ROLE-> Federal Trade Commission');
  });
  it('en: "X, who runs Y\'s legal department": the genitive body', () => {
    const rels = relations('Anna Holm, who runs Microsoft\'s legal department, explained the case.');
    expect(rels).toContain('Anna Holm -HOLDS_ROLE-> Microsoft');
  });
  it('da: "X, der leder den juridiske afdeling i Y": the body', () => {
    const rels = relations('Anna Holm, der leder den juridiske afdeling i Datatilsynet, har forklaret sagen.');
    expect(rels).toContain('Anna Holm -HOLDS_ROLE-> Danish Data Protection Agency');
  });
  it('not when what is led is no unit ("heads the talks with Y") or the unit sits in a place', () => {
    expect(relations('Anna Holm, who heads the talks with the Federal Trade Commission, explained the case.')).not.toContain('Anna Holm -HOLDS_ROLE-> Federal Trade Commission');
    expect(relations('Anna Holm, who heads a legal department in Germany, explained the case.')).not.toContain('Anna Holm -HOLDS_ROLE-> Germany');
    expect(relations('Anna Holm, der leder forhandlingerne med Datatilsynet, har forklaret sagen.')).not.toContain('Anna Holm -HOLDS_ROLE-> Danish Data Protection Agency');
  });
});

describe('a quarrel, and an act called illegal or concerning', () => {
  it('en: "X is at odds with Y": each opposes the other', () => {
    const rels = relations('Google is at odds with Australia over the media code.');
    expect(rels).toContain('Google -OPPOSES-> Australia');
    expect(rels).toContain('Australia -OPPOSES-> Google');
  });
  it('da: "X er på kant med Y": each opposes the other', () => {
    const rels = relations('Google er på kant med Australien på grund af medieloven.');
    expect(rels).toContain('Google -OPPOSES-> Australia');
    expect(rels).toContain('Australia -OPPOSES-> Google');
  });
  it('en: "X called the decision illegal": the one who decided', () => {
    const rels = relations('Vietnam blocked Huawei on Monday. Huawei called the decision illegal.');
    expect(rels).toContain('Huawei -OPPOSES-> Vietnam');
  });
  it('da: "X kaldte det vietnamesiske forbud ulovligt": the state that banned', () => {
    const rels = relations('Huawei kaldte det vietnamesiske forbud ulovligt.');
    expect(rels).toContain('Huawei -OPPOSES-> Vietnam');
  });
  it('not a quarrel without the words of one, nor an act called something else', () => {
    expect(relations('Vietnam blocked Huawei on Monday. Huawei called the decision expected.')).not.toContain('Huawei -OPPOSES-> Vietnam');
    expect(relations('Vietnam blocked Huawei on Monday. Huawei called for rules on illegal content.')).not.toContain('Huawei -OPPOSES-> Vietnam');
    expect(relations('Google and Australia agreed to end the talks.')).not.toContain('Australia -OPPOSES-> Google');
  });
});

describe('an official listed among the bodies does not end the list', () => {
  it('en: "sued the Commerce Department, Commerce Secretary X and the Treasury Department": both departments', () => {
    const rels = relations('Huawei sued the Commerce Department, Commerce Secretary Anna Holm and the Treasury Department in March.');
    expect(rels).toContain('Huawei -OPPOSES-> Commerce Department');
    expect(rels).toContain('Huawei -OPPOSES-> Department of the Treasury');
  });
  it('da: "sagsøgte Erhvervsministeriet, erhvervsminister X og Finansministeriet": both ministries', () => {
    const rels = relations('Huawei sagsøgte Erhvervsministeriet, erhvervsminister Anna Holm og Finansministeriet i marts.');
    expect(rels).toContain('Huawei -OPPOSES-> Danish Ministry of Industry, Business and Financial Affairs');
    expect(rels).toContain('Huawei -OPPOSES-> Danish Ministry of Finance');
  });
  it('not past an official who closes the clause ("…, Commerce Secretary X said")', () => {
    const rels = relations('Huawei criticised the Commerce Department, Commerce Secretary Anna Holm said on Monday, adding that Microsoft agreed.');
    expect(rels).not.toContain('Huawei -OPPOSES-> Microsoft');
  });
});

describe('a complaint or a case against a party', () => {
  it('en: "X filed a complaint against Y" and "won a civil case against Y": X opposes Y', () => {
    expect(relations('The consumer group BEUC filed a complaint against Meta last year.')).toContain('BEUC -OPPOSES-> Meta');
    expect(relations('Ericsson had earlier won a civil case against Huawei over the patents.')).toContain('Ericsson -OPPOSES-> Huawei');
  });
  it('da: "X indgav en klage mod Y", "X anlagde en retssag mod Y": X opposes Y', () => {
    expect(relations('Forbrugerorganisationen BEUC indgav sidste år en klage mod Meta.')).toContain('BEUC -OPPOSES-> Meta');
    expect(relations('Ericsson har tidligere vundet en retssag mod Huawei om patenterne.')).toContain('Ericsson -OPPOSES-> Huawei');
  });
  it('a state\'s complaint against a firm is a measure, not a stance', () => {
    const rels = relations('The Federal Trade Commission filed a complaint against Meta on Tuesday.');
    expect(rels).not.toContain('Federal Trade Commission -OPPOSES-> Meta');
  });
});

describe('a person\'s firm named after the noun', () => {
  it('en: "Elon Musk\'s rocket company SpaceX": the person holds a post in the firm', () => {
    expect(relations('Starlink is owned by Elon Musk\'s rocket company SpaceX.')).toContain('Elon Musk -HOLDS_ROLE-> SpaceX');
  });
  it('da: "Elon Musks raketselskab SpaceX": the same', () => {
    expect(relations('Elon Musks raketselskab SpaceX ejer Starlink.')).toContain('Elon Musk -HOLDS_ROLE-> SpaceX');
  });
  // Tim Cook, not Elon Musk: the gazetteer knows Musk runs SpaceX, and this is about the pattern.
  it('not across a preposition ("Cook\'s criticism of the company SpaceX")', () => {
    expect(relations('Regulators rejected Tim Cook\'s criticism of the company SpaceX.')).not.toContain('Tim Cook -HOLDS_ROLE-> SpaceX');
  });
});

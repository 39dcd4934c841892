// Session 6 relation rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('definite descriptions of a body take the body whose name holds the noun', () => {
  it('"the committee" is the committee named before, not the last body named', () => {
    const rels = relations('The Committee on Foreign Investment in the United States reviewed the deal. A Treasury Department official warned of risks. Broadcom rejected the committee\'s concerns.');
    expect(rels).toContain('Broadcom -OPPOSES-> Committee on Foreign Investment in the United States');
    expect(rels).not.toContain('Broadcom -OPPOSES-> Department of the Treasury');
  });
  it('"tilsynet" is Datatilsynet, not the ministry named after it', () => {
    const rels = relations('Datatilsynet undersøgte sagen i foråret. Bagefter udtalte Udenrigsministeriet sig. Google kritiserede tilsynet skarpt.');
    expect(rels).toContain('Google -OPPOSES-> Danish Data Protection Agency');
  });
  it('a noun no named body holds still takes the last body named', () => {
    const rels = relations('The Committee on Foreign Investment in the United States reviewed the deal. The Treasury Department then spoke. Broadcom criticised the department.');
    expect(rels).toContain('Broadcom -OPPOSES-> Department of the Treasury');
    expect(rels).not.toContain('Broadcom -OPPOSES-> Committee on Foreign Investment in the United States');
  });
});

describe('a noun for a body with a name in apposition after it is that name', () => {
  it('en: "The regulator, Ofcom, criticised …"', () => {
    expect(relations('The regulator, Ofcom, criticised Huawei on Monday.')).toContain('Ofcom -OPPOSES-> Huawei');
  });
  it('da: "I Italien beordrede tilsynet, Garante …, at …" (the subject after the verb, a place opening the clause)', () => {
    const rels = relations('I Italien beordrede tilsynet, Garante per la protezione dei dati personali, sidst i januar, at Huawei skulle stoppe salget.');
    expect(rels).toContain('Garante per la protezione dei dati personali -TARGETS-> Huawei');
  });
  it('da: an opposing verb after a place opener takes the subject after it, not the place', () => {
    const rels = relations('I Danmark kritiserede ministeriet, Erhvervsministeriet, Huawei.');
    expect(rels).toContain('Danish Ministry of Industry, Business and Financial Affairs -OPPOSES-> Huawei');
    expect(rels).not.toContain('Denmark -OPPOSES-> Danish Ministry of Industry, Business and Financial Affairs');
  });
  it('not a name of another kind: "the regulator, Huawei\'s rival," stays the regulator named before', () => {
    const rels = relations('Ofcom spoke on Monday. Later the regulator, Huawei\'s rival, criticised ZTE.');
    expect(rels).toContain('Ofcom -OPPOSES-> ZTE');
    expect(rels).not.toContain('Huawei -OPPOSES-> ZTE');
  });
});

describe('an order to a firm is a measure aimed at it', () => {
  it('en: "ordered X to …"', () => {
    expect(relations("Japan's government ordered Huawei to stop selling phones.")).toContain('Japan -TARGETS-> Huawei');
  });
  it('da: "har beordret X til at …"', () => {
    expect(relations('Regeringen i Canada har beordret Huawei til at lukke sine kontorer.')).toContain('Canada -TARGETS-> Huawei');
  });
  it('not between firms', () => {
    expect(relations('Apple ordered Foxconn to increase output.').filter((r) => r.includes('TARGETS'))).toEqual([]);
  });
});

describe('"the app" / "appen" may be a firm the text typed as one', () => {
  it('da: "DeepSeek … appen" with no app named', () => {
    expect(relations('DeepSeek er populær. Senere beordrede Italien appen fjernet.')).toContain('Italy -TARGETS-> DeepSeek');
  });
  it('not a firm whose name says it is a company', () => {
    expect(relations('TikTok Ltd is popular. Senere beordrede Italien appen fjernet.').filter((r) => r.includes('TARGETS'))).toEqual([]);
  });
});

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

describe('a head of state or minister acting takes the measure for the state, and opposes its target', () => {
  it('en: "US President Donald Trump blocked the sale of X to Y" is aimed at the buyer', () => {
    const rels = relations('US President Donald Trump on Wednesday blocked the sale of Lattice Semiconductor to Canyon Bridge Capital Partners.');
    expect(rels).toEqual(expect.arrayContaining(['United States -TARGETS-> Canyon Bridge Capital Partners', 'Donald Trump -OPPOSES-> Canyon Bridge Capital Partners']));
    expect(rels).not.toContain('United States -TARGETS-> Lattice Semiconductor');
  });
  it('da: "Den danske statsminister X blokerede salget af … til Y"', () => {
    const rels = relations('Den danske statsminister Mette Frederiksen blokerede onsdag salget af Lattice Semiconductor til Canyon Bridge Capital Partners.');
    expect(rels).toEqual(expect.arrayContaining(['Denmark -TARGETS-> Canyon Bridge Capital Partners', 'Mette Frederiksen -OPPOSES-> Canyon Bridge Capital Partners']));
  });
  it('en: a bid blocked is aimed at the bidder, not the firm bid for', () => {
    const rels = relations("US President Donald Trump blocked Broadcom's $117 billion bid for Qualcomm.");
    expect(rels).toContain('United States -TARGETS-> Broadcom');
    expect(rels).not.toContain('United States -TARGETS-> Qualcomm');
  });
  it('not a state in a hyphen compound ("Chinese-backed"), nor the firm bought with no buyer named', () => {
    const rels = relations('US President Donald Trump blocked a Chinese-backed buyout of chipmaker Lattice.');
    expect(rels.filter((r) => r.includes('TARGETS') || r.includes('SUPPORTS'))).toEqual([]);
  });
  it('not when a state is the subject before the official ("Regeringen under premierminister X")', () => {
    const rels = relations('Den italienske regering under premierminister Mario Draghi har forbudt Huawei at sælge udstyr.');
    expect(rels).toContain('Italy -TARGETS-> Huawei');
    expect(rels).not.toContain('Mario Draghi -OPPOSES-> Huawei');
  });
  it('not when the official only reports what a measure does', () => {
    const rels = relations('Commerce Secretary Wilbur Ross spoke in Washington. He said the restrictions would stop SMIC from buying chips.');
    expect(rels).not.toContain('Wilbur Ross -OPPOSES-> SMIC');
  });
});

describe('reported opposition', () => {
  it('en: the speaker described by an employer opposes the act, not the employer', () => {
    const rels = relations('Australia will ban TikTok. The general manager of TikTok Australia, Lee Hunter, said the decision had been driven by politics, not by facts.');
    expect(rels).toContain('Lee Hunter -OPPOSES-> Australia');
    expect(rels).not.toContain('Lee Hunter -OPPOSES-> TikTok Australia');
  });
  it('da: the name before an apposition speaks, and the parent in the apposition is not opposed', () => {
    const rels = relations('Canada udelukker Huawei. Huawei Canada, et datterselskab af Huawei, sagde, at afgørelsen er skuffende.');
    expect(rels).toContain('Huawei Canada -OPPOSES-> Canada');
    expect(rels).not.toContain('Huawei -OPPOSES-> Huawei Canada');
    expect(rels).not.toContain('Huawei Canada -OPPOSES-> Huawei');
  });
  it('en: "said it would appeal the decision"', () => {
    expect(relations('The European Commission fined Apple on Monday. Apple said it would appeal the decision.')).toContain('Apple -OPPOSES-> European Commission');
  });
  it('da: "vil anke afgørelsen"', () => {
    expect(relations('Europa-Kommissionen gav mandag Apple en bøde. Apple vil anke afgørelsen.')).toContain('Apple -OPPOSES-> European Commission');
  });
  it('not an appeal to someone', () => {
    expect(relations('Apple said it would appeal to customers with lower prices.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('"ledes af" / "led by": the person heads the body', () => {
  it('da: relative clause', () => {
    expect(relations('Huawei, der ledes af Ren Zhengfei, afviser kritikken.')).toContain('Ren Zhengfei -HOLDS_ROLE-> Huawei');
  });
  it('da: a verb coordinated with the subject\'s', () => {
    expect(relations('Huawei har hovedsæde i Shenzhen og ledes af Ren Zhengfei.')).toContain('Ren Zhengfei -HOLDS_ROLE-> Huawei');
  });
  it('en: "which is chaired by"', () => {
    expect(relations('The Federal Communications Commission, which is chaired by Ajit Pai, banned Huawei.')).toContain('Ajit Pai -HOLDS_ROLE-> Federal Communications Commission');
  });
  it('da: "Tilsynet i Danmark, der ledes af …" is the body of that state named before', () => {
    const rels = relations('Datatilsynet undersøgte sagen. Senere talte Europa-Kommissionen. Tilsynet i Danmark, der ledes af Cristina Angela Gulisano, forbød brugen.');
    expect(rels).toContain('Cristina Angela Gulisano -HOLDS_ROLE-> Danish Data Protection Agency');
    expect(rels).not.toContain('Cristina Angela Gulisano -HOLDS_ROLE-> European Commission');
  });
  it('not a firm hit by something led by the person', () => {
    expect(relations('Huawei was hit by sanctions led by Donald Trump.')).not.toContain('Donald Trump -HOLDS_ROLE-> Huawei');
  });
});

describe('who speaks, and what a list holds', () => {
  it('en: a body right before "said" speaks, not the name opening the reported clause', () => {
    const rels = relations("China's foreign ministry said Beijing hoped Germany would provide a fair and non-discriminatory environment.");
    expect(rels).toEqual(expect.arrayContaining(['Chinese Foreign Ministry -OPPOSES-> Germany', 'China -OPPOSES-> Germany']));
  });
  it('en: ", said Pompeo" still speaks after the verb', () => {
    expect(relations('Huawei is a threat to our security, said Mike Pompeo.')).toContain('Mike Pompeo -OPPOSES-> Huawei');
  });
  it('en: ", the Swedish subsidiary of …" is an apposition, not a next target', () => {
    const rels = relations('Germany prohibited the sale to Silex Microsystems, the Swedish subsidiary of Sai Microelectronics.');
    expect(rels).toContain('Germany -TARGETS-> Silex Microsystems');
    expect(rels).not.toContain('Germany -TARGETS-> Sweden');
  });
  it('a list still runs over commas', () => {
    expect(relations('Sweden banned Huawei, ZTE and Xiaomi.')).toEqual(expect.arrayContaining(['Sweden -TARGETS-> Huawei', 'Sweden -TARGETS-> ZTE', 'Sweden -TARGETS-> Xiaomi']));
  });
});

describe('ACQUIRES: the firm a sale goes to buys what is sold', () => {
  it('da: "salget af X, der …, til det amerikanske selskab Y"', () => {
    expect(relations('SoftBank aftalte salget af Arm, der designer chips, til det amerikanske selskab Nvidia.')).toContain('Nvidia -ACQUIRES-> Arm');
  });
  it('en: "agreed to sell X to Y"', () => {
    expect(relations('SoftBank agreed to sell Arm to Nvidia for 40 billion dollars.')).toContain('Nvidia -ACQUIRES-> Arm');
  });
  it('not goods sold to a firm', () => {
    expect(relations('The US banned the sale of chips to Huawei.').filter((r) => r.includes('ACQUIRES'))).toEqual([]);
  });
});

describe('an appeal of "it" / "den" opposes the act just reported; being closed for business is an accusation', () => {
  it('en: "said it would appeal it"', () => {
    expect(relations('The European Commission fined Apple. Apple said it would appeal it.')).toContain('Apple -OPPOSES-> European Commission');
  });
  it('da: "vil anke den"', () => {
    expect(relations('Europa-Kommissionen gav Apple en bøde. Apple vil anke den.')).toContain('Apple -OPPOSES-> European Commission');
  });
  it('da: "landet er lukket for forretning"', () => {
    expect(relations('Huawei mener, at Sverige med afgørelsen viser, at landet er lukket for forretning.')).toContain('Huawei -OPPOSES-> Sweden');
  });
  it('not an article before a noun: "kritiserede det amerikanske forslag" names no act of the text', () => {
    expect(relations('Kina kritiserede det amerikanske forslag.')).not.toContain('China -OPPOSES-> China');
  });
});

describe('no measure of a body against its own state', () => {
  it('en: "the panel that reviews purchases of American companies"', () => {
    expect(relations('The Committee on Foreign Investment in the United States reviews foreign purchases of American companies.'))
      .not.toContain('Committee on Foreign Investment in the United States -TARGETS-> United States');
  });
  it('a body still targets another state', () => {
    expect(relations('The Committee on Foreign Investment in the United States investigated China.')).toContain('Committee on Foreign Investment in the United States -TARGETS-> China');
  });
});

describe('a relative clause on a measure a state owns is that state\'s act', () => {
  it('da: "de amerikanske eksportrestriktioner, der … har begrænset Kinas adgang"', () => {
    expect(relations('Meddelelsen opfattes som et modsvar på de amerikanske eksportrestriktioner, der siden oktober har begrænset Kinas adgang til chips.'))
      .toContain('United States -TARGETS-> China');
  });
  it('en: "the US sanctions, which have cut Huawei off"', () => {
    expect(relations('China hit back at the US sanctions, which have cut Huawei off from chips.')).toContain('United States -TARGETS-> Huawei');
  });
  it('not a measure noun no state qualifies', () => {
    expect(relations('Meddelelsen er et modsvar på eksportrestriktionerne, der siden oktober har begrænset Kinas adgang til chips.').filter((r) => r.includes('TARGETS'))).toEqual([]);
  });
});

describe('a former office is still an office of the state', () => {
  it('da: "Wei Jianguo, tidligere viceminister for handel, siger"', () => {
    expect(relations('Kina strammer grebet om metaller. Wei Jianguo, tidligere viceminister for handel, siger til avisen China Daily, at det kun er begyndelsen.'))
      .toContain('Wei Jianguo -HOLDS_ROLE-> China');
  });
  it('en: "X, the former Secretary of State," with the state of the text', () => {
    expect(relations('The United States banned Huawei. Mike Pompeo, the former Secretary of State, welcomed the ban.')).toContain('Mike Pompeo -HOLDS_ROLE-> United States');
  });
  it('not a former employer named as a company', () => {
    expect(relations('Huawei sued the FCC. John Smith, a former Huawei engineer, testified.')).not.toContain('John Smith -HOLDS_ROLE-> Federal Communications Commission');
  });
});

describe('the act a rejection opposes: a body displaces its state only where it is named acting', () => {
  const lead = 'The United States barred Huawei from selling phones on Thursday. The Commerce Department spoke to reporters, Gina Raimondo said. ';
  it('"the department placed …" (a body only referred back to) leaves the act the state\'s', () => {
    const rels = relations(`${lead}Alongside the ban, the department placed Huawei on its Entity List. Huawei rejected the accusations.`);
    expect(rels).toContain('Huawei -OPPOSES-> United States');
    expect(rels).not.toContain('Huawei -OPPOSES-> Commerce Department');
  });
  it('"the Commerce Department placed …" (named acting) makes the act the body\'s', () => {
    expect(relations(`${lead}Alongside the ban, the Commerce Department placed Huawei on its Entity List. Huawei rejected the accusations.`)).toContain('Huawei -OPPOSES-> Commerce Department');
  });
});

describe('a dateline capital makes its state the text\'s own', () => {
  it('en: a minister with no state named holds office in the state of the dateline capital, not the first state named', () => {
    const rels = relations('BERLIN, March 4 - China warned against the plan on Monday. Interior Minister Nancy Faeser said the network would be built without Huawei equipment, as German operators had asked.');
    expect(rels).toContain('Nancy Faeser -HOLDS_ROLE-> Germany');
    expect(rels).not.toContain('Nancy Faeser -HOLDS_ROLE-> China');
  });
  it('da: "Berlin, tirsdag." makes Tyskland the home state', () => {
    const rels = relations('Berlin, tirsdag. Kina advarede mandag mod planen. Indenrigsminister Nancy Faeser sagde, at nettet skal bygges uden udstyr fra Huawei, som de tyske operatører havde bedt om.');
    expect(rels).toContain('Nancy Faeser -HOLDS_ROLE-> Germany');
    expect(rels).not.toContain('Nancy Faeser -HOLDS_ROLE-> China');
  });
  it('a dateline whose state the text never names adds no state', () => {
    const rels = relations('BERLIN, March 4 - China warned against the plan on Monday. Interior Minister Nancy Faeser said the network would be built without Huawei equipment.');
    expect(rels.some((r) => r.includes('Germany'))).toBe(false);
  });
});

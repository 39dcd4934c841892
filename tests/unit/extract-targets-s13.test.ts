// Session 13 TARGETS rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"pålægge/give X en bøde" with a described firm between verb and fine', () => {
  it('da: the firm after its description takes the fine', () => {
    const rels = relations('Det italienske datatilsyn Garante har pålagt det amerikanske selskab Luka Inc. en bøde på fem millioner euro.');
    expect(rels).toContain('Garante per la protezione dei dati personali -TARGETS-> Luka Inc');
    const gav = relations('Garante gav i går den kinesiske virksomhed DeepSeek AB en bøde.');
    expect(gav).toContain('Garante per la protezione dei dati personali -TARGETS-> DeepSeek AB');
  });
  it('da: not when the fine is only mentioned in a clause far after "give"', () => {
    const rels = relations('Garante har givet medarbejderne i det amerikanske selskab Luka Inc. besked om, at der senere kan komme en bøde.');
    expect(rels).not.toContain('Garante per la protezione dei dati personali -TARGETS-> Luka Inc');
  });
});

describe('"beordre X til straks at …": an adverb between "til" and "at"', () => {
  it('da: the firm ordered takes the order', () => {
    const rels = relations('Garante har beordret virksomheden bag chatbotten Replika til straks at holde op med at indsamle data.');
    expect(rels).toContain('Garante per la protezione dei dati personali -TARGETS-> Replika');
    const om = relations('Garante beordrede i går Luka Inc. til omgående at stoppe behandlingen af data.');
    expect(om).toContain('Garante per la protezione dei dati personali -TARGETS-> Luka Inc');
  });
  it('da: not the firm named after the order, when the ones ordered are unnamed people', () => {
    const rels = relations('Garante beordrede i går medarbejderne til straks at holde møde med Luka Inc. om sagen.');
    expect(rels).not.toContain('Garante per la protezione dei dati personali -TARGETS-> Luka Inc');
  });
});

describe('"ordered X blocked/suspended": the object between the order and its participle', () => {
  it('en: the app ordered blocked or suspended is the target', () => {
    const rels = relations('Italy\'s data protection authority, the Garante, ordered the Chinese app DeepSeek suspended on Thursday.');
    expect(rels).toContain('Garante per la protezione dei dati personali -TARGETS-> DeepSeek');
    const blocked = relations('Anatel on Friday ordered Telegram blocked across Brazil.');
    expect(blocked).toContain('Anatel -TARGETS-> Telegram');
  });
  it('en: not the speaker before the order when the thing blocked is unnamed', () => {
    const rels = relations('Twitter said Anatel had ordered the accounts blocked.');
    expect(rels).not.toContain('Anatel -TARGETS-> Twitter');
  });
});

describe('"proceedings against X" is a case against X', () => {
  it('en: the firm the proceedings are opened against', () => {
    const rels = relations('The European Commission opened formal proceedings against TikTok this week.');
    expect(rels).toContain('European Commission -TARGETS-> TikTok');
  });
  it('en: not a firm\'s own proceedings against a body', () => {
    const rels = relations('TikTok has started legal proceedings against the European Commission over the rules.');
    expect(rels).not.toContain('TikTok -TARGETS-> European Commission');
  });
});

describe('a list whose items each repeat the preposition: "mod X, mod Y og mod Z"', () => {
  it('da: every item of the list is aimed at', () => {
    const rels = relations('Bundeskartellamt har også indledt sager mod Meta, mod Amazon og mod Apple.');
    expect(rels).toEqual(expect.arrayContaining(['Federal Cartel Office -TARGETS-> Meta', 'Federal Cartel Office -TARGETS-> Amazon', 'Federal Cartel Office -TARGETS-> Apple']));
  });
  it('en: every item of the list is aimed at', () => {
    const rels = relations('The Commerce Department imposed restrictions on Huawei and on ZTE.');
    expect(rels).toEqual(expect.arrayContaining(['Commerce Department -TARGETS-> Huawei', 'Commerce Department -TARGETS-> ZTE']));
  });
  it('en: not a name after another preposition', () => {
    const rels = relations('The Commerce Department imposed restrictions on Huawei and in ZTE\'s view that was unfair.');
    expect(rels).toContain('Commerce Department -TARGETS-> Huawei');
    expect(rels).not.toContain('Commerce Department -TARGETS-> ZTE');
  });
});

describe('a second name with a sum of its own takes the same fine: "fined X $5 million and Y $3 million"', () => {
  it('en: active and passive', () => {
    const rels = relations('The FCC fined Google 69.2 billion won and Meta 30.8 billion won.');
    expect(rels).toEqual(expect.arrayContaining(['Federal Communications Commission -TARGETS-> Google', 'Federal Communications Commission -TARGETS-> Meta']));
    const passive = relations('The FCC said AT&T was penalised about $57 million and Verizon almost $47 million.');
    expect(passive).toContain('Federal Communications Commission -TARGETS-> Verizon');
  });
  it('en: not a name whose number after it is no sum in the same unit', () => {
    const rels = relations('The FCC fined AT&T $57 million and Verizon said in 2020 it would appeal.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> AT&T');
    expect(rels).not.toContain('Federal Communications Commission -TARGETS-> Verizon');
  });
});

describe('a definite measure noun opening a clause after ", men"/", but" or "at"/"that" carries the measure to what it hits', () => {
  it('da: "…, men forbuddet rammer især X og Y"', () => {
    const rels = relations('Den britiske regering har forbudt kinesiske kameraer i ministerierne. Regeringen nævner ingen selskaber ved navn, men forbuddet rammer især Hikvision og Dahua.');
    expect(rels).toEqual(expect.arrayContaining(['United Kingdom -TARGETS-> Hikvision', 'United Kingdom -TARGETS-> Dahua']));
  });
  it('en: "…, but the ban hits X and Y"', () => {
    const rels = relations('The British government banned Chinese cameras in ministries. It named no company, but the ban hits Hikvision and Dahua.');
    expect(rels).toEqual(expect.arrayContaining(['United Kingdom -TARGETS-> Hikvision', 'United Kingdom -TARGETS-> Dahua']));
  });
  it('da: not when a firm, not the measure, opens the clause', () => {
    const rels = relations('Den britiske regering har forbudt kinesiske kameraer i ministerierne. Regeringen nævner ingen selskaber ved navn, men Hikvision rammer især kunder i Asien.');
    expect(rels).not.toContain('United Kingdom -TARGETS-> Hikvision');
  });
});

describe('"demanded that X sell …", "krævet, at X sælger …": a forced sale', () => {
  it('en: the firm that must sell', () => {
    expect(relations('The United States has demanded that ByteDance sell TikTok.')).toContain('United States -TARGETS-> ByteDance');
  });
  it('da: the firm that must sell', () => {
    expect(relations('USA har krævet, at ByteDance sælger TikTok.')).toContain('United States -TARGETS-> ByteDance');
  });
  it('en: not a firm that only reports the demand, with no one named to sell', () => {
    expect(relations('ByteDance said the United States had demanded a sale.')).not.toContain('United States -TARGETS-> ByteDance');
  });
});

describe('a headline passive without its auxiliary: "X fined … by Y", "X blokeret af Y"', () => {
  it('en: the firm opening the headline is the target of the agent after "by"', () => {
    expect(relations('TikTok banned by Nepal over social harmony concerns.')).toContain('Nepal -TARGETS-> TikTok');
    expect(relations('Google fined $50 million by French regulator CNIL.')).toContain('CNIL -TARGETS-> Google');
  });
  it('da: the same with "af"', () => {
    expect(relations('Huawei blokeret af Sverige.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('en: not an active verb whose "by" is no agent', () => {
    const rels = relations('Huawei banned Google apps by default on its phones.');
    expect(rels.filter((r) => r.includes('-TARGETS-> Huawei'))).toEqual([]);
  });
});

describe('"the fine X got": a relative clause on the fine names its target', () => {
  it('da: "den bøde …, som X fik af Y"', () => {
    const rels = relations('Det er langt mere end den bøde på 746 millioner euro, som Amazon fik af Luxembourgs datatilsyn i 2021.');
    expect(rels).toContain('Luxembourg -TARGETS-> Amazon');
  });
  it('en: "the fine that X was given by Y"', () => {
    expect(relations('It exceeds the 746 million euro fine that Amazon was given by Luxembourg in 2021.')).toContain('Luxembourg -TARGETS-> Amazon');
  });
  it('da: not the state that gave it ("som Irland gav selskabet")', () => {
    const rels = relations('Meta har betalt den bøde, som Irland gav selskabet.');
    expect(rels.filter((r) => r.includes('-TARGETS-> Ireland'))).toEqual([]);
  });
});

describe('"den bøde, som X fik i Y": the state where the fine was given', () => {
  it('da: the state after "i"', () => {
    expect(relations('Den overgår langt den bøde på 746 millioner euro, som Amazon fik i Luxembourg i 2021.')).toContain('Luxembourg -TARGETS-> Amazon');
  });
  it('en: the state after "in"', () => {
    expect(relations('It exceeds the fine that Amazon was given in Luxembourg in 2021.')).toContain('Luxembourg -TARGETS-> Amazon');
  });
  it('da: not a state further on, after other words', () => {
    const rels = relations('Den overgår langt den bøde, som Amazon fik i sit hovedkvarter i Luxembourg.');
    expect(rels).not.toContain('Luxembourg -TARGETS-> Amazon');
  });
});

describe('the passive of a cover verb with the measure as agent: "X rammes af forbuddet", "X is hit by the ban"', () => {
  it('da: the name before "rammes af forbuddet" takes the measure reported before', () => {
    const rels = relations('Holland har forbudt eksport af chipmaskiner til Kina. Især ASML rammes af forbuddet.');
    expect(rels).toContain('Netherlands -TARGETS-> ASML');
  });
  it('en: every name of the subject', () => {
    const rels = relations('The Netherlands has banned exports of chip machines to China. ASML and Nikon are hit by the ban.');
    expect(rels).toEqual(expect.arrayContaining(['Netherlands -TARGETS-> ASML', 'Netherlands -TARGETS-> Nikon']));
  });
  it('en: not when the agent is no measure', () => {
    const rels = relations('The Netherlands has banned exports of chip machines to China. ASML was hit by a drop in demand.');
    expect(rels).not.toContain('Netherlands -TARGETS-> ASML');
  });
});

describe('a product\'s name qualifying its users is not the target: "misleading Android users", "Android-brugere"', () => {
  it('en: the firm fined, not the product its users use', () => {
    const rels = relations("Australia's Federal Court has ordered Google to pay A$60 million in penalties for misleading Android users.");
    expect(rels).toContain('Federal Court of Australia -TARGETS-> Google');
    expect(rels).not.toContain('Federal Court of Australia -TARGETS-> Android');
  });
  it('da: also over a hyphen', () => {
    const rels = relations('Datatilsynet har givet Google en bøde for at vildlede Android-brugere.');
    expect(rels).toContain('Danish Data Protection Agency -TARGETS-> Google');
    expect(rels).not.toContain('Danish Data Protection Agency -TARGETS-> Android');
  });
  it('still the product when it heads the phrase ("Android-appen")', () => {
    expect(relations('Italien har blokeret Android-appen.')).toContain('Italy -TARGETS-> Android');
  });
});

describe('"the Alphabet unit" describes a part of the firm, not the firm as target', () => {
  it('en: not the owner named in "ordered the Alphabet unit to stop"', () => {
    expect(relations('The FCC ordered the Alphabet unit to stop the practices.')).not.toContain('Federal Communications Commission -TARGETS-> Alphabet');
  });
  it('en: an apposition "X, the Alphabet unit," is no next item of the list', () => {
    const rels = relations('The FCC fined Google LLC, the Alphabet unit, on Friday.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> Google');
    expect(rels).not.toContain('Federal Communications Commission -TARGETS-> Alphabet');
  });
  it('en: still the owner when it is named as such', () => {
    expect(relations('The FCC fined Alphabet and its unit Google on Friday.')).toContain('Federal Communications Commission -TARGETS-> Alphabet');
  });
});

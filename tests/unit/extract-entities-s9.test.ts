// Entity rules of round nine: general shapes of names and real-world facts, on sentences
// written for these tests.
import { entities } from '../fixtures/extract/helpers';

describe('a person described in apposition', () => {
  it.each([
    ["Marcus Hollowell, the panel's top Republican, said the rules were too weak.", 'Person:Marcus Hollowell'],
    ["Lawmakers were divided. Dana Whitcombe of Ohio, the committee's senior Democrat, called the plan reckless.", 'Person:Dana Whitcombe'],
    ['I går kritiserede Peter Ravnsholt fra Aarhus, en tidligere minister, planen.', 'Person:Peter Ravnsholt'],
  ])('is a person, past a possessor or a place of origin: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('is not a person where the apposition names a firm', () => {
    const found = entities('Borvane Systems of Ohio, the group behind the network, said it would appeal.');
    expect(found).not.toContain('Person:Borvane Systems');
  });
});

describe('a federal state of the US', () => {
  it.each([
    ['Ohio Attorney General Dave Yost filed a lawsuit against the app maker on Monday.', 'Government:Ohio'],
    ['Ohio lawmakers passed a bill that bars the app from state phones.', 'Government:Ohio'],
    ['Kentucky sues the app maker, saying it hid the risks from parents.', 'Government:Kentucky'],
    ["Tennessee's Bill Lee followed a week later.", 'Government:Tennessee'],
    ['The move makes Oklahoma the latest state to act against the app.', 'Government:Oklahoma'],
    ['Delstaten Arizona har vedtaget en lov, der forbyder appen på statens telefoner.', 'Government:Arizona'],
    ['Guvernøren i Oklahoma underskrev ordren mandag.', 'Government:Oklahoma'],
    ["Oklahomas lov forbyder appen på statens telefoner.", 'Government:Oklahoma'],
  ])('is its government where it acts: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['The chipmaker, based in Boise, Idaho, said demand was weak.', 'Location:Idaho'],
    ['Its plant in Arizona has been delayed by a year.', 'Location:Arizona'],
    ['Selskabet har hovedsæde i Ohio og fabrikker i Asien.', 'Location:Ohio'],
    ['I Kentucky har selskabet to fabrikker.', 'Location:Kentucky'],
  ])('is a place where it is only where something is: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe('a person named once and described', () => {
  it.each([
    ['The lab was set up by Orrin Talbeck, a genomics scientist who had worked in Boston.', 'Person:Orrin Talbeck'],
    ['The sanctions also name Lina Maretta Oskova Brandt, whom the department described as a financier of the network.', 'Person:Lina Maretta Oskova Brandt'],
    ['The firm was founded by Qiao Lianfeng, who later sold it.', 'Person:Qiao Lianfeng'],
    ['Appen blev udviklet af Søren Vallekilde, en dansk iværksætter, i 2019.', 'Person:Søren Vallekilde'],
    ['Kritikken kom fra Mette Harboe-Lund, ordfører for partiet.', 'Person:Mette Harboe-Lund'],
  ])('is a person: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('is not a person where the name is an acronym before "who"', () => {
    expect(entities('The deal was approved by CFIUS, who reviewed it for months.')).not.toContain('Person:CFIUS');
  });
});

describe("a committee's name with a list of fields", () => {
  it.each([
    ['The chief executive was questioned by the House Science and Technology Committee on Thursday.', 'Agency:House Science and Technology Committee'],
    ['The Senate Banking, Housing and Urban Affairs Committee will vote next week.', 'Agency:Senate Banking, Housing and Urban Affairs Committee'],
  ])('is one name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('does not join a firm named before "and"', () => {
    const found = entities('Executives of Qualcomm and Armed Services Committee staff met on Monday.');
    expect(found.some((e) => e.includes('Qualcomm and'))).toBe(false);
  });
});

describe('gazetteer facts of round nine', () => {
  it.each([
    ["Britain's Information Commissioner's Office opened an inquiry into the app on Tuesday.", "Agency:Information Commissioner's Office"],
    ['Det britiske Information Commissioner’s Office har også undersøgt selskabet.', "Agency:Information Commissioner's Office"],
    ['The groups argue the ban violates the First Amendment.', 'Policy:First Amendment'],
    ['The company said Project Texas would keep the data of American users at home.', 'Policy:Project Texas'],
    ['Phones of several journalists were infected with Pegasus, the spyware sold by NSO Group.', 'Product:Pegasus'],
    ['Israelske NSO har solgt sit spionprogram til flere regeringer.', 'Company:NSO Group'],
    ['Brugerne flytter fra Telegram til det russiske netværk VKontakte.', 'Company:VKontakte'],
    ['The development bank bought a stake in 50Hertz, which runs the grid in eastern Germany.', 'Company:50Hertz'],
    ['Organisationen Ligue des droits de l’Homme har klaget til tilsynet.', "Organization:Ligue des droits de l'Homme"],
    ['The state research centre C-DOT will test the equipment.', 'Agency:Centre for Development of Telematics'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('leaves a word that is a known short form in lower case alone', () => {
    expect(entities('The ico of the app was changed last week.')).not.toContain("Agency:Information Commissioner's Office");
  });
});

describe("a Danish body's name of the form 'Ministeriet for …'", () => {
  it.each([
    ['Forbuddet er udstedt af Ministeriet for Digital Omstilling, oplyser regeringen.', 'Agency:Ministeriet for Digital Omstilling'],
    ['Det oplyser Ministeriet for Byer og Landdistrikter i en pressemeddelelse.', 'Agency:Ministeriet for Byer og Landdistrikter'],
    ['Styrelsen for Kritisk Infrastruktur advarer mod udstyret.', 'Agency:Styrelsen for Kritisk Infrastruktur'],
    ['Rådet for Teknologisk Sikkerhed anbefaler et forbud.', 'Agency:Rådet for Teknologisk Sikkerhed'],
  ])('is one Agency: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('is no name where the word after "for" is not capitalised', () => {
    const found = entities('Ministeriet for nylig meddelte, at Huawei skal fjernes fra nettet.');
    expect(found.some((e) => e.includes('Ministeriet'))).toBe(false);
  });
});

describe("a firm's legal form", () => {
  it.each([
    ['The sanctions also hit Vantora S.A., based in Athens, and two other firms.', 'Company:Vantora S.A.'],
    ['The contract went to Borvex S.p.A. after a tender.', 'Company:Borvex S.p.A.'],
    ['Kontrakten gik til Merlanta N.V., der har hovedsæde i Rotterdam.', 'Company:Merlanta N.V.'],
    ['The list now includes Dravex AD, a spyware vendor.', 'Company:Dravex AD'],
  ])('written with full stops or as a foreign abbreviation types the name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('keeps no full stop after initials that are no legal form', () => {
    const found = entities('The report was written by Martin J.R. Hollis in London.');
    expect(found.some((e) => e.endsWith('.'))).toBe(false);
  });
});

describe('a common noun that opens a sentence', () => {
  it.each([
    ['Handlen, som de to selskaber aftalte sidste år, er nu opgivet af Qualcomm.', 'Handlen'],
    ['Forbuddet, der gælder fra mandag, rammer alle ansatte.', 'Forbuddet'],
    ['Shares of Qualcomm fell 4 percent on Monday.', 'Shares of Qualcomm'],
    ['Officers of the agency said the app was a risk.', 'Officers'],
  ])('is no name: %s', (text, bad) => {
    expect(entities(text).some((e) => e.endsWith(`:${bad}`))).toBe(false);
  });

  it('leaves the name after it', () => {
    expect(entities('Shares of Qualcomm fell 4 percent on Monday.')).toContain('Company:Qualcomm');
  });
});

describe('gazetteer facts of round nine: firms and their products', () => {
  it.each([
    ['Amazon dropped its plan to buy iRobot, the maker of the Roomba vacuum cleaner.', 'Company:iRobot'],
    ['Amazon dropped its plan to buy iRobot, the maker of the Roomba vacuum cleaner.', 'Product:Roomba'],
    ['Apple fjernede også Signal og Telegram fra sin kinesiske App Store.', 'Product:Signal'],
    ['The regulator also blocked Bigo Live, a streaming app.', 'Product:Bigo Live'],
    ['Vodafone Idea will run its trials in Mumbai.', 'Company:Vodafone Idea'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('reads the Danish pronoun "Vi" as no firm', () => {
    expect(entities('Vi har ikke set beviser, siger ministeren.').some((e) => e.startsWith('Company:'))).toBe(false);
  });
});

describe('gazetteer facts of round nine: agreements and laws', () => {
  it.each([
    ['Island er gennem EØS-aftalen bundet af de samme regler.', 'Policy:EEA Agreement'],
    ['The ministry said the rule applies under the EEA Agreement.', 'Policy:EEA Agreement'],
    ['Tilsynet mener, at selskabet har overtrådt Kinas antimonopollov.', 'Policy:Anti-Monopoly Law'],
    ['The regulator said the deal broke the Anti-Monopoly Law.', 'Policy:Anti-Monopoly Law'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('leaves the area itself to its own name', () => {
    const found = entities('Brugere i EU og EØS skal give samtykke.');
    expect(found).not.toContain('Policy:EEA Agreement');
  });
});

describe('a short form of a name named in full', () => {
  it('an abbreviation alone that is the initials of one name of the text is that name', () => {
    const found = entities('The Nordic Telecom Authority opened a case on Monday. The NTA said it would decide in March.');
    expect(found).toContain('Agency:Nordic Telecom Authority');
    expect(found.some((e) => e.endsWith(':NTA'))).toBe(false);
  });

  it('is left alone where two names of the text have the initials', () => {
    const found = entities('The Nordic Telecom Authority met the National Trade Association on Monday. The NTA said it would decide in March.');
    expect(found).toContain('Agency:Nordic Telecom Authority');
    expect(found.filter((e) => e.endsWith('Nordic Telecom Authority') || e.endsWith('National Trade Association'))).toHaveLength(2);
  });

  it('a firm\'s name without its form and "of" a place is that firm', () => {
    const found = entities('Regeringen vil forhindre, at Baltic Grid Corporation of Latvia køber en andel. Baltic Grid, der er statsejet, vil ikke kommentere sagen.');
    expect(found).toContain('Company:Baltic Grid Corporation of Latvia');
    expect(found.some((e) => e.endsWith(':Baltic Grid'))).toBe(false);
  });
});

describe("a firm's short name in Danish", () => {
  it('its genitive and its use at the start of a sentence are the firm named in full', () => {
    const found = entities('Chipproducenten ejes af det kinesiske selskab Morvatech Electronics. En domstol har suspenderet Morvatechs stifter. Morvatech afviser indgrebet.');
    expect(found).toContain('Company:Morvatech Electronics');
    expect(found.some((e) => e.endsWith(':Morvatechs') || e.endsWith(':Morvatech'))).toBe(false);
  });

  it('leaves a name ending in s that is no genitive of a firm of the text', () => {
    const found = entities('Aftalen blev underskrevet af Lars Jensens advokat. Selskabet Jensens Bryggeri vil ikke kommentere.');
    expect(found).not.toContain('Company:Jensen');
  });
});

describe('gazetteer facts of round nine: Nordic and Indian bodies in Danish', () => {
  it.each([
    ['Det er Folketingets Præsidium, der har besluttet forbuddet.', 'Agency:Presidium of the Folketing'],
    ['Vurderingen bygger på oplysninger fra Politiets sikkerhedstjeneste i Norge.', 'Agency:Norwegian Police Security Service'],
    ['Det oplyste det indiske ministerium for elektronik og informationsteknologi mandag.', 'Agency:Ministry of Electronics and Information Technology'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('leaves the Folketing itself alone', () => {
    expect(entities('Folketinget vedtog loven torsdag.')).not.toContain('Agency:Presidium of the Folketing');
  });
});

describe('a dateline with an abbreviated month', () => {
  it('gives the month no entity', () => {
    const found = entities('BOISE, Dec. 7 - The attorney general filed a lawsuit against the app on Wednesday.');
    expect(found.some((e) => e.endsWith(':Dec'))).toBe(false);
  });
  it('still reads a name before a stop that is no date', () => {
    expect(entities('The deal was approved by Decatur Holdings. 7 firms bid.')).toContain('Company:Decatur Holdings');
  });
});

describe('gazetteer facts of round nine: places and plans', () => {
  it.each([
    ['Selskabet har en fabrik i Hamborg.', 'Location:Hamburg'],
    ['Lufthavnen i Ilulissat skal udvides.', 'Location:Ilulissat'],
    ['Sagen blev drøftet i det norske parlament i går.', 'Agency:Storting'],
    ['TikTok says Project Clover will keep European data in Europe.', 'Policy:Project Clover'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

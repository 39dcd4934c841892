// Entity rules of round ten: general shapes of names and real-world facts, on sentences
// written for these tests.
import { entities, relations, run } from '../fixtures/extract/helpers';

describe('measures and bodies the gazetteer knows', () => {
  it.each([
    ['The regulator said the firm broke the UK General Data Protection Regulation by keeping data too long.', 'Policy:UK General Data Protection Regulation'],
    ['Under the UK GDPR, firms must report breaches within 72 hours.', 'Policy:UK General Data Protection Regulation'],
    ['The Commission opened its first in-depth probe under the Foreign Subsidies Regulation on Tuesday.', 'Policy:Foreign Subsidies Regulation'],
    ['Kommissionen har åbnet en undersøgelse efter forordningen om udenlandske subsidier.', 'Policy:Foreign Subsidies Regulation'],
    ['The Pentagon added the drone maker to its list of Chinese military companies on Thursday.', 'Policy:1260H List'],
    ['The Pentagon designated the handset maker a Communist Chinese military company in January.', 'Policy:1260H List'],
    ['Treasury put the firm on its list of Chinese military-industrial complex companies.', 'Policy:Non-SDN Chinese Military-Industrial Complex Companies List'],
    ["Brazil's Supreme Court ordered the platform blocked on Friday.", 'Agency:Supreme Federal Court'],
    ['Brasiliens højesteret har beordret platformen lukket.', 'Agency:Supreme Federal Court'],
    ['Selskabet har bedt Oslo tingrett om at standse forbuddet.', 'Agency:Oslo District Court'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('the UK regulation is not the EU one', () => {
    expect(entities('The watchdog said the app had broken the UK General Data Protection Regulation.')).not.toContain('Policy:General Data Protection Regulation');
  });

  it('a supreme court with no state before it is not Brazil\'s', () => {
    expect(entities('The Supreme Court will hear the case in the autumn.')).not.toContain('Agency:Supreme Federal Court');
  });

  it("the Brazilian court is part of Brazil", () => {
    expect(relations("Brazil's Supreme Court ordered the platform blocked across Brazil on Friday.")).toContain('Supreme Federal Court -PART_OF-> Brazil');
  });
});

describe('a capital listed with a city after "in"/"to"', () => {
  it.each([
    ['Selskabet skal bygge nye landingsbaner i Nuuk og Ilulissat.', 'Location:Nuuk'],
    ['The group has offices in Shanghai and Beijing.', 'Location:Beijing'],
    ['The company will open research centres in Beijing, Shenzhen and Chengdu.', 'Location:Beijing'],
    ['Der flyves nu direkte til Aarhus og Oslo.', 'Location:Oslo'],
  ])('is a place: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Tensions between Beijing and Washington rose again.', 'Location:Beijing'],
    ['Beijing and Shanghai both reported a fall in sales.', 'Location:Beijing'],
  ])('stays its state without "in" before the list or a city in it: %s', (text, notExpected) => {
    expect(entities(text)).not.toContain(notExpected);
  });
});

describe('an abbreviation in brackets that the gazetteer gives to another name', () => {
  it.each([
    ['Det hollandske datatilsyn, Autoriteit Persoonsgegevens (AP), har pålagt selskabet en bøde. Ifølge AP kan selskabet klage.', 'Agency:Autoriteit Persoonsgegevens', 'Organization:Associated Press'],
    ['The Dutch regulator, Autoriteit Persoonsgegevens (AP), fined the company on Monday. AP said the firm had broken the rules.', 'Agency:Autoriteit Persoonsgegevens', 'Organization:Associated Press'],
  ])('is the name it spells in this text: %s', (text, expected, gone) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain(gone);
  });

  it('keeps its own meaning where the name before it is its own', () => {
    expect(entities('The Associated Press (AP) reported the fine. AP said the firm would appeal.')).toContain('Organization:Associated Press');
  });

  it('keeps its own meaning where the brackets follow a name it does not spell', () => {
    expect(entities('The claim was reported by Reuters (AP had it first).')).toContain('Organization:Associated Press');
  });
});

describe("a state's body described with its remit, then named", () => {
  it.each([
    ['Kinas myndighed for markedsregulering, State Administration for Market Regulation, har ikke svaret.', 'Agency:State Administration for Market Regulation', 'Agency:Kinas myndighed'],
    ['Sydkoreas myndighed for fair konkurrence, Korea Fair Trade Commission, har åbnet en sag mod selskabet.', 'Agency:Korea Fair Trade Commission', 'Agency:Sydkoreas myndighed'],
  ])('is the name, not the description: %s', (text, expected, gone) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain(gone);
  });

  it('leaves a firm named after the remit with no comma alone', () => {
    expect(entities('Tysklands myndighed for telesikkerhed vil undersøge Huawei nærmere.')).toContain('Company:Huawei');
  });
});

describe('one capitalised word that is only an adjective', () => {
  it.each([
    ['Kessler, a Republican, has cast the suit as a consumer matter. A string of Republican governors have acted too.', 'Republican'],
    ['Ministers want tougher European scrutiny of takeovers. A wave of European and American chip deals followed.', 'European'],
  ])('names nothing: %s', (text, word) => {
    expect(entities(text).some((e) => e.endsWith(`:${word}`))).toBe(false);
  });

  it.each([
    ['The Republican Party said it would oppose the bill.', 'Organization:Republican Party'],
    ['Orange and Telia said they would replace the gear.', 'Company:Orange'],
  ])('leaves longer names and known firms alone: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe('firms and products the gazetteer knows', () => {
  it.each([
    ['Spotify filed the complaint in Brussels five years ago.', 'Company:Spotify'],
    ['Musiktjenesten Spotify har klaget til Kommissionen.', 'Company:Spotify'],
    ['The department added Intellexa and Cytrox to its Entity List.', 'Company:Cytrox AD'],
    ['Predator kan inficere en telefon, uden at brugeren klikker på noget.', 'Product:Predator'],
    ['The group behind the Predator spyware was sanctioned on Tuesday.', 'Product:Predator'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('the firm Spotify is based in Sweden where the text names Sweden', () => {
    expect(relations('Spotify, the Swedish streaming firm, filed the complaint.')).toContain('Spotify -BASED_IN-> Sweden');
  });

  it('a predator in lower case is no product', () => {
    expect(entities('The firm was accused of acting like a predator in the market.')).not.toContain('Product:Predator');
  });
});

describe("China's state broadcasters and its English daily", () => {
  it.each([
    ['The regulator revoked the licence of CGTN, the international arm of the state broadcaster.', 'Company:CGTN'],
    ['CCTV har sendt indslaget flere gange.', 'Company:CCTV'],
    ['An editorial in China Daily called the ban hypocritical.', 'Company:China Daily'],
  ])('are firms the state can own: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('news agencies stay organizations', () => {
    expect(entities('Xinhua reported the decision on Friday.')).toContain('Organization:Xinhua');
  });
});

describe('a Canadian province', () => {
  it.each([
    ['Last month the Quebec government stopped buying ads on the platform.', 'Government:Quebec'],
    ['Ontario sues the app maker, saying it hid the risks from parents.', 'Government:Ontario'],
  ])('is its government where it acts: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('is a place where it is only where something is', () => {
    expect(entities('The firm has a plant in Alberta.')).toContain('Location:Alberta');
  });
});

describe('a lone word for a body after "in"', () => {
  it.each([
    ['The ban was announced in Parliament by the minister on Thursday.', 'Agency:Parliament'],
    ['The proposal was debated in Council on Monday before the vote.', 'Agency:Council'],
  ])('is that body, not a place: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('a lone unknown word after "in" is still a place', () => {
    expect(entities('The firm builds a plant in Magdeburg next year.')).toContain('Location:Magdeburg');
  });
});

describe('a name after a word for kin', () => {
  it.each([
    ['Appen blev grundlagt af Anders Holmvik og hans bror Jesper.', 'Person:Jesper'],
    ['The firm was set up by Lena Ostrova and her brother Kiril.', 'Person:Kiril'],
    ["The founder's daughter Mirela later took over the board.", 'Person:Mirela'],
  ])('is a person: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('leaves a firm named after the word alone', () => {
    expect(entities('The brothers sold their stake in Huawei last year.')).toContain('Company:Huawei');
  });
});

describe('Christiansborg', () => {
  it('stands for the Folketing', () => {
    expect(entities('Også på Christiansborg vil man nu fjerne appen fra telefonerne.')).toContain('Agency:Folketing');
  });

  it('is no firm', () => {
    expect(entities('Politikerne på Christiansborg er uenige.')).not.toContain('Company:Christiansborg');
  });
});

describe('an abbreviation for a technology', () => {
  it.each([
    ['Demand for AI services surged at home, and the firm sold more GPU servers.', 'AI'],
    ['Hvad er DRAM, og hvorfor er det vigtigt for Kina?', 'DRAM'],
  ])('names nothing alone: %s', (text, word) => {
    expect(entities(text).some((e) => e.endsWith(`:${word}`))).toBe(false);
  });

  it('stays inside a longer name', () => {
    expect(entities('Baidu AI Cloud won the contract, Vemora AI Labs said.').some((e) => e.includes('AI'))).toBe(true);
  });
});

describe("a body named after \"the country's\"", () => {
  it.each([
    ['Anbefalingen kommer fra Estland, efter at landets Nationale Center for Cybersikkerhed har gennemgået telefonerne.', 'Nationale Center for Cybersikkerhed -PART_OF-> Estonia'],
    ["Kenya blocked the app on Monday. The country's Communications Authority said the platform broke the rules.", 'Communications Authority -PART_OF-> Kenya'],
  ])('is part of the state named before it: %s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('is no part of a state named long before', () => {
    const text = 'Kenya blocked the app. The firm appealed. Its lawyers said little. Users complained loudly. '
      + "The country's Communications Authority declined to comment.";
    expect(relations(text)).not.toContain('Communications Authority -PART_OF-> Kenya');
  });
});

describe("a state's intelligence service or court described, then named", () => {
  it.each([
    ['New Zealands efterretningstjeneste, Government Communications Security Bureau, har sagt nej til planen.', 'Government Communications Security Bureau -PART_OF-> New Zealand'],
    ["Estonia's intelligence service, the Foreign Intelligence Service, warned against the app.", 'Foreign Intelligence Service -PART_OF-> Estonia'],
  ])('is part of that state: %s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('leaves a list after the noun alone', () => {
    expect(relations("Estonia's intelligence service, Telia and Elisa met on Monday.")).not.toContain('Telia -PART_OF-> Estonia');
  });
});

describe('a name given after "called"/"kaldet"', () => {
  it.each([
    ['Prosecutors said the firm tried to steal details of a robot called Tappy from the lab.', 'Product:Tappy'],
    ['Selskabet lancerede i fjor en app kaldet Zirvo, som hurtigt blev populær.', 'Product:Zirvo'],
    ['The group launched a chatbot named Orrin last spring.', 'Product:Orrin'],
  ])('is typed by the noun before it: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('a person called by name stays a person', () => {
    expect(entities('The founder, a man called Pavel Durov, left Russia in 2014.')).toContain('Person:Pavel Durov');
  });
});

describe('a body named by one word later', () => {
  it('a department named by its remit alone is the US-style department of the text', () => {
    const text = 'The Commerce Department added the chipmaker to its list. In May, Commerce told suppliers they needed licences. '
      + "China's Ministry of Commerce condemned the move.";
    const x = run(text).entities;
    expect(x.find((e) => e.name === 'Commerce Department')?.aliases).toContain('Commerce');
    expect(x.find((e) => e.name === 'Chinese Ministry of Commerce')?.aliases).not.toContain('Commerce');
  });

  it('still reads "the Commission" as the one commission of the text', () => {
    expect(entities('The Federal Trade Commission sued the firm. The Commission said it broke the law.').filter((e) => e.includes('Commission'))).toEqual(['Agency:Federal Trade Commission']);
  });
});

describe("another state's body described by a Danish noun and named", () => {
  it("is what the noun's definite form means later in the text", () => {
    const text = 'Det belgiske datatilsyn, Gegevensbeschermingsautoriteit Vlaanderen, har givet selskabet en bøde. Datatilsynet mener, at selskabet brød reglerne.';
    expect(entities(text)).not.toContain('Agency:Danish Data Protection Agency');
  });

  it('leaves the Danish body alone where the text names Denmark', () => {
    const text = 'Det belgiske datatilsyn, Gegevensbeschermingsautoriteit Vlaanderen, har givet selskabet en bøde. I Danmark siger Datatilsynet, at sagen følges.';
    expect(entities(text)).toContain('Agency:Danish Data Protection Agency');
  });
});

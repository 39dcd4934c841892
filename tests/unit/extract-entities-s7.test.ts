// Entity rules of round seven: general shapes of names (numbered measures, …), on sentences
// written for these tests.
import { entities } from '../fixtures/extract/helpers';

describe('numbered measures', () => {
  it.each([
    ['The governor signed House Bill 1207 on Friday after a long debate.', 'Policy:House Bill 1207'],
    ['The president then signed Executive Order 14155, which widened the ban.', 'Policy:Executive Order 14155'],
    ['Member states must apply Directive 2022/2555 to their operators of networks.', 'Policy:Directive 2022/2555'],
    ['Medlemslandene skal gennemføre Directive 2022/2555 inden udgangen af året.', 'Policy:Directive 2022/2555'],
  ])('takes the number of a bill, an order or a directive into its name: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /^(Person|Company):/.test(e))).toBe(false);
  });

  it.each([
    ['The bill runs to 1207 pages and the order came in 2021.'],
    ['Regningen på 1207 kroner blev betalt i 2021.'],
  ])('does not name a measure by a lower-case word and a number: %s', (text) => {
    expect(entities(text).some((e) => e.startsWith('Policy:'))).toBe(false);
  });
});

describe('a Danish body named by its definite common noun', () => {
  it.each([
    ['I Japan har udenrigsministeriet indkaldt Kinas ambassadør til en samtale.', 'Agency:Ministry of Foreign Affairs of Japan'],
    ['Den tyske regering vil standse handlen. Ifølge finansministeriet er salget en risiko.', 'Agency:Federal Ministry of Finance'],
    ['Flere sydkoreanske ministerier, heriblandt handelsministeriet, har lukket for appen.', 'Agency:Ministry of Trade, Industry and Energy'],
  ])('is the body of the state named before it: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Kinesiske selskaber som Huawei rammes af reglerne fra handelsministeriet.', /Ministry of Commerce/],
    ['Huawei har protesteret, men udenrigsministeriet har endnu ikke svaret.', /Ministry|Foreign/],
    ['In Japan, the foreign ministry summoned the ambassador on Monday.', /udenrigsministeriet/],
  ])('is no body where no state acts before it (a state\'s adjective before a firm does not count): %s', (text, bad) => {
    expect(entities(text).some((e) => bad.test(e))).toBe(false);
  });
});

describe("a region's own body", () => {
  it.each([
    ['The governor told the Texas Department of Motor Vehicles to stop using the app.', 'Agency:Texas Department of Motor Vehicles'],
    ['The bill passed the California Legislature in a late vote.', 'Agency:California Legislature'],
    ['Guvernøren bad California Department of Technology om at fjerne appen.', 'Agency:California Department of Technology'],
  ])('takes a region named before a body\'s name into the name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('reads a legislature named alone as a body', () => {
    expect(entities('The measure passed the Republican-controlled Legislature in April.')).toContain('Agency:Legislature');
  });

  it.each([
    ['Silicon Valley Bank collapsed, and officials in Texas met on Monday.', ['Company:Silicon Valley Bank', 'Location:Texas']],
    ['The US Department of Commerce added the firm to its list.', ['Agency:Commerce Department']],
  ])('leaves a firm, a bare region and a state\'s known body as they were: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found.some((e) => /^Agency:(Silicon|US Department)/.test(e))).toBe(false);
  });
});

describe('a body\'s word and a connector first type the name', () => {
  it.each([
    ["Taiwan's Ministry of Science and Technology said the chips were safe.", 'Agency:Ministry of Science and Technology'],
    ['Vietnams Ministry of Information and Communications lukkede appen.', 'Agency:Ministry of Information and Communications'],
    ['The rules were written by the Department of Information Technology.', 'Agency:Department of Information Technology'],
  ])('whatever word for a firm ends it: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('still reads a firm whose name ends in such a word', () => {
    expect(entities('Investors bought shares in Zentrix Information Technology on Monday.')).toContain('Company:Zentrix Information Technology');
  });
});

describe('judges', () => {
  it.each([
    ['U.S. District Judge Maria Ortega blocked the ban on Friday. Ortega said the law went too far.', 'Person:Maria Ortega'],
    ['Magistrate Judge Tom Ridley granted the injunction, and Ridley set a hearing for May.', 'Person:Tom Ridley'],
    ['Dommer Hanne Kjær afviste søgsmålet, og ifølge Kjær var loven gyldig.', 'Person:Hanne Kjær'],
  ])('reads the name after a judge\'s title, and the surname alone later, as one person: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.filter((e) => e.startsWith('Person:'))).toHaveLength(1);
  });

  it('does not make a person of a court', () => {
    expect(entities('The judge sent the case back to the Ninth Circuit Court of Appeals.').some((e) => e.startsWith('Person:'))).toBe(false);
  });
});

describe('a Danish noun for a kind of actor opening the sentence', () => {
  it.each([
    ['Organisationen Digital Frihed har klaget over loven.', 'Organization:Digital Frihed'],
    ['Spilselskabet Nordlys Interactive protesterer mod forbuddet.', 'Company:Nordlys Interactive'],
    ['Teleselskabet Fjordnet Mobil har droppet udstyret.', 'Company:Fjordnet Mobil'],
  ])('is no part of the name after it, and types it: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /:(Organisationen|Spilselskabet|Teleselskabet) /.test(e))).toBe(false);
  });

  it('leaves a name whose first word is no such noun whole', () => {
    expect(entities('Nordisk Telekom Union har klaget over loven.')).toContain('Organization:Nordisk Telekom Union');
  });
});

describe('American datelines and abbreviated states', () => {
  it.each([
    ['BOZEMAN, Mont., June 2, 2024 - The state sued the maker of the app on Tuesday.', ['Location:BOZEMAN', 'Location:Montana']],
    ['PALO ALTO, Calif., March 3 - The chipmaker said it would cut jobs.', ['Location:PALO ALTO', 'Location:California']],
    ['Firmaet har kontor i Austin, Tex., og i Tucson, Ariz., siger direktøren.', ['Location:Arizona']],
  ])('reads the city and the abbreviated state as places: %s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });

  it('does not make a place of a firm before its legal form and a year', () => {
    expect(entities('Zentrix, Inc., 2023 results were weak, the firm Zentrix said.').some((e) => e.startsWith('Location:'))).toBe(false);
  });
});

describe('one word beside a verb of speech', () => {
  it.each([
    ["The deal hurts Norway's Zentrix, and Zentrix said it would appeal.", 'Company:Zentrix'],
    ['Aftalen rammer Zentrix, og Zentrix siger, at selskabet vil klage.', 'Company:Zentrix'],
  ])('is a firm where the text names no person by it in full: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain('Person:Zentrix');
  });

  it.each([
    ['Senator Mark Wexley criticised the deal. Wexley said it was a risk.', 'Person:Mark Wexley'],
    ['Direktør Hanne Vibholm kritiserer aftalen. Vibholm siger, at den er en risiko.', 'Person:Hanne Vibholm'],
  ])('stays the person named in full before: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => e.startsWith('Company:'))).toBe(false);
  });

  it('stays a person after a title', () => {
    expect(entities('Senator Wexley said the deal was a risk.')).toContain('Person:Wexley');
  });
});

describe('the capital of a dateline', () => {
  it.each([
    ['Dublin, mandag\n\nDet irske datatilsyn har givet selskabet en bøde. Tilsynet i Dublin har arbejdet på sagen i to år.', 'Location:Dublin'],
    ['Oslo\n\nDen norske regering stopper salget af værftet til et russisk selskab.', 'Location:Oslo'],
    ['MADRID, March 4, 2024 - The Spanish government blocked the deal. The regulator in Madrid had warned in January.', 'Location:Madrid'],
  ])('stays the city where the text names it again after "i"/"in": %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Ottawa, torsdag\n\nCanada stopper handlen. Ottawa har tidligere grebet ind over for kinesiske opkøb.', 'Location:Ottawa'],
    ['OTTAWA, March 4 - Canada blocked the deal. Ottawa has intervened before against such purchases.', 'Location:Ottawa'],
  ])('is the state where the text uses the name for the state: %s', (text, bad) => {
    expect(entities(text)).not.toContain(bad);
  });
});

describe('gazetteer: firms, products and groups of round seven', () => {
  it.each([
    ['Bouygues Telecom, the telecoms arm of Bouygues, and SFR, owned by Altice, must replace the gear.', ['Company:Bouygues Telecom', 'Company:Bouygues', 'Company:SFR', 'Company:Altice']],
    ['SFR, der ejes af Altice, skal udskifte udstyret, ligesom Bouygues Telecom.', ['Company:SFR', 'Company:Altice', 'Company:Bouygues Telecom']],
    ["Kingsoft's WPS Office and Google's Chrome were named in the order.", ['Company:Kingsoft', 'Product:WPS Office', 'Product:Chrome']],
    ['Naver og LY Corp driver beskedappen LINE, mens Yahoo Japan er en webportal.', ['Company:Naver', 'Company:LY Corp', 'Product:LINE', 'Product:Yahoo Japan']],
    ['Didi was listed on the New York Stock Exchange after buying Uber China from Uber.', ['Company:Didi Chuxing', 'Company:New York Stock Exchange', 'Company:Uber China', 'Company:Uber']],
    ['The ACLU of Montana and NetChoice sued, and Elliott Management backed them.', ['Organization:ACLU of Montana', 'Organization:NetChoice', 'Company:Elliott Management']],
    ['Activision Blizzard udgiver Call of Duty og World of Warcraft.', ['Company:Activision Blizzard', 'Product:Call of Duty', 'Product:World of Warcraft']],
  ])('knows them: %s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['The line was busy, and the chrome finish of the phone was scratched.'],
    ['Linjen var optaget, og telefonens chrome-finish var ridset.'],
  ])('does not read a common word as a product: %s', (text) => {
    expect(entities(text).some((e) => /^Product:(LINE|Chrome)$/.test(e))).toBe(false);
  });
});

describe('laws with a bracketed part', () => {
  it.each([
    ['The ban rests on the Telecommunications (Interception and Access) Act, passed in 2013.', 'Policy:Telecommunications (Interception and Access) Act'],
    ['Forbuddet hviler på Telecommunications (Security and Resilience) Act fra 2021.', 'Policy:Telecommunications (Security and Resilience) Act'],
  ])('reads the law as one name: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /^(Company|Person):/.test(e))).toBe(false);
  });

  it('keeps a name and a bracketed state apart', () => {
    expect(entities('Zentrix Labs (Norway) said it would appeal the decision.')).toEqual(expect.arrayContaining(['Government:Norway']));
  });
});

describe('an adjective after a firm\'s genitive', () => {
  it.each([
    ["Huawei's European rivals gained market share.", /Product:European/],
    ['Huaweis europæiske konkurrenter vandt markedsandele.', /Product:/],
  ])('is no product of the firm: %s', (text, bad) => {
    expect(entities(text).some((e) => bad.test(e))).toBe(false);
  });

  it("still reads a name after a firm's genitive as its product", () => {
    expect(entities("Tencent's Nimbus platform was banned.")).toContain('Product:Nimbus');
  });
});

describe('gazetteer: the EU 5G toolbox in Danish, Musical.ly', () => {
  it('reads the Danish indefinite form of the toolbox', () => {
    expect(entities('Kommissionen opfordrede medlemslandene til at bruge den fælles 5G-værktøjskasse over for leverandørerne.')).toContain('Policy:EU 5G Toolbox');
  });
  it('reads Musical.ly as one name', () => {
    const found = entities('In 2017 ByteDance bought Musical.ly, a lip-syncing app popular with teenagers.');
    expect(found).toContain('Product:Musical.ly');
    expect(found.some((e) => /:(Musical|ly)$/.test(e))).toBe(false);
  });
  it('does not read a toolbox that is no 5G one as the EU toolbox', () => {
    expect(entities('Firmaet har lanceret en ny værktøjskasse til udviklere.').some((e) => e.startsWith('Policy:'))).toBe(false);
  });
});

describe("gazetteer: the Pentagon's 1260H list, China's market regulator in Danish", () => {
  it.each([
    ['The Pentagon added the battery maker to its 1260H list on Monday.', 'Policy:1260H List'],
    ['Pentagon har sat batteriproducenten på 1260H-listen.', 'Policy:1260H List'],
    ['Kinas markedstilsyn har indledt en undersøgelse af selskabet.', 'Agency:State Administration for Market Regulation'],
  ])('knows them: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
  it('does not read a number of a model as the list', () => {
    expect(entities('Selskabet sælger modellen 1260 til kunderne i Norge.').some((e) => e.startsWith('Policy:'))).toBe(false);
  });
});

describe("two firms' names and a country", () => {
  it.each([
    ['Vodafone Hutchison Australia said it would buy its radio gear from Nokia.', 'Company:Vodafone Hutchison Australia'],
    ['Vodafone Hutchison Australia har valgt Nokia som leverandør.', 'Company:Vodafone Hutchison Australia'],
  ])('name the two firms\' joint venture there: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain('Company:Vodafone');
  });

  it('a firm and a country named with a verb of speech stay a firm', () => {
    expect(entities('Huawei Canada said it would appeal the decision.')).toContain('Company:Huawei Canada');
  });

  it('leaves firms in a list apart', () => {
    expect(entities('Huawei, Vodafone and Nokia Australia bid for the contract.')).toEqual(expect.arrayContaining(['Company:Huawei', 'Company:Vodafone']));
  });
});

describe('names of laws with a genitive inside or given after "known as"', () => {
  it.each([
    ["The firm broke the Children's Online Safety Protection Act, known as COSPA, the agency said.", 'Policy:Children\'s Online Safety Protection Act'],
    ['Selskabet brød Kids Online Data Protection Act, kendt som KODPA, lyder anklagen.', 'Policy:Kids Online Data Protection Act'],
  ])('reads the law and its short name as one: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.filter((e) => e.startsWith('Policy:'))).toHaveLength(1);
  });

  it('keeps a state in the genitive apart from its law', () => {
    const found = entities("Sweden's Digital Resilience Act applies to foreign firms.");
    expect(found).toEqual(expect.arrayContaining(['Government:Sweden', 'Policy:Digital Resilience Act']));
  });

  it('is no apposition where a preposition follows the comma', () => {
    expect(entities('Apple sold more iPads, by some distance, than its rivals.')).toContain('Product:iPads');
  });
});

// Entity rules of round six: general shapes of names (model designations, apostrophes inside a
// name, laws, party labels, …), on sentences written for these tests.
import { entities } from '../fixtures/extract/helpers';

describe('model designations', () => {
  it.each([
    ['The firm may no longer sell the A100 and H100 to China, and its rival stopped its MI250 chip.', ['Product:A100', 'Product:H100', 'Product:MI250']],
    ['Den nye telefon, Norfone 7X 5G fra Norfone, blev testet, og Huaweis P40 5G fik kritik.', ['Product:P40 5G']],
    ['Testen omfattede OnePlus 8T 5G og Xiaomi Mi 10T 5G.', ['Product:OnePlus 8T 5G', 'Product:Mi 10T 5G']],
  ])('names a product by its model code: %s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Leaders of the G20 met in Rome on Monday.', 'G20'],
    ['Huawei 5G equipment is banned from the core network.', 'Huawei 5G'],
    ['Operatøren må ikke bruge Huawei 5G-udstyr i kernenettet.', 'Huawei 5G'],
  ])('does not make a product of a group of states or a network generation: %s', (text, name) => {
    expect(entities(text).some((e) => e.endsWith(`:${name}`) && e.startsWith('Product'))).toBe(false);
  });
});

describe('an apostrophe inside a name', () => {
  it('reads "Xi\'an" as one place, not as Xi Jinping', () => {
    const found = entities("Selskabet har en fabrik i Xi'an, hvor det tester chips.");
    expect(found).toContain("Location:Xi'an");
    expect(found.some((e) => /Xi Jinping/.test(e))).toBe(false);
  });
  it('still reads a known name before a possessive', () => {
    expect(entities("Xi Jinping's government protested. Xi's speech followed.")).toContain('Person:Xi Jinping');
  });
});

describe('names of laws', () => {
  it.each([
    ['The review under the Investment Canada Act was ordered on Wednesday.', 'Policy:Investment Canada Act'],
    ['Gennemgangen skete efter Investment Canada Act, loven om udenlandske investeringer.', 'Policy:Investment Canada Act'],
    ['Advarslen er udstedt efter paragraf 7 i BSI-loven, der giver myndigheden ret til at advare.', 'Policy:BSI-loven'],
    ['Grundlaget er den tyske IT-sikkerhedslov fra 2021.', 'Policy:IT-sikkerhedslov'],
  ])('takes a known name inside a law\'s name as part of it: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /^(Company|Person):(Investment|Act)$/.test(e))).toBe(false);
  });

  it('keeps a state in the genitive apart from its law, and a state\'s compound is no law of its own', () => {
    expect(entities("Norway's Digital Security Act applies to foreign firms.")).toEqual(expect.arrayContaining(['Government:Norway', 'Policy:Digital Security Act']));
    const da = entities('Kina-loven blev vedtaget, og BSI advarer.');
    expect(da).toContain('Government:China');
    expect(da.some((e) => e.startsWith('Policy:'))).toBe(false);
  });

  it('does not make a law of a headline', () => {
    expect(entities('US Senate Passes China Trade Act').some((e) => e.startsWith('Policy:US Senate'))).toBe(false);
  });
});

describe('people', () => {
  it.each([
    ['Its authors, Republican Mike Gallagher and Democrat Raja Krishnamoorthi, said the law was needed.', ['Person:Mike Gallagher', 'Person:Raja Krishnamoorthi']],
    ['In a letter, Aimen Mir, a Treasury Department official who oversees the panel, warned the firms.', ['Person:Aimen Mir']],
    ['Her colleague Henna Virkkunen, who is in charge of tech sovereignty, shares responsibility.', ['Person:Henna Virkkunen']],
    ['Forslaget kom fra republikaneren Mike Gallagher, der leder udvalget.', ['Person:Mike Gallagher']],
  ])('finds a person introduced by a label or an apposition: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found.some((e) => /Republican|Democrat/.test(e))).toBe(false);
  });

  it('does not strip a title that is a role ("Secretary of State")', () => {
    const found = entities('“We will act,” Mike Pompeo, US Secretary of State said.');
    expect(found.some((e) => /of State$/.test(e) && !e.includes('Department'))).toBe(false);
  });

  it.each([
    'Analysts said the ruling showed a new approach.',
    'Eksperter mener, at forbuddet vil virke.',
  ])('does not take a plural noun for people at the start for a name: %s', (text) => {
    expect(entities(text)).toEqual([]);
  });

  it('does not type a name after an apposition as the person before it', () => {
    const found = entities("The European Commission fined Apple. Teresa Ribera, the Commission's executive vice-president, said it had erred.");
    expect(found.some((e) => e === 'Person:Commission')).toBe(false);
  });
});

describe('the shape of a name and compromise\'s word list', () => {
  it.each([
    ['Spillet Call of Duty og World of Warcraft blev nævnt i sagen.', 'Call of Duty'],
    ['The title Call of Duty sells well, the company said.', 'Call of Duty'],
  ])('does not take "X of Y" for a person: %s', (text, name) => {
    expect(entities(text)).not.toContain(`Person:${name}`);
  });

  it('takes a name that opens with a given name for a person, and one that opens with a city for no person', () => {
    const found = entities('The general manager of the unit, Lee Hunter, disagreed. Bergen Engines makes engines.');
    expect(found).toContain('Person:Lee Hunter');
    expect(found.some((e) => e.startsWith('Person:Bergen'))).toBe(false);
  });

  it('takes a lone word compromise knows as a city for a place', () => {
    expect(entities('Containers reach Hamburg every day, and Hamburg expects more.')).toContain('Location:Hamburg');
  });

  it.each([
    ['The regulator\'s chairman, Joh Sung-wook, said the fine was needed.', 'Person:Joh Sung-wook'],
    ['Formanden Joh Sung-wook sagde, at bøden var nødvendig.', 'Person:Joh Sung-wook'],
  ])('keeps a hyphenated given name whole: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('does not join a Danish compound tail to a name', () => {
    const found = entities('Telenor Norge-net og Clean Network-sag nævnes.');
    expect(found.some((e) => /-net|-sag/.test(e))).toBe(false);
  });

  it('reads a name seen bare with its "s" as that name, not a genitive', () => {
    const found = entities('Bergen Engines, der laver motorer, er solgt. Bergen Engines ligger ved kysten.');
    expect(found.some((e) => e.endsWith(':Bergen Engines'))).toBe(true);
    expect(found.some((e) => e.endsWith(':Bergen Engine'))).toBe(false);
  });
});

describe('datelines', () => {
  it.each([
    ['Bonn, tirsdag\n\nMyndigheden advarer mod produkterne fra firmaet.', 'Location:Bonn'],
    ['Tokyo, fredag\n\nJapan strammer reglerne for eksport af udstyr.', 'Location:Tokyo'],
    ['BRUSSELS, March 4, 2024 - The European Commission fined the firm.', 'Location:Brussels'],
  ])('takes the place of a dateline for a place: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('takes a dateline capital for its state when the text uses the name for the state too', () => {
    const found = entities('Ottawa, torsdag\n\nCanada har beordret selskabet til at lukke. Ottawa har tidligere grebet ind.');
    expect(found).toContain('Government:Canada');
    expect(found).not.toContain('Location:Ottawa');
  });

  it('does not take a sentence that only starts with a name and a comma for a dateline', () => {
    expect(entities('Tokyo, which protested, said the rules were unfair.')).not.toContain('Location:Tokyo');
  });
});

describe('names of bodies', () => {
  it.each([
    ['The Ministry of Digital Affairs and Innovation said it would review the deal.', 'Agency:Ministry of Digital Affairs and Innovation'],
    ['The Ministry of Energy, Mines and Water said it would review the deal.', 'Agency:Ministry of Energy, Mines and Water'],
    ['The Latvia Trade Commission said it would act.', 'Agency:Latvia Trade Commission'],
    ['Two weeks ago, the National Assembly passed an amendment.', 'Agency:National Assembly'],
    ['Det oplyser Social- og Ældreministeriet.', 'Agency:Social- og Ældreministeriet'],
    ['Det oplyser Handels- og fiskeridepartementet i en meddelelse.', 'Agency:Handels- og fiskeridepartementet'],
  ])('reads a body\'s whole name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['The deal was reviewed by the Ministry of Defence and Huawei on Monday.', ['Agency:Ministry of Defence', 'Company:Huawei']],
    ['Huawei- og ZTE-udstyr er forbudt i nettet.', ['Company:Huawei', 'Company:ZTE']],
  ])('does not join a list to a body\'s name: %s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('one firm under several names', () => {
  it('reads a firm\'s name without its form words as that firm', () => {
    const found = entities('Trump blocked the sale of Lattice Semiconductor to Canyon Bridge Capital Partners. Canyon Bridge said it was disappointed, and Lattice said it would comply.');
    expect(found).toEqual(expect.arrayContaining(['Company:Lattice Semiconductor', 'Company:Canyon Bridge Capital Partners']));
    expect(found.filter((e) => /:(Lattice|Canyon Bridge)$/.test(e))).toEqual([]);
  });

  it('does not read a unit named by a word of its own as its parent', () => {
    const found = entities('Korvex Cloud runs the servers, and Korvex said the unit would grow.');
    expect(found.some((e) => e.endsWith(':Korvex'))).toBe(true);
  });

  it.each([
    ['Firmaet ville sælge den til TMH, også kendt som Transmashholding, for 150 millioner euro.', 'TMH'],
    ['The buyer, Norvale Holdings (also known as Norvale), declined to comment.', 'Norvale Holdings'],
  ])('takes a name given as "also known as" for the first one: %s', (text, name) => {
    const found = entities(text);
    expect(found.some((e) => e.endsWith(`:${name}`))).toBe(true);
    expect(found.filter((e) => /Transmashholding|:Norvale$/.test(e))).toEqual([]);
  });
});

describe('titles and nouns before a name', () => {
  it.each([
    ['The app will be banned from all devices, Attorney-General Mark Dreyfus said on Tuesday.', 'Person:Mark Dreyfus'],
  ])('strips a title written with a hyphen: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /Attorney/.test(e))).toBe(false);
  });

  it.each([
    ['Microsoft vil købe spilselskabet Korvana Studios for 60 milliarder dollar.', 'Company:Korvana Studios'],
    ['Spillene ligger på chipproducentens cloudtjeneste Nimbus Play.', 'Product:Nimbus Play'],
    ['I 2020 underkendte domstolen ordningen Harbor Shield, som dannede rammen om overførsler.', 'Policy:Harbor Shield'],
    ['Klagen kom fra privatlivsaktivisten Max Schrems.', 'Person:Max Schrems'],
  ])('types a name by a Danish compound before it: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe('firms and products by shape and apposition', () => {
  it.each([
    ['Schools use Google Workspace, and pupils like Apple Music a lot.', ['Product:Google Workspace', 'Product:Apple Music']],
    ['Telefónica Deutschland sells contracts in Germany.', ['Company:Telefónica Deutschland']],
  ])('a firm\'s name and a word of its own name a product, or a unit where the word is a place: %s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['The same year the U.S. retailer Korbuy pulled the software from its shelves.', 'Company:Korbuy'],
    ['In early 2018, Paylinq, the US money-transfer firm, called off its sale.', 'Company:Paylinq'],
  ])('types a firm by the noun before it or an apposition with a compound: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('takes a word with a small letter first and a capital second for a product, not a unit', () => {
    const found = entities('Owners of iPhones and iPads can now pay with other apps. Each uses 5 kWh.');
    expect(found).toContain('Product:iPads');
    expect(found.some((e) => /kWh/.test(e))).toBe(false);
  });
});

describe('a firm\'s legal name after its city', () => {
  it.each([
    ['Påbuddet var rettet mod Hangzhou DeepSeek Artificial Intelligence, som står bag DeepSeek.', 'Company:Hangzhou DeepSeek Artificial Intelligence'],
    ['The order names Shenzhen Huawei Cloud Computing and its parent.', 'Company:Shenzhen Huawei Cloud Computing'],
  ])('takes a city, a known firm and words of its own for one firm: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /:(Artificial Intelligence|Cloud Computing)$/.test(e))).toBe(false);
  });

  it('does not join a state and a firm in a list', () => {
    const found = entities('The ban covers China, Huawei and ZTE.');
    expect(found).toEqual(expect.arrayContaining(['Government:China', 'Company:Huawei', 'Company:ZTE']));
  });
});

describe('a name ending in "of"/"for" and a place, and a word before a known body', () => {
  it.each([
    ['Den første søjle, initiativet Chips for Asia, skal støtte forskning.', 'Policy:Chips for Asia'],
    ['The National Cyber Security Centre of Lithuania tested the phones.', 'Agency:National Cyber Security Centre of Lithuania'],
    ['The Data Protection Inspectorate of Estonia opened a case.', 'Agency:Data Protection Inspectorate of Estonia'],
    ['Det sker, efter at landets Nationale Center for Cybersikkerhed har gennemgået telefonerne.', 'Agency:Nationale Center for Cybersikkerhed'],
  ])('reads the whole name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Huawei sells phones in Europe and the Americas for Europe.', 'Government:Huawei'],
    ['Officials of China met officials of Japan.', 'Agency:Officials of China'],
  ])('does not join a name and a place that only follow each other: %s', (text, wrong) => {
    expect(entities(text)).not.toContain(wrong);
  });

  it('types a device with a small "i" as a product', () => {
    expect(entities('Owners of iPhones and iPads complained.')).toContain('Product:iPads');
  });
});

describe('lists, funds and family names', () => {
  it('types a lone word listed after a known product as a product', () => {
    expect(entities('Huawei phones lose popular services such as the Play Store and Gmail.')).toContain('Product:Gmail');
  });

  it('does not retype a person listed after a known firm', () => {
    expect(entities('The founders of Huawei and Ren Zhengfei met.')).not.toContain('Company:Ren Zhengfei');
  });

  it('takes a fund for a firm', () => {
    expect(entities('The buyer is backed by China Venture Capital Fund, whose owners are state firms.')).toContain('Company:China Venture Capital Fund');
  });

  it.each([
    ['DeepSeek blev grundlagt af Liang Wenfeng. Liang sagde, at tjenesten er sikker.', 'Liang'],
    ['The regulator\'s chairman, Joh Sung-wook, announced the fine. Joh said it was fair.', 'Joh'],
  ])('joins a family name written first to the full name: %s', (text, short) => {
    const found = entities(text);
    expect(found.filter((e) => e.endsWith(`:${short}`))).toEqual([]);
  });
});

describe('the end of a firm\'s name', () => {
  it.each([
    ['The ministry barred the sale to the subsidiary of China\'s Zhou Microelectronics, saying it endangered order.', 'Company:Zhou Microelectronics'],
    ['Salget til Varda Microsystems blev stoppet af regeringen.', 'Company:Varda Microsystems'],
  ])('types a firm by a word ending in a business noun: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe('a legislature by its state\'s adjective', () => {
  it('takes "det hollandske parlament" for a body of the Netherlands', () => {
    expect(entities('Ministeren skriver det i et brev til det hollandske parlament.')).toContain('Agency:det hollandske parlament');
  });
  it('does not take a description of a body named beside it for another body', () => {
    const found = entities('Den britiske konkurrencemyndighed, Competition and Markets Authority (CMA), stopper handlen.');
    expect(found.some((e) => /konkurrencemyndighed/i.test(e))).toBe(false);
  });
});

describe('a place before its region', () => {
  it.each([
    ['In a sharp statement, the Cupertino, California-based company said it would appeal.', 'Location:Cupertino'],
    ['Selskabet har hovedsæde i Santa Monica, Californien, og ledes af Bobby Kotick.', 'Location:Santa Monica'],
  ])('takes a name before a comma and a known region for a place: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('does not take a firm listed before states for a place', () => {
    expect(entities('Zentrix Technologies, Germany and France signed the deal.')).not.toContain('Location:Zentrix Technologies');
  });
});

describe('a measure\'s noun before a name', () => {
  it('types only the name right after it', () => {
    const found = entities('The minister unveiled a Global Initiative on Data Security on Monday.');
    expect(found).not.toContain('Policy:Data Security');
  });
});

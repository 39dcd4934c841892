// Entity rules of round fourteen: names the gazetteer does not know and the names a reader gives a state's
// bodies, on sentences written for these tests.
import { relations, run } from '../fixtures/extract/helpers';

const aliasesOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.aliases ?? [];

describe("a state's body is also named without its state", () => {
  it.each([
    ['en', "China's Ministry of Public Security said the app had been removed.", "Ministry of Public Security of the People's Republic of China", 'Ministry of Public Security'],
    ['en', 'The Chinese Ministry of Commerce said it would respond to the export curbs.', 'Chinese Ministry of Commerce', 'Ministry of Commerce'],
    ['da', 'Forsvarsministeriet har forbudt appen på sine telefoner.', 'Danish Ministry of Defence', 'Ministry of Defence'],
  ])('%s: %s', (_lang, text, name, bare) => {
    expect(aliasesOf(text, name)).toContain(bare);
  });

  it('drops the whole of the state\'s name, not a part of it', () => {
    const aliases = aliasesOf("China's Ministry of Foreign Affairs said it would respond.", 'Chinese Foreign Ministry');
    expect(aliases).toContain('Ministry of Foreign Affairs');
    expect(aliases.filter((a) => /People['’]s Republic$/.test(a))).toEqual([]);
  });

  it('not a body that is no state\'s: the European Commission keeps its own name only', () => {
    expect(aliasesOf('The European Commission opened an investigation into the deal.', 'European Commission')).not.toContain('Commission');
  });
});

describe('a name joined by hyphens is one name', () => {
  const names = (text: string, language?: string) => run(text, language).entities.map((e) => e.name);

  it.each([
    ['en', 'The start-up took money from In-Q-Tel, the venture arm of the CIA.', 'In-Q-Tel'],
    ['da', 'Selskabet fik kapital fra In-Q-Tel, som investerer for CIA.', 'In-Q-Tel'],
    ['da', 'Politiet har købt systemet ZED-INTEL hos et amerikansk firma.', 'ZED-INTEL'],
    ['en', 'The police bought a system called ZED-INTEL from an American firm. ZED-INTEL is used by detectives.', 'ZED-INTEL'],
  ])('%s: a stop word or a known name inside it is no name of its own: %s', (_lang, text, name) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found).not.toContain('Intel');
  });

  it('"In-Q-Tel" is no person: one letter without a stop is no initial', () => {
    expect(['Company', 'Organization']).toContain(run('The start-up took money from In-Q-Tel, the venture arm of the CIA.').entities.find((e) => e.name === 'In-Q-Tel')?.type);
  });

  it('not where the first part is a known name: "US-EU" names both', () => {
    const found = names('Trade officials met at the US-EU council in Brussels.');
    expect(found).toEqual(expect.arrayContaining(['United States', 'European Union']));
  });

  it("a person's initial before an apostrophe stays a person's name", () => {
    expect(run("Home Affairs Minister Clare O'Neil announced the ban on Tuesday.").entities.find((e) => e.name === "Clare O'Neil")?.type).toBe('Person');
  });
});

describe('a Danish name ending in "forening" is an association', () => {
  it.each([
    ['da', 'Lovændringen mødte kritik fra IT-Politisk Forening, der kalder den for vidtgående.', 'IT-Politisk Forening'],
    ['da', 'Kritikken kom også fra Dataetisk Forening, som vil klage.', 'Dataetisk Forening'],
    ['da', 'Kritikken kom også fra Nordisk Mobilbrancheforening, som vil klage.', 'Nordisk Mobilbrancheforening'],
  ])('%s: %s', (_lang, text, name) => {
    expect(run(text).entities.find((e) => e.name === name)?.type).toBe('Organization');
  });

  it('not a firm whose name ends otherwise', () => {
    expect(run('Lovændringen mødte kritik fra Zentrix Technologies, der sælger software.').entities.find((e) => e.name === 'Zentrix Technologies')?.type).toBe('Company');
  });
});

describe('large companies the gazetteer knows', () => {
  const typed = (text: string) => run(text).entities.map((e) => `${e.type}:${e.name}`);

  it.each([
    ['en', 'Northrop Grumman and General Dynamics bid for the contract.', ['Company:Northrop Grumman', 'Company:General Dynamics']],
    ['da', 'Netflix og Disney skal betale en afgift til dansk film.', ['Company:Netflix', 'Company:Walt Disney']],
    ['en', 'Tesla said on Monday it would build a plant in Germany.', ['Company:Tesla']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(typed(text)).toEqual(expect.arrayContaining(expected));
  });

  it('knows where they are based when the text names the state', () => {
    expect(relations('The American streaming giant Netflix opposed the levy.')).toContain('Netflix -BASED_IN-> United States');
  });

  it('not a word in lower case: "tesla" as a unit is no firm', () => {
    expect(typed('The magnet has a field of one tesla.').filter((e) => e.includes('Tesla'))).toEqual([]);
  });
});

describe('a Danish body\'s noun alone is the body named before it with that noun', () => {
  const holders = (text: string) => relations(text).filter((r) => r.includes('HOLDS_ROLE'));

  it('da: "Rådets formand" after "Det Europæiske Databeskyttelsesråd" is the board\'s chair', () => {
    const text = 'Bøden kom efter pres fra Det Europæiske Databeskyttelsesråd. Rådets formand, Andrea Jelinek, kalder sagen alvorlig.';
    expect(holders(text)).toContain('Andrea Jelinek -HOLDS_ROLE-> European Data Protection Board');
    expect(run(text).entities.map((e) => e.name)).not.toContain('Council of the European Union');
  });

  it('not where the text has named the gazetteer\'s body in full before', () => {
    const text = 'Sagen ligger nu hos Rådet for Den Europæiske Union og Det Europæiske Databeskyttelsesråd. Rådet mødes i næste uge.';
    const council = run(text).entities.find((e) => e.name === 'Council of the European Union');
    expect(council?.mentions.map((m) => m.surface)).toContain('Rådet');
  });

  it('not without a body of that noun before: "Rådet" stays the Council of the EU', () => {
    expect(run('Rådet vedtog i går de nye regler for kunstig intelligens.').entities.map((e) => e.name)).toContain('Council of the European Union');
  });
});

describe("a state's body described and then named is one body wherever the description recurs", () => {
  const bodies = (text: string) => run(text).entities.filter((e) => e.type === 'Agency').map((e) => e.name);

  it.each([
    ['da', 'Kinas internetmyndighed undersøger Didi\n\nKinas internetmyndighed, Cyberspace Administration of China, har indledt en undersøgelse af Didi.', 'Cyberspace Administration of China'],
    ['da', 'Tysklands cybersikkerhedsmyndighed advarer mod Kaspersky\n\nTysklands cybersikkerhedsmyndighed, Bundesamt für Sicherheit in der Informationstechnik (BSI), advarede tirsdag mod Kaspersky.', 'Federal Office for Information Security'],
  ])('%s: the headline\'s description is the body named in the text', (_lang, text, name) => {
    expect(bodies(text)).toEqual([name]);
  });

  it('not a description of another state: "Norges datamyndighed" stays apart', () => {
    const text = 'Norges datamyndighed undersøger Didi\n\nKinas internetmyndighed, Cyberspace Administration of China, har indledt en undersøgelse af Didi.';
    expect(bodies(text)).toContain('Cyberspace Administration of China');
    expect(bodies(text).length).toBe(2);
  });
});

describe('a Danish body by its definite noun is the body of that noun named before it', () => {
  const holderOf = (text: string, surface: string) => run(text).entities.find((e) => e.mentions.some((m) => m.surface === surface))?.name;

  it('da: at the start of a sentence too, and though another state was named since', () => {
    const text = 'Det kinesiske handelsministerium meddelte fredag nye regler for eksport. Tolden rammer varer fra USA. Handelsministeriet satte samtidig en række amerikanske virksomheder på listen.';
    expect(holderOf(text, 'Handelsministeriet')).toBe('Chinese Ministry of Commerce');
  });

  it('da: in lower case after another state was named since', () => {
    const text = 'Det kinesiske handelsministerium meddelte fredag nye regler for eksport. Tolden rammer varer fra USA, og handelsministeriet satte samtidig flere amerikanske virksomheder på listen.';
    expect(holderOf(text, 'handelsministeriet')).toBe('Chinese Ministry of Commerce');
  });

  it('not a name the gazetteer knows as it is: "Justitsministeriet" stays Denmark\'s', () => {
    const text = 'Det kinesiske handelsministerium meddelte fredag nye regler. Justitsministeriet vil se på sagen.';
    expect(holderOf(text, 'Justitsministeriet')).toBe('Danish Ministry of Justice');
  });
});

describe("the Danish genitive of a body's name in the definite form", () => {
  const typed = (text: string) => run(text).entities.map((e) => `${e.type}:${e.name}`);

  it.each([
    ['da', 'Rigsrevisionen undersøger nu Kirkeministeriets brug af konsulenter.', 'Agency:Kirkeministeriet'],
    ['da', 'Kritikken kommer også fra Novo Nordisk Fondens direktør.', 'Organization:Novo Nordisk Fonden'],
  ])('%s: %s', (_lang, text, expected) => {
    expect(typed(text)).toContain(expected);
  });

  it('not the noun alone, which points back to a body named before', () => {
    const found = typed('Lovændringen mødte kritik fra IT-Politisk Forening. Foreningens formand, Jesper Lund, har advaret mod den.');
    expect(found.filter((e) => /Foreningen/.test(e))).toEqual([]);
  });
});

describe('a noun for an association types the name beside it', () => {
  const typeOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.type;

  it.each([
    ['en', 'The rights group Access Now said the shutdown was illegal.', 'Access Now'],
    ['en', 'Fight for Privacy, an advocacy group, welcomed the ruling.', 'Fight for Privacy'],
    ['en', 'The trade group NetChoice sued the state on Monday.', 'NetChoice'],
    ['da', 'Foreningen Digitalt Ansvar kritiserer beslutningen.', 'Digitalt Ansvar'],
    ['da', 'Ifølge tænketanken Kraka bliver forslaget for dyrt.', 'Kraka'],
  ])('%s: %s', (_lang, text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });

  it.each([
    ['en', 'The tech group Zentrix Labs disagreed with the ruling.', 'Zentrix Labs'],
    ['da', 'Selskabet Zentrix Labs er uenig i afgørelsen.', 'Zentrix Labs'],
  ])('%s: not a firm: %s', (_lang, text, name) => {
    expect(typeOf(text, name)).toBe('Company');
  });
});

describe('"of the" inside a body\'s name', () => {
  const agencies = (text: string) => run(text).entities.filter((e) => e.type === 'Agency').map((e) => e.name);

  it.each([
    ['en', 'The Office of the National Cyber Director said the move was overdue.', 'Office of the National Cyber Director'],
    ['en', "Poland's Ministry of the Interior and Administration said it would comply.", 'Ministry of the Interior and Administration'],
  ])('%s: %s', (_lang, text, name) => {
    expect(agencies(text)).toContain(name);
  });

  it('not after a word that names no body', () => {
    expect(agencies('Amazon paid a record sum for The Lord of the Rings series.')).toEqual([]);
  });
});

describe('a firm named by its web address', () => {
  const names = (text: string) => run(text).entities.map((e) => `${e.type}:${e.name}`);

  it.each([
    ['en', "Spain's competition watchdog fined Booking.com on Tuesday. Booking.com said it would appeal.", 'Company:Booking.com'],
    ['da', 'Booking.com har fået en bøde. Ifølge Booking.com er bøden uretfærdig.', 'Company:Booking.com'],
    ['en', 'Character.ai was sued by a family in Florida. Character.ai denied the claims.', 'Company:Character.ai'],
  ])('%s: %s', (_lang, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it('not a full stop between two sentences', () => {
    const found = names('The regulator fined Amazon. Net income fell anyway, Amazon said.');
    expect(found).toContain('Company:Amazon');
    expect(found.filter((e) => e.includes('.'))).toEqual([]);
  });
});

describe('an article that opens a name in another language is part of it', () => {
  const names = (text: string) => run(text).entities.map((e) => e.name);

  it.each([
    ['en', 'The arrest at Le Bourget airport was first reported by Le Monde. Le Monde said the police confirmed it.', ['Le Bourget', 'Le Monde']],
    ['da', 'Ifølge Le Monde blev han anholdt i Le Bourget. Le Monde skriver, at politiet bekræfter det.', ['Le Bourget', 'Le Monde']],
    ['en', 'Al Jazeera said the app had been blocked. Al Jazeera cited officials.', ['Al Jazeera']],
  ])('%s: %s', (_lang, text, expected) => {
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found.filter((n) => ['Monde', 'Bourget', 'Jazeera'].includes(n))).toEqual([]);
  });

  it('not an article in lower case inside a name, which stays a connector', () => {
    expect(names('The Commission de la Concurrence opened a case.')).toContain('Commission de la Concurrence');
  });

  it('not a person: "Le Monde" is no given name and surname', () => {
    expect(run('The story was first reported by Le Monde. Le Monde said the police confirmed it.').entities.find((e) => e.name === 'Le Monde')?.type).not.toBe('Person');
  });
});

describe("Denmark's regions and its capital's municipality", () => {
  const typed = (text: string) => run(text).entities.map((e) => `${e.type}:${e.name}`);

  it.each([
    ['da', 'Københavns Kommune har forbudt appen på sine telefoner.', 'Agency:Copenhagen Municipality'],
    ['da', 'Region Midtjylland og Region Hovedstaden har købt systemet.', 'Agency:Capital Region of Denmark'],
    ['en', 'The Capital Region of Denmark bought the system in 2022.', 'Agency:Capital Region of Denmark'],
  ])('%s: %s', (_lang, text, expected) => {
    expect(typed(text)).toContain(expected);
  });

  it('not a region in lower case', () => {
    expect(typed('Systemet bruges i hele regionen og i kommunen.')).toEqual([]);
  });
});

describe("a state's body named again without its state is that body", () => {
  const bodies = (text: string) => run(text).entities.filter((e) => e.type === 'Agency').map((e) => e.name);

  it('en: "the Personal Information Protection Commission said" after "South Korea\'s …"', () => {
    const text = "South Korea's Personal Information Protection Commission fined DeepSeek. The Personal Information Protection Commission said the app had sent data abroad.";
    expect(bodies(text)).toEqual(['Personal Information Protection Commission of South Korea']);
  });

  it("not another state's body of the same name: \"Thailand's Ministry of Commerce\" is not China's", () => {
    const text = "China's Ministry of Commerce and Thailand's Ministry of Commerce met on Monday. The talks went well, the Ministry of Commerce said.";
    expect(bodies(text)).toEqual(expect.arrayContaining(['Chinese Ministry of Commerce', 'Ministry of Commerce']));
  });
});

describe("a surname's Danish genitive is the person named in full", () => {
  const personOf = (text: string, surface: string) => run(text).entities.find((e) => e.mentions.some((m) => m.surface === surface));

  it.each([
    ['da', 'Statsminister Mette Frederiksen kritiserer appen. Ifølge Frederiksens rådgivere er den farlig.', 'Frederiksens', 'Mette Frederiksen'],
    ['da', 'Direktør Lars Kongsted Jensen kritiserer forbuddet. Ifølge Jensens advokat er det ulovligt.', 'Jensens', 'Lars Kongsted Jensen'],
  ])('%s: %s', (_lang, text, surface, name) => {
    expect(personOf(text, surface)?.name).toBe(name);
  });

  it('not a name of its own that ends in "s" where no person of that surname is named', () => {
    expect(personOf('Ifølge Jensens advokat er forbuddet ulovligt.', 'Jensens')?.type).not.toBe('Person');
  });
});

describe('a state\'s abbreviation with stops before a name of its own', () => {
  const names = (text: string) => run(text).entities.map((e) => `${e.type}:${e.name}`);

  it('en: "U.S. WeChat Users Alliance" is one association, based in the United States', () => {
    const text = 'The U.S. WeChat Users Alliance sued the Commerce Department on Friday. U.S. officials declined to comment.';
    expect(names(text)).toContain('Organization:U.S. WeChat Users Alliance');
    expect(relations(text)).toContain('U.S. WeChat Users Alliance -BASED_IN-> United States');
  });

  it('not a name the gazetteer knows whole, nor a title and a person after it', () => {
    const found = names('U.S. Senator Marco Rubio urged the U.S. Federal Trade Commission to act.');
    expect(found).toEqual(expect.arrayContaining(['Person:Marco Rubio', 'Agency:Federal Trade Commission', 'Government:United States']));
  });
});

describe('the US Supreme Court, named in full and then as "the Supreme Court"', () => {
  const courts = (text: string) => run(text).entities.filter((e) => /Supreme|Højesteret/i.test(e.name)).map((e) => e.name);

  it.each([
    ['en', 'Supreme Court upholds ban\n\nThe U.S. Supreme Court on Friday upheld the law. The Supreme Court said the government had acted within its powers.'],
    ['da', 'Den amerikanske højesteret har stadfæstet loven. Det skriver Reuters.'],
  ])('%s: one court: %s', (_lang, text) => {
    expect(courts(text)).toEqual(['US Supreme Court']);
  });

  it('not another state\'s supreme court: "India\'s Supreme Court" stays India\'s', () => {
    expect(courts("The U.S. Supreme Court ruled on Friday. India's Supreme Court ruled on Monday.")).toEqual(expect.arrayContaining(['US Supreme Court', 'Supreme Court of India']));
  });
});

describe("a Danish state's adjective written with a capital inside a sentence opens a name", () => {
  const entities = (text: string) => run(text, 'da').entities.map((e) => [e.name, e.type]);

  it.each([
    ['Datatilsynet har indstillet Danske Bank til en bøde på ti millioner kroner.', 'Danske Bank'],
    ['Kritikken kommer også fra Norske Fiskerivarer, som ikke vil kommentere sagen.', 'Norske Fiskerivarer'],
  ])('%s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'Company']);
    expect(entities(text).map(([n]) => n)).not.toContain(name.split(' ')[1]);
  });

  it('not the adjective in lower case, nor before a name the gazetteer knows, nor one opening the sentence', () => {
    expect(entities('Den danske bank Nordea får en bøde.').map(([n]) => n)).not.toContain('danske bank Nordea');
    expect(entities('Han kritiserede også Kinesiske Huawei for at skjule sine ejere.')).toContainEqual(['Huawei', 'Company']);
    expect(entities('Danske virksomheder må ikke bruge appen.').map(([n]) => n)).toContain('Denmark');
  });

  it('not after a capitalised article: the state\'s body is read elsewhere', () => {
    expect(entities('Tilsynet hører under Det Kinesiske Kommunistiske Partis centralkomité.').map(([n]) => n)).not.toContain('Kinesiske Kommunistiske Partis');
  });
});

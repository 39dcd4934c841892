// Entity rules of round eight: general shapes of names and real-world facts, on sentences
// written for these tests.
import { entities } from '../fixtures/extract/helpers';

describe('a dateline', () => {
  it.each([
    ['LIMA, Aug. 14 - The government said on Tuesday that it would review the contract with the operator.', 'Location:Lima'],
    ['NAIROBI, Sept. 3 - Regulators ordered the operator to stop selling the phones.', 'Location:Nairobi'],
    ['BUKAREST - Regeringen vil fjerne udstyret fra nettet inden udgangen af året.', 'Location:Bucharest'],
    ['BRUSSELS – The Commission opened an investigation into the platform on Monday.', 'Location:Brussels'],
  ])('is the city where the story was filed, with an abbreviated month or a dash: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Lima has protested, and the operator said on Friday that it would appeal.', 'Government:Peru'],
    ['ANALYSE - Regeringen vil fjerne udstyret fra nettet inden udgangen af året.', undefined],
  ])('is no place where the capital acts or the word before the dash is no place: %s', (text, expected) => {
    const found = entities(text);
    if (expected) expect(found).toContain(expected);
    expect(found.some((e) => e.startsWith('Location:'))).toBe(false);
  });
});

describe('a known name that starts inside a shorter known form', () => {
  it.each([
    ['Officials said the Pacific Light Cable Network would not land in Hong Kong.', 'Product:Pacific Light Cable Network', 'Location:Pacific'],
    ['The panel wants the rest of the Pacific Light Cable Network to go ahead.', 'Product:Pacific Light Cable Network', 'Location:Pacific'],
  ])('wins over the form before it: %s', (text, expected, bad) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain(bad);
  });

  it('leaves the shorter form where nothing longer runs on', () => {
    expect(entities('Two carriers crossed the Pacific on Monday.')).toContain('Location:Pacific');
  });
});

describe('gazetteer facts of round eight', () => {
  it.each([
    ['Tilsynet bad Taganskij-domstolen i Moskva om lov til at lukke tjenesten.', 'Agency:Tagansky District Court'],
    ['Telenor Norge har valgt Ericsson som leverandør til det nye net.', 'Company:Telenor Norge'],
    ['Vicepremierminister He Lifeng ledte den kinesiske delegation.', 'Person:He Lifeng'],
    ['The U.S. Department of the Treasury added the firm to its list.', 'Agency:Department of the Treasury'],
    ['Some Republicans in Congress said the order went too far.', 'Organization:Republican Party'],
    ['Klagen blev indgivet af den østrigske organisation noyb i 2019.', 'Organization:noyb'],
    ['The judge told the national telecoms regulator, Anatel, to block the service.', 'Agency:Anatel'],
    ['The Nigerian Communications Commission ordered operators to suspend access.', 'Agency:Nigerian Communications Commission'],
  ])('knows the name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Telenor har valgt Ericsson som leverandør til det nye net i Norge.', 'Company:Telenor Norge'],
    ['He said the Communications Commission would look again at the rules.', 'Person:He Lifeng'],
  ])('does not find it where only a part is written: %s', (text, bad) => {
    expect(entities(text)).not.toContain(bad);
  });
});

describe('cities and provinces as places', () => {
  it.each([
    ['The Mountain View, California-based company said it would appeal.', 'Location:Mountain View'],
    ['Retssagen om udleveringen kørte ved en domstol i British Columbia.', 'Location:British Columbia'],
    ['Batteriproducenten fra Ningde er verdens største.', 'Location:Ningde'],
    ['COSCO took a stake in a container terminal in the port of Hamburg.', 'Location:Hamburg'],
  ])('types a known city or province as a place, not a firm or a person: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    const name = expected.split(':')[1];
    expect(found.some((e) => /^(Company|Person):/.test(e) && e.endsWith(name))).toBe(false);
  });
});

describe('a capital where a court sits', () => {
  it.each([
    ['A federal judge in Washington ruled on Tuesday that the ban could not stand.', 'Location:Washington'],
    ['A court in Moscow fined the platform for failing to delete the posts.', 'Location:Moscow'],
    ['En domstol i Moskva gav tilsynet lov til at lukke tjenesten.', 'Location:Moscow'],
    ['Sagen skal nu for retten i Oslo, oplyser selskabet.', 'Location:Oslo'],
  ])('is the city: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Washington ruled out new talks with the company on Tuesday.', 'Government:United States'],
    ['Moskva har afvist kritikken fra Bruxelles.', 'Government:Russia'],
  ])('is still the state where it acts: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => e === 'Location:Washington' || e === 'Location:Moscow')).toBe(false);
  });
});

describe("a measure's quoted title", () => {
  it.each([
    ['The order, titled "Protecting American Networks from Foreign Adversary Vendors in Canada", takes effect in May.', 'Policy:Protecting American Networks from Foreign Adversary Vendors in Canada', 'Government:Canada'],
    ['The governor signed a bill entitled “Securing Texas Data and Devices” on Friday.', 'Policy:Securing Texas Data and Devices', 'Location:Texas'],
    ['Regeringen fremlagde en strategi med titlen »Et Sikkert Digitalt Danmark« i går.', 'Policy:Et Sikkert Digitalt Danmark', 'Government:Denmark'],
  ])('is one name of a measure, with no names inside it: %s', (text, expected, inside) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain(inside);
  });

  it.each([
    ['The company, called "Zentrix Labs", makes chips for phones in Canada.', 'Company:Zentrix Labs'],
    ['The minister called "Huawei" a risk to the network.', 'Company:Huawei'],
  ])('is no measure after a word that is no measure: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => e.startsWith('Policy:'))).toBe(false);
  });
});

describe("a Danish body's definite noun in the genitive", () => {
  it.each([
    ['USA satte i 2019 selskabet på handelsministeriets liste over risikable firmaer.', 'Agency:Commerce Department'],
    ['Det oplyste det hollandske økonomiministerium søndag.', 'Agency:Ministry of Economic Affairs of the Netherlands'],
  ])('is the body of the state named before it: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('is no body where no state is named before it', () => {
    expect(entities('Selskabet kom på handelsministeriets liste i 2019.').some((e) => e.startsWith('Agency:'))).toBe(false);
  });

  it('leaves the English text alone', () => {
    expect(entities('In 2019 the US put the firm on a list of the ministry.').some((e) => e.startsWith('Agency:'))).toBe(false);
  });
});

describe("a state's body by its common name in lower case (English)", () => {
  it.each([
    ['China condemned the new rules. Its foreign ministry accused the government of bullying.', 'Agency:Chinese Foreign Ministry'],
    ['Beijing vowed to respond. The foreign ministry said China opposed the listing.', 'Agency:Chinese Foreign Ministry'],
  ])('is the body of the state named last before it: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['The foreign ministry did not answer questions about the listing.'],
    ['The company opposed the rules. Its foreign ministry contacts were not told.'],
  ])('is no body where no state is named before it: %s', (text) => {
    expect(entities(text).some((e) => e.startsWith('Agency:'))).toBe(false);
  });
});

describe('bodies named before a shared plural head', () => {
  it('reads each name before "departments" as its known department', () => {
    const found = entities('The panel, which includes the Homeland Security and Defense departments, sent its advice to the FCC.');
    expect(found).toEqual(expect.arrayContaining(['Agency:Department of Homeland Security', 'Agency:Department of Defense']));
  });

  it('takes three names in a list', () => {
    const found = entities('The Commerce, State and Treasury Departments will write the rules together.');
    expect(found).toEqual(expect.arrayContaining(['Agency:Commerce Department', 'Agency:State Department', 'Agency:Department of the Treasury']));
  });

  it('makes no body of names that name no known department', () => {
    const found = entities('The Sales and Marketing departments of the firm were merged last year.');
    expect(found.some((e) => e.startsWith('Agency:'))).toBe(false);
  });
});

describe("a body's name that two states' bodies bear", () => {
  it('is the body of the state whose adjective stands before it, and stays so in the text', () => {
    const found = entities('Det er det norske Datatilsynet, der har forbudt reklamerne. Datatilsynet vil nu gå videre med sagen.');
    expect(found).toContain('Agency:Norwegian Data Protection Authority');
    expect(found).not.toContain('Agency:Danish Data Protection Agency');
  });

  it('keeps the usual body without such an adjective', () => {
    const found = entities('Datatilsynet har kritiseret kommunen for brugen af de nye computere.');
    expect(found).toContain('Agency:Danish Data Protection Agency');
    expect(found).not.toContain('Agency:Norwegian Data Protection Authority');
  });

  it("keeps a state's own body after its own adjective", () => {
    const found = entities('Sagen blev afgjort af det danske Datatilsynet i går.');
    expect(found).toContain('Agency:Danish Data Protection Agency');
  });
});

describe('function words at the start of a sentence', () => {
  it.each([
    ['Fordi Zentrix Labs har hovedsæde i Aarhus, fører det danske tilsyn sagen.', 'Zentrix Labs', 'Fordi'],
    ['Tusindvis af ansatte skal fjerne appen fra deres telefoner.', undefined, 'Tusindvis'],
    ['Thousands of employees must delete the app from their phones.', undefined, 'Thousands'],
    ['Despite Zentrix Labs protesting, the agency went ahead with the fine.', 'Zentrix Labs', 'Despite'],
  ])('are no part of a name: %s', (text, name, bad) => {
    const found = entities(text);
    if (name) expect(found.some((e) => e.endsWith(`:${name}`))).toBe(true);
    expect(found.some((e) => e.includes(bad))).toBe(false);
  });

  it('leaves a name that starts the sentence', () => {
    expect(entities('Zentrix Labs har hovedsæde i Aarhus og sælger kameraer.').some((e) => e.endsWith(':Zentrix Labs'))).toBe(true);
  });
});

describe('titles of judges, governors and mayors', () => {
  it.each([
    ['Supreme Court Justice Maria de Souza ordered the platform to be blocked.', 'Person:Maria de Souza'],
    ['Mayor Karen Holt said the city would stop using the cameras.', 'Person:Karen Holt'],
    ['Borgmester Karen Holt siger, at kommunen stopper brugen af kameraerne.', 'Person:Karen Holt'],
  ])('mark the name after them as a person: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('leave a body named with the word alone', () => {
    const found = entities('The Justice Department sued the company on Monday.');
    expect(found).toContain('Agency:Department of Justice');
    expect(found.some((e) => e.startsWith('Person:'))).toBe(false);
  });
});

describe('gazetteer: privacy authorities and hacker groups', () => {
  it.each([
    ['Det svenske tilsyn, Integritetsskyddsmyndigheten (IMY), giver selskabet en bøde.', 'Agency:Swedish Authority for Privacy Protection'],
    ['Under its former name, Datainspektionen, the authority fined the search company.', 'Agency:Swedish Authority for Privacy Protection'],
    ['The group, known as Volt Typhoon, broke into networks of water utilities.', 'Organization:Volt Typhoon'],
    ['Hackergruppen Flax Typhoon har angrebet hundredvis af routere.', 'Organization:Flax Typhoon'],
  ])('knows the name: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /^Company:(IMY|Integritetsskyddsmyndigheten|Volt Typhoon|Flax Typhoon)$/.test(e))).toBe(false);
  });

  it('makes no group of a storm', () => {
    expect(entities('A typhoon hit the coast and cut the cable on Monday.').some((e) => e.startsWith('Organization:'))).toBe(false);
  });
});

describe("a self-governing territory's government", () => {
  it.each([
    ['Teleselskabet ejes af Grønlands Selvstyre, som har godkendt aftalen.', 'Government:Greenland'],
    ['Selskabet ejes af det færøske landsstyre og har valgt en ny leverandør.', 'Government:Faroe Islands'],
    ['The Faroese government owns the operator and approved the deal.', 'Government:Faroe Islands'],
  ])('is the territory as an actor, as a state\'s government is the state: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => e.startsWith('Agency:'))).toBe(false);
  });

  it("leaves the territory's parliament a body", () => {
    expect(entities('Inatsisartut vedtog loven med stort flertal.')).toContain('Agency:Inatsisartut');
  });
});

describe("a firm's unit named by a place and words of its own", () => {
  it.each([
    ['Bøden er rettet mod datterselskabet Amazon Europe Core i Luxembourg.', 'Company:Amazon Europe Core'],
    ['The fine was imposed on Microsoft Ireland Operations over its handling of data.', 'Company:Microsoft Ireland Operations'],
  ])('is one firm: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain('Location:Europe');
  });

  it.each([
    ['Huawei Europe said on Tuesday that it would appeal the ruling.', 'Company:Huawei'],
    ['Apple China Monday announced that it would comply with the order.', 'Company:Apple'],
  ])('is no unit where only a region or a day follows: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /^Company:\S+ (Europe|China)/.test(e))).toBe(false);
  });
});

// (English only: a Danish title is written in lower case, so no capitalised run holds it.)
describe("the field of a title after its connector", () => {
  it.each([
    ['Jane Doe, the Under Secretary for Industry and Security, said the rule would take effect.', 'Person:Jane Doe'],
    ['John Roe, Assistant Secretary for Export Enforcement, said the firm had broken the rules.', 'Person:John Roe'],
  ])('is no person: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.filter((e) => e.startsWith('Person:'))).toEqual([expected]);
  });

  it('leaves a person named after a title', () => {
    expect(entities('Under Secretary Alan Estevez said the rule would take effect.')).toContain('Person:Alan Estevez');
  });
});

describe('gazetteer: the European Economic Area', () => {
  it.each([
    ['The firm let staff in China see data about users in the European Economic Area.', 'Organization:European Economic Area'],
    ['Forbuddet kan udvides til hele EU og EØS, siger tilsynet.', 'Organization:European Economic Area'],
  ])('knows the name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('does not read the lower-case word as the area', () => {
    expect(entities('The eea and the rest of the letters were printed in red.').some((e) => e.includes('European Economic Area'))).toBe(false);
  });
});

// Merging session 8: the provinces added to the gazetteer must not split the firms named after them.
describe('a province or city before unknown capitalised words names a firm or body of that place', () => {
  it.each([
    ['The ministry blocked a bid by the Chinese investor Fujian Grand Chip.', 'Fujian Grand Chip'],
    ['Regeringen stoppede et bud fra den kinesiske investor Fujian Grand Chip.', 'Fujian Grand Chip'],
  ])('%s', (text, name) => {
    const names = entities(text);
    expect(names).toContain(`Company:${name}`);
    expect(names).not.toContain('Location:Fujian');
  });
  it.each([
    ['Officials in Fujian said the plant would open.', 'Location:Fujian'],
    ['The Fujian Provincial Government approved the plant.', 'Location:Fujian'],
  ])('not past a comma, a lone place or the place\'s own government: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

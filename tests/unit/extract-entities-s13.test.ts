// Entity rules of round thirteen: general shapes of names and their resolution, on sentences
// written for these tests.
import { entities, relations } from '../fixtures/extract/helpers';

describe('"toolmakers" is a kind of firm, like "chipmakers"', () => {
  it('types the names it introduces as firms of the state before it', () => {
    const rels = relations('The chipmaker buys machines from Dutch toolmakers such as Veldhoven Optics and Brabant Systems.');
    expect(rels).toContain('Veldhoven Optics -BASED_IN-> Netherlands');
    expect(rels).toContain('Brabant Systems -BASED_IN-> Netherlands');
  });

  it('after a state written as an abbreviation too', () => {
    expect(relations('Orders for U.S. toolmakers like Kessler Instruments have slowed since the rules took effect.'))
      .toContain('Kessler Instruments -BASED_IN-> United States');
  });

  it('is no name itself', () => {
    expect(entities('Toolmakers in the region have warned that orders are falling.')).toEqual([]);
  });
});

describe('an owner\'s name before its product\'s name in one gazetteer form is a mention of the owner', () => {
  it.each([
    ["en", "The app carries a 12+ rating in Apple's App Store even though it serves adult material."],
    ["en", 'The game is sold in the Apple App Store and nowhere else.'],
    ['da', 'Appen er fjernet fra Apples App Store i Danmark.'],
  ])('%s: %s', (_lang, text) => {
    expect(entities(text)).toEqual(expect.arrayContaining(['Company:Apple', 'Product:App Store']));
    expect(relations(text)).toContain('Apple -OWNS-> App Store');
  });
});

describe('a state\'s name before its body\'s name is a mention of the state', () => {
  it.each([
    ['The U.S. Federal Trade Commission sued to block the merger on Thursday.', 'Federal Trade Commission', 'United States'],
    ['The US Federal Communications Commission banned the equipment last year.', 'Federal Communications Commission', 'United States'],
    ['The UK Competition and Markets Authority opened an inquiry into the deal.', 'Competition and Markets Authority', 'United Kingdom'],
  ])('%s', (text, body, state) => {
    expect(entities(text)).toEqual(expect.arrayContaining([`Government:${state}`, `Agency:${body}`]));
    expect(relations(text)).toContain(`${body} -PART_OF-> ${state}`);
  });

  it('the body, not the state before it, is the one that acts', () => {
    const rels = relations('The U.S. Justice Department sued Google on Tuesday, accusing the search company of abusing its dominance.');
    expect(rels).toContain('Department of Justice -TARGETS-> Google');
    expect(rels).not.toContain('United States -OPPOSES-> Google');
  });

  it('not where the rest is no body of the state: the U.S. Chamber of Commerce is a lobby of its own', () => {
    expect(entities('The U.S. Chamber of Commerce criticised the rule.')).toEqual(['Organization:U.S. Chamber of Commerce']);
  });
});

describe('"landets", "the country\'s" before a body\'s common noun: the body of the state named last', () => {
  it.each([
    ['da', 'Det kinesiske handelsministerium og landets toldmyndighed meddelte fredag, at eksporten stoppes.', 'General Administration of Customs'],
    ['da', 'Kina har reageret skarpt. Landets handelsministerium kalder beslutningen uacceptabel.', 'Chinese Ministry of Commerce'],
    ['en', "China reacted angrily. The country's commerce ministry said the decision was unacceptable.", 'Chinese Ministry of Commerce'],
  ])('%s: %s', (_lang, text, body) => {
    expect(entities(text)).toContain(`Agency:${body}`);
  });

  it.each([
    ['da', 'Peru har skærpet reglerne, og landets toldmyndighed holder nu øje med importen.'],
    ['en', "Peru has tightened the rules, and the country's customs authority is watching imports."],
  ])('%s: no body where the gazetteer knows none of that state: %s', (_lang, text) => {
    expect(entities(text).filter((e) => e.startsWith('Agency:'))).toEqual([]);
  });
});

describe('Dutch "van de" and Portuguese "do" inside a foreign body\'s name', () => {
  it.each([
    ['da', 'Advarslen kom fra Inspectie van de Digitale Infrastructuur, som fører tilsyn med nettene.', 'Inspectie van de Digitale Infrastructuur'],
    ['en', 'The Dutch watchdog, Raad van de Digitale Veiligheid, said on Monday it would look into the deal.', 'Raad van de Digitale Veiligheid'],
    ['da', 'Anbefalingen kom fra Conselho Nacional do Ciberespaço, som rådgiver regeringen i Lissabon.', 'Conselho Nacional do Ciberespaço'],
    ['en', "Portugal's data regulator, Instituto Nacional dos Dados, said the app broke the law.", 'Instituto Nacional dos Dados'],
  ])('%s: one name: %s', (_lang, text, name) => {
    expect(entities(text).some((e) => e.endsWith(`:${name}`))).toBe(true);
  });

  it.each([
    'How do Apple and Google plan to comply with the rules?',
    'What do Microsoft and Amazon say about the proposal?',
  ])('not the English verb "do" between a question word and a name: %s', (text) => {
    expect(entities(text).every((e) => !/ do /i.test(e))).toBe(true);
  });
});

describe('a body\'s name after "landets"/"the country\'s" and a noun for a body, or after a state\'s "råd"/"centre"', () => {
  it.each([
    ['da', 'Estland har strammet reglerne. Ifølge premierministeren bygger beslutningen på advarsler fra landets efterretningstjeneste, Teabeamet Riigi, og fra politiet.', 'Teabeamet Riigi', 'Estonia'],
    ['da', 'Estland har strammet reglerne og har lavet vurderingen sammen med landets nationale cybersikkerhedscenter, Riigi Küberkeskus.', 'Riigi Küberkeskus', 'Estonia'],
    ['en', "Estonia has tightened its rules. The decision followed warnings from the country's cyber security centre, Riigi Infosüsteemi Keskus, and the police.", 'Riigi Infosüsteemi Keskus', 'Estonia'],
    ['da', 'Det estiske råd for digital sikkerhed, Riigi Digiturbe Nõukogu, har vedtaget en resolution.', 'Riigi Digiturbe Nõukogu', 'Estonia'],
  ])('%s: %s', (_lang, text, body, state) => {
    expect(entities(text)).toContain(`Agency:${body}`);
    expect(relations(text)).toContain(`${body} -PART_OF-> ${state}`);
  });

  it('"landets" is the country the text is about, not the one named last', () => {
    const text = 'Estland har strammet reglerne. Estland følger dermed sine naboer. Kina er ikke medlem af NATO. Vurderingen er lavet med landets nationale cybersikkerhedscenter, Riigi Küberkeskus.';
    expect(relations(text)).toContain('Riigi Küberkeskus -PART_OF-> Estonia');
    expect(relations(text)).not.toContain('Riigi Küberkeskus -PART_OF-> China');
  });

  it('no state where two are named as often', () => {
    const text = 'Estland og Letland har strammet reglerne. Advarslen kom fra landets efterretningstjeneste, Teabeamet Riigi, og fra politiet.';
    expect(relations(text).filter((r) => r.startsWith('Teabeamet Riigi -PART_OF->'))).toEqual([]);
  });
});

describe('a capital before "-based" is the city, and its state is the firm\'s too', () => {
  it.each([
    ['en', 'Russia has protested against the listing. Moscow-based Zorvex Labs said it would appeal.', 'Zorvex Labs', 'Moscow', 'Russia'],
    ['da', 'Kina har reageret skarpt. Det Beijing-baserede selskab Zentro Data blev noteret på Nasdaq i juni.', 'Zentro Data', 'Beijing', 'China'],
  ])('%s: %s', (_lang, text, firm, city, state) => {
    expect(entities(text)).toContain(`Location:${city}`);
    const rels = relations(text);
    expect(rels).toContain(`${firm} -BASED_IN-> ${city}`);
    expect(rels).toContain(`${firm} -BASED_IN-> ${state}`);
  });

  it.each([
    'The Beijing-backed group Zentro Data said it would appeal.',
    'Beijing hit back on Friday.',
  ])('not before another word, nor the capital that acts: %s', (text) => {
    expect(entities(text)).toContain('Government:China');
    expect(entities(text)).not.toContain('Location:Beijing');
  });
});

describe('a kind of firm, a comma and "such as"/"including" before names types them', () => {
  it.each([
    ['en', 'The carriers sold the data to other firms, such as Zorvex and Quintal, which resold it.'],
    ['en', 'The carriers sold location data to so-called aggregators, such as Zorvex and Quintal, which resold it.'],
    ['en', 'Prices fell at aggregators including Zorvex and Quintal.'],
    ['da', 'Kunderne kan bruge andre selskaber, som Zorvex og Quintal, til opgaven.'],
  ])('%s: %s', (_lang, text) => {
    expect(entities(text)).toEqual(expect.arrayContaining(['Company:Zorvex', 'Company:Quintal']));
  });

  it('not after a noun for no firm', () => {
    expect(entities('The delegation visited several towns, such as Zorvex and Quintal, last week.').filter((e) => e.startsWith('Company:'))).toEqual([]);
  });
});

describe('"Justices" before a list of names, as "Senators"', () => {
  it.each([
    'Justices Neil Gorsuch and Sonia Sotomayor each wrote a short separate opinion.',
    'The ruling was criticised by Justices Neil Gorsuch and Sonia Sotomayor.',
  ])('%s', (text) => {
    expect(entities(text)).toEqual(expect.arrayContaining(['Person:Neil Gorsuch', 'Person:Sonia Sotomayor']));
    expect(entities(text).filter((e) => /Justices/.test(e))).toEqual([]);
  });
});

describe('a place among the words of an association\'s name is part of the name', () => {
  it.each([
    ['en', 'The Alliance of Digital Kenya Foundation, a group representing local startups, has criticised the rules.', 'Alliance of Digital Kenya Foundation'],
    ['en', 'The China Semiconductor Industry Association said the rules were unfair.', 'China Semiconductor Industry Association'],
    ['da', 'Kritikken kommer fra Open Digital Norway Alliance, som samler små techselskaber.', 'Open Digital Norway Alliance'],
  ])('%s: %s', (_lang, text, name) => {
    expect(entities(text)).toContain(`Organization:${name}`);
  });

  it('not before a word for a state\'s body: the place stays a mention of its own', () => {
    expect(entities('The Digital Kenya Council said the rules were unfair.')).toContain('Government:Kenya');
  });
});

describe('"Parliament"/"parliament" alone is the legislature of the state named last', () => {
  it.each([
    ['en', 'Canada has passed a new law. It was still before Parliament in June.', 'Parliament of Canada', 'Canada'],
    ['en', 'Japan is preparing rules. A law passed by parliament last year will apply from December.', 'National Diet', 'Japan'],
    ['da', 'Japan forbereder nye regler. Loven blev vedtaget af parlamentet sidste år.', 'National Diet', 'Japan'],
  ])('%s: %s', (_lang, text, body, state) => {
    expect(entities(text)).toContain(`Agency:${body}`);
    expect(relations(text)).toContain(`${body} -PART_OF-> ${state}`);
  });

  it.each([
    'Parliament approved the bill on Tuesday.',
    'The Scottish Parliament debated the bill on Tuesday after Canada passed its law.',
  ])('not with no state named before it, nor after a name of its own: %s', (text) => {
    expect(entities(text)).not.toContain('Agency:Parliament of Canada');
    expect(entities(text).filter((e) => e.startsWith('Agency:') && e !== 'Agency:Scottish Parliament')).toEqual([]);
  });
});

// World bodies of session eleven (ingest/lexicon/gazetteer/world-bodies.json): regulators, courts,
// central banks and ministries of states beyond the US, China, the EU institutions, the Nordics
// and the UK, with the companies of those states. Sentences written for these tests.
import { entities, relations } from '../fixtures/extract/helpers';

describe('bodies of EU member states are known by their native and English names', () => {
  it.each([
    ['The Netherlands welcomed the ruling after Autoriteit Persoonsgegevens fined the taxi app.', 'Agency:Autoriteit Persoonsgegevens'],
    ['Bundesbank advarede tirsdag om risikoen, og Tyskland holdt fast i planen.', 'Agency:Deutsche Bundesbank'],
    ['Det spanske datatilsyn AEPD har åbnet en undersøgelse af Meta, oplyser Spanien.', 'Agency:Spanish Data Protection Agency'],
    ['Autorità Garante della Concorrenza e del Mercato opened a case against the phone maker.', 'Agency:Italian Competition Authority'],
    ['Quai d’Orsay har indkaldt ambassadøren, skriver det franske nyhedsbureau.', 'Agency:French Ministry for Europe and Foreign Affairs'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['The Netherlands welcomed the ruling after Autoriteit Persoonsgegevens fined the taxi app.', 'Autoriteit Persoonsgegevens -PART_OF-> Netherlands'],
    ['Bundesbank advarede tirsdag om risikoen, og Tyskland holdt fast i planen.', 'Deutsche Bundesbank -PART_OF-> Germany'],
    ['Det spanske datatilsyn AEPD har åbnet en undersøgelse af Meta, oplyser Spanien.', 'Spanish Data Protection Agency -PART_OF-> Spain'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it.each([
    ['SAP og Infineon har begge store forretninger i Tyskland.', ['Company:SAP', 'Company:Infineon']],
    ['Capgemini and Cellnex both reported higher sales this quarter.', ['Company:Capgemini', 'Company:Cellnex Telecom']],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });

  it('a generic head with no state before it is not one state’s body', () => {
    const found = entities('The data protection authority of the city opened an inquiry into the app.');
    expect(found).not.toContain('Agency:Data Protection Commission');
    expect(found).not.toContain('Agency:Autoriteit Persoonsgegevens');
  });

  it('an acronym written in lower case is an ordinary word, not the body', () => {
    expect(entities('Hun købte en ny acm-router og en afm-licens.').some((e) => /Authority for Consumers|Financial Markets/.test(e))).toBe(false);
  });
});

describe('bodies and firms of states in Asia, the Americas, Africa and the Middle East', () => {
  it.each([
    ['Det tyrkiske Rekabet Kurumu har givet Google en bøde, oplyser Tyrkiet.', 'Turkish Competition Authority -PART_OF-> Turkey'],
    ['Reserve Bank of India and SEBI warned about the apps, India said.', 'Reserve Bank of India -PART_OF-> India'],
    ['Reserve Bank of India and SEBI warned about the apps, India said.', 'Securities and Exchange Board of India -PART_OF-> India'],
    ['The United States banned Aselsan from its networks, and Turkey protested.', 'Aselsan -BASED_IN-> Turkey'],
    ['USA har forbudt Viettel at sælge udstyr i landet, og Vietnam protesterer.', 'Viettel -BASED_IN-> Vietnam'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it.each([
    ['Infosys og Wipro har begge kontorer i Indien.', ['Company:Infosys', 'Company:Wipro']],
    ['The Duma passed the bill after the eSafety Commissioner had warned Canberra.', ['Agency:State Duma', 'Agency:eSafety Commissioner']],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });

  it('an ordinary verb at the start of a sentence is not the ride-hailing firm', () => {
    expect(entities('Grab a coffee before the hearing starts.')).not.toContain('Company:Grab Holdings');
  });
});

describe('bodies and firms of Taiwan, Hong Kong and the Baltic states', () => {
  it.each([
    ['The United States blacklisted Powerchip, and Taiwan said it would respond.', 'Powerchip Semiconductor Manufacturing -BASED_IN-> Taiwan'],
    ['Kina har sanktioneret Chunghwa Telecom, og Taiwan protesterer.', 'Chunghwa Telecom -BASED_IN-> Taiwan'],
    ["LegCo passed the law on Thursday after Hong Kong's government pushed it.", 'Legislative Council of Hong Kong -PART_OF-> Hong Kong'],
    ['Seimas vedtog loven, og Litauen vil nu udelukke kinesisk udstyr.', 'Seimas -PART_OF-> Lithuania'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('a first name that a Gulf operator also bears is not the operator', () => {
    expect(entities('Zain scored twice in the match.')).not.toContain('Company:Zain Group');
  });
});

describe('a body’s bare name that other states’ bodies also bear is not given to one of them', () => {
  it('another state’s ministry of the same name keeps its own entry after the genitive', () => {
    const found = entities("Norway's Ministry of Justice and Public Security reviewed the case.");
    expect(found).toContain('Agency:Norwegian Ministry of Justice and Public Security');
    expect(found).not.toContain('Agency:Brazilian Ministry of Justice and Public Security');
  });

  it('a generic bureau name is not Taiwan’s investigation bureau', () => {
    expect(entities('The Federal Investigation Bureau arrested him.')).not.toContain('Agency:Ministry of Justice Investigation Bureau');
  });

  it('the ride-hailing brand names its group', () => {
    expect(entities('Indonesiske Gojek har fået en bøde af myndighederne.')).toContain('Company:GoTo Group');
  });
});

describe('a state’s genitive before a body’s name picks that state’s body', () => {
  it.each([
    ["Austria's Federal Ministry of Justice reviewed the law.", 'Agency:German Federal Ministry of Justice'],
    ["Pakistan's Ministry of Information and Broadcasting banned the app.", 'Agency:Ministry of Information and Broadcasting of India'],
  ])('%s', (text, wrong) => {
    expect(entities(text)).not.toContain(wrong);
  });

  it.each([
    ["Nigeria's Data Protection Commission fined Meta.", 'Agency:Nigeria Data Protection Commission'],
    ['Nigerias Data Protection Commission har givet Meta en bøde.', 'Agency:Nigeria Data Protection Commission'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe('courts beyond one state and a state’s highest courts', () => {
  it.each([
    ['Sagen endte ved Den Europæiske Menneskerettighedsdomstol i Strasbourg.', 'Organization:European Court of Human Rights'],
    ['The ECtHR ruled that the blocking violated free expression.', 'Organization:European Court of Human Rights'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['The Turkish Constitutional Court ruled that the ban breached the constitution, and Turkey lifted it.', 'Constitutional Court of Turkey -PART_OF-> Turkey'],
    ['Anayasa Mahkemesi underkendte forbuddet, og Tyrkiet ophævede det.', 'Constitutional Court of Turkey -PART_OF-> Turkey'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('the convention’s acronym is not the court', () => {
    expect(entities('Article 8 of the ECHR protects private life.')).not.toContain('Organization:European Court of Human Rights');
  });
});

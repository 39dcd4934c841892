import { entities, run } from '../fixtures/extract/helpers';

describe('stages 4-5: mentions and resolution', () => {
  // [text, entities that must be there (type:name)]
  const table: [string, string[]][] = [
    ['Huaweis nye telefoner sælges ikke længere i USA.', ['Company:Huawei', 'Government:United States']],
    ["China's government said TikTok's owner would appeal.", ['Government:China', 'Company:TikTok']],
    ['Huawei-telefoner må ikke sælges, og Clean Network-kampagnen fortsætter.', ['Company:Huawei', 'Policy:Clean Network']],
    ['Kommunen har valgt selskabet Fjordnet A/S som leverandør.', ['Company:Fjordnet A/S']],
    ['Regulators fined Zentrix Technologies on Monday, the telecoms firm said.', ['Company:Zentrix Technologies']],
    ['The Ministry of Digital Affairs will review the deal, officials said.', ['Agency:Ministry of Digital Affairs']],
    ['Det oplyser udenrigsminister Lars Hemmingsen til avisen.', ['Person:Lars Hemmingsen']],
    ['Trade Minister Piyush Goyal spoke on Monday.', ['Person:Piyush Goyal']],
    ['Det skriver de norske medier Fjordposten og Nordlys Nyt.', ['Government:Norway', 'Organization:Fjordposten', 'Organization:Nordlys Nyt']],
    ['Ruslands ambassade i Sverige afviser kritikken.', ['Agency:Embassy of Russia in Sweden']],
    ['Den nye Grøn Data-ordning skal beskytte danske data.', ['Policy:Grøn Data']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Firmaet må ikke sælge sine DUV-maskiner til Kina.', 'DUV'],
    ['Kunderne venter på de nye XRT-chips fra Taiwan.', 'XRT'],
  ])('does not take a word that only qualifies a compound for a name: %s', (text, word) => {
    expect(entities(text).some((e) => e.endsWith(`:${word}`))).toBe(false);
  });

  it.each([
    ['Selskabet har hovedsæde i Veldhoven.', 'Location:Veldhoven'],
    ['Fabrikken ligger lige uden for Tilburg.', 'Location:Tilburg'],
    ['The start-up is based in Eindhoven.', 'Location:Eindhoven'],
    ['Intel vil bygge en fabrik i Magdeburg med statsstøtte.', 'Location:Magdeburg'],
  ])('types an unknown name after a place phrase as a place: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Kaspersky, which is based in Moscow, denied it.', 'Location:Moscow', 'Government:Russia'],
    ['Selskabet har hovedsæde i Berlin.', 'Location:Berlin', 'Government:Germany'],
  ])('takes a capital as the city where something is placed: %s', (text, city, state) => {
    const found = entities(text);
    expect(found).toContain(city);
    expect(found).not.toContain(state);
  });

  it('takes a capital for its state elsewhere', () => {
    expect(entities('Beijing protested on Monday, and Washington replied.')).toEqual(expect.arrayContaining(['Government:China', 'Government:United States']));
  });

  it('does not take sentence-initial function words for names', () => {
    expect(entities('Det kommer til at ske. Planerne blev vedtaget. Derfor venter vi.')).toEqual([]);
    expect(entities('The plans were adopted. Nonetheless, we wait.')).toEqual([]);
  });

  it('does not take a sentence-initial definite noun referring back for a name', () => {
    const names = entities('Kinas handelsministerium reagerede prompte. Ministeriet meddelte, at Kina er imod beslutningen. Regeringen i Haag svarede ikke.');
    expect(names.filter((n) => /Ministeriet|Regeringen/.test(n))).toEqual([]);
  });

  it('makes Kina, kinesiske and China one node with the Danish forms as aliases', () => {
    const x = run('Kina kritiserer planen. Kinesiske selskaber rammes, siger China Daily.');
    const china = x.entities.filter((e) => e.name === 'China');
    expect(china).toHaveLength(1);
    expect(china[0].mentions.map((m) => m.surface)).toEqual(expect.arrayContaining(['Kina', 'Kinesiske']));
  });

  it('joins a surname to the full name seen before', () => {
    const x = run('Trade Secretary Jonathan Ferris spoke on Monday. Ferris said the rules were fair.');
    const people = x.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.name)).toEqual(['Jonathan Ferris']);
    expect(people[0].mentions).toHaveLength(2);
  });

  it('joins a misspelt first name to the known person of that surname', () => {
    const x = run('"It is a threat," Micheal Pompeo said. Pompeo left.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Mike Pompeo']);
  });

  it('uses the gazetteer id, or pg:<type>:<slug> for a new name', () => {
    const x = run('Kommunen har valgt selskabet Fjordnet A/S som leverandør i Danmark.');
    expect(x.entities.find((e) => e.name === 'Fjordnet A/S')?.id).toBe('pg:company:fjordnet-a-s');
    expect(x.entities.find((e) => e.name === 'Denmark')?.id).toBe('Q35');
  });
});

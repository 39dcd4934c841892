// Entity cues of session eleven: kind nouns for funds and names of diplomatic posts, on sentences written for these tests.
import { entities, relations } from '../fixtures/extract/helpers';

describe('a fund named after a nationality adjective and its kind noun is based in that country', () => {
  it.each([
    ['Selskabet ejes af den australske kapitalfond Korella.', 'Korella -BASED_IN-> Australia'],
    ['Selskabet ejes af den svenske pensionskasse Lofta.', 'Lofta -BASED_IN-> Sweden'],
    ['Aktierne blev solgt til den norske statsfond Ropa.', 'Ropa -BASED_IN-> Norway'],
    ['The stake was sold to the Norwegian investment fund Fjellstad.', 'Fjellstad -BASED_IN-> Norway'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('a fund that buys into a foreign firm is not based where the firm is', () => {
    expect(relations('Den danske pensionskasse Lofta har købt aktier i det svenske selskab Kvarn.')).not.toContain('Lofta -BASED_IN-> Sweden');
  });
});

describe('diplomatic posts other than embassies', () => {
  it.each([
    ["China's mission to the European Union criticised the Commission on Monday.", 'Agency:Mission of China to the European Union'],
    ['Ruslands mission ved FN afviste rapporten.', 'Agency:Mission of Russia to the United Nations'],
    ['The US consulate general in Hong Kong declined to comment.', 'Agency:Consulate General of United States in Hong Kong'],
    ['Kinas konsulat i Aarhus har lukket.', 'Agency:Consulate of China in Aarhus'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('a post is part of the state that sends it', () => {
    expect(relations("Russia's mission to the United Nations rejected the report.")).toContain('Mission of Russia to the United Nations -PART_OF-> Russia');
  });

  it('a mission to anything but a state or an international body is no post', () => {
    expect(entities("China's mission to the Moon landed on Friday.").some((e) => e.includes('Mission'))).toBe(false);
    expect(entities('Kinas mission er at vinde markedet.').some((e) => e.includes('Mission'))).toBe(false);
  });
});

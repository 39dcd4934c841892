// Entity cues of session eleven: kind nouns for funds, on sentences written for these tests.
import { relations } from '../fixtures/extract/helpers';

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

// Entity rules of round twelve: general shapes of names and real-world facts, on sentences
// written for these tests.
import { entities, relations } from '../fixtures/extract/helpers';

describe('the Kremlin stands for the Russian state, not a body of its own', () => {
  it.each([
    ['en', 'The Kremlin rejected the accusations on Friday.'],
    ['en', "A Kremlin spokesman, Dmitry Peskov, said the ban was unlawful."],
    ['da', 'Kreml afviste fredag beskyldningerne.'],
    ['da', 'Kremls talsmand, Dmitrij Peskov, kaldte forbuddet ulovligt.'],
  ])('%s: %s', (_lang, text) => {
    const found = entities(text);
    expect(found).toContain('Government:Russia');
    expect(found.filter((e) => /Krem/.test(e))).toEqual([]);
  });

  it('gives the role to the state', () => {
    expect(relations('Kremlin spokesman Dmitry Peskov said the ruling was political.')).toContain('Dmitry Peskov -HOLDS_ROLE-> Russia');
  });

  it('not a fortress in lower case ("the old kremlin" of a town)', () => {
    expect(entities('Tourists visited the old kremlin in the town of Pskov on Sunday.').filter((e) => /Russia|Krem/.test(e))).toEqual([]);
  });
});

describe('a capital for its state', () => {
  it.each([
    ['da', 'Dhaka afviste onsdag kritikken fra menneskeretsorganisationerne.', 'Government:Bangladesh'],
    ['da', 'Samtidig har Nairobi strammet reglerne for udenlandske techselskaber.', 'Government:Kenya'],
    ['en', 'Dhaka rejected the criticism from rights groups on Wednesday.', 'Government:Bangladesh'],
  ])('%s: a capital the gazetteer knows names its state in Danish as in English: %s', (_lang, text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['da', 'Kathmandu, tirsdag\n\nNepals regering vil forbyde appen. Beslutningen kommer, efter at regeringen i Kathmandu har indført nye regler for sociale medier.'],
    ['en', 'Nairobi, Monday\n\nKenya has suspended the project. The decision came after officials in Nairobi raised concerns about the data it collects.'],
  ])('%s: the government "in" the capital is the state, so a dateline of that capital is the state too', (_lang, text) => {
    expect(entities(text).filter((e) => e.startsWith('Location:'))).toEqual([]);
  });

  it.each([
    ['da', 'Kathmandu, tirsdag\n\nNepals regering vil forbyde appen. Selskabet har et kontor i Kathmandu med tyve ansatte.', 'Location:Kathmandu'],
    ['en', 'Nairobi, Monday\n\nKenya has suspended the project. The company has an office in Nairobi with twenty staff.', 'Location:Nairobi'],
  ])('%s: not where something else is "in" the capital: the dateline stays the city', (_lang, text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

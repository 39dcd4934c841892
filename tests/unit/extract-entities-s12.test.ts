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

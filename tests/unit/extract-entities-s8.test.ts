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

// Entity rules of round seven: general shapes of names (numbered measures, …), on sentences
// written for these tests.
import { entities } from '../fixtures/extract/helpers';

describe('numbered measures', () => {
  it.each([
    ['The governor signed House Bill 1207 on Friday after a long debate.', 'Policy:House Bill 1207'],
    ['The president then signed Executive Order 14155, which widened the ban.', 'Policy:Executive Order 14155'],
    ['Member states must apply Directive 2022/2555 to their operators of networks.', 'Policy:Directive 2022/2555'],
    ['Medlemslandene skal gennemføre Directive 2022/2555 inden udgangen af året.', 'Policy:Directive 2022/2555'],
  ])('takes the number of a bill, an order or a directive into its name: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => /^(Person|Company):/.test(e))).toBe(false);
  });

  it.each([
    ['The bill runs to 1207 pages and the order came in 2021.'],
    ['Regningen på 1207 kroner blev betalt i 2021.'],
  ])('does not name a measure by a lower-case word and a number: %s', (text) => {
    expect(entities(text).some((e) => e.startsWith('Policy:'))).toBe(false);
  });
});

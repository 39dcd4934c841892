// Session fourteen: BASED_IN, OWNS, HOLDS_ROLE, PART_OF, SUPPLIES and ACQUIRES, on sentences written for these tests.
import { relations } from '../fixtures/extract/helpers';

describe('a relative clause with an adverb by its copula names the office of the person before it', () => {
  it.each([
    ['Nokia hired Anna Berg last year. The board thanked Per Holm, who is also chief executive of Nokia, on Monday.', 'Per Holm -HOLDS_ROLE-> Nokia'],
    ['Nokia ansatte Anna Berg sidste år. Bestyrelsen takkede Per Holm, der også er administrerende direktør i Nokia, mandag.', 'Per Holm -HOLDS_ROLE-> Nokia'],
    ['The board thanked Per Holm, who is now chief executive of Nokia, on Monday.', 'Per Holm -HOLDS_ROLE-> Nokia'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('the person before a relative with no copula holds no office it names', () => {
    expect(relations('The board thanked Per Holm, who also met the chief executive of Nokia, on Monday.')).not.toContain('Per Holm -HOLDS_ROLE-> Nokia');
  });
});

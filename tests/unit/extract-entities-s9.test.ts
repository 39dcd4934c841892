// Entity rules of round nine: general shapes of names and real-world facts, on sentences
// written for these tests.
import { entities } from '../fixtures/extract/helpers';

describe('a person described in apposition', () => {
  it.each([
    ["Marcus Hollowell, the panel's top Republican, said the rules were too weak.", 'Person:Marcus Hollowell'],
    ["Lawmakers were divided. Dana Whitcombe of Ohio, the committee's senior Democrat, called the plan reckless.", 'Person:Dana Whitcombe'],
    ['I går kritiserede Peter Ravnsholt fra Aarhus, en tidligere minister, planen.', 'Person:Peter Ravnsholt'],
  ])('is a person, past a possessor or a place of origin: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('is not a person where the apposition names a firm', () => {
    const found = entities('Borvane Systems of Ohio, the group behind the network, said it would appeal.');
    expect(found).not.toContain('Person:Borvane Systems');
  });
});

// Session thirteen: HOLDS_ROLE, BASED_IN and the other structural relations, on sentences written for these tests.
import { relations } from '../fixtures/extract/helpers';

describe('a bare governor\'s title is the office of the place below the national level the text is about', () => {
  it.each([
    ['Montana has sued TikTok over its data practices. Governor Greg Holt said on Tuesday the state would not back down.', 'Greg Holt -HOLDS_ROLE-> Montana'],
    ['Montana har sagsøgt TikTok. Guvernør Greg Holt sagde tirsdag, at delstaten ikke vil give sig.', 'Greg Holt -HOLDS_ROLE-> Montana'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('a text about a nation that names no such place gives the bare title no body', () => {
    const rels = relations('The United States has banned TikTok on federal phones, and lawmakers in Ohio are weighing the same step. Governor Greg Holt said on Tuesday he would wait.');
    expect(rels.filter((r) => r.startsWith('Greg Holt -HOLDS_ROLE->'))).toEqual([]);
  });
});

import { escapeLucene, searchQuery } from '../../queries/search';
import { nameKey } from '../../queries/keys';

describe('escapeLucene', () => {
  test.each([
    ['huawei', 'huawei'],
    ['u.s.', 'u.s.'],
    ['a+b-c', 'a\\+b\\-c'],
    ['(x) [y] {z}', '\\(x\\) \\[y\\] \\{z\\}'],
    ['"q" ~ * ? : \\ / ^ ! & |', '\\"q\\" \\~ \\* \\? \\: \\\\ \\/ \\^ \\! \\& \\|'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeLucene(input)).toBe(expected);
  });
});

describe('searchQuery', () => {
  test.each([
    ['Huawei', '(huawei^3 OR huawei* OR huawei~1)'],
    ['FCC', '(fcc^3 OR fcc*)'],
    ['clean  NET', '(clean^3 OR clean* OR clean~1) OR (net^3 OR net*)'],
    ['AND OR NOT', '(and^3 OR and*) OR (or^3 OR or*) OR (not^3 OR not*)'],
    ['c++', '(c\\+\\+^3 OR c\\+\\+*)'],
    ['title:x', '(title\\:x^3 OR title\\:x* OR title\\:x~1)'],
  ])('%j -> %j', (input, expected) => {
    expect(searchQuery(input)).toBe(expected);
  });

  test.each([[''], ['   '], ['*'], ['" ( )']])('%j has nothing to search', (input) => {
    expect(searchQuery(input)).toBeNull();
  });
});

describe('nameKey', () => {
  test.each([
    ['China', 'china'],
    ['  Kina ', 'kina'],
    ['United\u00a0 States', 'united states'],
    ['Ｈｕａｗｅｉ', 'huawei'],
    ['KØBENHAVN', 'københavn'],
  ])('%j -> %j', (input, expected) => {
    expect(nameKey(input)).toBe(expected);
  });
});

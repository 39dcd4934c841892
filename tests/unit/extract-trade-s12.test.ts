// Session twelve: BASED_IN, OWNS, HOLDS_ROLE, PART_OF, SUPPLIES and ACQUIRES, on sentences written for these tests.
import { relations } from '../fixtures/extract/helpers';

describe('a nationality word on a definite noun read as a firm placed elsewhere names another firm', () => {
  it.each([
    ['The Swedish insurer Kvarnholm sold its shares in the Chinese company last year.', 'Kvarnholm -BASED_IN-> Sweden', 'Kvarnholm -BASED_IN-> China'],
    ['Det norske forsikringsselskab Fjordvik har solgt sine aktier i den kinesiske koncern.', 'Fjordvik -BASED_IN-> Norway', 'Fjordvik -BASED_IN-> China'],
  ])('%s', (text, kept, dropped) => {
    const rels = relations(text);
    expect(rels).toContain(kept);
    expect(rels).not.toContain(dropped);
  });

  it('the same word still names the state of the firm the text is about when nothing places it elsewhere', () => {
    expect(relations('Huawei sells routers in Europe. The Chinese firm said on Monday it would appeal.')).toContain('Huawei -BASED_IN-> China');
    expect(relations('Huawei sælger routere i Europa. Den kinesiske koncern oplyste mandag, at den vil anke.')).toContain('Huawei -BASED_IN-> China');
  });
});

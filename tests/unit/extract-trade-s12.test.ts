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

describe('a bare "President" in a text about another state that has named the United States is the US president', () => {
  it.each([
    ['China restricted exports of gallium to the United States on Tuesday. The step answers the tariffs that President Arthur Fenwick imposed last week.', 'Arthur Fenwick -HOLDS_ROLE-> United States'],
    ['Kina begrænser eksporten af gallium til USA. Det er et svar på den told, som præsident Arthur Fenwick indførte i sidste uge.', 'Arthur Fenwick -HOLDS_ROLE-> United States'],
  ])('%s', (text, expected) => {
    const rels = relations(text);
    expect(rels).toContain(expected);
    expect(rels).not.toContain('Arthur Fenwick -HOLDS_ROLE-> China');
  });

  it('where the United States comes up only later, the bare title is the state the text is about', () => {
    const rels = relations('Kenya suspended the messaging app on Monday after President Samuel Otieno criticised it. Kenya said the app broke its laws. The United States said it regretted the decision.');
    expect(rels).toContain('Samuel Otieno -HOLDS_ROLE-> Kenya');
    expect(rels).not.toContain('Samuel Otieno -HOLDS_ROLE-> United States');
  });
});

describe('"its" after a title holder set off by commas stands for the body of the title before', () => {
  it.each([
    ["Ericsson's chairman, Per Holm, and its president, Anna Berg, resigned on Monday.", 'Anna Berg -HOLDS_ROLE-> Ericsson'],
    ['Ericssons formand, Per Holm, og dens præsident, Anna Berg, trådte tilbage mandag.', 'Anna Berg -HOLDS_ROLE-> Ericsson'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('a body named after the holder is the one "its" stands for', () => {
    const rels = relations("Ericsson's chairman, Per Holm, met Nokia and its president, Anna Berg, on Monday.");
    expect(rels).toContain('Anna Berg -HOLDS_ROLE-> Nokia');
    expect(rels).not.toContain('Anna Berg -HOLDS_ROLE-> Ericsson');
  });
});

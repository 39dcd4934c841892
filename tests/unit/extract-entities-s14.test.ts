// Entity rules of round fourteen: names the gazetteer does not know and the names a reader gives a state's
// bodies, on sentences written for these tests.
import { run } from '../fixtures/extract/helpers';

const aliasesOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.aliases ?? [];

describe("a state's body is also named without its state", () => {
  it.each([
    ['en', "China's Ministry of Public Security said the app had been removed.", "Ministry of Public Security of the People's Republic of China", 'Ministry of Public Security'],
    ['en', 'The Chinese Ministry of Commerce said it would respond to the export curbs.', 'Chinese Ministry of Commerce', 'Ministry of Commerce'],
    ['da', 'Forsvarsministeriet har forbudt appen på sine telefoner.', 'Danish Ministry of Defence', 'Ministry of Defence'],
  ])('%s: %s', (_lang, text, name, bare) => {
    expect(aliasesOf(text, name)).toContain(bare);
  });

  it('not a body that is no state\'s: the European Commission keeps its own name only', () => {
    expect(aliasesOf('The European Commission opened an investigation into the deal.', 'European Commission')).not.toContain('Commission');
  });
});

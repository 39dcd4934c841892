// Entity rules of round fifteen: names the gazetteer does not know, on sentences written for these tests.
import { run } from '../fixtures/extract/helpers';

const names = (text: string, language?: string) => run(text, language).entities.map((e) => e.name);

describe("a brand's spelling makes a name named once a name", () => {
  it.each([
    ['en', 'Analysts expect the ruling to hurt PayZen and its lenders.', 'PayZen'],
    ['en', 'Critics said the ruling would help FlixNet keep its users.', 'FlixNet'],
    ['en', 'The ministry told shops to stop selling KWallet cards by March.', 'KWallet'],
  ])('%s: %s', (_lang, text, name) => {
    expect(names(text)).toContain(name);
  });

  it('not a hashtag, nor a plain word capitalised once', () => {
    const found = names('Police cracked down on the #StopZorba protests against the Velmar people of the region.');
    expect(found).not.toContain('StopZorba');
    expect(found).not.toContain('Velmar');
  });

  it("not an abbreviation's plural", () => {
    expect(names('The rules apply to the CEOs of the largest platforms.')).not.toContain('CEOs');
  });
});

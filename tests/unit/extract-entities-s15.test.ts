// Entity rules of round fifteen: names the gazetteer does not know, on sentences written for these tests.
import { relations, run } from '../fixtures/extract/helpers';

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

describe('a stop word with a capital inside a sentence opens a name', () => {
  it.each([
    ['en', 'Shares of New Harbor Semiconductor fell after the ruling.', 'New Harbor Semiconductor', 'Harbor Semiconductor'],
    ['da', 'Aktien blev noteret på New Cobalt Exchange i 2021, og New Cobalt Exchange har siden vokset.', 'New Cobalt Exchange', 'Cobalt Exchange'],
    ['da', 'Forhandlingerne blev ledet af vicepremierminister He Zhaolin fra den kinesiske side.', 'He Zhaolin', 'Zhaolin'],
  ])('%s: %s', (_lang, text, name, cut) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found).not.toContain(cut);
  });

  it('not the first word of a sentence, nor a title of address or a day', () => {
    const found = names('The Harbor Group said on Monday Zentrix had agreed. Mr Kovacs declined to comment.');
    expect(found).not.toContain('The Harbor Group');
    expect(found.some((n) => /^(Monday|Mr)\b/.test(n))).toBe(false);
  });

  it('not in a headline, where every word has its capital', () => {
    expect(names('Regulators Ban The Zentrix App In Denmark After Review').some((n) => /^The\b/.test(n))).toBe(false);
  });
});

describe("a firm's name with its legal form and the name alone are one firm", () => {
  const entities = (text: string) => run(text).entities.map((e) => e.name);
  it.each([
    ['en', 'The government blocked the sale of Corvinex SE to a Chinese fund. Corvinex said it would appeal.', 'Corvinex SE', 'Corvinex'],
    ['en', 'The Dutch firm Brelium N.V. lost the tender. Brelium said it would not appeal.', 'Brelium N.V.', 'Brelium'],
    ['da', 'Det hollandske selskab Brelium N.V. tabte udbuddet, og Brelium vil ikke klage.', 'Brelium N.V.', 'Brelium'],
  ])('%s: %s', (_lang, text, full, short) => {
    const found = entities(text);
    expect(found).toContain(full);
    expect(found).not.toContain(short);
  });

  it('not a unit named by a word of its own', () => {
    const found = entities('The data centres belong to the firm Corvinex Cloud, and the firm Corvinex SE owns it.');
    expect(found).toEqual(expect.arrayContaining(['Corvinex Cloud', 'Corvinex SE']));
  });
});

describe("a firm named after its founder is not the founder's surname", () => {
  const typed = (text: string) => run(text).entities.map((e) => `${e.type} ${e.name}`);
  it.each([
    ['en', 'Regulators named companies such as Velkov among the risks. Velkov, which is based in Minsk, was founded by its chief executive Igor Velkov.'],
    ['da', 'Myndighederne nævnte selskaber som Velkov blandt risiciene. Velkov blev grundlagt af sin direktør Igor Velkov.'],
  ])('%s: %s', (_lang, text) => {
    const found = typed(text);
    expect(found).toContain('Person Igor Velkov');
    expect(found).toContain('Company Velkov');
  });

  it("the surname alone with no firm's cue is the person", () => {
    const found = typed('The ministry was led by Igor Velkov until May. Velkov said the rules were needed.');
    expect(found).toContain('Person Igor Velkov');
    expect(found.some((n) => n.endsWith(' Velkov') && n !== 'Person Igor Velkov')).toBe(false);
  });
});

describe("a service named by what it does is a product's kind, not a state's body", () => {
  const typeOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.type;
  it('en: "the Swedish streaming service Zonify" is no Swedish agency', () => {
    expect(typeOf('The complaint came from the Swedish streaming service Zonify in 2019.', 'Zonify')).not.toBe('Agency');
  });

  it('not a security service: "the Russian security service Velkhor" is an agency', () => {
    expect(typeOf('The Russian security service Velkhor said the app was a threat.', 'Velkhor')).toBe('Agency');
  });
});

describe('"Limited" and "Incorporated" end the registered name of a firm', () => {
  const typeOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.type;
  it.each([
    ['en', 'Shares of Korvath Limited rose after the decision, and Korvath Limited said it would expand.', 'Korvath Limited'],
    ['da', 'Aktierne i Korvath Limited steg efter afgørelsen, og Korvath Limited vil nu udvide.', 'Korvath Limited'],
    ['en', 'The shop is run by Belmor Incorporated, and Belmor Incorporated rejected the fine.', 'Belmor Incorporated'],
  ])('%s: %s', (_lang, text, name) => {
    expect(typeOf(text, name)).toBe('Company');
  });
});

describe("the stop of an abbreviated legal form before an apposition's comma", () => {
  it.each([
    ['en', 'Zentrix Corp., a Chinese company, was added to the list.'],
    ['da', 'Zentrix Corp., et kinesisk selskab, er kommet på listen.'],
    ['en', 'Zentrix S.A., a Chinese company, was added to the list.'],
  ])('%s: %s', (_lang, text) => {
    expect(relations(text).some((r) => r.startsWith('Zentrix') && r.endsWith('-BASED_IN-> China'))).toBe(true);
  });

  it('not where the stop ends the sentence', () => {
    const found = relations('The ministry added Zentrix Corp. China, it said, would respond.');
    expect(found.some((r) => r.startsWith('Zentrix') && r.includes('BASED_IN'))).toBe(false);
  });
});

describe("a bare number after a product's name is the model's", () => {
  const typeOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.type;
  it.each([
    ['en', 'Owners of the Nexo Tab 7 were told to install the update, and the Nexo Tab 7 slowed down.', 'Nexo Tab 7'],
    ['da', 'Opdateringen til modellen Nexo Tab 7 gjorde telefonen langsommere, og Nexo Tab 7 blev trukket tilbage.', 'Nexo Tab 7'],
    ['da', 'Derfor blev ejere af Apples iPhone 6 opfordret til at installere opdateringen.', 'iPhone 6'],
  ])('%s: %s', (_lang, text, name) => {
    expect(typeOf(text, name)).toBe('Product');
  });

  it('not a number that counts: "gave Zentrix Labs 90 days", "Nexo Tab 5 million units"', () => {
    const names = run('The ministry gave Zentrix Labs 90 days to sell. Velmor Phone 5 million units were sold.').entities.map((e) => e.name);
    expect(names.some((n) => /\d/.test(n))).toBe(false);
  });
});

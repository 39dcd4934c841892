import { guessLanguage } from '../../ingest/extract';
import { lexicon, run } from '../fixtures/extract/helpers';

describe('stage 2: language', () => {
  const table: [string, string][] = [
    ['The government said on Monday that the new rules would apply to all operators in the country.', 'en'],
    ['Regeringen sagde mandag, at de nye regler skal gælde for alle selskaber efter sommerferien.', 'da'],
    ['Regjeringen sa mandag at de nye reglene skal gjelde for alle selskaper etter sommeren, og det blir ikke enkelt.', 'no'],
    ['Regeringen sade på måndag att de nya reglerna ska gälla för alla företag och att det inte blir lätt.', 'sv'],
    ['Die Regierung sagte am Montag, dass die neuen Regeln für alle Unternehmen gelten und nicht leicht sind.', 'de'],
    ["Le gouvernement a déclaré lundi que les nouvelles règles s'appliqueront à toutes les entreprises du pays.", 'fr'],
    ['El gobierno dijo el lunes que las nuevas reglas se aplicarán a todas las empresas del país.', 'es'],
  ];
  it.each(table)('%s → %s', (text, lang) => {
    expect(guessLanguage(text, lexicon).language).toBe(lang);
  });

  it('gives full coverage to en and da only', () => {
    expect(run(table[0][0]).coverage).toBe('full');
    expect(run(table[1][0]).coverage).toBe('full');
    expect(run(table[3][0]).coverage).toBe('gazetteer');
  });

  it('says und for text without words', () => {
    expect(run('12345 !!! ###').language).toBe('und');
  });

  it('reads a Danish paragraph inside an English text as Danish', () => {
    const text = 'The ministry said the new rules would apply to all operators from next year on.\n\n'
      + 'Kinas udenrigsministerium kritiserer Clean Network og siger, at den ikke er fair over for kinesiske selskaber.\n\n'
      + 'China criticised the plan and said it was not fair to the companies that are affected by it.';
    const x = run(text);
    expect(x.language).toBe('en');
    // the Danish trigger "kritiserer" only works when the paragraph is read as Danish
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.some((r) => r.predicate === 'OPPOSES' && /Chinese Foreign Ministry/.test(names.get(r.subject) ?? ''))).toBe(true);
  });
});

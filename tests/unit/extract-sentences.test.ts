import { splitSentences, findBody, detectLanguage } from '../../ingest/extract';
import { lexicon } from '../fixtures/extract/helpers';

function sentences(text: string): string[] {
  const body = findBody(text, lexicon);
  const lang = detectLanguage(text, body, lexicon);
  return splitSentences(text, lang.paragraphs, lexicon).map((s) => s.text);
}

describe('stage 3: sentences', () => {
  const table: [string, string[]][] = [
    ['Mødet starter kl. 10 i morgen. Bl.a. deltager ministeren. Det sker d. 5. maj.',
      ['Mødet starter kl. 10 i morgen.', 'Bl.a. deltager ministeren.', 'Det sker d. 5. maj.']],
    ['Det koster ca. 5 mio. kr. om året, f.eks. for licenser til selskaberne.', ['Det koster ca. 5 mio. kr. om året, f.eks. for licenser til selskaberne.']],
    ['Thomas Hansen har pr. 28. januar 2026 fået nyt job. Han starter i Aarhus.', ['Thomas Hansen har pr. 28. januar 2026 fået nyt job.', 'Han starter i Aarhus.']],
    ['The U.S. Commerce Department added the firm to a list. Mr. Smith of Acme Inc. disagreed with it.',
      ['The U.S. Commerce Department added the firm to a list.', 'Mr. Smith of Acme Inc. disagreed with it.']],
    ['USA lukker for Kina\n\nPlanen blev præsenteret onsdag.', ['USA lukker for Kina', 'Planen blev præsenteret onsdag.']],
    ['Britain bans the vendor\nThe ban starts in 2027. "It is a threat," he said. Then he left!', ['Britain bans the vendor', 'The ban starts in 2027.', '"It is a threat," he said.', 'Then he left!']],
    ['  • Clean carrier: This arm of the effort matters.', ['Clean carrier: This arm of the effort matters.']],
  ];
  it.each(table)('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

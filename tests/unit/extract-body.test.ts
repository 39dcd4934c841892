import { findBody } from '../../ingest/extract';
import { lexicon } from '../fixtures/extract/helpers';

const cut = (text: string) => {
  const b = findBody(text, lexicon);
  return text.slice(b.start, b.end);
};

describe('stage 1: article body', () => {
  const da = 'Regeringen vil screene opkøb\n\nErhvervsministeren præsenterede tirsdag en ny lov om screening af investeringer i danske selskaber.\n\nLoven træder i kraft til sommer, siger ministeren.\n\n';
  const en = 'Britain bans the vendor\n\nThe government on Tuesday said it would remove the vendor from all networks by 2027.\n\nOperators have until then to comply, the minister said.\n\n';
  const table: [string, string, string][] = [
    ['Danish: "Læs også" with a link, then a people-news column', `${da}Læs også:\n\nKina raser over loven\n\nNavnenyt\nJens Hansen, direktør hos Netfirma, er ny formand.`, da.trim()],
    ['Danish: the people-news column alone', `${da}Navnenyt fra it-Danmark\n\nJens Hansen er ny direktør hos Netfirma.`, da.trim()],
    ['Danish: "Læs også" in the middle does not end the article',
      'Regeringen vil screene opkøb\n\nErhvervsministeren præsenterede tirsdag en ny lov om screening af investeringer.\n\nLæs også: Kina raser over loven\n\nLoven træder i kraft til sommer, siger ministeren til avisen.',
      'Regeringen vil screene opkøb\n\nErhvervsministeren præsenterede tirsdag en ny lov om screening af investeringer.\n\nLæs også: Kina raser over loven\n\nLoven træder i kraft til sommer, siger ministeren til avisen.'],
    ['English: menu before, related articles after', `Menu\nSign in\n\n${en}Related articles\nHuawei wins a contract in Hungary`, en.trim()],
    ['English: advertisement and newsletter after', `${en}Advertisement\nSubscribe to our newsletter`, en.trim()],
    ['a text with nothing to cut', en.trim(), en.trim()],
  ];
  it.each(table)('%s', (_label, text, body) => {
    expect(cut(text)).toBe(body);
  });

  it('keeps offsets true to the text', () => {
    const text = `${da}Navnenyt\nNoget andet.`;
    const b = findBody(text, lexicon);
    expect(text.slice(b.start, b.end)).toBe(da.trim());
    expect(b.start).toBe(0);
  });
});

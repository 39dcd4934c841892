import { Readable } from 'node:stream';
import { readFeed, looksLikeFeed } from '../../ingest/read/feed';
import { sniffFormat, formatFromContentType, formatFromName } from '../../ingest/read/format';
import { readLines } from '../../ingest/read/lines';
import { documentFromRecord, readJsonRecords } from '../../ingest/read/record';
import { parseXml } from '../../ingest/read/xml';
import { ndjsonItems } from '../../ingest/inputs';

const settle = async (items: AsyncIterable<{ label: string; load(): Promise<{ text: string }> }>) => {
  const out: Array<[string, string]> = [];
  for await (const item of items) {
    try {
      out.push([item.label, (await item.load()).text]);
    } catch (err) {
      out.push([item.label, `ERROR ${(err as Error).message}`]);
    }
  }
  return out;
};

describe('JSON records', () => {
  it('reads text, html and metadata, normalising dates and languages', () => {
    expect(documentFromRecord({ text: 'Kina og USA', title: 'T', publishedAt: 'Thu, 06 Aug 2020 10:00:00 GMT', language: 'da-DK', extra: 1 }, 'r')).toEqual({
      text: 'Kina og USA', title: 'T', publishedAt: '2020-08-06', language: 'da',
    });
    expect(documentFromRecord({ text: 'x', publishedAt: '2020-08-06T10:00:00Z' }, 'r').publishedAt).toBe('2020-08-06T10:00:00Z');
    const html = documentFromRecord({ html: '<html><body><p>Huawei was banned.</p></body></html>', url: 'https://a.example/x', title: 'Given' }, 'r');
    expect(html).toMatchObject({ text: 'Huawei was banned.', url: 'https://a.example/x', title: 'Given' });
  });

  it.each<[unknown, RegExp]>([
    [[1], /must be a JSON object/],
    ['text', /must be a JSON object/],
    [{ title: 'x' }, /no "text" or "html"/],
    [{ text: 5 }, /"text" must be a string/],
    [{ text: 'x', title: 3 }, /"title" must be a string/],
    [{ text: 'x', publishedAt: 'someday' }, /not a date/],
    [{ text: 'x', language: 'English please' }, /language code/],
    [{ html: '<html><head><title>t</title></head></html>' }, /no article text/],
  ])('rejects %p', (record, reason) => {
    expect(() => documentFromRecord(record, 'r')).toThrow(reason);
  });

  it('reads one record or an array, each element standing alone', () => {
    expect(readJsonRecords('{"text":"a"}', 'f.json')).toEqual([{ label: 'f.json', doc: { text: 'a', title: 'a' } }]);
    const many = readJsonRecords('[{"text":"a"},{"nope":1}]', 'f.json');
    expect(many.map((r) => [r.label, r.doc?.text ?? r.error])).toEqual([
      ['f.json[0]', 'a'],
      ['f.json[1]', 'f.json[1]: the record has no "text" or "html"'],
    ]);
    expect(() => readJsonRecords('{"text":', 'f.json')).toThrow(/f\.json: not valid JSON/);
  });
});

describe('lines and NDJSON', () => {
  const stream = (...chunks: (string | Buffer)[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

  it('splits lines across chunks, with CRLF, a last line without newline, and bad UTF-8 alone', async () => {
    const lines = [];
    for await (const l of readLines(stream('ab', 'c\r\nd', 'e\n\n', Buffer.from([0xc3, 0x28, 0x0a]), 'last'), 100)) lines.push(l);
    expect(lines).toEqual([
      { number: 1, bytes: 4, text: 'abc' },
      { number: 2, bytes: 2, text: 'de' },
      { number: 3, bytes: 0, text: '' },
      { number: 4, bytes: 2, error: 'line 4: not valid UTF-8' },
      { number: 5, bytes: 4, text: 'last' },
    ]);
  });

  it('skips a line over the limit without holding it, and goes on', async () => {
    const lines = [];
    for await (const l of readLines(stream('short\n', 'x'.repeat(60), 'y'.repeat(60), '\nok\n'), 100)) lines.push(l);
    expect(lines.map((l) => l.text ?? l.error)).toEqual(['short', 'line 2: 120 bytes is over the limit of 100 (--max-bytes)', 'ok']);
  });

  it('rejects a malformed line with its line number and keeps the rest', async () => {
    const input = ['{"text":"one"}', '', '{"text": "cut', '[1]', '{"html":"<p>Huawei</p>"}'].join('\n');
    expect(await settle(ndjsonItems(stream(input), 'f.ndjson', 1000))).toEqual([
      ['f.ndjson:1', 'one'],
      ['f.ndjson:3', expect.stringMatching(/^ERROR not valid JSON/)],
      ['f.ndjson:4', 'ERROR f.ndjson:4: a record must be a JSON object with "text" or "html"'],
      ['f.ndjson:5', 'Huawei'],
    ]);
  });
});

describe('feeds', () => {
  const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire</title><language>da-dk</language>
<item><title>One</title><link>https://w.example/1</link><pubDate>Fri, 07 Oct 2022 18:30:00 GMT</pubDate>
<description>teaser</description><content:encoded><![CDATA[<p>First para.</p><p>Second &amp; last.</p>]]></content:encoded></item>
<item><title>Two</title><description>&lt;b&gt;Bold&lt;/b&gt; claim</description></item>
<item><title>Empty</title></item>
</channel></rss>`;

  it('reads RSS items with their dates, links, language and HTML content as text', () => {
    expect(readFeed(rss, 'f.xml')).toEqual([
      { label: 'f.xml#1', doc: { text: 'First para.\n\nSecond & last.', title: 'One', url: 'https://w.example/1', source: 'Wire', publishedAt: '2022-10-07', language: 'da' } },
      { label: 'f.xml#2', doc: { text: 'Bold claim', title: 'Two', source: 'Wire', language: 'da' } },
      { label: 'f.xml#3', error: 'f.xml#3: the item has no content or description' },
    ]);
  });

  it('reads Atom entries: html, xhtml and text content, the alternate link, xml:lang', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>T</title>
      <entry><title>A</title><link rel="self" href="https://x/self"/><link rel="alternate" href="https://x/a"/>
        <published>2020-01-29T12:00:00Z</published><content type="html">&lt;p&gt;Huawei &amp;amp; ZTE&lt;/p&gt;</content></entry>
      <entry xml:lang="da"><title>B</title><updated>2020-02-01</updated><content type="xhtml"><div><p>Kina</p><p>USA</p></div></content></entry>
      <entry><title>C</title><summary>Plain summary</summary></entry></feed>`;
    expect(readFeed(atom, 'a.atom').map((e) => e.doc)).toEqual([
      { text: 'Huawei & ZTE', title: 'A', url: 'https://x/a', source: 'T', publishedAt: '2020-01-29', language: 'en' },
      { text: 'Kina\n\nUSA', title: 'B', source: 'T', publishedAt: '2020-02-01', language: 'da' },
      { text: 'Plain summary', title: 'C', source: 'T', language: 'en' },
    ]);
  });

  it.each<[string, RegExp]>([
    ['just some words', /not XML \(no element found\)/],
    ['{"json": true}', /not XML/],
    ['<rss><channel><item><title>cut', /never closed \(truncated\?\)/],
    ['<rss><channel></item></channel></rss>', /not well-formed XML/],
    ['<html><body><p>hi</p></body></html>', /not an RSS or Atom feed \(root element <html>\)/],
    ['<rss></rss><rss></rss>', /a second root element/],
  ])('refuses %p', (text, reason) => {
    expect(() => readFeed(text, 'bad.xml')).toThrow(reason);
  });

  it('keeps the tree of well-formed XML', () => {
    expect(parseXml('<?xml version="1.0"?><!-- c --><a x="1"><b>t &lt; u</b><c/></a>', 'x')).toEqual({
      name: 'a', attributes: { x: '1' }, text: '', children: [
        { name: 'b', attributes: {}, text: 't < u', children: [] },
        { name: 'c', attributes: {}, text: '', children: [] },
      ],
    });
    expect(looksLikeFeed('<?xml version="1.0"?>\n<feed xmlns="x">')).toBe(true);
  });
});

describe('formats', () => {
  it.each<[string, string]>([
    ['<?xml version="1.0"?><rss>', 'feed'],
    ['<!-- x --><feed xmlns="">', 'feed'],
    ['<!DOCTYPE html><html>', 'html'],
    ['[{"text":"a"}]', 'json'],
    ['{"text":"a"}\n{"text":"b"}', 'ndjson'],
    ['{\n  "text": "a"\n}', 'json'],
    ['Huawei was banned', 'text'],
  ])('sniffs %p as %s', (head, format) => {
    expect(sniffFormat(head)).toBe(format);
  });

  it('maps names and content types', () => {
    expect(['a.JSONL', 'b.atom', 'https://x/feed.rss?x=1', 'c', 'd.pdf'].map(formatFromName)).toEqual(['ndjson', 'feed', 'feed', undefined, undefined]);
    expect(['application/rss+xml; charset=utf-8', 'text/html', 'application/x-ndjson', 'application/ld+json', 'text/plain', 'image/png', null].map(formatFromContentType))
      .toEqual(['feed', 'html', 'ndjson', 'json', 'text', undefined, undefined]);
  });
});

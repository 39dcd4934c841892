import { decodeText } from '../../ingest/read/decode';
import { isoDate, readHtml } from '../../ingest/read/html';
import { documentFromText, documentId, headline } from '../../ingest/read';

describe('decodeText', () => {
  it.each<[string, Uint8Array, RegExp]>([
    ['empty', new Uint8Array(), /empty/],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/],
    ['invalid UTF-8', new Uint8Array([0x48, 0xc3, 0x28, 0x41]), /not valid UTF-8/],
    ['white space only', new TextEncoder().encode(' \n\t '), /no text/],
  ])('rejects %s input with a reason', (_name, bytes, reason) => {
    expect(() => decodeText(bytes, 'x.txt')).toThrow(reason);
  });

  it('keeps the text as read, less a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Kina og USA')]);
    expect(decodeText(bytes, 'x.txt')).toBe('Kina og USA');
  });
});

describe('plain text documents', () => {
  it('takes a short first line as the title and hashes the text', () => {
    const doc = documentFromText('USA blokerer kinesiske apps\n\nBrødtekst.');
    expect(doc.title).toBe('USA blokerer kinesiske apps');
    expect(documentId(doc.text)).toMatch(/^[0-9a-f]{64}$/);
    expect(documentId('a')).not.toBe(documentId('b'));
  });

  it('has no title when the first line is a whole paragraph', () => {
    expect(headline('x'.repeat(300))).toBeUndefined();
  });
});

describe('readHtml', () => {
  const page = `<!doctype html><html lang="en"><head>
    <title>Site | US widens its programme</title>
    <meta property="og:title" content="US widens its programme">
    <meta property="article:published_time" content="2020-08-05T18:00:00Z">
    <link rel="canonical" href="https://news.example/us-widens">
    </head><body>
    <nav><a href="/">Home</a><a href="/tech">Tech</a></nav>
    <article><h1>US widens its programme</h1>
    <p>The State Department said on Wednesday that it would widen the programme to five tracks, aimed at
    companies it called untrusted vendors, after weeks of talks with allies in Europe and Asia.</p>
    <p>Secretary of State Mike Pompeo named Huawei and China Telecom among the companies concerned, and said
    the measures would protect the data of American citizens and businesses from misuse.</p>
    <p>China's foreign ministry rejected the plan the next day and called it an attempt to keep its firms out.</p>
    </article>
    <footer>Copyright and cookie notice</footer></body></html>`;

  it('keeps the article, its title, date and canonical URL, and drops the chrome', () => {
    const doc = readHtml(page);
    expect(doc.title).toBe('US widens its programme');
    expect(doc.publishedAt).toBe('2020-08-05');
    expect(doc.url).toBe('https://news.example/us-widens');
    expect(doc.text).toContain('Secretary of State Mike Pompeo named Huawei');
    expect(doc.text).not.toContain('Copyright');
    expect(doc.text).not.toContain('Home');
    // paragraphs stay apart so that sentences do not run into each other
    expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('falls back to the body of a page Readability cannot read, and never throws on broken markup', () => {
    const doc = readHtml('<html><body><div>Kina afviser <b>planen</b><p>Sidste afsnit');
    expect(doc.text).toContain('Kina afviser');
  });

  it.each<[string | undefined, string | undefined]>([
    ['2020-08-06T10:00:00+02:00', '2020-08-06'],
    ['Thu, 06 Aug 2020 10:00:00 GMT', '2020-08-06'],
    ['not a date', undefined],
    [undefined, undefined],
  ])('isoDate(%p) is %p', (raw, iso) => {
    expect(isoDate(raw)).toBe(iso);
  });
});

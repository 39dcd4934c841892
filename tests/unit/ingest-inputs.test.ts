import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { expandGlob, globRegExp, splitGlob } from '../../ingest/glob';
import { inputItems, resolveInputs } from '../../ingest/inputs';
import type { IngestItem } from '../../ingest/run';

const MIXED = path.join(__dirname, '..', 'fixtures', 'ingest', 'mixed');

async function outcomes(items: AsyncIterable<IngestItem>): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  for await (const item of items) {
    out.push([item.label, await item.load().then((d) => `ok ${d.text.slice(0, 30)}`, (e: Error) => `error ${e.message}`)]);
  }
  return out;
}

describe('globs', () => {
  it.each<[string, string, boolean]>([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'd/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'd/e/a.txt', true],
    ['d/**', 'd/e/a.txt', true],
    ['*.{json,ndjson}', 'x.ndjson', true],
    ['*.{json,ndjson}', 'x.xml', false],
    ['?.md', 'a.md', true],
    ['?.md', 'ab.md', false],
    ['[ab]*.html', 'b1.html', true],
    ['[!ab]*.html', 'b1.html', false],
    ['a+b(1).txt', 'a+b(1).txt', true],
  ])('%s matches %s: %p', (pattern, file, matches) => {
    expect(globRegExp(pattern).test(file)).toBe(matches);
  });

  it('splits the fixed base from the pattern', () => {
    expect(splitGlob('news/2020/**/*.txt')).toEqual(['news/2020', '**/*.txt']);
    expect(splitGlob('*.md')).toEqual(['.', '*.md']);
    expect(splitGlob('/abs/*.md')).toEqual(['/abs', '*.md']);
  });

  it('expands against the file system, sorted', async () => {
    expect((await expandGlob(`${MIXED}/**/*.{txt,md}`)).map((f) => path.relative(MIXED, f))).toEqual([
      'binary.txt', 'clean-network.txt', 'empty.txt', 'invalid-utf8.txt', 'nested/sverige.md',
    ]);
  });
});

describe('resolveInputs', () => {
  it('walks folders recursively for supported files, keeps URLs and stdin, and reports what is missing', async () => {
    const r = await resolveInputs([MIXED, path.join(MIXED, 'fcc.html'), 'https://x.example/feed', '-', '-', 'nope.txt', `${MIXED}/*.pdf`]);
    const files = r.sources.flatMap((s) => (s.kind === 'file' ? [`${path.relative(MIXED, s.path)} ${s.format}`] : []));
    expect(files).toEqual([
      'binary.txt text', 'broken.json json', 'clean-network.txt text', 'empty.txt text', 'fcc.html html', 'feed-atom.atom feed',
      'feed-rss.xml feed', 'invalid-utf8.txt text', 'lines.ndjson ndjson', 'nested/sverige.md text', 'not-a-feed.xml feed',
      'one-record.json json', 'records.json json', 'truncated.html html',
    ]);
    expect(r.sources.filter((s) => s.kind !== 'file')).toEqual([{ kind: 'url', url: 'https://x.example/feed' }, { kind: 'stdin' }]);
    expect(r.problems).toEqual([
      { input: '-', reason: 'standard input can be read only once' },
      { input: 'nope.txt', reason: 'no such file or folder' },
      { input: `${MIXED}/*.pdf`, reason: 'no file matches this pattern' },
    ]);
    expect(r.totalBytes).toBeUndefined();
    expect((await resolveInputs([MIXED])).totalBytes).toBeGreaterThan(5000);
  });
});

describe('inputItems', () => {
  it('gives every document of a mixed folder, and every broken input with its reason', async () => {
    const { sources } = await resolveInputs([MIXED]);
    const got = (await outcomes(inputItems(sources))).map(([label, o]) => [path.relative(MIXED, label), o.replace(`${MIXED}/`, '')]);
    expect(got).toEqual([
      ['binary.txt', 'error binary.txt: binary data (NUL bytes), not text'],
      ['broken.json', expect.stringMatching(/^error broken\.json: not valid JSON/)],
      ['clean-network.txt', 'ok Pompeo widens the Clean Networ'],
      ['empty.txt', 'error empty.txt: the file is empty'],
      ['fcc.html', 'ok The Federal Communications Com'],
      ['feed-atom.atom#1', 'ok Kinas ambassadør i Danmark, Fe'],
      ['feed-atom.atom#2', 'ok EU vedtog en værktøjskasse mod'],
      ['feed-rss.xml#1', 'ok The Bureau of Industry and Sec'],
      ['feed-rss.xml#2', 'ok The European Union adopted a t'],
      ['feed-rss.xml#3', 'error feed-rss.xml#3: the item has no content or description'],
      ['invalid-utf8.txt', 'error invalid-utf8.txt: not valid UTF-8'],
      ['lines.ndjson:1', 'ok The Commerce Department added '],
      ['lines.ndjson:3', 'ok Google suspended business with'],
      ['lines.ndjson:4', expect.stringMatching(/^error not valid JSON/)],
      ['lines.ndjson:5', 'ok Danmark indfører en ny lov om '],
      ['nested/sverige.md', 'ok Sverige udelukker Huawei og ZT'],
      ['not-a-feed.xml', 'error not-a-feed.xml: not XML (no element found)'],
      ['one-record.json', 'ok UK to strip Huawei from 5G by '],
      ['records.json[0]', 'ok President Donald Trump signed '],
      ['records.json[1]', 'ok Chinese Foreign Minister Wang '],
      ['records.json[2]', 'error records.json[2]: the record has no "text" or "html"'],
      ['truncated.html', 'error truncated.html: the page has no article text'],
    ]);
  });

  it('rejects a source that cannot be read and goes on to the next', async () => {
    const sources = [
      { kind: 'file' as const, path: path.join(MIXED, 'gone.ndjson'), size: 10, format: 'ndjson' as const },
      { kind: 'file' as const, path: path.join(MIXED, 'clean-network.txt'), size: 430, format: 'text' as const },
    ];
    const got = await outcomes(inputItems(sources));
    expect(got[0]).toEqual([path.join(MIXED, 'gone.ndjson'), expect.stringMatching(/^error reading stopped: ENOENT/)]);
    expect(got[1]![1]).toMatch(/^ok Pompeo/);
  });

  it('refuses a file over --max-bytes with a clear reason', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-inputs-'));
    fs.writeFileSync(path.join(dir, 'big.txt'), 'Huawei. '.repeat(2000));
    const { sources } = await resolveInputs([dir]);
    expect(await outcomes(inputItems(sources, { maxBytes: 1000 }))).toEqual([
      [path.join(dir, 'big.txt'), `error ${path.join(dir, 'big.txt')}: 16000 bytes is over the limit of 1000 (--max-bytes)`],
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each<[string, string, Array<[string, string]>]>([
    ['NDJSON', '{"text":"a"}\n{"text":"b"}\n', [['<stdin>:1', 'ok a'], ['<stdin>:2', 'ok b']]],
    ['a JSON array', '[{"text":"a"},{"text":"b"}]', [['<stdin>[0]', 'ok a'], ['<stdin>[1]', 'ok b']]],
    ['a feed', '<rss><channel><item><description>x</description></item></channel></rss>', [['<stdin>#1', 'ok x']]],
    ['plain text', 'Huawei was banned.\n', [['<stdin>', 'ok Huawei was banned.\n']]],
    ['nothing', '', [['<stdin>', 'error <stdin>: the file is empty']]],
  ])('reads %s from stdin', async (_name, input, expected) => {
    const stdin = Readable.from([Buffer.from(input)]);
    expect(await outcomes(inputItems([{ kind: 'stdin' }], { stdin }))).toEqual(expected);
  });

  it('streams a long NDJSON stdin whose first chunk is not the whole input', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `{"text":"document number ${i}"}\n`);
    const stdin = Readable.from((function* () {
      for (let i = 0; i < lines.length; i += 100) yield Buffer.from(lines.slice(i, i + 100).join(''));
    })());
    const got = await outcomes(inputItems([{ kind: 'stdin' }], { stdin }));
    expect(got.length).toBe(3000);
    expect(got[2999]).toEqual(['<stdin>:3000', 'ok document number 2999']);
  });
});

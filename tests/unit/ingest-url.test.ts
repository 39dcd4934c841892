// URL reading against a local server on 127.0.0.1: nothing here reaches the internet.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchText } from '../../ingest/read/url';
import { inputItems } from '../../ingest/inputs';

const RSS = '<?xml version="1.0"?><rss><channel><title>W</title><item><title>A</title><link>https://w/a</link><description>Huawei news</description></item></channel></rss>';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const send = (status: number, type: string | undefined, body: string | Buffer, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...extra });
      res.end(body);
    };
    switch (req.url) {
      case '/page':
        return send(200, 'text/html; charset=utf-8', '<html><head><title>P</title><link rel="canonical" href="https://news.example/p"></head><body><article><p>The FCC named Huawei a threat to national security on Tuesday, in a long paragraph of news text.</p></article></body></html>');
      case '/latin1':
        return send(200, 'text/plain; charset=iso-8859-1', Buffer.from([0x4b, 0x69, 0x6e, 0x61, 0x20, 0xe6, 0xf8, 0xe5]));
      case '/feed':
        return send(200, 'application/rss+xml', RSS);
      case '/feed-as-text':
        return send(200, 'text/plain', RSS);
      case '/records':
        return send(200, 'application/x-ndjson', '{"text":"one"}\nnot json\n{"text":"two"}\n');
      case '/hop1':
        return send(302, undefined, '', { location: '/hop2' });
      case '/hop2':
        return send(301, undefined, '', { location: `${base}/page` });
      case '/loop':
        return send(302, undefined, '', { location: '/loop' });
      case '/image':
        return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/big':
        return send(200, 'text/plain', 'x'.repeat(5000), { 'content-length': '5000' });
      case '/big-chunked':
        res.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
        return res.end();
      case '/slow':
        return setTimeout(() => send(200, 'text/plain', 'late'), 2000);
      case '/empty':
        return send(200, 'text/plain', '');
      default:
        return send(404, 'text/plain', 'no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const limits = { timeoutMs: 1000, maxBytes: 4096, maxRedirects: 2 };

describe('fetchText', () => {
  it('follows a bounded number of redirects and names the content type', async () => {
    const got = await fetchText(`${base}/hop1`, limits);
    expect(got).toMatchObject({ url: `${base}/page`, format: 'html' });
    expect(await fetchText(`${base}/latin1`, limits)).toMatchObject({ format: 'text', text: 'Kina æøå' });
  });

  it.each<[string, RegExp]>([
    ['/loop', /more than 2 redirects/],
    ['/image', /content type "image\/png" is not one we read/],
    ['/big', /5000 bytes is over the limit of 4096/],
    ['/big-chunked', /over the limit of 4096 bytes/],
    ['/slow', /no complete answer within 1000 ms/],
    ['/missing', /HTTP 404/],
    ['/empty', /the response is empty/],
  ])('refuses %s with a reason', async (p, reason) => {
    await expect(fetchText(`${base}${p}`, limits)).rejects.toThrow(reason);
  });

  it('reports a connection that is refused', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await expect(fetchText(`http://127.0.0.1:${port}/x`, limits)).rejects.toThrow(/\/x: ECONNREFUSED/);
  });
});

describe('URL inputs', () => {
  const collect = async (urls: string[]) => {
    const out: Array<[string, unknown]> = [];
    for await (const item of inputItems(urls.map((url) => ({ kind: 'url' as const, url })), { fetch: limits })) {
      out.push([item.label, await item.load().then((d) => ({ text: d.text, url: d.url }), (e: Error) => e.message)]);
    }
    return out;
  };

  it('reads a page, a feed (also one served as text/plain) and NDJSON, each document with its label', async () => {
    expect(await collect([`${base}/page`, `${base}/feed`, `${base}/feed-as-text`, `${base}/records`, `${base}/image`])).toEqual([
      [`${base}/page`, { text: expect.stringContaining('The FCC named Huawei'), url: 'https://news.example/p' }],
      [`${base}/feed#1`, { text: 'Huawei news', url: 'https://w/a' }],
      [`${base}/feed-as-text#1`, { text: 'Huawei news', url: 'https://w/a' }],
      [`${base}/records:1`, { text: 'one', url: undefined }],
      [`${base}/records:2`, expect.stringMatching(/^not valid JSON/)],
      [`${base}/records:3`, { text: 'two', url: undefined }],
      [`${base}/image`, expect.stringMatching(/is not one we read/)],
    ]);
  });
});

import { Readable } from 'node:stream';
import { progressPrinter, summaryText } from '../../cli/progress';
import { exitCode } from '../../cli/commands/ingest';
import { readLines } from '../../ingest/read/lines';
import { emptyReport, type IngestReport } from '../../ingest/run';

const report = (over: Partial<IngestReport>): IngestReport => ({ ...emptyReport(), ...over });
const sink = (isTTY: boolean) => {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream };
};

describe('progress', () => {
  it('draws a bar with rates and an ETA from bytes on a terminal', () => {
    const { out, stream } = sink(true);
    const p = progressPrinter(1000, stream);
    p.update(report({ ingested: 40, unchanged: 10, bytes: 250, elapsedMs: 5000, docsPerSec: 10, mbPerSec: 0.01 }), true);
    p.end();
    expect(out[0]).toMatch(/^\r\[######\.+\]  25%  50 docs  10\.0 docs\/s  0\.01 MB\/s  ETA 15s  rejected 0/);
    expect(out[1]).toBe('\n');
  });

  it('writes one JSON line at most every second when not a terminal', () => {
    const { out, stream } = sink(false);
    const p = progressPrinter(undefined, stream);
    p.update(report({ ingested: 1, elapsedMs: 10 }));
    p.update(report({ ingested: 2, elapsedMs: 20 }));
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toEqual({
      progress: { done: 1, ingested: 1, unchanged: 0, replaced: 0, rejected: 0, mb: 0, totalMb: null, docsPerSec: 0, etaSeconds: null },
    });
  });

  it('sums up, with every rejected input and the failure, and picks the exit code', () => {
    const r = report({ read: 3, ingested: 2, unchanged: 1, rejected: [{ input: 'a.txt', reason: 'the file is empty' }], entities: 5, relationships: 4, evidence: 6, elapsedMs: 2000, docsPerSec: 1.5, threads: 2 });
    expect(summaryText(r)).toBe(
      'read 3 documents (0.0 MB): ingested 2, skipped as unchanged 1, rejected 1\n' +
        'added 5 entities, 4 relationships and 6 pieces of evidence in 2.0 s (1.5 docs/s, 0.00 MB/s, 2 extraction threads)\n' +
        'rejected a.txt: the file is empty\n',
    );
    expect(exitCode(r)).toBe(1);
    expect(exitCode(report({ ingested: 1 }))).toBe(0);
    expect(exitCode(report({ failed: 'the graph database is unavailable' }))).toBe(2);
    expect(summaryText(report({ ingested: 2, replaced: 1 }))).toMatch(/ingested 2, .*\(1 of the ingested replaced an older version of the same URL\)/);
    expect(summaryText(report({ failed: 'lost' }))).toMatch(/the run stopped: lost; the counts above are what was committed/);
  });
});

it('reads lines of a large stream in constant memory', async () => {
  const line = Buffer.from(`${JSON.stringify({ text: 'x'.repeat(480) })}\n`);
  const total = 100_000; // about 50 MB
  const stream = Readable.from((function* () {
    for (let i = 0; i < total; i += 100) yield Buffer.concat(Array(100).fill(line));
  })());
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  let peak = before;
  let n = 0;
  for await (const l of readLines(stream, 1 << 20)) {
    if (l.text) n++;
    if (n % 5000 === 0) peak = Math.max(peak, used());
  }
  expect(n).toBe(total);
  expect((peak - before) / 1048576).toBeLessThan(48);
});

// Token buckets, CORS, security headers and the Prometheus rendering, without a server.
import { TokenBuckets } from '../../server/security';
import { Counter, Histogram, Metrics, MAX_OPERATIONS } from '../../server/metrics';

describe('TokenBuckets', () => {
  test('a burst passes, the next request waits for a token, refill is by rate', () => {
    let t = 100;
    const b = new TokenBuckets({ rate: 2, burst: 3 }, () => t);
    expect([1, 2, 3].map(() => b.take('a').ok)).toEqual([true, true, true]);
    expect(b.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(b.take('b').ok).toBe(true); // clients are apart
    t += 0.5; // one token back
    expect(b.take('a').ok).toBe(true);
    expect(b.take('a').ok).toBe(false);
    t += 100; // never more than the burst
    expect([1, 2, 3, 4].map(() => b.take('a').ok)).toEqual([true, true, true, false]);
  });

  test('Retry-After is the whole seconds until one token', () => {
    const t = 0;
    const b = new TokenBuckets({ rate: 0.1, burst: 1 }, () => t);
    b.take('a');
    expect(b.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  test('memory is bounded: full buckets are swept, and past the cap the oldest go', () => {
    let t = 0;
    const b = new TokenBuckets({ rate: 1, burst: 2 }, () => t, 100);
    for (let i = 0; i < 1000; i++) b.take(`ip${i}`);
    expect(b.size).toBeLessThanOrEqual(100);
    t += 10;
    b.sweep();
    expect(b.size).toBe(0);
  });
});

describe('Prometheus text', () => {
  test('counters and cumulative histograms with escaped labels', () => {
    const c = new Counter('x_total', 'things');
    c.inc({ code: 'A"b\\c\nd' });
    c.inc({ code: 'A"b\\c\nd' }, 2);
    expect(c.render()).toBe('# HELP x_total things\n# TYPE x_total counter\nx_total{code="A\\"b\\\\c\\nd"} 3');
    const h = new Histogram('d_seconds', 'durations', [0.1, 1]);
    h.observe({ op: 'q' }, 0.05);
    h.observe({ op: 'q' }, 0.5);
    h.observe({ op: 'q' }, 5);
    expect(h.render().split('\n')).toEqual([
      '# HELP d_seconds durations', '# TYPE d_seconds histogram',
      'd_seconds_bucket{op="q",le="0.1"} 1', 'd_seconds_bucket{op="q",le="1"} 2', 'd_seconds_bucket{op="q",le="+Inf"} 3',
      'd_seconds_sum{op="q"} 5.55', 'd_seconds_count{op="q"} 3',
    ]);
  });

  test('operation names a client picks are bounded in number and shape', () => {
    const m = new Metrics();
    try {
      expect(m.operation(undefined)).toBe('anonymous');
      expect(m.operation('Search')).toBe('Search');
      expect(m.operation('bad name"} 1')).toBe('other');
      for (let i = 0; i < MAX_OPERATIONS * 2; i++) m.operation(`Op${i}`);
      expect(m.operation('Search')).toBe('Search');
      expect(m.operation('BrandNew')).toBe('other');
      const text = m.render();
      expect(text).toMatch(/^# TYPE process_resident_memory_bytes gauge$/m);
      expect(text.endsWith('\n')).toBe(true);
    } finally {
      m.close();
    }
  });
});

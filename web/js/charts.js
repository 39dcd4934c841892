// Small SVG charts drawn here: horizontal bars, monthly columns and a timeline. Each is
// an <svg role="img"> with a title and a table-like description for screen readers.
const NS = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

function frame(width, height, title, desc) {
  return s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart', preserveAspectRatio: 'xMinYMin meet' }, s('title', {}, title), s('desc', {}, desc));
}

/** rows: [{ label, value, cls? }] → horizontal bars, largest first as given. */
export function barChart(rows, { title, width = 360, barHeight = 22, labelWidth = 130 } = {}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * (barHeight + 6) + 8;
  const svg = frame(width, height, title, rows.map((r) => `${r.label}: ${r.value}`).join('; '));
  const room = width - labelWidth - 50;
  rows.forEach((r, i) => {
    const y = 4 + i * (barHeight + 6);
    const w = Math.max(2, (r.value / max) * room);
    svg.append(
      s('text', { x: labelWidth - 8, y: y + barHeight / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'chart-label' }, truncate(r.label, 18)),
      s('rect', { x: labelWidth, y, width: w, height: barHeight, rx: 3, class: `bar ${r.cls ?? ''}` }, s('title', {}, `${r.label}: ${r.value}`)),
      s('text', { x: labelWidth + w + 6, y: y + barHeight / 2, 'dominant-baseline': 'middle', class: 'chart-value' }, r.value),
    );
  });
  return svg;
}

/** rows: [{ month: 'YYYY-MM', count }] → columns, one per month, gaps filled with zero. */
export function monthChart(rows, { title, width = 900, height = 220 } = {}) {
  const months = fillMonths(rows);
  const max = Math.max(1, ...months.map((m) => m.count));
  const svg = frame(width, height, title, months.map((m) => `${m.month}: ${m.count}`).join('; '));
  const left = 36;
  const bottom = height - 34;
  const step = (width - left - 10) / Math.max(1, months.length);
  const bw = Math.max(2, Math.min(40, step * 0.7));
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const y = bottom - (tick / max) * (bottom - 10);
    svg.append(s('line', { x1: left, x2: width - 6, y1: y, y2: y, class: 'grid' }), s('text', { x: left - 6, y, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'chart-value' }, tick));
  }
  const every = Math.ceil(months.length / 12);
  months.forEach((m, i) => {
    const x = left + i * step + (step - bw) / 2;
    const h = (m.count / max) * (bottom - 10);
    svg.append(s('rect', { x, y: bottom - h, width: bw, height: Math.max(0, h), class: 'bar' }, s('title', {}, `${m.month}: ${m.count}`)));
    if (i % every === 0) svg.append(s('text', { x: x + bw / 2, y: bottom + 16, 'text-anchor': 'middle', class: 'chart-label' }, m.month));
  });
  return svg;
}

function fillMonths(rows) {
  const sorted = rows.filter((r) => /^\d{4}-\d{2}/.test(r.month)).sort((a, b) => a.month.localeCompare(b.month));
  if (sorted.length < 2) return sorted;
  const byMonth = new Map(sorted.map((r) => [r.month.slice(0, 7), r.count]));
  const out = [];
  let [y, m] = sorted[0].month.split('-').map(Number);
  const last = sorted.at(-1).month.slice(0, 7);
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: byMonth.get(key) ?? 0 });
    if (key >= last) break;
    m === 12 ? ((m = 1), y++) : m++;
  }
  return out;
}

/** events: [{ date: 'YYYY-MM-DD', label, cls? }] → dots on a time axis, labels listed below it. */
export function timelineChart(events, { title, width = 720 } = {}) {
  const dates = events.map((e) => Date.parse(e.date)).filter(Number.isFinite);
  const height = 70;
  events = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const svg = frame(width, height, title, events.map((e) => `${e.date}: ${e.label}`).join('; '));
  if (!dates.length) return svg;
  const [lo, hi] = [Math.min(...dates), Math.max(...dates)];
  const span = hi - lo || 1;
  const x = (d) => 20 + ((Date.parse(d) - lo) / span) * (width - 40);
  svg.append(s('line', { x1: 20, x2: width - 20, y1: 30, y2: 30, class: 'axis' }));
  const perDay = new Map();
  for (const e of events) perDay.set(e.date, [...(perDay.get(e.date) ?? []), e]);
  for (const [date, list] of perDay) {
    // Up to four dots a day, stacked; a count above them says how many more.
    list.slice(0, 4).forEach((e, n) => svg.append(s('circle', { cx: x(date), cy: 30 - n * 7, r: 5, class: `dot ${e.cls ?? ''}` }, s('title', {}, `${date}: ${e.label}`))));
    if (list.length > 4) svg.append(s('text', { x: x(date), y: 4, 'text-anchor': 'middle', 'dominant-baseline': 'hanging', class: 'chart-value' }, `${list.length}`));
  }
  const first = events[0].date;
  const last = events.at(-1).date;
  svg.append(s('text', { x: 20, y: 56, class: 'chart-label' }, first));
  if (last !== first) svg.append(s('text', { x: width - 20, y: 56, 'text-anchor': 'end', class: 'chart-label' }, last));
  return svg;
}

const truncate = (t, n) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

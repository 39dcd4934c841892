// The evidence of one relationship: each sentence that states it, with the names of its
// two ends highlighted, and the document it is from (title, date, source, language).
import { day, h } from './dom.js';

const LANGUAGES = { en: 'English', da: 'Danish', und: 'undetermined' };

export function relationshipTitle(r) {
  return [
    h('span', { class: `ent type-${r.source.type}` }, r.source.name),
    h('span', { class: 'rel' }, ` ${r.type}${r.action || r.role || r.status ? ` (${r.action ?? r.role ?? r.status})` : ''} → `),
    h('span', { class: `ent type-${r.target.type}` }, r.target.name),
  ];
}

/** The panel's content for relationship `r`. */
export function evidenceView(r) {
  const count = r.evidenceCount ?? r.evidence?.length ?? 0;
  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Confidence'),
    h('dd', {}, (r.confidence ?? 0).toFixed(2)),
    h('dt', {}, 'First seen'),
    h('dd', {}, r.firstSeen ?? '—'),
    h('dt', {}, 'Last seen'),
    h('dd', {}, r.lastSeen ?? '—'),
    h('dt', {}, 'Sentences'),
    h('dd', {}, String(count)),
  );
  const items = (r.evidence ?? []).map((ev) => {
    const d = ev.document ?? {};
    const title = d.title || '(untitled document)';
    return h(
      'li',
      { class: 'evidence-item' },
      h('blockquote', { class: 'sentence', lang: d.language && d.language !== 'und' ? d.language : undefined }, highlight(ev.sentence, [r.source, r.target])),
      h(
        'p',
        { class: 'doc' },
        d.url && /^https?:\/\//.test(d.url)
          ? h('a', { href: d.url, target: '_blank', rel: 'noopener noreferrer' }, title)
          : h('span', { class: 'doc-title' }, title),
        h('span', { class: 'meta' }, [day(d.publishedAt ?? ev.publishedAt) ?? 'undated', d.source, LANGUAGES[d.language] ?? d.language].filter(Boolean).join(' · ')),
      ),
    );
  });
  return [
    h('h2', { class: 'rel-title' }, relationshipTitle(r)),
    facts,
    items.length
      ? h('ol', { class: 'evidence-list', 'aria-label': 'Supporting sentences' }, items)
      : h('p', { class: 'muted' }, 'No sentence is stored for this relationship.'),
    count > items.length ? h('p', { class: 'muted' }, `Showing ${items.length} of ${count} sentences, most confident first.`) : null,
  ];
}

/**
 * The sentence as text and <mark>s: every occurrence of an entity's name or alias,
 * longest first, ignoring case.
 */
export function highlight(sentence, entities) {
  const terms = [];
  for (const e of entities) for (const t of [e.name, ...(e.aliases ?? [])]) if (t && t.length > 1) terms.push({ t, type: e.type });
  terms.sort((a, b) => b.t.length - a.t.length);
  const lower = sentence.toLowerCase();
  const taken = [];
  for (const { t, type } of terms) {
    const needle = t.toLowerCase();
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      const wordStart = i === 0 || !/[\p{L}\p{N}]/u.test(sentence[i - 1]);
      if (!wordStart || taken.some(([s, e]) => i < e && end > s)) continue;
      taken.push([i, end, type]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const out = [];
  let at = 0;
  for (const [s, e, type] of taken) {
    if (s > at) out.push(sentence.slice(at, s));
    out.push(h('mark', { class: `type-${type}` }, sentence.slice(s, e)));
    at = e;
  }
  out.push(sentence.slice(at));
  return out;
}

// The dashboard: counts by entity and relationship type, the best-connected entities and
// documents per month, from `stats`.
import { loadStats } from './data.js';
import { $, fill, h, notice } from './dom.js';
import { barChart, monthChart } from './charts.js';

export function createDashboard({ navigate }) {
  const body = $('#dashboard-body');
  return {
    async show() {
      fill(body, h('p', { class: 'muted' }, 'Loading…'));
      let stats;
      try {
        stats = await loadStats();
      } catch (err) {
        return fill(body, notice('error', `Could not load the statistics: ${err.message}`));
      }
      if (!stats) {
        return fill(body, notice('warn', 'The server does not offer ', h('code', {}, 'stats'), ' yet, so there is nothing to chart. Search and the graph views work without it.'));
      }
      const card = (title, ...content) => h('section', { class: 'card' }, h('h2', {}, title), ...content);
      const wide = (title, ...content) => h('section', { class: 'card wide' }, h('h2', {}, title), ...content);
      const missing = (what) => h('p', { class: 'muted' }, `The server does not report ${what}.`);
      fill(
        body,
        h(
          'div',
          { class: 'cards' },
          card(
            'Totals',
            h(
              'dl',
              { class: 'facts big' },
              h('dt', {}, 'Documents'),
              h('dd', { 'data-field': 'documentCount' }, String(stats.documentCount ?? '—')),
              h('dt', {}, 'Entities'),
              h('dd', {}, String(sum(stats.entityCounts))),
              h('dt', {}, 'Relationships'),
              h('dd', {}, String(sum(stats.relationshipCounts))),
            ),
          ),
          card('Entities by type', stats.entityCounts ? barChart(sorted(stats.entityCounts).map((r) => ({ label: r.type, value: r.count, cls: `type-${r.type}` })), { title: 'Entities by type' }) : missing('entity counts')),
          card('Relationships by type', stats.relationshipCounts ? barChart(sorted(stats.relationshipCounts).map((r) => ({ label: r.type, value: r.count })), { title: 'Relationships by type' }) : missing('relationship counts')),
          card(
            'Best-connected entities',
            stats.topEntities
              ? [
                  barChart(stats.topEntities.map((t) => ({ label: t.entity.name, value: t.degree, cls: `type-${t.entity.type}` })), { title: 'Entities with the most relationships' }),
                  h('ol', { class: 'top-list' }, stats.topEntities.map((t) => h('li', {}, h('a', { href: `#/entity/${encodeURIComponent(t.entity.id)}` }, t.entity.name), ` (${t.entity.type}, ${t.degree})`))),
                ]
              : missing('top entities'),
          ),
          wide('Documents per month', stats.documentsPerMonth?.length ? monthChart(stats.documentsPerMonth, { title: 'Documents per month' }) : missing('documents per month')),
        ),
      );
    },
  };
}

const sum = (rows) => (rows ? rows.reduce((n, r) => n + r.count, 0) : '—');
const sorted = (rows) => [...rows].sort((a, b) => b.count - a.count);

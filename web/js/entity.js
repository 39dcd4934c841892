// The entity panel: name, type, aliases, Wikidata link, first and last seen, degree, and
// its relationships as a list of buttons (the keyboard's way into the graph).
import { h } from './dom.js';
import { relationshipTitle } from './evidence.js';

const FIELD_NOTE = 'computed here from the relationships shown (the server does not offer it yet)';

export function entityView({ entity: e, relationships, totalCount, derived }, { onRelationship, onCenter, onPolicy, isCenter }) {
  const note = (f) => (derived.includes(f) ? h('abbr', { title: FIELD_NOTE, class: 'derived' }, '*') : null);
  const aliases = e.aliases ?? [];
  const rels = [...relationships].sort((a, b) => a.type.localeCompare(b.type) || b.confidence - a.confidence);
  return [
    h('h2', { class: 'entity-name', id: 'entity-name' }, e.name),
    h('p', {}, h('span', { class: `badge type-${e.type}` }, e.type)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Degree'),
      h('dd', { 'data-field': 'degree' }, String(e.degree ?? '—'), note('degree')),
      h('dt', {}, 'First seen'),
      h('dd', { 'data-field': 'firstSeen' }, e.firstSeen ?? '—', note('firstSeen')),
      h('dt', {}, 'Last seen'),
      h('dd', { 'data-field': 'lastSeen' }, e.lastSeen ?? '—', note('lastSeen')),
      h('dt', {}, 'Wikidata'),
      h(
        'dd',
        {},
        e.wikidataId
          ? h('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(e.wikidataId)}`, target: '_blank', rel: 'noopener noreferrer' }, e.wikidataId)
          : '—',
      ),
    ),
    aliases.length
      ? h(
          'details',
          { class: 'aliases' },
          h('summary', {}, `Aliases (${aliases.length})`),
          h('ul', {}, aliases.map((a) => h('li', {}, a))),
        )
      : h('p', { class: 'muted' }, 'No aliases.'),
    h(
      'div',
      { class: 'actions' },
      isCenter ? null : h('button', { type: 'button', onclick: () => onCenter(e) }, 'Centre the graph here'),
      e.type === 'Policy' ? h('button', { type: 'button', onclick: () => onPolicy(e) }, 'Open the policy view') : null,
    ),
    derived.length ? h('p', { class: 'muted small' }, '* ', FIELD_NOTE, '.') : null,
    h('h3', {}, `Relationships (${totalCount})`),
    rels.length
      ? h(
          'ul',
          { class: 'rel-list', 'aria-label': `Relationships of ${e.name}` },
          rels.map((r) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'rel-button', dataset: { rel: r.id, type: r.type }, onclick: () => onRelationship(r), 'aria-label': `Evidence for: ${r.source.name} ${r.type} ${r.target.name}` },
                relationshipTitle(r),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No relationships.'),
    totalCount > rels.length ? h('p', { class: 'muted small' }, `Showing the first ${rels.length}.`) : null,
  ];
}

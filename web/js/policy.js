// The policy view: a programme, its tracks and what each targets with which action, who
// announced, supports and opposes it, and a timeline of the evidence.
import { combobox } from './combobox.js';
import { loadPolicy } from './data.js';
import { $, day, fill, h, notice } from './dom.js';
import { evidenceView } from './evidence.js';
import { timelineChart } from './charts.js';

export function createPolicy({ navigate }) {
  const input = $('#policy-q');
  const body = $('#policy-body');
  combobox(input, { types: () => ['Policy'], label: 'Programme suggestions', onPick: (e) => navigate(`#/policy/${encodeURIComponent(e.id)}`) });
  let current = null;

  const link = (e) => h('a', { href: `#/entity/${encodeURIComponent(e.id)}`, class: `ent type-${e.type}` }, e.name);
  const dialog = h('dialog', { class: 'evidence-dialog', 'aria-label': 'Evidence' });
  document.body.append(dialog);
  const showEvidence = (r) => {
    fill(dialog, h('div', { class: 'dialog-body' }, evidenceView(r)), h('form', { method: 'dialog' }, h('button', { type: 'submit' }, 'Close')));
    dialog.showModal();
  };
  const evidenceButton = (r, text) => h('button', { type: 'button', class: 'link', onclick: () => showEvidence(r), 'aria-label': `Evidence: ${r.source.name} ${r.type} ${r.target.name}` }, text);

  const actors = (title, rels, empty) =>
    h(
      'section',
      { class: 'card' },
      h('h2', {}, title),
      rels.length
        ? h('ul', { class: 'plain' }, rels.map(({ entity, relationship: r }) => h('li', {}, link(entity), r ? [' ', evidenceButton(r, r.action ? `(${r.action}, evidence)` : '(evidence)')] : null)))
        : h('p', { class: 'muted' }, empty),
    );

  const targetsTable = (rows) =>
    rows.length
      ? h(
          'table',
          { class: 'targets' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Target'), h('th', { scope: 'col' }, 'Action'), h('th', { scope: 'col' }, 'Confidence'), h('th', { scope: 'col' }, 'Evidence'))),
          h(
            'tbody',
            {},
            rows.map((r) =>
              h('tr', {}, h('td', {}, link(r.target)), h('td', {}, r.action ?? '—'), h('td', {}, r.confidence.toFixed(2)), h('td', {}, evidenceButton(r, `${r.evidenceCount ?? r.evidence.length} sentence(s)`))),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No target found.');

  async function show(id) {
    if (!id) return;
    if (current === id && body.dataset.policy === id) return;
    current = id;
    fill(body, h('p', { class: 'muted' }, 'Loading…'));
    let p;
    try {
      p = await loadPolicy(id);
    } catch (err) {
      return fill(body, notice('error', `Could not load the policy: ${err.message}`));
    }
    if (!p) return fill(body, notice('warn', 'No such entity.'));
    input.value = p.policy.name;
    body.dataset.policy = id;
    fill(
      body,
      p.policy.type !== 'Policy' ? notice('warn', `${p.policy.name} is a ${p.policy.type}, not a programme; showing what it relates to anyway.`) : null,
      h(
        'header',
        { class: 'policy-title' },
        h('h2', {}, p.policy.name),
        p.partOf.length ? h('p', {}, 'A track of ', p.partOf.map((e, i) => [i ? ', ' : '', link(e)])) : null,
        h('p', {}, h('a', { href: `#/entity/${encodeURIComponent(p.policy.id)}` }, 'See it in the graph')),
      ),
      h(
        'div',
        { class: 'cards' },
        actors('Announced by', p.announcedBy, 'Nobody is recorded as announcing it.'),
        actors('Supporters', p.supporters, 'No supporter recorded.'),
        actors('Opponents', p.opponents, 'No opponent recorded.'),
      ),
      h('section', { class: 'card' }, h('h2', {}, `What ${p.policy.name} itself targets`), targetsTable(p.targets)),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, `Tracks (${p.tracks.length})`),
        p.tracks.length
          ? p.tracks.map(({ track, targets }) => h('section', { class: 'track' }, h('h3', {}, link(track)), targetsTable(targets)))
          : h('p', { class: 'muted' }, 'No track is recorded as part of it.'),
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'Timeline'),
        p.timeline.length
          ? [
              timelineChart(
                p.timeline.map((t) => ({ date: t.date, label: `${t.relationship.source.name} ${t.relationship.type} ${t.relationship.target.name}`, cls: `rel-${t.relationship.type}` })),
                { title: `Timeline of ${p.policy.name}` },
              ),
              h(
                'ol',
                { class: 'timeline' },
                byDate(p.timeline).map(([date, events]) =>
                  h(
                    'li',
                    {},
                    h('time', { datetime: date }, date),
                    h(
                      'ul',
                      {},
                      events.map((t) =>
                        h(
                          'li',
                          {},
                          h('span', { class: 'ent' }, t.relationship.source.name),
                          ` ${t.relationship.type}${t.relationship.action ? ` (${t.relationship.action})` : ''} `,
                          h('span', { class: 'ent' }, t.relationship.target.name),
                          t.evidence?.document?.title ? h('span', { class: 'meta' }, ` — ${t.evidence.document.title}`) : null,
                          ' ',
                          evidenceButton(t.relationship, 'evidence'),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ]
          : h('p', { class: 'muted' }, 'No dated evidence.'),
      ),
      h(
        'p',
        { class: 'muted small' },
        p.via === 'policy' ? 'From the server’s policy overview' : 'Composed in the page from the relationships of the programme and its tracks (the server’s `policy` query is not available)',
        ' — evidence dated ', day(p.timeline[0]?.date) ?? '—', ' to ', day(p.timeline.at(-1)?.date) ?? '—', '.',
      ),
    );
  }
  return { show };
}

/** Events grouped by day, oldest day first: [[date, events]]. */
function byDate(events) {
  const days = new Map();
  for (const e of events) days.set(e.date, [...(days.get(e.date) ?? []), e]);
  return [...days].sort(([a], [b]) => a.localeCompare(b));
}

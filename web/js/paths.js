// The path finder: two entities, the shortest paths between them drawn and listed; a
// step's evidence on click.
import { combobox } from './combobox.js';
import { findPaths, loadEntity, search } from './data.js';
import { $, announce, fill, h, notice } from './dom.js';
import { evidenceView } from './evidence.js';
import { createGraph } from './graph.js';

export function createPaths({ navigate }) {
  const fromIn = $('#path-from');
  const toIn = $('#path-to');
  const result = $('#path-result');
  const evidenceEl = $('#path-evidence');
  const showEvidence = (r) => {
    graph.select(`rel:${r.id}`);
    fill(evidenceEl, evidenceView(r));
    announce(`Evidence for ${r.source.name} ${r.type} ${r.target.name}`);
    // Keyboard and phone users land on what they asked for (the panel may be below the graph).
    evidenceEl.focus();
  };
  const graph = createGraph($('#cy-paths'), { onEdge: (r) => r && showEvidence(r), onNode: (e) => e && navigate(`#/entity/${encodeURIComponent(e.id)}`) });
  combobox(fromIn, { label: 'Start entity suggestions' });
  combobox(toIn, { label: 'End entity suggestions' });

  async function resolve(input) {
    if (input.dataset.entityId) return input.dataset.entityId;
    const found = input.value.trim() ? await search(input.value.trim()) : [];
    if (!found.length) return null;
    input.value = found[0].name;
    input.dataset.entityId = found[0].id;
    return found[0].id;
  }

  async function run() {
    const [from, to] = [await resolve(fromIn), await resolve(toIn)];
    if (!from || !to) return fill(result, notice('warn', 'Pick both ends from the suggestions.'));
    if (from === to) return fill(result, notice('warn', 'Pick two different entities.'));
    navigate(`#/paths/${encodeURIComponent(from)}/${encodeURIComponent(to)}`, { silent: true });
    fill(result, h('p', { class: 'muted' }, 'Searching…'));
    result.setAttribute('aria-busy', 'true');
    try {
      const maxHops = Number($('#path-hops').value);
      const { paths, via } = await findPaths(from, to, maxHops);
      graph.clear();
      if (!paths.length) return fill(result, notice('info', `No path of at most ${maxHops} steps joins ${fromIn.value} and ${toIn.value}.`));
      for (const p of paths) graph.add(p.nodes, p.relationships, null);
      graph.cy.getElementById(from).addClass('center');
      graph.cy.getElementById(to).addClass('center');
      graph.layout({ roots: [from] });
      $('#cy-paths').dataset.ready = String(Date.now());
      fill(
        result,
        h('h2', {}, pathsTitle(paths)),
        via === 'browser' ? h('p', { class: 'muted small' }, 'Found by searching from this page: the server does not offer `paths` yet.') : null,
        h(
          'ol',
          { class: 'path-list' },
          paths.map((p) =>
            h(
              'li',
              {},
              p.relationships.map((r, i) => [
                i === 0 ? h('span', { class: `ent type-${p.nodes[0].type}` }, p.nodes[0].name) : null,
                h('button', { type: 'button', class: 'step', onclick: () => showEvidence(r), 'aria-label': `Evidence: ${r.source.name} ${r.type} ${r.target.name}` }, ` ${arrow(r, p.nodes[i])} `),
                h('span', { class: `ent type-${p.nodes[i + 1].type}` }, p.nodes[i + 1].name),
              ]),
            ),
          ),
        ),
      );
      announce(`${paths.length} paths found`);
    } catch (err) {
      fill(result, notice('error', `Path search failed: ${err.message}`));
    } finally {
      result.removeAttribute('aria-busy');
    }
  }

  $('#path-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    run();
  });

  window.policyGraph = { ...(window.policyGraph ?? {}), paths: { cy: graph.cy, graph } };
  return {
    /** Opens the view, optionally with both ends given by id. */
    async show(from, to) {
      graph.cy.resize();
      if (from && to && (fromIn.dataset.entityId !== from || toIn.dataset.entityId !== to)) {
        const [a, b] = await Promise.all([loadEntity({ id: from }), loadEntity({ id: to })]);
        if (a && b) {
          Object.assign(fromIn, { value: a.entity.name }).dataset.entityId = from;
          Object.assign(toIn, { value: b.entity.name }).dataset.entityId = to;
          await run();
        }
      }
    },
  };
}

/** "—TYPE→" or "←TYPE—", as the step runs along the path. */
function arrow(r, from) {
  const label = r.action ? `${r.type} (${r.action})` : r.type;
  return r.source.id === from.id ? `—${label}→` : `←${label}—`;
}

/** "1 path, 2 steps" or "5 paths, 1 to 2 steps", shortest first. */
function pathsTitle(paths) {
  const lengths = paths.map((p) => p.length);
  const [lo, hi] = [Math.min(...lengths), Math.max(...lengths)];
  const steps = lo === hi ? `${lo} step${lo > 1 ? 's' : ''}` : `${lo} to ${hi} steps`;
  return `${paths.length} path${paths.length > 1 ? 's' : ''}, ${steps}`;
}

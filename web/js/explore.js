// The explorer: an entity at the centre, its neighbourhood drawn, nodes expanded on click,
// filters, the evidence of a clicked edge, and exports of the current view.
import { ApiError } from './api.js';
import { ENTITY_TYPES, loadEntity, neighbourhood } from './data.js';
import { $, announce, download, fill, h, notice } from './dom.js';
import { entityView } from './entity.js';
import { evidenceView } from './evidence.js';
import { filterForm } from './filters.js';
import { TYPE_STYLE, createGraph } from './graph.js';

export function createExplore({ navigate }) {
  const entityEl = $('#entity');
  const evidenceEl = $('#evidence');
  let centerId = null;
  let expanded = new Set();
  let focusSeq = 0;

  const graph = createGraph($('#cy'), {
    onNode: (e) => e && focus(e.id, { expand: true }),
    onEdge: (r) => r && showEvidence(r),
  });
  const filters = filterForm((state) => refilter(state));
  $('#filters').append(filters.form);
  fill(
    $('#legend'),
    ENTITY_TYPES.map((t) => h('li', {}, h('span', { class: `swatch shape-${TYPE_STYLE[t].shape}`, dataset: { type: t }, 'aria-hidden': 'true' }), t)),
  );

  function refilter(state = filters.state()) {
    graph.applyFilter(state, centerId ? [centerId] : []);
  }

  function showEvidence(r) {
    graph.select(`rel:${r.id}`);
    fill(evidenceEl, evidenceView(r));
    evidenceEl.dataset.rel = r.id;
    announce(`Evidence for ${r.source.name} ${r.type} ${r.target.name}`);
    // Keyboard and phone users land on what they asked for (the panel may be below the graph).
    evidenceEl.focus();
  }

  /** Shows an entity in the panel; with `expand`, adds its relationships to the graph. */
  async function focus(id, { expand = false } = {}) {
    const mine = ++focusSeq;
    graph.select(id);
    entityEl.setAttribute('aria-busy', 'true');
    try {
      const loaded = await loadEntity({ id });
      if (mine !== focusSeq) return;
      if (!loaded) return fill(entityEl, notice('warn', 'This entity is no longer in the graph.'));
      if (expand && !expanded.has(id)) {
        expanded.add(id);
        graph.cy.getElementById(id).addClass('expanded');
        const added = graph.add([loaded.entity], loaded.relationships, centerId);
        if (added) {
          graph.layout({ center: centerId });
          refilter();
        }
        announce(`${loaded.entity.name}: ${added ? `${added} new elements` : 'nothing new'} in the graph`);
      }
      fill(
        entityEl,
        entityView(loaded, {
          isCenter: id === centerId,
          onRelationship: showEvidence,
          onCenter: (e) => navigate(`#/entity/${encodeURIComponent(e.id)}`),
          onPolicy: (e) => navigate(`#/policy/${encodeURIComponent(e.id)}`),
        }),
      );
    } catch (err) {
      fill(entityEl, notice('error', `Could not load the entity: ${err.message}`));
    } finally {
      entityEl.removeAttribute('aria-busy');
    }
  }

  /** Puts `id` at the centre and draws its neighbourhood. */
  async function open(id) {
    if (id === centerId && graph.cy.nodes().length) return;
    centerId = id;
    expanded = new Set([id]);
    graph.clear();
    fill(evidenceEl, h('h2', {}, 'Evidence'), h('p', { class: 'muted' }, 'Click an edge, or a relationship in the list, to see the sentences that state it.'));
    await draw();
    await focus(id);
  }

  async function draw() {
    const depth = Number($('#depth').value);
    try {
      const { nodes, edges } = await neighbourhood(centerId, depth);
      graph.clear();
      graph.add(nodes, edges, centerId);
      if (!graph.entities.has(centerId)) {
        const one = await loadEntity({ id: centerId });
        if (one) graph.add([one.entity], [], centerId);
      }
      graph.cy.getElementById(centerId).addClass('center expanded');
      refilter();
      graph.layout({ center: centerId });
      $('#cy').dataset.ready = String(Date.now());
      announce(`${graph.entities.size} entities and ${graph.relationships.size} relationships drawn`);
    } catch (err) {
      announce(`Could not draw the neighbourhood: ${err instanceof ApiError ? err.message : err}`);
    }
  }

  $('#depth').addEventListener('change', () => centerId && draw());
  $('#fit').addEventListener('click', () => graph.cy.fit(undefined, 30));
  $('#relayout').addEventListener('click', () => graph.layout({ center: centerId }));
  $('#png').addEventListener('click', async () => {
    if (!graph.cy.nodes().length) return announce('Nothing to export yet.');
    download(await graph.png(), `${fileName()}.png`);
    announce('Exported the current view as PNG.');
  });
  $('#graphml').addEventListener('click', async () => {
    if (!centerId) return announce('Nothing to export yet.');
    const depth = $('#depth').value;
    try {
      const res = await fetch(`/export/graphml?center=${encodeURIComponent(centerId)}&depth=${depth}`);
      if (res.ok && /xml/.test(res.headers.get('content-type') ?? '')) {
        download(await res.blob(), `${fileName()}.graphml`);
        return announce('Exported the neighbourhood as GraphML from the server.');
      }
    } catch {
      /* the server has no export: fall through to the view's own */
    }
    download(new Blob([graph.graphml()], { type: 'application/xml' }), `${fileName()}.graphml`);
    announce('The server offers no GraphML export; exported the visible graph as GraphML from the page.');
  });

  const fileName = () => `policy-graph-${(graph.entities.get(centerId)?.name ?? 'graph').replace(/[^\p{L}\p{N}]+/gu, '-')}`;

  // For tests and the console: the Cytoscape instance and what it shows.
  window.policyGraph = { ...(window.policyGraph ?? {}), explore: { cy: graph.cy, graph, open, focus, showEvidence } };
  return { open, resize: () => graph.cy.resize() };
}

// One Cytoscape.js graph: nodes coloured (and shaped) by entity type, edges labelled by
// relationship type. Views add entities and relationships; filters hide, never remove.
import cytoscape from '/vendor/cytoscape.esm.min.mjs';

export const TYPE_STYLE = {
  Person: { color: '#d97706', shape: 'ellipse' },
  Company: { color: '#1d6fb8', shape: 'round-rectangle' },
  Government: { color: '#c2410c', shape: 'diamond' },
  Agency: { color: '#be185d', shape: 'hexagon' },
  Organization: { color: '#047857', shape: 'round-tag' },
  Policy: { color: '#6d28d9', shape: 'star' },
  Product: { color: '#0e7490', shape: 'round-triangle' },
  Location: { color: '#6b7280', shape: 'octagon' },
};

export const REL_COLOR = {
  TARGETS: '#b91c1c',
  OPPOSES: '#9f1239',
  SUPPORTS: '#15803d',
  ANNOUNCED: '#6d28d9',
  PART_OF: '#64748b',
  HOLDS_ROLE: '#b45309',
};

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      shape: 'data(shape)',
      width: 30,
      height: 30,
      'font-size': 12,
      'font-family': 'system-ui, sans-serif',
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': 120,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': 2,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.center', style: { width: 44, height: 44, 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#111827' } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      width: 'mapData(confidence, 0, 1, 1, 4)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 9,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 1,
      'text-events': 'yes',
      opacity: 0.9,
    },
  },
  { selector: 'edge[type = "OPPOSES"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 5, 'z-index': 10 } },
  { selector: '.path', style: { 'border-color': '#f59e0b', 'border-width': 3 } },
  { selector: '.filtered', style: { display: 'none' } },
];

const nodeData = (e, center) => ({
  data: { id: e.id, label: e.name, type: e.type, color: TYPE_STYLE[e.type]?.color ?? '#9ca3af', shape: TYPE_STYLE[e.type]?.shape ?? 'ellipse' },
  classes: center ? 'center' : '',
});

const edgeLabel = (r) => [r.type, r.action ?? r.role ?? r.status].filter(Boolean).join(' · ');

const edgeData = (r) => ({
  data: {
    id: `rel:${r.id}`,
    source: r.source.id,
    target: r.target.id,
    label: edgeLabel(r),
    type: r.type,
    color: REL_COLOR[r.type] ?? '#475569',
    confidence: r.confidence ?? 0,
    firstSeen: r.firstSeen ?? '',
    lastSeen: r.lastSeen ?? r.firstSeen ?? '',
  },
});

/**
 * A graph in `container`. `onNode(entity)` and `onEdge(relationship)` are called on tap
 * (or on Enter from the lists that mirror the graph).
 */
export function createGraph(container, { onNode, onEdge } = {}) {
  const cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });
  const entities = new Map();
  const relationships = new Map();
  cy.on('tap', 'node', (ev) => onNode?.(entities.get(ev.target.id())));
  cy.on('tap', 'edge', (ev) => onEdge?.(relationships.get(ev.target.id().slice(4))));

  return {
    cy,
    entities,
    relationships,
    clear() {
      cy.elements().remove();
      entities.clear();
      relationships.clear();
    },
    /** Adds entities and relationships; returns how many new elements there are. */
    add(nodes, rels, centerId) {
      const fresh = [];
      for (const e of nodes) if (!entities.has(e.id)) entities.set(e.id, e), fresh.push(nodeData(e, e.id === centerId));
      for (const r of rels) {
        for (const end of [r.source, r.target]) if (!entities.has(end.id)) entities.set(end.id, end), fresh.push(nodeData(end, end.id === centerId));
        if (!relationships.has(r.id)) relationships.set(r.id, r), fresh.push(edgeData(r));
      }
      cy.add(fresh);
      return fresh.length;
    },
    /**
     * Lays out what is visible: rings by distance from `center`, a tree from `roots`, or a
     * force-directed layout when neither is given.
     */
    layout({ fit = true, center, roots } = {}) {
      const eles = cy.elements(':visible');
      const padding = 30;
      let opts = { name: 'cose', animate: false, fit, padding, nodeRepulsion: () => 12000, idealEdgeLength: () => 120, randomize: true };
      if (center && cy.getElementById(center).nonempty()) {
        const depth = new Map();
        eles.bfs({ roots: cy.getElementById(center), directed: false, visit: (v, _e, _u, _i, d) => void depth.set(v.id(), d) });
        opts = { name: 'concentric', animate: false, fit, padding, minNodeSpacing: 55, levelWidth: () => 1, concentric: (n) => 100 - (depth.get(n.id()) ?? 50) };
      } else if (roots?.length) {
        opts = { name: 'breadthfirst', animate: false, fit, padding, directed: false, spacingFactor: 1.1, roots: cy.collection(roots.map((id) => cy.getElementById(id))) };
      }
      eles.layout(opts).run();
    },
    select(id) {
      cy.elements().unselect();
      const el = cy.getElementById(id);
      if (el.nonempty()) el.select();
    },
    /** Hides what the filter rejects; the centre and nodes with a visible edge stay. */
    applyFilter({ relTypes, entityTypes, from, to, minConfidence }, keep = []) {
      cy.batch(() => {
        cy.edges().forEach((e) => {
          const d = e.data();
          const ok =
            relTypes.has(d.type) &&
            d.confidence >= minConfidence &&
            (!from || !d.lastSeen || d.lastSeen >= from) &&
            (!to || !d.firstSeen || d.firstSeen <= to) &&
            entityTypes.has(e.source().data('type')) &&
            entityTypes.has(e.target().data('type'));
          e.toggleClass('filtered', !ok);
        });
        cy.nodes().forEach((n) => {
          const visibleEdge = n.connectedEdges().some((e) => !e.hasClass('filtered'));
          n.toggleClass('filtered', !keep.includes(n.id()) && (!entityTypes.has(n.data('type')) || !visibleEdge));
        });
      });
    },
    async png() {
      return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    },
    /** The visible graph as GraphML. */
    graphml() {
      const esc = (s) => String(s ?? '').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
      const nodes = cy.nodes(':visible').map((n) => {
        const e = entities.get(n.id());
        return `    <node id="${esc(e.id)}"><data key="name">${esc(e.name)}</data><data key="type">${esc(e.type)}</data></node>`;
      });
      const edges = cy.edges(':visible').map((x) => {
        const r = relationships.get(x.id().slice(4));
        return `    <edge id="${esc(r.id)}" source="${esc(r.source.id)}" target="${esc(r.target.id)}"><data key="rel">${esc(r.type)}</data><data key="confidence">${r.confidence}</data>${r.action ? `<data key="action">${esc(r.action)}</data>` : ''}</edge>`;
      });
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
        '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
        '  <key id="rel" for="edge" attr.name="type" attr.type="string"/>',
        '  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>',
        '  <key id="action" for="edge" attr.name="action" attr.type="string"/>',
        '  <graph edgedefault="directed">',
        ...nodes,
        ...edges,
        '  </graph>',
        '</graphml>',
        '',
      ].join('\n');
    },
  };
}

// A subgraph written out for other tools: GraphML (Gephi, yEd), JSON and CSV. Pure
// functions; every value is escaped for its format, and CSV cells that a spreadsheet
// would run as a formula are defused.
import type { EntityRecord } from '../queries/entities';
import type { RelationshipRecord } from '../queries/relationships';

export interface ExportGraph {
  nodes: Array<EntityRecord & { distance: number }>;
  edges: RelationshipRecord[];
}

// XML 1.0 forbids most control characters even escaped; they are dropped.
const XML_INVALID = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const escapeXml = (value: unknown): string =>
  String(value ?? '').replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const NODE_KEYS: Array<[string, string, (n: ExportGraph['nodes'][number]) => unknown]> = [
  ['label', 'string', (n) => n.name],
  ['type', 'string', (n) => n.type],
  ['aliases', 'string', (n) => n.aliases.join('; ')],
  ['wikidataId', 'string', (n) => n.wikidataId],
  ['distance', 'int', (n) => n.distance],
];
const EDGE_KEYS: Array<[string, string, (r: RelationshipRecord) => unknown]> = [
  ['label', 'string', (r) => r.type],
  ['confidence', 'double', (r) => r.confidence],
  ['weight', 'double', (r) => r.confidence],
  ['sourceCount', 'int', (r) => r.sourceCount],
  ['evidenceCount', 'int', (r) => r.evidenceCount],
  ['firstSeen', 'string', (r) => r.firstSeen],
  ['lastSeen', 'string', (r) => r.lastSeen],
  ['action', 'string', (r) => r.action],
  ['role', 'string', (r) => r.role],
  ['status', 'string', (r) => r.status],
];

export function toGraphml(g: ExportGraph): string {
  const data = (key: string, v: unknown) => (v === null || v === undefined ? '' : `<data key="${escapeXml(key)}">${escapeXml(v)}</data>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="policy-graph" edgedefault="directed">',
    ...g.nodes.map((n) => `    <node id="${escapeXml(n.id)}">${NODE_KEYS.map(([k, , f]) => data(`n_${k}`, f(n))).join('')}</node>`),
    ...g.edges.map((r) => `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.sourceId)}" target="${escapeXml(r.targetId)}">${EDGE_KEYS.map(([k, , f]) => data(`e_${k}`, f(r))).join('')}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}

export function toJson(g: ExportGraph): string {
  return JSON.stringify({
    nodes: g.nodes.map((n) => ({ id: n.id, name: n.name, type: n.type, aliases: n.aliases, wikidataId: n.wikidataId, distance: n.distance })),
    edges: g.edges.map((r) => ({
      id: r.id, type: r.type, source: r.sourceId, target: r.targetId, confidence: r.confidence, sourceCount: r.sourceCount,
      evidenceCount: r.evidenceCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen, action: r.action, role: r.role, status: r.status,
    })),
  }, null, 2);
}

/**
 * One CSV cell. A text cell starting with =, +, -, @, tab or carriage return would be run
 * as a formula by a spreadsheet, so it gets a leading apostrophe; cells with a comma,
 * quote or line break are quoted, quotes doubled.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? String(value) : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const csv = (rows: unknown[][]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** The edges, one row each with both ends named; `table=nodes` gives the entities instead. */
export function toCsv(g: ExportGraph, table: 'edges' | 'nodes' = 'edges'): string {
  if (table === 'nodes') {
    return csv([['id', 'name', 'type', 'aliases', 'wikidataId', 'distance'], ...g.nodes.map((n) => [n.id, n.name, n.type, n.aliases.join('; '), n.wikidataId, n.distance])]);
  }
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  return csv([
    ['id', 'source', 'source_name', 'source_type', 'type', 'target', 'target_name', 'target_type', 'confidence', 'source_count',
      'evidence_count', 'first_seen', 'last_seen', 'action', 'role', 'status'],
    ...g.edges.map((r) => [
      r.id, r.sourceId, byId.get(r.sourceId)?.name, byId.get(r.sourceId)?.type, r.type, r.targetId, byId.get(r.targetId)?.name,
      byId.get(r.targetId)?.type, r.confidence, r.sourceCount, r.evidenceCount, r.firstSeen, r.lastSeen, r.action, r.role, r.status,
    ]),
  ]);
}

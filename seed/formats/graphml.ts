/**
 * The graph as GraphML (for yEd, Gephi, Cytoscape desktop). Every attribute is a declared
 * `<key>`; structured values (props, status history, sources) go in as JSON strings so nothing is
 * lost. Text is XML-escaped and characters XML 1.0 forbids are dropped.
 */
import type { GraphDocument } from '../../schema/domain.js';
import { currentStatus } from './current-status.js';

const NODE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
  ['name_da', 'string'],
  ['name_en', 'string'],
  ['aliases', 'string'],
  ['status', 'string'],
  ['status_date', 'string'],
  ['status_history', 'string'],
  ['props', 'string'],
  ['sources', 'string'],
] as const;

const EDGE_KEYS = [
  ['type', 'string'],
  ['mode', 'string'],
  ['since', 'string'],
  ['dependency_kind', 'string'],
  ['effective', 'string'],
  ['role', 'string'],
  ['date', 'string'],
  ['text', 'string'],
  ['props', 'string'],
  ['sources', 'string'],
] as const;

// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function data(key: string, value: string | undefined): string {
  return value === undefined || value === '' ? '' : `<data key="${key}">${xmlEscape(value)}</data>`;
}

export function toGraphML(doc: GraphDocument): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) {
    out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  }
  for (const [name, type] of EDGE_KEYS) {
    out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  }
  out.push('  <graph id="aftalegraf" edgedefault="directed">');
  for (const n of doc.nodes) {
    const status = currentStatus(n);
    out.push(
      `    <node id="${xmlEscape(n.id)}">` +
        data('n_label', n.label) +
        data('n_kind', n.kind) +
        data('n_name_da', n.nameDa) +
        data('n_name_en', n.nameEn) +
        data('n_aliases', n.aliases.length ? JSON.stringify(n.aliases) : undefined) +
        data('n_status', status?.code) +
        data('n_status_date', status?.date) +
        data('n_status_history', n.statusHistory.length ? JSON.stringify(n.statusHistory) : undefined) +
        data('n_props', Object.keys(n.props).length ? JSON.stringify(n.props) : undefined) +
        data('n_sources', JSON.stringify(n.sources)) +
        '</node>',
    );
  }
  for (const e of doc.edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"` +
        // COUPLED_WITH is symmetric; GraphML can say so per edge.
        (e.type === 'COUPLED_WITH' ? ' directed="false">' : '>') +
        data('e_type', e.type) +
        data('e_mode', e.props.mode) +
        data('e_since', e.props.since) +
        data('e_dependency_kind', e.props.dependencyKind) +
        data('e_effective', e.props.effective) +
        data('e_role', e.props.role) +
        data('e_date', e.props.date) +
        data('e_text', e.props.text) +
        data('e_props', Object.keys(e.props).length ? JSON.stringify(e.props) : undefined) +
        data('e_sources', JSON.stringify(e.sources)) +
        '</edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

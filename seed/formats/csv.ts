/**
 * Nodes and edges as CSV for spreadsheet users. Written for Danish Excel: a UTF-8 byte-order mark
 * (without it Excel reads the file as Windows-1252 and mangles æøå) and `;` as separator (Danish
 * Excel uses `,` as the decimal mark and expects `;` between fields). Quoting follows RFC 4180:
 * a field holding the separator, a double quote, CR or LF is wrapped in double quotes, with inner
 * quotes doubled; records end with CRLF.
 */
import type { GraphDocument } from '../../schema/domain.js';
import { currentStatus } from './current-status.js';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(CSV_SEPARATOR));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

export const NODE_COLUMNS = [
  'id',
  'label',
  'kind',
  'name_da',
  'name_en',
  'aliases',
  'current_status',
  'current_status_date',
  'current_status_text',
  'horizon_raw',
  'horizon_start',
  'horizon_end',
  'note',
  'status_observations',
  'sources',
] as const;

/** One row per node. `aliases` and `sources` (document ids) are joined with " | ". */
export function toNodesCsv(doc: GraphDocument): string {
  return csv(
    NODE_COLUMNS,
    doc.nodes.map((n) => {
      const status = currentStatus(n);
      return [
        n.id,
        n.label,
        n.kind,
        n.nameDa,
        n.nameEn,
        n.aliases.join(' | '),
        status?.code,
        status?.date,
        status?.textDa,
        n.props.horizonRaw,
        n.props.horizonStart,
        n.props.horizonEnd,
        n.props.note,
        n.statusHistory.length,
        [...new Set(n.sources.map((s) => s.documentId))].join(' | '),
      ];
    }),
  );
}

export const EDGE_COLUMNS = [
  'id',
  'type',
  'source',
  'target',
  'mode',
  'since',
  'dependency_kind',
  'effective',
  'role',
  'date',
  'text',
  'confidence',
  'sources',
  'quotes',
] as const;

/** One row per edge; `confidence` is the weakest of its sources, `quotes` joined with " | ". */
export function toEdgesCsv(doc: GraphDocument): string {
  const rank = { stated: 0, inferred: 1, unverified: 2 } as const;
  return csv(
    EDGE_COLUMNS,
    doc.edges.map((e) => {
      const weakest = e.sources.reduce<keyof typeof rank | undefined>(
        (w, s) => (w === undefined || rank[s.confidence] > rank[w] ? s.confidence : w),
        undefined,
      );
      return [
        e.id,
        e.type,
        e.source,
        e.target,
        e.props.mode,
        e.props.since,
        e.props.dependencyKind,
        e.props.effective,
        e.props.role,
        e.props.date,
        e.props.text,
        weakest,
        [...new Set(e.sources.map((s) => s.documentId))].join(' | '),
        e.sources.flatMap((s) => (s.quote ? [s.quote] : [])).join(' | '),
      ];
    }),
  );
}

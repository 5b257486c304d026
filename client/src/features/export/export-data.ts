/** The nodes and edges on the canvas, as CSV (one table, one row per element) and as JSON. */
import { csvRow } from '../../shared/download.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import type { CanvasEdge, CanvasNode } from '../graph/graph-elements.js';
import { displayName } from '../graph/graph-elements.js';

export function visibleCsv(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[], lang: Lang): string {
  const rows = [
    csvRow(['element', 'id', 'kind', 'name', 'status', 'status_family', 'status_date', 'source', 'target']),
    ...nodes.map((node) =>
      csvRow([
        'node',
        node.id,
        node.label,
        displayName(node, lang),
        node.status?.code ?? '',
        node.statusFamily,
        node.status?.date ?? '',
        '',
        '',
      ]),
    ),
    ...edges.map((edge) => csvRow(['edge', edge.id, edge.type, '', '', '', '', edge.source, edge.target])),
  ];
  return `${rows.join('\r\n')}\r\n`;
}

export function visibleJson(
  nodes: readonly CanvasNode[],
  edges: readonly CanvasEdge[],
  meta: { asOf: string | null; url: string },
): string {
  return `${JSON.stringify(
    {
      format: 'aftalegraf-view',
      asOf: meta.asOf,
      url: meta.url,
      nodes: nodes.map((node) => ({
        id: node.id,
        label: node.label,
        kind: node.kind,
        nameDa: node.nameDa,
        nameEn: node.nameEn,
        statusFamily: node.statusFamily,
        status: node.status ? { code: node.status.code, date: node.status.date } : null,
      })),
      edges: edges.map((edge) => ({
        id: edge.id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
      })),
    },
    null,
    2,
  )}\n`;
}

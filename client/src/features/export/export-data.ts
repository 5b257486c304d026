/**
 * The elements on the canvas as data: a CSV that Danish Excel opens right (semicolons, BOM,
 * CRLF, headings and values in the user's language, dates as 30.11.2026, relations by name)
 * and JSON for machines (ids and codes, ISO dates).
 */
import { excelCsv } from '../../shared/excel-csv.js';
import { formatDate } from '../../shared/format.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import type { Translate } from '../../shared/i18n/use-t.js';
import type { CanvasEdge, CanvasNode } from '../graph/graph-elements.js';
import { displayName } from '../graph/graph-elements.js';

export function visibleCsv(
  nodes: readonly CanvasNode[],
  edges: readonly CanvasEdge[],
  { t, lang }: { t: Translate; lang: Lang },
): string {
  const names = new Map(nodes.map((node) => [node.id, displayName(node, lang)]));
  const statusOf = (node: CanvasNode): string =>
    node.status ? (lang === 'en' ? node.status.labelEn : node.status.labelDa) : '';
  return excelCsv([
    [
      t('csv.col.element'),
      t('csv.col.name'),
      t('csv.col.kind'),
      t('csv.col.status'),
      t('csv.col.statusGroup'),
      t('csv.col.statusDate'),
      t('csv.col.from'),
      t('csv.col.to'),
      t('csv.col.id'),
    ],
    ...nodes.map((node) => [
      t('csv.element'),
      displayName(node, lang),
      t(`label.${node.label}`),
      statusOf(node),
      t(`family.${node.statusFamily}`),
      formatDate(node.status?.date, lang),
      '',
      '',
      node.id,
    ]),
    ...edges.map((edge) => [
      t('csv.relation'),
      t(`rel.out.${edge.type}`),
      t('csv.relation'),
      '',
      '',
      '',
      names.get(edge.source) ?? edge.source,
      names.get(edge.target) ?? edge.target,
      edge.id,
    ]),
  ]);
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

/** The impact report as CSV (one row per affected node and path) and as a Markdown memo. */
import { csvRow } from '../../shared/download.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import { translate } from '../../shared/i18n/dictionary.js';
import type { CanvasNode } from '../graph/graph-elements.js';
import { displayName } from '../graph/graph-elements.js';
import type { ImpactClass } from '../graph/graph-style.js';
import type { PathEdge } from '../focus/explorer-view.js';

export interface ImpactEntry {
  node: CanvasNode;
  classification: ImpactClass;
  depth: number;
  rule: string;
  consequence: string | null;
  paths: readonly (readonly PathEdge[])[];
}

const CLASS_ORDER: Readonly<Record<ImpactClass, number>> = { DIRECT: 0, INDIRECT: 1, INHERITED: 2 };

/** Strongest class first, then nearest, then by id: the same report always reads the same way. */
export function sortImpactEntries(entries: readonly ImpactEntry[]): ImpactEntry[] {
  return [...entries].sort(
    (a, b) =>
      CLASS_ORDER[a.classification] - CLASS_ORDER[b.classification] ||
      a.depth - b.depth ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
}

export function pathText(path: readonly PathEdge[]): string {
  return path.map((edge) => `${edge.source} -${edge.type}-> ${edge.target}`).join('; ');
}

export function impactCsv(entries: readonly ImpactEntry[], lang: Lang): string {
  const header = csvRow([
    'id',
    'name',
    'kind',
    'status',
    'classification',
    'depth',
    'rule',
    'consequence',
    'path',
  ]);
  const rows = sortImpactEntries(entries).flatMap((entry) => {
    const paths = entry.paths.length > 0 ? entry.paths : [[]];
    return paths.map((path) =>
      csvRow([
        entry.node.id,
        displayName(entry.node, lang),
        entry.node.label,
        entry.node.statusFamily,
        entry.classification,
        entry.depth,
        entry.rule,
        entry.consequence,
        pathText(path),
      ]),
    );
  });
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

function mdEscape(text: string): string {
  return text.replace(/([|\\*_`[\]])/g, '\\$1');
}

export function impactMarkdown(
  change: { id: string; name: string },
  entries: readonly ImpactEntry[],
  lang: Lang,
  preparedOn: string,
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>): string =>
    translate(lang, key, params);
  const lines = [
    `# ${mdEscape(t('impact.reportTitle', { name: change.name }))}`,
    '',
    `${t('impact.change')}: \`${change.id}\` · ${t('impact.reportDate', { date: preparedOn })}`,
    '',
    t('impact.count', { n: entries.length }),
    '',
  ];
  for (const impactClass of ['DIRECT', 'INDIRECT', 'INHERITED'] as const) {
    const group = sortImpactEntries(entries).filter((entry) => entry.classification === impactClass);
    if (group.length === 0) continue;
    lines.push(`## ${t(`class.${impactClass}`)} (${group.length})`, '');
    lines.push(
      `| ${t('list.name')} | ${t('list.label')} | ${t('impact.depth')} | ${t('impact.rule')} | ${t('impact.consequence')} |`,
    );
    lines.push('|---|---|---|---|---|');
    for (const entry of group) {
      lines.push(
        `| ${mdEscape(displayName(entry.node, lang))} (\`${entry.node.id}\`) | ${t(`label.${entry.node.label}`)} | ${
          entry.depth
        } | ${mdEscape(entry.rule)} | ${mdEscape(entry.consequence ?? '')} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

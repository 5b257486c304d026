/**
 * The impact report as an analyst pastes it into a memo: CSV (one row per affected node) and a
 * printable Danish Markdown document. Pure functions of an analysis, its node records and summary.
 */
import type { GraphNodeRecord } from '../../schema/domain.js';
import type { EdgeLite } from '../store/graph-store.js';
import type { AffectedNode, ImpactAnalysis } from './engine/engine.js';
import { CLASS_TEXT, IMPACT_CLASSES, IMPACT_RULES, RELATION_TEXT } from './impact.rules.js';

export interface ImpactGroup {
  id: string;
  count: number;
  direct: number;
  indirect: number;
  inherited: number;
}

export interface ImpactSummaryData {
  total: number;
  direct: number;
  indirect: number;
  inherited: number;
  byResponsibleBody: ImpactGroup[];
  byCluster: ImpactGroup[];
  /** Affected nodes with no responsible body / no cluster. */
  withoutResponsibleBody: number;
  withoutCluster: number;
}

type Names = ReadonlyMap<string, GraphNodeRecord>;

const name = (names: Names, id: string): string => names.get(id)?.nameDa ?? id;

/** "A -[afventer]-> B -[del af]-> C", read in walking order. */
export function describePath(edges: readonly EdgeLite[], start: string, names: Names): string {
  let at = start;
  const parts = [name(names, at)];
  for (const edge of edges) {
    const forward = edge.source === at;
    const next = forward ? edge.target : edge.source;
    const verb = RELATION_TEXT[edge.type].da;
    parts.push(forward ? `–[${verb}]→ ${name(names, next)}` : `←[${verb}]– ${name(names, next)}`);
    at = next;
  }
  return parts.join(' ');
}

function pathCount(analysis: ImpactAnalysis, node: AffectedNode): string {
  const set = analysis.paths(node.id);
  return `${set.paths.length}${set.truncated ? '+' : ''}`;
}

function firstPathText(analysis: ImpactAnalysis, node: AffectedNode, names: Names): string {
  const first = analysis.paths(node.id).paths[0];
  if (!first || first.edges.length === 0) return '';
  const e0 = first.edges[0] as EdgeLite;
  // The walk starts at the subject end of the first edge.
  const start =
    analysis.subjectIds.find((s) => s === e0.source || s === e0.target) ??
    (first.edges.length === 1 ? e0.target : e0.source);
  return describePath(first.edges, start, names);
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function impactCsv(analysis: ImpactAnalysis, names: Names): string {
  const header = [
    'id',
    'navn',
    'type',
    'klassifikation',
    'dybde',
    'regel',
    'regel_tekst',
    'konsekvens_kode',
    'konsekvens',
    'overdrag_til',
    'antal_stier',
    'sti',
  ];
  const rows = analysis.affected.map((node) => {
    return [
      node.id,
      name(names, node.id),
      names.get(node.id)?.label ?? '',
      node.classification,
      node.depth,
      node.rule,
      IMPACT_RULES[node.rule].da,
      node.consequence.code,
      node.consequence.da,
      node.consequence.handoverTargets.join(' '),
      pathCount(analysis, node),
      firstPathText(analysis, node, names),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const mdCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function impactMarkdown(analysis: ImpactAnalysis, names: Names, summary: ImpactSummaryData): string {
  const subjects = analysis.subjectIds.map((id) => `»${name(names, id)}« (${id})`).join(', ');
  const effect = { LANDS: 'lander', DELAYED: 'forsinkes', WITHDRAWN: 'trækkes tilbage' }[analysis.effect];
  const lines: string[] = [];
  if (analysis.kind === 'impact') {
    lines.push(`# Konsekvensanalyse: ${subjects} ${effect}`, '');
  } else {
    lines.push(`# Hvad venter ${subjects} på?`, '');
  }
  lines.push(
    `**${summary.total} berørte elementer**: ${summary.direct} direkte, ${summary.indirect} indirekte, ${summary.inherited} arvede.`,
    '',
  );
  for (const cls of IMPACT_CLASSES) {
    const nodes = analysis.affected.filter((a) => a.classification === cls);
    if (nodes.length === 0) continue;
    lines.push(
      `## ${CLASS_TEXT[cls].da} berørte (${nodes.length})`,
      '',
      '| Element | Konsekvens | Hvorfor |',
      '|---|---|---|',
    );
    for (const node of nodes) {
      const paths = analysis.paths(node.id);
      const more =
        paths.paths.length > 1 ? ` (+${paths.paths.length - 1}${paths.truncated ? '+' : ''} stier)` : '';
      lines.push(
        `| ${mdCell(name(names, node.id))} \`${node.id}\` | ${mdCell(node.consequence.da)} | ${mdCell(firstPathText(analysis, node, names))}${more} |`,
      );
    }
    lines.push('');
  }
  const groups = (title: string, list: ImpactGroup[], none: number, noneText: string): void => {
    lines.push(
      `## ${title}`,
      '',
      '| | Berørte | Direkte | Indirekte | Arvede |',
      '|---|---:|---:|---:|---:|',
    );
    for (const g of list)
      lines.push(
        `| ${mdCell(name(names, g.id))} | ${g.count} | ${g.direct} | ${g.indirect} | ${g.inherited} |`,
      );
    if (none > 0) lines.push(`| *${noneText}* | ${none} | | | |`);
    lines.push('');
  };
  groups(
    'Efter ansvarligt organ',
    summary.byResponsibleBody,
    summary.withoutResponsibleBody,
    'uden ansvarligt organ',
  );
  groups('Efter klynge', summary.byCluster, summary.withoutCluster, 'uden klynge');
  lines.push(
    '## Regler',
    '',
    ...Object.entries(IMPACT_RULES)
      .filter(([code]) => analysis.affected.some((a) => a.rule === code))
      .map(([code, text]) => `- \`${code}\`: ${text.da}`),
    '',
    `Stier pr. element er begrænset til ${analysis.pathLimit}; »+« betyder, at der er flere.`,
    '',
  );
  return lines.join('\n');
}

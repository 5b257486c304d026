/**
 * The impact report as a spreadsheet for Danish Excel: one row per result, Danish headings and
 * labels, dates as 30.11.2026, the path in names and each hop's source in words.
 */
import { excelCsv } from '../../shared/excel-csv.js';
import { formatDate } from '../../shared/format.js';
import type { ImpactModel } from '../impact/impact-model.js';
import type { ImpactReportMeta, ReportWords } from './impact-report-text.js';
import { hopPathText, hopWithSources, ownersText } from './impact-report-text.js';

export function impactCsv(model: ImpactModel, meta: ImpactReportMeta, words: ReportWords): string {
  const { t, lang } = words;
  const header = [
    t('report.col.class'),
    t('report.col.name'),
    t('report.col.kind'),
    t('report.col.consequence'),
    t('report.col.owners'),
    t('report.col.clusters'),
    t('report.col.effective'),
    t('report.col.partOf'),
    t('report.col.depth'),
    t('report.col.path'),
    t('report.col.sources'),
    t('report.col.change'),
    t('report.col.effect'),
    t('report.col.id'),
  ];
  const rows = model.results.map((result) => [
    t(`class.${result.classification}`),
    result.name,
    t(`label.${result.node.label}`),
    result.consequence,
    ownersText(result, words),
    result.clusters.map((cluster) => cluster.name).join(', '),
    formatDate(result.effectiveDate, lang),
    result.parentId ? (model.byId.get(result.parentId)?.name ?? result.parentId) : '',
    result.depth,
    hopPathText(result.path, words),
    result.path.map((hop) => hopWithSources(hop, words)).join('\n'),
    model.change.name,
    t(`effect.${meta.effect}`),
    result.id,
  ]);
  return excelCsv([header, ...rows]);
}

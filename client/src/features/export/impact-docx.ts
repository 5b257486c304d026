/**
 * The impact report as a Word document for an SSG memo (`docx`): title, change and date, the
 * summary counts and who must act, then the results by class (inherited ones under the item
 * they are part of), each with its consequence, owner, date, path in names and every hop's
 * source quote and document.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate } from '../../shared/format.js';
import type { ImpactClass } from '../graph/graph-style.js';
import type { GroupCount, ImpactModel, ImpactResult } from '../impact/impact-model.js';
import { tiersOf } from '../impact/impact-model.js';
import type { ImpactReportMeta, ReportWords } from './impact-report-text.js';
import {
  hopPathText,
  hopWithSources,
  ownersText,
  reportMetaLine,
  reportSummary,
  reportTitle,
} from './impact-report-text.js';

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 40 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

function cell(text: string, options: { bold?: boolean; right?: boolean } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold ?? false })],
      }),
    ],
  });
}

function countTable(title: string, groups: readonly GroupCount[], words: ReportWords): (Paragraph | Table)[] {
  if (groups.length === 0) return [];
  return [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_2 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell(title, { bold: true }), cell(words.t('report.count'), { bold: true, right: true })],
        }),
        ...groups.map(
          (group) =>
            new TableRow({ children: [cell(group.ref.name), cell(String(group.count), { right: true })] }),
        ),
      ],
    }),
  ];
}

function resultBlock(
  result: ImpactResult,
  words: ReportWords,
  level: 'HEADING_3' | 'HEADING_4',
): Paragraph[] {
  const { t, lang } = words;
  const blocks: Paragraph[] = [
    new Paragraph({ text: result.name, heading: HeadingLevel[level] }),
    labelled(t('report.col.consequence'), result.consequence),
    labelled(t('report.col.owners'), ownersText(result, words)),
  ];
  if (result.clusters.length > 0) {
    blocks.push(
      labelled(t('report.col.clusters'), result.clusters.map((cluster) => cluster.name).join(', ')),
    );
  }
  if (result.effectiveDate) {
    blocks.push(labelled(t('report.col.effective'), formatDate(result.effectiveDate, lang)));
  }
  blocks.push(labelled(t('report.col.path'), hopPathText(result.path, words)));
  for (const hop of result.path) {
    blocks.push(new Paragraph({ text: hopWithSources(hop, words), bullet: { level: 0 } }));
  }
  if (result.otherPaths.length > 0 || result.morePaths) {
    blocks.push(
      new Paragraph({
        children: [
          new TextRun({
            text: t(result.morePaths ? 'report.morePathsPlus' : 'report.morePaths', {
              n: result.otherPaths.length,
            }),
            italics: true,
          }),
        ],
      }),
    );
  }
  return blocks;
}

function section(cls: ImpactClass, results: readonly ImpactResult[], words: ReportWords): Paragraph[] {
  if (results.length === 0) return [];
  return [
    new Paragraph({
      text: words.t('report.section', { class: words.t(`class.${cls}`), n: results.length }),
      heading: HeadingLevel.HEADING_2,
    }),
    ...results.flatMap((result) => resultBlock(result, words, 'HEADING_3')),
  ];
}

/** The memo as a `docx` Document (pure; `impactDocxBlob` packs it for download). */
export function impactDocument(model: ImpactModel, meta: ImpactReportMeta, words: ReportWords): Document {
  const { t } = words;
  const tiers = tiersOf(model.results, model.byId);
  const inheritedCount = tiers.inherited.reduce((sum, group) => sum + group.results.length, 0);
  const title = reportTitle(model, meta, words);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: reportMetaLine(meta, words), italics: true })] }),
    labelled(t('report.col.change'), `${model.change.name} (${t(`effect.${meta.effect}`)})`),
    new Paragraph({ text: reportSummary(model, words), spacing: { before: 120, after: 120 } }),
    ...countTable(t('report.byBody'), model.byBody, words),
    ...countTable(t('report.byCluster'), model.byCluster, words),
    ...section('DIRECT', tiers.direct, words),
    ...section('INDIRECT', tiers.indirect, words),
  ];
  if (inheritedCount > 0) {
    children.push(
      new Paragraph({
        text: t('report.section', { class: t('class.INHERITED'), n: inheritedCount }),
        heading: HeadingLevel.HEADING_2,
      }),
    );
    for (const group of tiers.inherited) {
      children.push(
        new Paragraph({
          text: t('report.partsOf', { parent: group.parent.name }),
          heading: HeadingLevel.HEADING_3,
        }),
        ...group.results.flatMap((result) => resultBlock(result, words, 'HEADING_4')),
      );
    }
  }
  children.push(
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: `${t('report.link')}: ${meta.url}`, size: 18 })],
    }),
  );
  return new Document({
    title,
    creator: t('app.title'),
    description: reportSummary(model, words),
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: words.lang === 'da' ? 'da-DK' : 'en-GB' } },
        },
      },
    },
    sections: [{ children }],
  });
}

export function impactDocxBlob(
  model: ImpactModel,
  meta: ImpactReportMeta,
  words: ReportWords,
): Promise<Blob> {
  return Packer.toBlob(impactDocument(model, meta, words));
}

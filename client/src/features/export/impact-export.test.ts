/**
 * The impact report files read back by parsers, as a recipient's Word and Excel would read them:
 * the .docx unzipped (fflate) and its word/document.xml searched for the paths and quotes; the
 * CSV parsed with `;` after checking the BOM.
 */
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseExcelCsv } from '../../shared/excel-csv.js';
import { translate } from '../../shared/i18n/dictionary.js';
import type { MessageKey } from '../../shared/i18n/dictionary.js';
import { withdrawn96 } from '../impact/impact-fixture.js';
import { buildImpactModel } from '../impact/impact-model.js';
import { impactCsv } from './impact-csv.js';
import { impactDocument } from './impact-docx.js';
import type { ImpactReportMeta } from './impact-report-text.js';

const words = {
  lang: 'da' as const,
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => translate('da', key, params),
};
const meta: ImpactReportMeta = {
  effect: 'WITHDRAWN',
  maxDepth: 1,
  asOf: null,
  madeOn: '2026-11-30',
  url: 'http://127.0.0.1:4000/?impact=nat-2024-96t&effect=WITHDRAWN',
};
const model = buildImpactModel(withdrawn96(), 'nat-2024-96t', 'da');

/** The visible text of word/document.xml, runs joined per paragraph. */
function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((paragraph) =>
    [...(paragraph[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) => run[1] ?? '')
      .join('')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('impact report as a Word memo', () => {
  it('has the title, date, counts, and each result with consequence, owner, path in names and quotes', async () => {
    const paragraphs = docxParagraphs(
      new Uint8Array(await Packer.toBuffer(impactDocument(model, meta, words))),
    );
    expect(paragraphs.slice(0, 4)).toStrictEqual([
      'Konsekvensanalyse: »96 timers behandlingsansvar« trækkes tilbage',
      'Udarbejdet 30.11.2026 · alt kendt · indirekte led: 1',
      'Ændring: 96 timers behandlingsansvar (Trækkes tilbage)',
      '3 berørte: 1 direkte, 1 indirekte og 1 arvede.',
    ]);
    const direct = paragraphs.indexOf('72 timers behandlingsansvar på botilbud');
    expect(paragraphs.slice(direct, direct + 7)).toStrictEqual([
      '72 timers behandlingsansvar på botilbud',
      'Konsekvens: Afventede »96 timers behandlingsansvar«, som er trukket tilbage: tag stilling',
      'Ansvarlig: Sundhedsstyregruppen (godkender)',
      'Klynge: Klynge Vest',
      'Virkning fra: 30.11.2026',
      'Sti: 96 timers behandlingsansvar ← afventer — 72 timers behandlingsansvar på botilbud',
      '96 timers behandlingsansvar ← afventer — 72 timers behandlingsansvar på botilbud: »afventer det nationale arbejde med 96 timers behandlingsansvar« (Overblik over indsatser, 09.01.2025)',
    ]);
    expect(paragraphs).toContain('Dele af »Evaluering af 72 timer«');
    expect(paragraphs).toContain(
      'Sti: 96 timers behandlingsansvar ← afventer — 72 timers behandlingsansvar på botilbud ← vedrører — Evaluering af 72 timer ← del af — Spor 1: Akutte forløb',
    );
  });
});

describe('impact report as CSV for Danish Excel', () => {
  it('starts with a BOM, splits on semicolons, has Danish headings, labels and dates', () => {
    const text = impactCsv(model, meta, words);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseExcelCsv(text);
    expect(header).toStrictEqual([
      'Klasse',
      'Element',
      'Type',
      'Konsekvens',
      'Ansvarlig',
      'Klynge',
      'Virkning fra',
      'Del af',
      'Afstand',
      'Sti',
      'Kilder',
      'Ændring',
      'Virkning',
      'Id',
    ]);
    expect(rows[0]).toStrictEqual([
      'Direkte',
      '72 timers behandlingsansvar på botilbud',
      'Indsats',
      'Afventede »96 timers behandlingsansvar«, som er trukket tilbage: tag stilling',
      'Sundhedsstyregruppen (godkender)',
      'Klynge Vest',
      '30.11.2026',
      '',
      '1',
      '96 timers behandlingsansvar ← afventer — 72 timers behandlingsansvar på botilbud',
      '96 timers behandlingsansvar ← afventer — 72 timers behandlingsansvar på botilbud: »afventer det nationale arbejde med 96 timers behandlingsansvar« (Overblik over indsatser, 09.01.2025)',
      '96 timers behandlingsansvar',
      'Trækkes tilbage',
      'ini-72t',
    ]);
    expect(rows.map((row) => [row[0], row[7]])).toStrictEqual([
      ['Direkte', ''],
      ['Indirekte', ''],
      ['Arvet', 'Evaluering af 72 timer'],
    ]);
  });
});

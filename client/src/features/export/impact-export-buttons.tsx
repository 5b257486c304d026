/**
 * The impact report handed on: a Word memo and an Excel-ready CSV built in the browser from the
 * board's own model (so they say what the board says), and the server's Markdown memo.
 */
import { impactVariables } from '../../api/get-impact.js';
import type { ImpactRequest } from '../../api/get-impact.js';
import { useImpactReport } from '../../api/get-impact-report.js';
import { downloadBlob, downloadText } from '../../shared/download.js';
import { todayIso } from '../../shared/format.js';
import { useT } from '../../shared/i18n/use-t.js';
import type { ImpactModel } from '../impact/impact-model.js';
import { impactCsv } from './impact-csv.js';
import { impactDocxBlob } from './impact-docx.js';
import type { ImpactReportMeta } from './impact-report-text.js';

export interface ImpactExportButtonsProps {
  model: ImpactModel;
  request: ImpactRequest;
}

export function ImpactExportButtons({ model, request }: ImpactExportButtonsProps) {
  const { t, lang } = useT();
  const [fetchReport, report] = useImpactReport();
  const meta: ImpactReportMeta = {
    effect: request.effect,
    maxDepth: request.maxDepth,
    asOf: request.asOf,
    madeOn: todayIso(),
    url: window.location.href,
  };
  const base = `konsekvens-${model.change.id}-${request.effect.toLowerCase()}-${request.asOf ?? meta.madeOn}`;
  const words = { t, lang };

  const markdown = async (): Promise<void> => {
    const result = await fetchReport({ variables: impactVariables(request) });
    const text = result.data?.impact.markdown;
    if (text) downloadText(text, `${base}.md`, 'text/markdown');
  };

  return (
    <div className="board-exports" role="group" aria-label={t('board.exports')}>
      <button
        type="button"
        onClick={() =>
          void impactDocxBlob(model, meta, words).then((blob) => downloadBlob(blob, `${base}.docx`))
        }
      >
        {t('board.exportDocx')}
      </button>
      <button
        type="button"
        onClick={() => downloadText(impactCsv(model, meta, words), `${base}.csv`, 'text/csv')}
      >
        {t('board.exportCsv')}
      </button>
      <button type="button" disabled={report.loading} onClick={() => void markdown()}>
        {t('board.exportMd')}
      </button>
      {report.error && (
        <span className="state-inline error" role="alert">
          {t('impact.error')}
        </span>
      )}
    </div>
  );
}

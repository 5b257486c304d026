/**
 * The impact analysis shown on the graph: a bar above the canvas naming the change and the
 * counts, the opened result's path in words, and the way back to the board.
 */
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { hopPathText } from '../export/impact-report-text.js';
import type { ImpactModel } from './impact-model.js';

export function ImpactGraphBar({ model }: { model: ImpactModel }) {
  const { t, lang } = useT();
  const [view, update] = useViewState();
  const opened = view.impactItem ? model.byId.get(view.impactItem) : undefined;
  return (
    <div
      className="impact-graph-bar"
      role="region"
      aria-label={t('impact.title')}
      data-testid="impact-graph-bar"
    >
      <p>
        <strong>{t('board.title', { change: model.change.name })}</strong>{' '}
        <span className="muted">· {t('impact.count', { n: model.results.length })}</span>
      </p>
      {opened && <p className="impact-graph-path">{hopPathText(opened.path, { t, lang })}</p>}
      <button type="button" onClick={() => update({ impactView: 'board' })}>
        {t('board.toBoard')}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('impact.close')}
        onClick={() => update({ impact: null, impactItem: null })}
      >
        ×
      </button>
    </div>
  );
}

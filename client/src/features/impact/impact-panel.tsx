/**
 * Impact mode beside the graph: the affected nodes by class, each entry explaining itself (rule,
 * consequence) and drawing its path on the canvas when clicked; the report downloads as CSV or
 * Markdown.
 */
import { useT } from '../../shared/i18n/use-t.js';
import { downloadText } from '../../shared/download.js';
import { displayName } from '../graph/graph-elements.js';
import type { ImpactClass } from '../graph/graph-style.js';
import { HaloSwatch } from '../legend/swatches.js';
import { IMPACT_HALOS } from '../graph/graph-style.js';
import { impactCsv, impactMarkdown, pathText, sortImpactEntries } from './impact-report.js';
import type { ImpactEntry } from './impact-report.js';

export interface ImpactPanelProps {
  change: { id: string; name: string };
  entries: readonly ImpactEntry[] | null;
  loading: boolean;
  error: boolean;
  activeEntry: string | null;
  onPickEntry: (entry: ImpactEntry) => void;
  onRetry: () => void;
  onClose: () => void;
}

const CLASSES: readonly ImpactClass[] = ['DIRECT', 'INDIRECT', 'INHERITED'];

export function ImpactPanel(props: ImpactPanelProps) {
  const { change, entries, loading, error, activeEntry, onPickEntry } = props;
  const { t, lang } = useT();
  const sorted = entries ? sortImpactEntries(entries) : [];
  const fileBase = `konsekvens-${change.id}`;

  return (
    <section className="impact panel" aria-labelledby="impact-heading" data-testid="impact-panel">
      <div className="panel-header">
        <h2 id="impact-heading">{t('impact.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('impact.close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div className="panel-body">
        <p className="impact-change">
          <HaloSwatch colour="#111827" />
          <span>
            {t('impact.change')}: <strong>{change.name}</strong>
          </span>
        </p>
        {loading && <p className="state-inline">{t('impact.loading')}</p>}
        {error && (
          <div className="state-inline error" role="alert">
            <p>{t('impact.error')}</p>
            <button type="button" onClick={props.onRetry}>
              {t('state.retry')}
            </button>
          </div>
        )}
        {entries && (
          <>
            <p aria-live="polite">
              {entries.length === 0 ? t('impact.none') : t('impact.count', { n: entries.length })}
            </p>
            {entries.length > 0 && (
              <div className="detail-actions">
                <button
                  type="button"
                  onClick={() => downloadText(impactCsv(entries, lang), `${fileBase}.csv`, 'text/csv')}
                >
                  {t('impact.downloadCsv')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    downloadText(
                      impactMarkdown(change, entries, lang, new Date().toISOString().slice(0, 10)),
                      `${fileBase}.md`,
                      'text/markdown',
                    )
                  }
                >
                  {t('impact.downloadMd')}
                </button>
              </div>
            )}
            {CLASSES.map((impactClass) => {
              const group = sorted.filter((entry) => entry.classification === impactClass);
              if (group.length === 0) return null;
              return (
                <div key={impactClass} className="impact-group">
                  <h3>
                    <HaloSwatch colour={IMPACT_HALOS[impactClass]} />
                    {t(`class.${impactClass}`)} ({group.length})
                  </h3>
                  <ul data-testid={`impact-${impactClass}`}>
                    {group.map((entry) => (
                      <li key={entry.node.id} data-node-id={entry.node.id}>
                        <button
                          type="button"
                          className={`impact-entry${activeEntry === entry.node.id ? ' active' : ''}`}
                          aria-pressed={activeEntry === entry.node.id}
                          title={t('impact.showPath')}
                          onClick={() => onPickEntry(entry)}
                        >
                          <span className="impact-name">{displayName(entry.node, lang)}</span>
                          <span className="muted small">
                            {t(`label.${entry.node.label}`)} · {t('impact.depth')} {entry.depth}
                          </span>
                          <span className="small">
                            {t('impact.rule')}: {entry.rule}
                          </span>
                          {entry.consequence && (
                            <span className="small consequence">{entry.consequence}</span>
                          )}
                          {activeEntry === entry.node.id && entry.paths[0] && (
                            <span className="small path-text">{pathText(entry.paths[0])}</span>
                          )}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </>
        )}
      </div>
    </section>
  );
}

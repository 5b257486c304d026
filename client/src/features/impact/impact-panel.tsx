/**
 * Impact mode beside the graph: the affected nodes by class, each entry explaining itself (rule,
 * consequence) and drawing its path on the canvas when clicked; a summary by responsible body and
 * cluster; the server's report downloads as CSV or as a Markdown memo.
 */
import { impactVariables } from '../../api/get-impact.js';
import type { ImpactRequest } from '../../api/get-impact.js';
import { useImpactReport } from '../../api/get-impact-report.js';
import { downloadText } from '../../shared/download.js';
import { useT } from '../../shared/i18n/use-t.js';
import { CHANGE_EFFECTS, MAX_IMPACT_DEPTH, MIN_IMPACT_DEPTH, useViewState } from '../../shared/url-state.js';
import { displayName } from '../graph/graph-elements.js';
import { CHANGED_HALO, IMPACT_HALOS } from '../graph/graph-style.js';
import type { ImpactClass } from '../graph/graph-style.js';
import { HaloSwatch } from '../legend/swatches.js';
import { pathText, sortImpactEntries } from './impact-report.js';
import type { ImpactEntry } from './impact-report.js';
import './impact.css';

export interface ImpactGroupCount {
  count: number;
  node: { id: string; nameDa: string; nameEn: string | null };
}

export interface ImpactSummaryView {
  byResponsibleBody: readonly ImpactGroupCount[];
  byCluster: readonly ImpactGroupCount[];
}

export interface ImpactPanelProps {
  change: { id: string; name: string };
  /** The analysis as asked (effect, depth, as-of date); null only while nothing is asked. */
  request: ImpactRequest | null;
  entries: readonly ImpactEntry[] | null;
  summary: ImpactSummaryView | null;
  loading: boolean;
  error: boolean;
  activeEntry: string | null;
  onPickEntry: (entry: ImpactEntry) => void;
  onRetry: () => void;
  onClose: () => void;
}

const CLASSES: readonly ImpactClass[] = ['DIRECT', 'INDIRECT', 'INHERITED'];

function GroupCounts({ title, groups }: { title: string; groups: readonly ImpactGroupCount[] }) {
  const { lang } = useT();
  if (groups.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="impact-counts">
        {groups.map((group) => (
          <li key={group.node.id}>
            <span>{displayName(group.node, lang)}</span>
            <span className="count">{group.count}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ImpactPanel(props: ImpactPanelProps) {
  const { change, entries, summary, loading, error, activeEntry, onPickEntry } = props;
  const { t, lang } = useT();
  const [fetchReport, report] = useImpactReport();
  const [view, update] = useViewState();
  const sorted = entries ? sortImpactEntries(entries) : [];
  const fileBase = `konsekvens-${change.id}${view.asOf ? `-${view.asOf}` : ''}`;

  const download = async (format: 'csv' | 'markdown'): Promise<void> => {
    if (!props.request) return;
    const result = await fetchReport({ variables: impactVariables(props.request) });
    const impact = result.data?.impact;
    if (!impact) return;
    if (format === 'csv') downloadText(impact.csv, `${fileBase}.csv`, 'text/csv');
    else downloadText(impact.markdown, `${fileBase}.md`, 'text/markdown');
  };

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
          <HaloSwatch colour={CHANGED_HALO} />
          <span>
            {t('impact.change')}: <strong>{change.name}</strong>
          </span>
        </p>
        <div className="impact-options">
          <div className="segmented" role="group" aria-label={t('impact.effect')}>
            {CHANGE_EFFECTS.map((effect) => (
              <button
                key={effect}
                type="button"
                aria-pressed={view.effect === effect}
                onClick={() => update({ effect })}
              >
                {t(`effect.${effect}`)}
              </button>
            ))}
          </div>
          <label className="depth">
            {t('impact.maxDepth')}
            <input
              type="number"
              min={MIN_IMPACT_DEPTH}
              max={MAX_IMPACT_DEPTH}
              value={view.impactDepth}
              onChange={(event) => {
                const depth = Number.parseInt(event.target.value, 10);
                if (Number.isFinite(depth)) update({ impactDepth: depth }, { replace: true });
              }}
            />
          </label>
        </div>
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
                <button type="button" disabled={report.loading} onClick={() => void download('csv')}>
                  {t('impact.downloadCsv')}
                </button>
                <button type="button" disabled={report.loading} onClick={() => void download('markdown')}>
                  {t('impact.downloadMd')}
                </button>
              </div>
            )}
            {report.error && (
              <p className="state-inline error" role="alert">
                {t('impact.error')}
              </p>
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
                            {t(`label.${entry.node.label}`)} · {t('impact.depth')} {entry.depth} ·{' '}
                            {t('impact.rule')}: {entry.rule}
                          </span>
                          {entry.consequence && (
                            <span className="small consequence">{entry.consequence}</span>
                          )}
                          {activeEntry === entry.node.id && entry.paths[0] && (
                            <span className="small path-text">
                              {pathText(entry.paths[0], (type) => t(`rel.out.${type}`))}
                            </span>
                          )}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
            {summary && (
              <>
                <GroupCounts title={t('impact.byBody')} groups={summary.byResponsibleBody} />
                <GroupCounts title={t('impact.byCluster')} groups={summary.byCluster} />
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}

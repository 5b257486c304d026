/**
 * An opened result, beside the board at full height: the consequence, who must act, where and
 * from when, then every listed path hop by hop in names, each hop with the quote and the
 * document that state it. Focus moves here when it opens; Esc (handled by the board) closes it.
 */
import { useEffect, useRef } from 'react';
import { formatDate } from '../../shared/format.js';
import { useT } from '../../shared/i18n/use-t.js';
import { hopPathText, ownerText, sourceText } from '../export/impact-report-text.js';
import type { Hop, ImpactResult } from './impact-model.js';

export interface ImpactResultPaneProps {
  result: ImpactResult;
  parentName: string | null;
  onClose: () => void;
  onShowOnGraph: () => void;
  onShowDetails: () => void;
}

function HopList({ hops }: { hops: readonly Hop[] }) {
  const { t, lang } = useT();
  const words = { t, lang };
  return (
    <ol className="hop-list">
      {hops.map((hop, i) => (
        <li key={`${hop.from.id}-${hop.type}-${hop.to.id}-${i}`}>
          <p className="hop-words">{hopPathText([hop], words)}</p>
          {hop.sources.length === 0 ? (
            <p className="muted">{t('report.noSource')}</p>
          ) : (
            <ul className="hop-sources">
              {hop.sources.map((source, j) => (
                <li key={`${source.document.id}-${j}`}>
                  {source.quote && <q className="hop-quote">{source.quote}</q>}
                  <span className="hop-document"> {sourceText({ ...source, quote: null }, words)}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export function ImpactResultPane({
  result,
  parentName,
  onClose,
  onShowOnGraph,
  onShowDetails,
}: ImpactResultPaneProps) {
  const { t, lang } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [result.id]);
  return (
    <section
      id="impact-result-pane"
      className="result-pane"
      aria-labelledby="impact-result-heading"
      data-testid="impact-result-pane"
    >
      <div className="result-pane-header">
        <h3 id="impact-result-heading" ref={heading} tabIndex={-1}>
          {result.name}
        </h3>
        <button type="button" className="icon-button" aria-label={t('board.closeResult')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted">
        {t(`label.${result.node.label}`)} · {t(`class.${result.classification}`)} · {result.rule}
      </p>
      <dl className="result-facts">
        <dt>{t('board.consequence')}</dt>
        <dd>{result.consequence}</dd>
        <dt>{t('board.owner')}</dt>
        <dd>
          {result.owners.length > 0
            ? result.owners.map((owner) => ownerText(owner, { t, lang })).join(', ')
            : t('report.noOwner')}
        </dd>
        {result.clusters.length > 0 && (
          <>
            <dt>{t('board.clusters')}</dt>
            <dd>{result.clusters.map((cluster) => cluster.name).join(', ')}</dd>
          </>
        )}
        {result.effectiveDate && (
          <>
            <dt>{t('board.effective')}</dt>
            <dd>{formatDate(result.effectiveDate, lang)}</dd>
          </>
        )}
        {parentName && (
          <>
            <dt>{t('board.partOf')}</dt>
            <dd>{parentName}</dd>
          </>
        )}
      </dl>
      <h4>{t('board.why')}</h4>
      <p className="result-path-words" data-testid="impact-path-words">
        {hopPathText(result.path, { t, lang })}
      </p>
      <HopList hops={result.path} />
      {result.otherPaths.length > 0 && (
        <>
          <h4>{t('board.otherPaths', { n: result.otherPaths.length })}</h4>
          {result.otherPaths.map((hops, i) => (
            <details key={i} className="other-path">
              <summary>{hopPathText(hops, { t, lang })}</summary>
              <HopList hops={hops} />
            </details>
          ))}
        </>
      )}
      {result.morePaths && <p className="muted">{t('board.morePaths')}</p>}
      <div className="result-actions">
        <button type="button" onClick={onShowOnGraph}>
          {t('board.showOnGraph')}
        </button>
        <button type="button" onClick={onShowDetails}>
          {t('board.showDetails')}
        </button>
      </div>
    </section>
  );
}

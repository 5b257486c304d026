/**
 * "Find vej til…" (issue 13 §2): from the selected node to any other, the shortest paths listed
 * in words with each hop's source, optionally over chosen relation types only. The target and
 * the types live in the URL, so the canvas draws the same paths and a link reproduces them.
 */
import { useMemo } from 'react';
import { useFindPath } from '../../api/find-path.js';
import { RELATION_TYPES } from '../../shared/domain.js';
import type { RelationType } from '../../shared/domain.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { hopPathText, sourceText } from '../export/impact-report-text.js';
import { SearchBox } from '../search/search-box.js';
import { hopsAlong } from './hops.js';
import type { Hop } from './hops.js';
import './paths.css';

/** The search box's input id: the canvas's context menu moves focus here. */
export const PATH_FINDER_INPUT = 'path-finder';

export interface PathFinderProps {
  fromId: string;
}

function HopSources({ hops }: { hops: readonly Hop[] }) {
  const { t, lang } = useT();
  return (
    <ol className="path-hops">
      {hops.map((hop, i) => (
        <li key={`${hop.from.id}-${hop.type}-${hop.to.id}-${i}`}>
          <span className="path-hop-words">{hopPathText([hop], { t, lang })}</span>
          {hop.sources.length === 0 ? (
            <span className="muted"> · {t('report.noSource')}</span>
          ) : (
            hop.sources.map((source, j) => (
              <span key={j} className="path-hop-source">
                {sourceText(source, { t, lang })}
              </span>
            ))
          )}
        </li>
      ))}
    </ol>
  );
}

export function PathFinder({ fromId }: PathFinderProps) {
  const { t, lang } = useT();
  const [view, update] = useViewState();
  const to = view.pathTo;
  const request = to && to !== fromId ? { from: fromId, to, types: view.pathTypes } : null;
  const { data, previousData, loading, error } = useFindPath(request);
  const answer = (data ?? previousData)?.path;
  const active = request !== null;
  const paths = useMemo(
    () => (active && answer ? answer.map((path) => hopsAlong(path.nodes, path.edges, lang)) : []),
    [answer, lang, active],
  );
  const target = paths[0]?.[paths[0].length - 1]?.to.name ?? to;

  const toggleType = (type: RelationType): void => {
    const chosen = view.pathTypes.includes(type)
      ? view.pathTypes.filter((other) => other !== type)
      : [...view.pathTypes, type];
    update({ pathTypes: chosen });
  };

  return (
    <section className="path-finder" aria-labelledby="path-finder-heading" data-testid="path-finder">
      <h3 id="path-finder-heading">{t('paths.title')}</h3>
      <SearchBox
        inputId={PATH_FINDER_INPUT}
        className="search path-search"
        label={t('paths.findTo')}
        placeholder={t('paths.placeholder')}
        onPick={(id) => update({ pathTo: id })}
      />
      {to === fromId && <p className="muted">{t('paths.same')}</p>}
      {request && (
        <>
          <details className="path-types" open={view.pathTypes.length > 0}>
            <summary>
              {view.pathTypes.length > 0
                ? t('paths.typesChosen', { n: view.pathTypes.length })
                : t('paths.typesAll')}
            </summary>
            <fieldset>
              <legend className="visually-hidden">{t('paths.types')}</legend>
              {RELATION_TYPES.map((type) => (
                <label key={type} className="check">
                  <input
                    type="checkbox"
                    checked={view.pathTypes.includes(type)}
                    onChange={() => toggleType(type)}
                  />
                  {t(`rel.out.${type}`)}
                </label>
              ))}
            </fieldset>
          </details>
          {loading && <p className="state-inline">{t('paths.loading')}</p>}
          {error && (
            <p className="state-inline error" role="alert">
              {t('paths.error')}
            </p>
          )}
          {!loading && !error && answer && (
            <div aria-live="polite">
              <p className="path-summary">
                {paths.length === 0
                  ? t('paths.none', { target: to ?? '' })
                  : t('paths.found', { n: paths.length, steps: paths[0]?.length ?? 0, target: target ?? '' })}
              </p>
              <ol className="path-list" data-testid="path-list">
                {paths.map((hops, i) => (
                  <li key={i}>
                    <p className="path-words">{hopPathText(hops, { t, lang })}</p>
                    <details>
                      <summary>{t('paths.sources')}</summary>
                      <HopSources hops={hops} />
                    </details>
                  </li>
                ))}
              </ol>
            </div>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => update({ pathTo: null, pathTypes: [] })}
          >
            {t('paths.clear')}
          </button>
        </>
      )}
    </section>
  );
}

/** The edges of the paths found from `fromId` (for the canvas), from the same cached query. */
export function useFoundPathEdges(
  fromId: string | null,
): { source: string; target: string; type: RelationType }[] | null {
  const [view] = useViewState();
  const to = view.pathTo;
  const request = fromId && to && to !== fromId ? { from: fromId, to, types: view.pathTypes } : null;
  const { data } = useFindPath(request);
  const active = request !== null;
  return useMemo(
    () =>
      active && data
        ? data.path.flatMap((path) =>
            path.edges.map(({ source, target, type }) => ({ source, target, type })),
          )
        : null,
    [data, active],
  );
}

/**
 * The explorer's shell: header controls, filters and legend on the left, the canvas or the list in
 * the middle, impact and details on the right. Server data comes from the Apollo hooks, view state
 * from the URL; this component only composes them.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNeighborhood } from '../api/get-neighborhood.js';
import { AccountControl } from '../features/account/account-control.js';
import { DetailPanel } from '../features/detail/detail-panel.js';
import { ExportMenu } from '../features/export/export-menu.js';
import { activeFilterCount, FilterPanel } from '../features/filters/filter-panel.js';
import { buildExplorerView } from '../features/focus/explorer-view.js';
import type { PathEdge } from '../features/focus/explorer-view.js';
import { FocusControls } from '../features/focus/focus-controls.js';
import { GraphCanvas } from '../features/graph/graph-canvas.js';
import { structureKey, toEdgeData, toNodeData } from '../features/graph/graph-elements.js';
import { computeLayeredPositions, layeredTiers } from '../features/graph/layered-layout.js';
import { useFilteredGraph } from '../features/filters/use-filtered-graph.js';
import { withContextDecorations } from '../features/filters/context-decorations.js';
import { ImpactBoard } from '../features/impact/impact-board.js';
import { ImpactGraphBar } from '../features/impact/impact-graph-bar.js';
import { useImpactModel } from '../features/impact/use-impact-model.js';
import { PathContextMenu } from '../features/paths/path-context-menu.js';
import type { PathMenuTarget } from '../features/paths/path-context-menu.js';
import { useFoundPathEdges } from '../features/paths/path-finder.js';
import { Legend } from '../features/legend/legend.js';
import { ListView } from '../features/list/list-view.js';
import { SearchBox } from '../features/search/search-box.js';
import { CreateNodeForm } from '../features/edit/create-node-form.js';
import { RegisterDocumentForm } from '../features/edit/register-document-form.js';
import { useCanEdit } from '../features/edit/use-can-edit.js';
import { AsOfControl } from '../features/time/as-of-control.js';
import { AsOfBanner } from '../features/time/as-of-banner.js';
import { ChangesView, type ChangeGrouping } from '../features/changes/changes-view.js';
import { highlightChanged } from '../features/changes/highlight-changes.js';
import { LiveNotice } from '../features/changes/live-notice.js';
import { aYearBefore, todayIso } from '../features/time/date-words.js';
import { useT } from '../shared/i18n/use-t.js';
import { useViewState } from '../shared/url-state.js';
import type { FocusDirection } from '../shared/url-state.js';
import { SavedViews } from '../features/saved-views/saved-views.js';
import { WatchedPanel } from '../features/watch/watched-panel.js';
import { useWatchNewsTotal } from '../features/watch/watch-news.js';
import { useEscape, usePanelFocus } from './focus-management.js';
import { ErrorState, LoadingState } from './states.js';

const DIRECTION = { up: 'OUT', down: 'IN', both: 'BOTH' } as const satisfies Record<FocusDirection, string>;

export function App() {
  const { t, lang } = useT();
  const canEdit = useCanEdit();
  const [view, update] = useViewState();
  const coreRef = useRef<Core | null>(null);
  const [layoutBusy, setLayoutBusy] = useState(false);
  const [pathMenu, setPathMenu] = useState<PathMenuTarget | null>(null);
  const [changesFrom, setChangesFrom] = useState(() => aYearBefore(todayIso()));
  const [changeGrouping, setChangeGrouping] = useState<ChangeGrouping>('kind');
  const [changedIds, setChangedIds] = useState<ReadonlySet<string> | null>(null);

  useEffect(() => {
    document.documentElement.lang = view.lang;
    document.title = t('app.title');
  }, [view.lang, t]);

  // Filtered graph with its context (explorer-overview: features/filters/use-filtered-graph.ts).
  const { query: graphQuery, graph, whole } = useFilteredGraph(view);

  const focusQuery = useNeighborhood(
    view.focus && view.node
      ? { id: view.node, depth: view.depth, direction: DIRECTION[view.focus], asOf: view.asOf }
      : null,
  );
  // Impact (issue 13 §1): the board takes the stage; on the graph, results are highlighted.
  const impact = useImpactModel(view, lang);
  const boardOpen = view.impact !== null && view.impactView === 'board';
  const impactEntries = useMemo(
    () =>
      impact.model?.results.map((result) => ({
        node: result.node,
        classification: result.classification,
        paths: result.pathEdges,
      })) ?? null,
    [impact.model],
  );
  // Paths (issue 13 §2): the opened impact result's path, else the paths found from the selection.
  const foundPath = useFoundPathEdges(view.node);
  const openedResult = view.impactItem ? impact.model?.byId.get(view.impactItem) : undefined;
  const path: readonly PathEdge[] | null =
    view.impact && openedResult ? (openedResult.pathEdges[0] ?? null) : foundPath;

  const explorer = useMemo(
    () =>
      buildExplorerView({
        graph,
        focus:
          view.focus && view.node && focusQuery.data
            ? {
                rootId: view.node,
                subgraph: focusQuery.data.neighborhood,
                mode: view.focusMode,
                expand: view.expand,
              }
            : null,
        impact: view.impact && impactEntries ? { changedId: view.impact, affected: impactEntries } : null,
        path,
      }),
    [
      graph,
      view.focus,
      view.node,
      view.focusMode,
      view.expand,
      view.impact,
      focusQuery.data,
      impactEntries,
      path,
    ],
  );

  const nodeData = useMemo(() => toNodeData(explorer.nodes, lang), [explorer.nodes, lang]);
  const edgeData = useMemo(
    () => toEdgeData(explorer.edges, new Set(explorer.nodes.map((node) => node.id))),
    [explorer.nodes, explorer.edges],
  );
  const structure = structureKey(nodeData, edgeData);
  // Positions depend on which elements exist, not on their statuses or names.
  const positions = useMemo(() => computeLayeredPositions(explorer.nodes, edgeData), [structure]);
  const tiers = useMemo(
    () => (view.layout === 'layered' ? layeredTiers(explorer.nodes, positions) : []),
    [positions, view.layout],
  );
  // Context (kept for filters) and the changes view's highlight, over the view's decorations.
  const decorations = useMemo(
    () =>
      highlightChanged(
        withContextDecorations(explorer.decorations, graph.context),
        [...explorer.nodes.map((n) => n.id), ...edgeData.map((e) => e.id)],
        changedIds,
      ),
    [explorer.decorations, graph.context, explorer.nodes, edgeData, changedIds],
  );

  // Impact or focus results are brought into view as they arrive.
  const fitTo = useMemo((): string[] | null => {
    if (path && path.length > 0) return [...new Set(path.flatMap((step) => [step.source, step.target]))];
    if (view.impact && impactEntries) return [view.impact, ...impactEntries.map((entry) => entry.node.id)];
    if (view.focus && focusQuery.data) return focusQuery.data.neighborhood.nodes.map((node) => node.id);
    return null;
  }, [path, view.impact, view.focus, impactEntries, focusQuery.data]);

  const select = useCallback((id: string) => update({ node: id }), [update]);
  const toggleExpand = useCallback(
    (id: string) => {
      if (view.focusMode !== 'only' || !view.focus) return;
      update({
        expand: view.expand.includes(id) ? view.expand.filter((other) => other !== id) : [...view.expand, id],
      });
    },
    [update, view.expand, view.focus, view.focusMode],
  );

  // Phone drawer, focus into opened panels and back, Escape (explorer-overview: focus-management.ts).
  const [drawerOpen, setDrawerOpen] = useState(false);
  const watchNews = useWatchNewsTotal();
  const [headerMenuOpen, setHeaderMenuOpen] = useState(false);
  const headerMoreRef = useRef<HTMLDivElement>(null);
  const sidebarRef = useRef<HTMLElement>(null);
  const rightRef = useRef<HTMLElement>(null);
  const mainFallback = useCallback(() => document.getElementById('main'), []);
  usePanelFocus(headerMenuOpen, headerMoreRef, mainFallback);
  usePanelFocus(drawerOpen, sidebarRef, mainFallback);
  usePanelFocus(Boolean(view.node), rightRef, mainFallback);
  useEscape(() => {
    if (headerMenuOpen) setHeaderMenuOpen(false);
    else if (drawerOpen) setDrawerOpen(false);
    else if (view.node) update({ node: null, focus: null, expand: [], pathTo: null });
    else if (view.impact) update({ impact: null });
  });

  const hasData = graphQuery.data !== undefined || graphQuery.previousData !== undefined;
  const filtersActive = activeFilterCount(view) > 0;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p>{t('app.subtitle')}</p>
        </div>
        {/* Searching on a phone folds the menu away: its suggestions need the room. */}
        <div className="header-search" onFocus={() => setHeaderMenuOpen(false)}>
          <SearchBox onPick={select} />
        </div>
        {/* On a phone the rest folds under one button, so that the canvas gets the screen. */}
        <button
          type="button"
          className="header-menu-toggle"
          aria-expanded={headerMenuOpen}
          aria-controls="header-more"
          onClick={() => setHeaderMenuOpen((open) => !open)}
        >
          {t('app.headerMenu')}
          {watchNews > 0 && (
            <>
              {' '}
              {/* The folded menu and the closed drawer hide "Fulgte": the button tells there is news. */}
              <span className="watch-badge menu-badge" data-testid="menu-watch-badge">
                {t('watch.menuNews', { n: watchNews })}
              </span>
            </>
          )}
        </button>
        <div
          id="header-more"
          ref={headerMoreRef}
          tabIndex={-1}
          className={headerMenuOpen ? 'header-more open' : 'header-more'}
          role="group"
          aria-label={t('app.headerMenu')}
          onClick={(event) => {
            // A choice made in the folded menu closes it; a button that opens its own menu (export)
            // and fields being typed into leave it open.
            const button = event.target instanceof Element ? event.target.closest('button') : null;
            if (button && !button.hasAttribute('aria-expanded') && !button.hasAttribute('aria-haspopup'))
              setHeaderMenuOpen(false);
          }}
        >
          <AsOfControl />
          <div className="header-tools">
            <button
              type="button"
              className="drawer-toggle"
              aria-expanded={drawerOpen}
              aria-controls="sidebar"
              onClick={() => {
                setHeaderMenuOpen(false);
                setDrawerOpen(true);
              }}
            >
              {t('app.menu')}
              {watchNews > 0 && (
                <>
                  {' '}
                  <span className="watch-badge menu-badge" data-testid="drawer-watch-badge">
                    {t('watch.menuNews', { n: watchNews })}
                  </span>
                </>
              )}
            </button>
            <div className="segmented" role="group" aria-label={t('view.label')}>
              <button
                type="button"
                aria-pressed={view.view === 'graph'}
                onClick={() => update({ view: 'graph' })}
              >
                {t('view.graph')}
              </button>
              <button
                type="button"
                aria-pressed={view.view === 'list'}
                onClick={() => update({ view: 'list' })}
              >
                {t('view.list')}
              </button>
              <button
                type="button"
                aria-pressed={view.view === 'changes'}
                onClick={() => update({ view: 'changes' })}
              >
                {t('view.changes')}
              </button>
            </div>
            <ExportMenu getCore={() => coreRef.current} nodes={explorer.nodes} edges={explorer.edges} />
            <button
              type="button"
              className="lang-switch"
              lang={view.lang === 'da' ? 'en' : 'da'}
              aria-label={`${t('lang.label')}: ${t('lang.switchTo')}`}
              onClick={() => update({ lang: view.lang === 'da' ? 'en' : 'da' })}
            >
              {t('lang.switchTo')}
            </button>
            <AccountControl />
          </div>
        </div>
      </header>

      <AsOfBanner />
      <LiveNotice />
      <div className="app-body">
        {drawerOpen && <div className="drawer-backdrop" onClick={() => setDrawerOpen(false)} />}
        <aside
          id="sidebar"
          ref={sidebarRef}
          tabIndex={-1}
          className={drawerOpen ? 'sidebar open' : 'sidebar'}
          aria-label={t('filters.title')}
        >
          <button type="button" className="drawer-close" onClick={() => setDrawerOpen(false)}>
            {t('app.closeMenu')}
          </button>
          {canEdit && <CreateNodeForm />}
          {canEdit && <RegisterDocumentForm />}
          <WatchedPanel />
          <FilterPanel />
          <SavedViews />
          <Legend />
        </aside>

        <main id="main" className="main" tabIndex={-1}>
          {boardOpen && impact.request && (
            <div className="stage">
              <ImpactBoard
                changeId={view.impact ?? ''}
                request={impact.request}
                model={impact.model}
                loading={impact.loading}
                error={impact.error}
                onRetry={impact.refetch}
              />
            </div>
          )}
          {!boardOpen && view.impact && view.view === 'graph' && impact.model && (
            <ImpactGraphBar model={impact.model} />
          )}
          {!boardOpen && view.view === 'graph' && (
            <div className="toolbar">
              <div className="segmented" role="group" aria-label={t('toolbar.layout')}>
                <button
                  type="button"
                  aria-pressed={view.layout === 'layered'}
                  onClick={() => update({ layout: 'layered' })}
                >
                  {t('layout.layered')}
                </button>
                <button
                  type="button"
                  aria-pressed={view.layout === 'force'}
                  onClick={() => update({ layout: 'force' })}
                >
                  {t('layout.force')}
                </button>
              </div>
              <FocusControls />
              <label className="check webgl-toggle">
                <input type="checkbox" checked={view.webgl} onChange={() => update({ webgl: !view.webgl })} />
                {t('toolbar.webgl')}
              </label>
              <label className="check">
                <input type="checkbox" checked={view.docs} onChange={() => update({ docs: !view.docs })} />
                {t('graph.sources')}
              </label>
              <button type="button" className="link-button" onClick={() => update({ view: 'list' })}>
                {t('graph.toList')}
              </button>
              <button type="button" onClick={() => coreRef.current?.fit(undefined, 30)}>
                {t('toolbar.fit')}
              </button>
              <span className="counts" aria-live="polite" data-testid="counts">
                {layoutBusy
                  ? t('toolbar.forceTooLarge')
                  : t('toolbar.counts', { nodes: explorer.nodes.length, edges: edgeData.length })}
              </span>
            </div>
          )}

          {!boardOpen && (
            <div className="stage">
              {!hasData && graphQuery.loading && <LoadingState text={t('state.loading')} />}
              {graphQuery.error && (
                <ErrorState
                  title={t('state.errorTitle')}
                  body={t('state.errorBody')}
                  detail={graphQuery.error.message}
                  retry={t('state.retry')}
                  onRetry={() => void graphQuery.refetch()}
                />
              )}
              {hasData && !graphQuery.error && explorer.nodes.length === 0 && (
                <div className="state empty" role="status">
                  <p>{t('state.empty')}</p>
                  {filtersActive && (
                    <button
                      type="button"
                      onClick={() =>
                        update({ labels: [], statuses: [], cluster: null, body: null, awaiting: null })
                      }
                    >
                      {t('filters.reset')}
                    </button>
                  )}
                </div>
              )}
              {hasData && view.view === 'graph' && (
                <GraphCanvas
                  nodes={nodeData}
                  edges={edgeData}
                  positions={positions}
                  layout={view.layout}
                  webgl={view.webgl}
                  selectedId={view.node}
                  decorations={decorations}
                  fitTo={fitTo}
                  tiers={tiers}
                  label={t('graph.canvasLabel', { nodes: nodeData.length, edges: edgeData.length })}
                  onSelect={select}
                  onToggleExpand={toggleExpand}
                  onContextMenu={(id, position) =>
                    setPathMenu({
                      id,
                      name: nodeData.find((node) => node.id === id)?.name ?? id,
                      ...position,
                    })
                  }
                  onCore={(cy) => {
                    coreRef.current = cy;
                  }}
                  coverRef={rightRef}
                  onLayoutBusy={setLayoutBusy}
                />
              )}
              {hasData && view.view === 'list' && <ListView nodes={explorer.nodes} whole={whole} />}
              {view.view === 'changes' && (
                <ChangesView
                  from={changesFrom}
                  grouping={changeGrouping}
                  onWindow={({ from, to }) => {
                    setChangesFrom(from);
                    update({ asOf: to });
                  }}
                  onGrouping={setChangeGrouping}
                  onShowInGraph={(ids) => {
                    setChangedIds(new Set(ids));
                    update({ view: 'graph' });
                  }}
                />
              )}
              {graphQuery.data?.graph.truncated && (
                <p className="truncated-note" role="status">
                  {t('state.truncated')}
                </p>
              )}
              {hasData && graphQuery.loading && (
                <div className="busy-bar" role="progressbar" aria-label={t('state.loading')} />
              )}
              {pathMenu && view.view === 'graph' && (
                <PathContextMenu
                  target={pathMenu}
                  selectedName={
                    view.node ? (nodeData.find((node) => node.id === view.node)?.name ?? view.node) : null
                  }
                  onClose={() => {
                    setPathMenu(null);
                    document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')?.focus();
                  }}
                />
              )}
            </div>
          )}
        </main>

        {view.node && (
          <aside className="right" ref={rightRef} tabIndex={-1} aria-label={t('detail.title')}>
            <DetailPanel
              id={view.node}
              onClose={() => update({ node: null, focus: null, expand: [], pathTo: null })}
            />
          </aside>
        )}
      </div>
    </div>
  );
}

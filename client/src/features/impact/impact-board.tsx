/**
 * The impact board (issue 13 §1): the change and what it touches as its own readable picture,
 * in tiers change → direct → indirect → inherited (the inherited collapsed under the item they
 * are part of), every label at reading size. Counts per body (who must act) and per cluster are
 * buttons that narrow the results. A result opens beside the board at full height, with its path
 * in names and each hop's source. Effect, depth, filters and the opened result live in the URL.
 * Keyboard: every result is a button; Enter opens it and focus moves into it; Esc closes it (and,
 * with nothing open, the board) and focus goes back where it came from.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { ImpactRequest } from '../../api/get-impact.js';
import { useT } from '../../shared/i18n/use-t.js';
import { CHANGE_EFFECTS, MAX_IMPACT_DEPTH, MIN_IMPACT_DEPTH, useViewState } from '../../shared/url-state.js';
import { ImpactExportButtons } from '../export/impact-export-buttons.js';
import { ImpactCard } from './impact-card.js';
import type { GroupCount, ImpactModel, ImpactResult } from './impact-model.js';
import { filterResults, tiersOf } from './impact-model.js';
import { ImpactResultPane } from './impact-result-pane.js';
import './impact.css';

export interface ImpactBoardProps {
  changeId: string;
  request: ImpactRequest;
  model: ImpactModel | null;
  loading: boolean;
  error: boolean;
  onRetry: () => void;
}

function CountButtons(props: {
  title: string;
  groups: readonly GroupCount[];
  active: string | null;
  onPick: (id: string | null) => void;
  testId: string;
}) {
  const { t } = useT();
  if (props.groups.length === 0) return null;
  return (
    <div className="board-counts" role="group" aria-label={props.title} data-testid={props.testId}>
      <span className="board-counts-title">{props.title}</span>
      {props.groups.map((group) => {
        const pressed = props.active === group.ref.id;
        return (
          <button
            key={group.ref.id}
            type="button"
            className="count-chip"
            data-group-id={group.ref.id}
            aria-pressed={pressed}
            title={t('board.filterBy', { name: group.ref.name, n: group.count })}
            onClick={() => props.onPick(pressed ? null : group.ref.id)}
          >
            <span>{group.ref.name}</span>
            <span className="visually-hidden">: </span>
            <span className="count">{group.count}</span>
          </button>
        );
      })}
    </div>
  );
}

function Tier(props: {
  title: string;
  count: number;
  testId: string;
  className: string;
  children: ReactNode;
}) {
  const headingId = `${props.testId}-heading`;
  return (
    <section className={`tier ${props.className}`} aria-labelledby={headingId} data-testid={props.testId}>
      <h3 id={headingId} className="tier-heading">
        {props.title} <span className="tier-count">{props.count}</span>
      </h3>
      {props.children}
    </section>
  );
}

export function ImpactBoard({ changeId, request, model, loading, error, onRetry }: ImpactBoardProps) {
  const { t } = useT();
  const [view, update] = useViewState();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const opener = useRef<string | null>(null);
  const board = useRef<HTMLElement>(null);

  const filtered = useMemo(
    () => (model ? filterResults(model.results, { body: view.impactBody, cluster: view.impactCluster }) : []),
    [model, view.impactBody, view.impactCluster],
  );
  const tiers = useMemo(() => (model ? tiersOf(filtered, model.byId) : null), [model, filtered]);
  const opened = (view.impactItem && model?.byId.get(view.impactItem)) || null;
  const onPath = useMemo(
    () => new Set(opened ? opened.path.flatMap((hop) => [hop.from.id, hop.to.id]) : []),
    [opened],
  );
  const openParent = opened?.parentId ?? null;
  const isExpanded = (parentId: string): boolean => expanded.has(parentId) || parentId === openParent;

  // Back to the result that was opened once its pane closes.
  useEffect(() => {
    if (view.impactItem !== null || opener.current === null) return;
    const id = opener.current;
    opener.current = null;
    board.current?.querySelector<HTMLElement>(`[data-result-id="${CSS.escape(id)}"]`)?.focus();
  }, [view.impactItem]);

  const open = (id: string): void => {
    opener.current = id;
    update({ impactItem: view.impactItem === id ? null : id });
  };
  const closeItem = (): void => update({ impactItem: null });
  const closeBoard = (): void => {
    update({ impact: null, impactItem: null, impactBody: null, impactCluster: null });
    document.getElementById('main')?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (view.impactItem) closeItem();
    else closeBoard();
  };

  const card = (result: ImpactResult) => (
    <ImpactCard
      key={result.id}
      result={result}
      open={opened?.id === result.id}
      onPath={onPath.has(result.id) && opened?.id !== result.id}
      onOpen={open}
    />
  );
  const inheritedCount = tiers?.inherited.reduce((sum, group) => sum + group.results.length, 0) ?? 0;
  const filterActive = view.impactBody !== null || view.impactCluster !== null;

  return (
    <section
      ref={board}
      className={`impact-board${opened ? ' with-pane' : ''}`}
      aria-labelledby="impact-board-heading"
      data-testid="impact-board"
      onKeyDown={onKeyDown}
    >
      <header className="board-head">
        <div className="board-title">
          <h2 id="impact-board-heading">{t('board.title', { change: model?.change.name ?? changeId })}</h2>
          <p className="board-summary" aria-live="polite">
            {loading && !model
              ? t('impact.loading')
              : model
                ? model.results.length === 0
                  ? t('board.none')
                  : t('report.summary', {
                      total: model.results.length,
                      direct: model.results.filter((r) => r.classification === 'DIRECT').length,
                      indirect: model.results.filter((r) => r.classification === 'INDIRECT').length,
                      inherited: model.results.filter((r) => r.classification === 'INHERITED').length,
                    })
                : ''}
          </p>
        </div>
        <div className="board-controls">
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
          <button type="button" onClick={() => update({ impactView: 'graph' })}>
            {t('board.toGraph')}
          </button>
          {model && model.results.length > 0 && <ImpactExportButtons model={model} request={request} />}
          <button
            type="button"
            className="icon-button board-close"
            aria-label={t('impact.close')}
            onClick={closeBoard}
          >
            ×
          </button>
        </div>
      </header>

      {error && (
        <div className="state-inline error" role="alert">
          <p>{t('impact.error')}</p>
          <button type="button" onClick={onRetry}>
            {t('state.retry')}
          </button>
        </div>
      )}

      {model && (model.byBody.length > 0 || model.byCluster.length > 0) && (
        <div className="board-filters">
          <CountButtons
            title={t('board.byBody')}
            groups={model.byBody}
            active={view.impactBody}
            onPick={(id) => update({ impactBody: id, impactItem: null })}
            testId="impact-by-body"
          />
          <CountButtons
            title={t('board.byCluster')}
            groups={model.byCluster}
            active={view.impactCluster}
            onPick={(id) => update({ impactCluster: id, impactItem: null })}
            testId="impact-by-cluster"
          />
          {filterActive && (
            <p className="board-filter-note" role="status">
              {t('board.showing', { n: filtered.length, total: model.results.length })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => update({ impactBody: null, impactCluster: null })}
              >
                {t('board.clearFilter')}
              </button>
            </p>
          )}
        </div>
      )}

      {model && tiers && (
        <div className="board-main">
          <div className="board-tiers">
            <Tier title={t('board.tier.change')} count={1} testId="impact-CHANGE" className="tier-change">
              <div className="change-card">
                <span className="result-name">{model.change.name}</span>
                {model.change.node && (
                  <span className="result-kind">{t(`label.${model.change.node.label}`)}</span>
                )}
                <span className="change-effect">{t(`effect.${request.effect}`)}</span>
              </div>
            </Tier>
            <Tier
              title={t('class.DIRECT')}
              count={tiers.direct.length}
              testId="impact-DIRECT"
              className="tier-direct"
            >
              {tiers.direct.length === 0 && <p className="tier-empty">{t('board.tierEmpty')}</p>}
              <ul className="tier-list">{tiers.direct.map(card)}</ul>
            </Tier>
            <Tier
              title={t('class.INDIRECT')}
              count={tiers.indirect.length}
              testId="impact-INDIRECT"
              className="tier-indirect"
            >
              {tiers.indirect.length === 0 && <p className="tier-empty">{t('board.tierEmpty')}</p>}
              <ul className="tier-list">{tiers.indirect.map(card)}</ul>
            </Tier>
            <Tier
              title={t('class.INHERITED')}
              count={inheritedCount}
              testId="impact-INHERITED"
              className="tier-inherited"
            >
              {tiers.inherited.length === 0 && <p className="tier-empty">{t('board.tierEmpty')}</p>}
              {tiers.inherited.map((group) => {
                const listId = `inherited-${group.parent.id}`;
                const isOpen = isExpanded(group.parent.id);
                return (
                  <div key={group.parent.id} className="inherited-group">
                    <button
                      type="button"
                      className="inherited-toggle"
                      aria-expanded={isOpen}
                      aria-controls={listId}
                      data-parent-id={group.parent.id}
                      onClick={() =>
                        setExpanded((current) => {
                          const next = new Set(current);
                          if (next.has(group.parent.id)) next.delete(group.parent.id);
                          else next.add(group.parent.id);
                          return next;
                        })
                      }
                    >
                      <span className="inherited-toggle-icon" aria-hidden="true">
                        {isOpen ? '▾' : '▸'}
                      </span>
                      <span>{t('report.partsOf', { parent: group.parent.name })}</span>
                      <span className="count">{group.results.length}</span>
                    </button>
                    <ul id={listId} className="tier-list" hidden={!isOpen}>
                      {isOpen && group.results.map(card)}
                    </ul>
                  </div>
                );
              })}
            </Tier>
          </div>
          {opened && (
            <ImpactResultPane
              result={opened}
              parentName={opened.parentId ? (model.byId.get(opened.parentId)?.name ?? null) : null}
              onClose={closeItem}
              onShowOnGraph={() => update({ impactView: 'graph' })}
              onShowDetails={() => update({ node: opened.id })}
            />
          )}
        </div>
      )}
    </section>
  );
}

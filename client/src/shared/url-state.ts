/**
 * The view lives in the URL: selection, filters, focus, impact change, as-of date, layout,
 * language and list sorting. Parsing is total (anything unknown falls back to the default), and
 * serialising writes only what differs from the default in a fixed order, so a shared link is
 * short and `parse(serialize(s))` equals `s`.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { AWAITING_SCOPES, FLAG_CODES, NODE_LABELS, RELATION_TYPES, STATUS_FAMILY_LIST } from './domain.js';
import type { AwaitingScope, FlagCode, NodeLabel, RelationType, StatusFamily } from './domain.js';
import { LANGS } from './i18n/dictionary.js';
import type { Lang } from './i18n/dictionary.js';

export type FocusDirection = 'up' | 'down' | 'both';
export type FocusMode = 'dim' | 'only';
export type LayoutName = 'layered' | 'force';
export type ViewName = 'graph' | 'list' | 'changes';
export type ListSortKey = 'name' | 'label' | 'status' | 'date' | 'flags';
export type SortDirection = 'asc' | 'desc';
/** What happens to the changed node in impact analysis (the API's `ChangeEffect`). */
export type ChangeEffect = 'LANDS' | 'DELAYED' | 'WITHDRAWN';
/** How an open impact analysis is shown: as its own board, or highlighted on the graph. */
export type ImpactView = 'board' | 'graph';

export interface ViewState {
  /** Selected node: its details are shown. */
  node: string | null;
  labels: NodeLabel[];
  statuses: StatusFamily[];
  cluster: string | null;
  body: string | null;
  awaiting: AwaitingScope | null;
  /** Nodes with any of these flags (advarsler) as of the view date; none: no flag filter. */
  flags: FlagCode[];
  /** Focus on the selected node's upstream (what it depends on) or downstream. */
  focus: FocusDirection | null;
  depth: number;
  focusMode: FocusMode;
  /** Nodes whose neighbours are expanded into a focused view. */
  expand: string[];
  /** The node whose change the impact analysis runs for. */
  impact: string | null;
  /** Whether the change lands, is delayed or is withdrawn. */
  effect: ChangeEffect;
  /** Indirect hops from a directly affected node (the API's `ImpactOptions.maxDepth`). */
  impactDepth: number;
  /** The board, or the graph with the affected elements highlighted. */
  impactView: ImpactView;
  /** The board's results narrowed to what one body must act on, or to one cluster. */
  impactBody: string | null;
  impactCluster: string | null;
  /** The result opened on the board (its path is drawn when the graph is shown). */
  impactItem: string | null;
  /** Path finding: from the selected node to this one, over these relation types (all when empty). */
  pathTo: string | null;
  pathTypes: RelationType[];
  /** `YYYY-MM-DD`; null means everything known. */
  asOf: string | null;
  layout: LayoutName;
  webgl: boolean;
  /** Source documents drawn on the canvas (off by default: they are provenance, not structure). */
  docs: boolean;
  lang: Lang;
  view: ViewName;
  sort: ListSortKey;
  dir: SortDirection;
}

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 6;
/** The API's bounds and default for indirect hops in impact analysis. */
export const MIN_IMPACT_DEPTH = 1;
export const MAX_IMPACT_DEPTH = 6;
export const CHANGE_EFFECTS: readonly ChangeEffect[] = ['LANDS', 'DELAYED', 'WITHDRAWN'];

export const DEFAULT_VIEW: ViewState = {
  node: null,
  labels: [],
  statuses: [],
  cluster: null,
  body: null,
  awaiting: null,
  flags: [],
  focus: null,
  depth: 2,
  focusMode: 'dim',
  expand: [],
  impact: null,
  effect: 'LANDS',
  impactDepth: 1,
  impactView: 'board',
  impactBody: null,
  impactCluster: null,
  impactItem: null,
  pathTo: null,
  pathTypes: [],
  asOf: null,
  layout: 'layered',
  webgl: false,
  docs: false,
  lang: 'da',
  view: 'graph',
  sort: 'name',
  dir: 'asc',
};

const IMPACT_VIEWS: readonly ImpactView[] = ['board', 'graph'];
const FOCUS_DIRECTIONS: readonly FocusDirection[] = ['up', 'down', 'both'];
const FOCUS_MODES: readonly FocusMode[] = ['dim', 'only'];
const LAYOUTS: readonly LayoutName[] = ['layered', 'force'];
const VIEWS: readonly ViewName[] = ['graph', 'list', 'changes'];
const SORT_KEYS: readonly ListSortKey[] = ['name', 'label', 'status', 'date', 'flags'];
const SORT_DIRECTIONS: readonly SortDirection[] = ['asc', 'desc'];
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

function listOf<T extends string>(allowed: readonly T[], value: string | null): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(','));
  // Keep the canonical order so that equal views have equal URLs.
  return allowed.filter((candidate) => wanted.has(candidate));
}

function ids(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((id) => id.length > 0))].sort();
}

function text(value: string | null): string | null {
  return value && value.trim().length > 0 ? value.trim() : null;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const get = (name: string): string | null => params.get(name);
  const depth = Number.parseInt(get('depth') ?? '', 10);
  const impactDepth = Number.parseInt(get('impactDepth') ?? '', 10);
  const asOf = get('asOf');
  return {
    node: text(get('node')),
    labels: listOf(NODE_LABELS, get('labels')),
    statuses: listOf(STATUS_FAMILY_LIST, get('status')),
    cluster: text(get('cluster')),
    body: text(get('body')),
    awaiting: oneOf(AWAITING_SCOPES, get('awaiting')),
    flags: listOf(FLAG_CODES, get('flags')),
    focus: oneOf(FOCUS_DIRECTIONS, get('focus')),
    depth: Number.isFinite(depth) ? Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, depth)) : DEFAULT_VIEW.depth,
    focusMode: oneOf(FOCUS_MODES, get('focusMode')) ?? DEFAULT_VIEW.focusMode,
    expand: ids(get('expand')),
    impact: text(get('impact')),
    effect: oneOf(CHANGE_EFFECTS, get('effect')) ?? DEFAULT_VIEW.effect,
    impactDepth: Number.isFinite(impactDepth)
      ? Math.min(MAX_IMPACT_DEPTH, Math.max(MIN_IMPACT_DEPTH, impactDepth))
      : DEFAULT_VIEW.impactDepth,
    impactView: oneOf(IMPACT_VIEWS, get('impactView')) ?? DEFAULT_VIEW.impactView,
    impactBody: text(get('impactBody')),
    impactCluster: text(get('impactCluster')),
    impactItem: text(get('impactItem')),
    pathTo: text(get('pathTo')),
    pathTypes: listOf(RELATION_TYPES, get('pathTypes')),
    asOf: asOf && ISO_DATE.test(asOf) ? asOf : null,
    layout: oneOf(LAYOUTS, get('layout')) ?? DEFAULT_VIEW.layout,
    webgl: get('webgl') === '1',
    docs: get('docs') === '1',
    lang: oneOf(LANGS, get('lang')) ?? DEFAULT_VIEW.lang,
    view: oneOf(VIEWS, get('view')) ?? DEFAULT_VIEW.view,
    sort: oneOf(SORT_KEYS, get('sort')) ?? DEFAULT_VIEW.sort,
    dir: oneOf(SORT_DIRECTIONS, get('dir')) ?? DEFAULT_VIEW.dir,
  };
}

function joined(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(',') : null;
}

/** The query string (with `?`, or empty) for a view; defaults are left out. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const put = (name: string, value: string | null, fallback: string | null = null): void => {
    if (value !== null && value !== fallback) params.set(name, value);
  };
  put('node', state.node);
  put('labels', joined(listOf(NODE_LABELS, state.labels.join(','))));
  put('status', joined(listOf(STATUS_FAMILY_LIST, state.statuses.join(','))));
  put('cluster', state.cluster);
  put('body', state.body);
  put('awaiting', state.awaiting);
  put('flags', joined(listOf(FLAG_CODES, state.flags.join(','))));
  put('focus', state.focus);
  put('depth', String(state.depth), String(DEFAULT_VIEW.depth));
  put('focusMode', state.focusMode, DEFAULT_VIEW.focusMode);
  put('expand', joined(ids(state.expand.join(','))));
  put('impact', state.impact);
  put('effect', state.effect, DEFAULT_VIEW.effect);
  put('impactDepth', String(state.impactDepth), String(DEFAULT_VIEW.impactDepth));
  put('impactView', state.impactView, DEFAULT_VIEW.impactView);
  put('impactBody', state.impactBody);
  put('impactCluster', state.impactCluster);
  put('impactItem', state.impactItem);
  put('pathTo', state.pathTo);
  put('pathTypes', joined(listOf(RELATION_TYPES, state.pathTypes.join(','))));
  put('asOf', state.asOf);
  put('layout', state.layout, DEFAULT_VIEW.layout);
  put('webgl', state.webgl ? '1' : null);
  put('docs', state.docs ? '1' : null);
  put('lang', state.lang, DEFAULT_VIEW.lang);
  put('view', state.view, DEFAULT_VIEW.view);
  put('sort', state.sort, DEFAULT_VIEW.sort);
  put('dir', state.dir, DEFAULT_VIEW.dir);
  const query = params.toString().replace(/%2C/g, ',');
  return query.length > 0 ? `?${query}` : '';
}

const CHANGE_EVENT = 'aftalegraf:viewchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function currentSearch(): string {
  return window.location.search;
}

let cachedSearch: string | null = null;
let cachedState: ViewState = DEFAULT_VIEW;

function readState(search: string): ViewState {
  if (search !== cachedSearch) {
    cachedSearch = search;
    cachedState = parseViewState(search);
  }
  return cachedState;
}

export type ViewPatch = Partial<ViewState>;
export interface UpdateOptions {
  /** Replace the history entry instead of pushing one (typing, sliders). */
  replace?: boolean;
}

/** Writes a change to the URL; every `useViewState` re-renders from it. */
export function updateView(patch: ViewPatch, options: UpdateOptions = {}): void {
  const next = serializeViewState({ ...readState(currentSearch()), ...patch });
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (next === currentSearch()) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** The current view, read from the URL (the only copy). */
export function useViewState(): [ViewState, (patch: ViewPatch, options?: UpdateOptions) => void] {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  const update = useCallback((patch: ViewPatch, options?: UpdateOptions) => updateView(patch, options), []);
  return [readState(search), update];
}

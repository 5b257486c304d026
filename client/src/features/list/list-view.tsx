/**
 * The same nodes as the canvas, as a table: sortable by header buttons, every row a link that
 * opens the node's details. A native table with `aria-sort`, so it works by keyboard and screen
 * reader without any canvas. The "Advarsler" column names each node's flags as of the view
 * date; each flag's explanation is its tooltip and is read out by screen readers.
 */
import { useMemo, useState } from 'react';
import { formatDate } from '../../shared/format.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import type { ListSortKey } from '../../shared/url-state.js';
import { NodeLink } from '../detail/detail-panel.js';
import type { CanvasNode } from '../graph/graph-elements.js';
import { displayName } from '../graph/graph-elements.js';
import { FamilySwatch } from '../legend/swatches.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import { awaitedNames } from '../filters/filter-context.js';
import type { Graph } from '../filters/filter-context.js';
import { useListFlags } from '../../api/get-list-flags.js';
import type { ListFlagsQuery } from '../../gql/graphql.js';
import { sortNodes, type FlagsById } from './list-sort.js';
import './list.css';

const PAGE = 200;
const COLUMNS: readonly {
  key: ListSortKey;
  title: 'list.name' | 'list.label' | 'list.status' | 'list.date' | 'list.flags';
}[] = [
  { key: 'name', title: 'list.name' },
  { key: 'label', title: 'list.label' },
  { key: 'status', title: 'list.status' },
  { key: 'date', title: 'list.date' },
  { key: 'flags', title: 'list.flags' },
];

type ListFlag = ListFlagsQuery['graph']['nodes'][number]['flags'][number];
const NO_FLAGS: readonly ListFlag[] = [];

export interface ListViewProps {
  nodes: readonly CanvasNode[];
  /** The whole graph (as of the view's date), for what each node awaits. */
  whole: Graph | null;
}

function statusText(status: { labelDa: string; labelEn: string } | null | undefined, lang: Lang): string {
  return status ? (lang === 'en' ? status.labelEn : status.labelDa) : '';
}

export function ListView({ nodes, whole }: ListViewProps) {
  const { t, lang } = useT();
  const awaits = useMemo(
    () => (whole ? awaitedNames(whole, (node) => displayName(node, lang)) : new Map<string, string[]>()),
    [whole, lang],
  );
  const [view, update] = useViewState();
  const [shown, setShown] = useState(PAGE);
  const flagsQuery = useListFlags(view.asOf);
  const flagsById = useMemo(
    () => new Map((flagsQuery.data?.graph.nodes ?? []).map((node) => [node.id, node.flags])),
    [flagsQuery.data],
  );
  const codesById: FlagsById = useMemo(
    () => new Map([...flagsById].map(([id, flags]) => [id, flags.map((flag) => flag.code)])),
    [flagsById],
  );
  const sorted = useMemo(
    () => sortNodes(nodes, view.sort, view.dir, lang, codesById),
    [nodes, view.sort, view.dir, lang, codesById],
  );
  const visible = sorted.slice(0, shown);

  return (
    <div className="list-view" data-testid="list-view">
      <table>
        <caption>
          {t('list.caption')} ({nodes.length})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = view.sort === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    aria-label={t('list.sortBy', { column: t(column.title) })}
                    onClick={() =>
                      update(
                        { sort: column.key, dir: active && view.dir === 'asc' ? 'desc' : 'asc' },
                        { replace: true },
                      )
                    }
                  >
                    {t(column.title)}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (view.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('list.awaits')}</th>
            <th scope="col">{t('list.id')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((node) => (
            <tr key={node.id} className={view.node === node.id ? 'selected' : undefined}>
              <th scope="row">
                <NodeLink id={node.id} view={view}>
                  {displayName(node, lang)}
                </NodeLink>
              </th>
              <td data-label={t('list.label')}>{t(`label.${node.label}`)}</td>
              <td data-label={t('list.status')}>
                <span className="status-cell">
                  <FamilySwatch family={node.statusFamily} />
                  {statusText(node.status, lang) || t('family.UNKNOWN')}
                </span>
                {/* The chair's recommendation, where it says something else than the status. */}
                {node.recommendation && node.recommendation.code !== node.status?.code && (
                  <span className="recommendation-cell">
                    {t('list.recommendation', { status: statusText(node.recommendation, lang) })}
                    {` (${formatDate(node.recommendation.date, lang)})`}
                  </span>
                )}
              </td>
              <td data-label={t('list.date')}>{formatDate(node.status?.date, lang)}</td>
              <td data-label={t('list.flags')}>
                <FlagBadges flags={flagsById.get(node.id) ?? NO_FLAGS} lang={lang} />
              </td>
              <td data-label={t('list.awaits')}>{(awaits.get(node.id) ?? []).join('; ')}</td>
              <td data-label={t('list.id')}>
                <code>{node.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown && (
        <button type="button" className="more-button" onClick={() => setShown((count) => count + PAGE)}>
          {t('list.more', { n: sorted.length - shown })}
        </button>
      )}
    </div>
  );
}

/** A node's flags as short labels; the explanation is the tooltip and, for screen readers, text. */
function FlagBadges({ flags, lang }: { flags: readonly ListFlag[]; lang: Lang }) {
  const { t } = useT();
  if (flags.length === 0) return null;
  return (
    <ul className="flag-badges">
      {flags.map((flag) => {
        const since = t('list.flagSince', { date: formatDate(flag.since, lang) });
        const text = lang === 'en' ? flag.textEn : flag.textDa;
        return (
          <li
            key={flag.code}
            className={`flag-badge flag-${flag.code.toLowerCase()}`}
            title={`${text} (${since})`}
            data-flag={flag.code}
          >
            {t(`flags.code.${flag.code}`)}
            <span className="visually-hidden">
              {' '}
              ({since}): {text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

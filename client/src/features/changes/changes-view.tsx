/**
 * "Hvad er ændret?": what changed between two dates, grouped by kind of change or by responsible
 * body, each change as before -> after in words with its source. Presets: since last year, since
 * a chosen document's date. The dates live in the URL (`changesFrom`, and `asOf` as the end),
 * so the view can be shared; the graph highlights what changed (`onShowInGraph`).
 */
import { useId, useMemo } from 'react';
import { useChanges } from '../../api/get-changes.js';
import { useDocuments } from '../../api/get-documents.js';
import type { MessageKey } from '../../shared/i18n/dictionary.js';
import { DateField } from '../../shared/date-field/date-field.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { aYearBefore, dateInWords, todayIso } from '../time/date-words.js';
import { ChangeRow, type Change } from './change-row.js';
import './changes.css';

export type ChangeGrouping = 'kind' | 'body';

const KINDS = ['STATUS_CHANGED', 'APPEARED', 'RETIRED', 'RELATION_ADDED', 'RELATION_ENDED'] as const;
const SHOWN = 500;

export function ChangesView(props: {
  from: string;
  grouping: ChangeGrouping;
  onWindow: (window: { from: string; to: string | null }) => void;
  onGrouping: (grouping: ChangeGrouping) => void;
  onShowInGraph: (ids: string[]) => void;
}) {
  const { t, lang } = useT();
  const id = useId();
  const [view] = useViewState();
  const to = view.asOf ?? todayIso();
  const query = useChanges({ from: props.from, to }, SHOWN);
  const documents = useDocuments();
  const changes = useMemo(() => query.data?.changes.edges.map((e) => e.node) ?? [], [query.data]);
  const name = (n: { nameDa: string; nameEn?: string | null }) =>
    lang === 'en' ? (n.nameEn ?? n.nameDa) : n.nameDa;

  const groups = useMemo(() => {
    const out = new Map<string, { title: string; changes: Change[] }>();
    for (const change of changes) {
      const keys =
        props.grouping === 'kind'
          ? [[change.kind, t(`changes.kind.${change.kind}` as MessageKey)]]
          : change.node.responsible.length > 0
            ? change.node.responsible.map((r) => [r.other.id, name(r.other)])
            : [['', t('changes.noBody')]];
      for (const [key, title] of keys as [string, string][]) {
        const group = out.get(key) ?? { title, changes: [] };
        group.changes.push(change);
        out.set(key, group);
      }
    }
    const order =
      props.grouping === 'kind'
        ? KINDS.map(String)
        : [...out.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1));
    return order.flatMap((key) => {
      const group = out.get(key);
      return group ? [{ key, ...group }] : [];
    });
  }, [changes, props.grouping, t, lang]);

  return (
    <section className="changes-view" aria-labelledby="changes-title" data-testid="changes-view">
      <header className="changes-header">
        <h2 id="changes-title">{t('changes.title')}</h2>
        {/* Named by `htmlFor`, not wrapped: the field's hint and message are not part of its name. */}
        <span className="changes-date">
          <label htmlFor={`${id}-from`}>{t('changes.from')}</label>
          <DateField
            id={`${id}-from`}
            value={props.from}
            max={to}
            onChange={(value) => props.onWindow({ from: value, to: view.asOf })}
          />
        </span>
        <span className="changes-date">
          <label htmlFor={`${id}-to`}>{t('changes.to')}</label>
          <DateField
            id={`${id}-to`}
            value={to}
            min={props.from}
            max={todayIso()}
            onChange={(value) =>
              props.onWindow({ from: props.from, to: value === todayIso() ? null : value })
            }
          />
        </span>
        <div className="presets" role="group" aria-label={t('changes.presets')}>
          <button type="button" onClick={() => props.onWindow({ from: aYearBefore(todayIso()), to: null })}>
            {t('changes.sinceLastYear')}
          </button>
          <select
            aria-label={t('changes.sinceDocument')}
            value=""
            onChange={(event) => {
              const document = documents.data?.documents.find((d) => d.id === event.target.value);
              if (document) props.onWindow({ from: startOf(document.asOf), to: view.asOf });
            }}
          >
            <option value="">{t('changes.sinceDocument')}</option>
            {[...(documents.data?.documents ?? [])]
              .sort((a, b) => (a.asOf < b.asOf ? 1 : -1))
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {dateInWords(d.asOf, lang)}: {d.title}
                </option>
              ))}
          </select>
        </div>
        <div className="segmented" role="group" aria-label={t('changes.groupBy')}>
          <button
            type="button"
            aria-pressed={props.grouping === 'kind'}
            onClick={() => props.onGrouping('kind')}
          >
            {t('changes.byKind')}
          </button>
          <button
            type="button"
            aria-pressed={props.grouping === 'body'}
            onClick={() => props.onGrouping('body')}
          >
            {t('changes.byBody')}
          </button>
        </div>
        {changes.length > 0 && (
          <button
            type="button"
            onClick={() => props.onShowInGraph([...new Set(changes.map((c) => c.node.id))])}
          >
            {t('changes.showInGraph')}
          </button>
        )}
      </header>

      {query.loading && <p role="status">{t('changes.loading')}</p>}
      {query.error && <p role="alert">{t('changes.error')}</p>}
      {query.data && (
        <p className="changes-count" data-testid="changes-count">
          {t('changes.count', { n: query.data.changes.totalCount })}
          {query.data.changes.totalCount > changes.length &&
            ` (${t('changes.shown', { n: changes.length })})`}
        </p>
      )}
      {query.data && changes.length === 0 && <p>{t('changes.none')}</p>}

      {groups.map((group) => (
        <section key={group.key} className="change-group" aria-label={group.title}>
          <h3>
            {group.title} <span className="count">({group.changes.length})</span>
          </h3>
          <ul>
            {group.changes.map((change) => (
              <ChangeRow
                key={`${change.kind}|${change.node.id}|${change.edge?.id ?? ''}`}
                change={change}
                showKind={props.grouping === 'body'}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** A document date as the first day it covers: changes are asked for from a calendar date. */
function startOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

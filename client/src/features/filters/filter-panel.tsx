/**
 * Filters by kind, status family, cluster, responsible body, "awaiting" and flags (advarsler, as
 * of the view date); all kept in the URL, so saved views and shared links keep them.
 */
import { useFilterOptions } from '../../api/get-filter-options.js';
import { AWAITING_SCOPES, FLAG_CODES, NODE_LABELS, STATUS_FAMILY_LIST } from '../../shared/domain.js';
import type { AwaitingScope, FlagCode, NodeLabel, StatusFamily } from '../../shared/domain.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { displayName } from '../graph/graph-elements.js';
import { FamilySwatch, LabelSwatch } from '../legend/swatches.js';
import { groupBodies } from './body-groups.js';
import './filters.css';

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

export function activeFilterCount(view: {
  labels: readonly NodeLabel[];
  statuses: readonly StatusFamily[];
  cluster: string | null;
  body: string | null;
  awaiting: AwaitingScope | null;
  flags: readonly FlagCode[];
}): number {
  return (
    (view.labels.length > 0 ? 1 : 0) +
    (view.flags.length > 0 ? 1 : 0) +
    (view.statuses.length > 0 ? 1 : 0) +
    (view.cluster ? 1 : 0) +
    (view.body ? 1 : 0) +
    (view.awaiting ? 1 : 0)
  );
}

export function FilterPanel() {
  const { t, lang } = useT();
  const [view, update] = useViewState();
  const options = useFilterOptions();
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const clusters = (options.data?.clusters.edges.map((edge) => edge.node) ?? [])
    .map((cluster) => ({ id: cluster.id, name: displayName(cluster, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const bodyGroups = groupBodies(
    (options.data?.bodies.edges.map((edge) => edge.node) ?? []).map((body) => ({
      id: body.id,
      label: body.label,
      kind: body.kind,
      name: displayName(body, lang),
    })),
    locale,
  );
  const active = activeFilterCount(view);

  return (
    <section className="filters panel-section" aria-labelledby="filters-heading">
      <div className="section-heading">
        <h2 id="filters-heading">{t('filters.title')}</h2>
        {active > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update({ labels: [], statuses: [], cluster: null, body: null, awaiting: null, flags: [] })
            }
          >
            {t('filters.reset')}
          </button>
        )}
      </div>

      <label className="field">
        <span>{t('filters.awaiting')}</span>
        <select
          value={view.awaiting ?? ''}
          onChange={(event) =>
            update({ awaiting: AWAITING_SCOPES.find((scope) => scope === event.target.value) ?? null })
          }
        >
          <option value="">{t('filters.all')}</option>
          {AWAITING_SCOPES.map((scope) => (
            <option key={scope} value={scope}>
              {t(`awaiting.${scope}`)}
            </option>
          ))}
        </select>
      </label>

      <fieldset className="checks">
        <legend>{t('filters.status')}</legend>
        {STATUS_FAMILY_LIST.map((family) => (
          <label key={family} className="check">
            <input
              type="checkbox"
              name="status"
              value={family}
              checked={view.statuses.includes(family)}
              onChange={() => update({ statuses: toggled(view.statuses, family) })}
            />
            <FamilySwatch family={family} />
            {t(`family.${family}`)}
          </label>
        ))}
      </fieldset>

      <fieldset className="checks">
        <legend>{t('filters.flags')}</legend>
        {FLAG_CODES.map((code) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              name="flag"
              value={code}
              checked={view.flags.includes(code)}
              onChange={() => update({ flags: toggled(view.flags, code) })}
            />
            {t(`flags.code.${code}`)}
          </label>
        ))}
      </fieldset>

      <label className="field">
        <span>{t('filters.cluster')}</span>
        <select
          value={view.cluster ?? ''}
          onChange={(event) => update({ cluster: event.target.value || null })}
        >
          <option value="">{t('filters.all')}</option>
          {clusters.map((cluster) => (
            <option key={cluster.id} value={cluster.id}>
              {cluster.name}
            </option>
          ))}
        </select>
      </label>

      <label className="field">
        <span>{t('filters.body')}</span>
        <select value={view.body ?? ''} onChange={(event) => update({ body: event.target.value || null })}>
          <option value="">{t('filters.all')}</option>
          {bodyGroups.map(({ group, choices }) => (
            <optgroup key={group} label={t(`filters.group.${group}`)}>
              {choices.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>

      <details className="label-filter" open={view.labels.length > 0}>
        <summary>
          {t('filters.label')}
          {view.labels.length > 0 ? ` (${view.labels.length})` : ''}
        </summary>
        <fieldset className="checks checks-grid">
          <legend className="visually-hidden">{t('filters.label')}</legend>
          {NODE_LABELS.map((label) => (
            <label key={label} className="check">
              <input
                type="checkbox"
                name="label"
                value={label}
                checked={view.labels.includes(label)}
                onChange={() => update({ labels: toggled(view.labels, label) })}
              />
              <LabelSwatch label={label} />
              {t(`label.${label}`)}
            </label>
          ))}
        </fieldset>
      </details>
    </section>
  );
}

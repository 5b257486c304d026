/**
 * The as-of date: a date field (dd.mm.åååå in Danish) and a month slider from January 2015 to today. Statuses on the
 * canvas, in the list and in the details are redrawn as they were on that date.
 */
import { useId, useState } from 'react';
import { DateField } from '../../shared/date-field/date-field.js';
import { formatDate } from '../../shared/format.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import './time.css';

export const FIRST_MONTH = { year: 2015, month: 1 } as const;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function monthIndex(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return (year - FIRST_MONTH.year) * 12 + (month - FIRST_MONTH.month);
}

/** The last day of the month at `index`, or today for the current month. */
export function dateOfMonthIndex(index: number, now = today()): string {
  const year = FIRST_MONTH.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return last > now ? now : last;
}

export function AsOfControl() {
  const { t, lang } = useT();
  const id = useId();
  const [view, update] = useViewState();
  const max = monthIndex(today());
  const committed = view.asOf ? monthIndex(view.asOf) : max;
  const [draft, setDraft] = useState<number | null>(null);
  const shown = draft ?? committed;
  const commit = (): void => {
    if (draft === null) return;
    update({ asOf: draft >= max ? null : dateOfMonthIndex(draft) }, { replace: true });
    setDraft(null);
  };
  // The month the slider points at, as the one date helper writes a month ("nov. 2026").
  const label = formatDate(dateOfMonthIndex(shown).slice(0, 7), lang);

  return (
    <div className="as-of" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-date`}>
        {t('time.label')}
      </label>
      <DateField
        id={`${id}-date`}
        min="2015-01-01"
        max={today()}
        value={view.asOf ?? today()}
        onChange={(value) => update({ asOf: value < today() ? value : null }, { replace: true })}
      />
      <input
        type="range"
        aria-label={t('time.slider')}
        aria-valuetext={label}
        min={0}
        max={max}
        step={1}
        value={shown}
        onChange={(event) => setDraft(Number(event.target.value))}
        onPointerUp={commit}
        onKeyUp={commit}
        onBlur={commit}
      />
      <span className="as-of-month" aria-hidden="true">
        {label}
      </span>
      <button type="button" disabled={view.asOf === null} onClick={() => update({ asOf: null })}>
        {t('time.today')}
      </button>
    </div>
  );
}

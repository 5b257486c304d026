/**
 * A date field that reads and writes dates as the user's language does (`30.11.2026` in Danish,
 * `30/11/2026` in English) whatever the browser's own locale, while its value stays ISO. The
 * native `<input type="date">` shows the browser's format (`11/30/2026` in an English Chromium)
 * and cannot be told otherwise; see docs/adr/0014-date-field.md.
 *
 * Typing is checked when the field is left or Enter is pressed: a good date is handed on, a bad
 * one stays in the field with a message that says why. Arrow up/down move a day, Page Up/Down a
 * month, Escape puts back the date that holds.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatDate } from '../format.js';
import { useT } from '../i18n/use-t.js';
import { clampDate, datePattern, formatDateText, parseDateText, shiftDate } from './date-text.js';
import type { DateTextProblem } from './date-text.js';
import './date-field.css';

export interface DateFieldProps {
  /** The date that holds, ISO (`2026-11-30`). */
  value: string;
  onChange: (iso: string) => void;
  min?: string;
  max?: string;
  /**
   * For a `<label htmlFor>`; without one, give `label`. Do not wrap the field in its `<label>`:
   * its hint and message would become part of its name.
   */
  id?: string;
  /** The accessible name when no `<label>` points at the field. */
  label?: string;
  className?: string;
}

const STEPS: Readonly<Record<string, { days?: number; months?: number }>> = {
  ArrowUp: { days: 1 },
  ArrowDown: { days: -1 },
  PageUp: { months: 1 },
  PageDown: { months: -1 },
};

export function DateField({ value, onChange, min, max, id, label, className }: DateFieldProps) {
  const { t, lang } = useT();
  const ownId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<DateTextProblem | null>(null);
  const bounds = { min, max };

  const settle = (): void => {
    setDraft(null);
    setProblem(null);
  };
  const hand = (iso: string): void => {
    settle();
    if (iso !== value) onChange(iso);
  };
  const commit = (): void => {
    if (draft === null) return;
    const parsed = parseDateText(draft, bounds);
    if (parsed.ok) hand(parsed.iso);
    else setProblem(parsed.problem);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const step = STEPS[event.key];
    if (step) {
      event.preventDefault();
      const typed = draft === null ? null : parseDateText(draft);
      const from = typed?.ok ? typed.iso : value;
      hand(clampDate(shiftDate(from, step), bounds));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && (draft !== null || problem !== null)) {
      // Escape first undoes the typing; only a field at rest lets it close the panel around it.
      event.preventDefault();
      settle();
    }
  };

  const message =
    problem === null
      ? null
      : problem === 'beforeMin'
        ? t('dateField.beforeMin', { min: formatDate(min, lang) })
        : problem === 'afterMax'
          ? t('dateField.afterMax', { max: formatDate(max, lang) })
          : t(problem === 'format' ? 'dateField.format' : 'dateField.noSuchDate');

  return (
    <span className={className ? `date-field ${className}` : 'date-field'}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={10}
        aria-label={label}
        placeholder={datePattern(lang)}
        value={draft ?? formatDateText(value, lang)}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? `${ownId}-problem` : `${ownId}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span id={`${ownId}-hint`} className="visually-hidden">
        {t('dateField.hint')}
      </span>
      {message !== null && (
        <span id={`${ownId}-problem`} className="date-field-problem" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}

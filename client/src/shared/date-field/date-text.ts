/**
 * A date as the user types and reads it: `30.11.2026` in Danish, `30/11/2026` in English, the
 * value itself always ISO (`2026-11-30`) in the URL and the API. Pure, so that every rule is
 * unit-tested; `date-field.tsx` is the control around it.
 */
import type { Lang } from '../i18n/dictionary.js';

/** Why typed text is not a date the field accepts; the field words each for the user. */
export type DateTextProblem = 'format' | 'noSuchDate' | 'beforeMin' | 'afterMax';

export type ParsedDate = { ok: true; iso: string } | { ok: false; problem: DateTextProblem };

const SEPARATOR: Readonly<Record<Lang, string>> = { da: '.', en: '/' };

/** `2026-11-30` → `30.11.2026` (da) or `30/11/2026` (en); anything else is returned as it came. */
export function formatDateText(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const separator = SEPARATOR[lang];
  return `${day}${separator}${month}${separator}${year}`;
}

/** What the empty field shows: the format in the user's own words. */
export function datePattern(lang: Lang): string {
  return lang === 'da' ? 'dd.mm.åååå' : 'dd/mm/yyyy';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;
}

/**
 * Reads what a user types: day first with `.`, `/`, `-` or a space between (`30.11.2026`,
 * `1/2/2026`), eight digits (`30112026`, what a phone's number pad makes easy), a two-digit year
 * as this century (`30.11.26`), or ISO (`2026-11-30`, pasted from a link). Either language
 * reads every form: nobody should be refused a date for the separator they chose.
 */
export function parseDateText(text: string, bounds: { min?: string; max?: string } = {}): ParsedDate {
  const trimmed = text.trim();
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{2}|\d{4})$/.exec(trimmed);
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) {
    const year = Number(dayFirst[3]);
    parts = [dayFirst[3]?.length === 2 ? 2000 + year : year, Number(dayFirst[2]), Number(dayFirst[1])];
  } else if (digits) parts = [Number(digits[3]), Number(digits[2]), Number(digits[1])];
  if (!parts) return { ok: false, problem: 'format' };
  const value = isoOf(...parts);
  if (!value) return { ok: false, problem: 'noSuchDate' };
  if (bounds.min && value < bounds.min) return { ok: false, problem: 'beforeMin' };
  if (bounds.max && value > bounds.max) return { ok: false, problem: 'afterMax' };
  return { ok: true, iso: value };
}

/** `iso` moved by whole days or months (a month from 31 January is the last day of February). */
export function shiftDate(iso: string, by: { days?: number; months?: number }): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (by.months) {
    const target = new Date(Date.UTC(year, month - 1 + by.months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(day, lastDay));
    return target.toISOString().slice(0, 10);
  }
  const date = new Date(Date.UTC(year, month - 1, day + (by.days ?? 0)));
  return date.toISOString().slice(0, 10);
}

/** `iso` kept inside the bounds. */
export function clampDate(iso: string, bounds: { min?: string; max?: string }): string {
  if (bounds.min && iso < bounds.min) return bounds.min;
  if (bounds.max && iso > bounds.max) return bounds.max;
  return iso;
}

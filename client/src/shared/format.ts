/**
 * Dates and numbers as the users read them: `30.11.2026` in Danish, `30 Nov 2026` in English.
 * Every date the explorer shows or exports goes through `formatDate`, so one rule holds
 * everywhere. Source dates are often partial (`2025`, `2025-03`): those keep their precision.
 */
import type { Lang } from './i18n/dictionary.js';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * `2026-11-30` → `30.11.2026` (da) or `30 Nov 2026` (en); `2026-11` → `nov. 2026` / `Nov 2026`;
 * `2026` stays `2026`. A timestamp (`2026-11-30T08:00:00Z`) is read by its date. Anything else
 * is returned as it came, since a source's own wording beats a wrong guess.
 */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const match = PARTIAL_DATE.exec(value.length > 10 && value[10] === 'T' ? value.slice(0, 10) : value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthIndex = month ? Number(month) - 1 : -1;
  if (month && (monthIndex < 0 || monthIndex > 11)) return value;
  if (!month) return year ?? value;
  const monthName = MONTHS[lang][monthIndex] ?? month;
  if (!day) return `${monthName} ${year}`;
  const dayNumber = Number(day);
  return lang === 'da' ? `${day}.${month}.${year}` : `${dayNumber} ${monthName} ${year}`;
}

/** Today's date as `YYYY-MM-DD` in local time (for file names and report stamps). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A whole number with the language's thousands separator (`1.234` / `1,234`). */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB').format(value);
}

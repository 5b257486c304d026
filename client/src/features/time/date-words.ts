/** Dates as readers write them: "1. juni 2024", "juni 2024", "2024" (partial dates stay partial). */
import { shiftDate } from '../../shared/date-field/date-text.js';
import type { Lang } from '../../shared/i18n/dictionary.js';

export function dateInWords(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year ?? date;
  const value = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1), 12));
  return value.toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
  });
}

/** Today in UTC, `YYYY-MM-DD`. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The same day a year earlier (29 February: the 28th). */
export function aYearBefore(date: string): string {
  return shiftDate(date, { months: -12 });
}

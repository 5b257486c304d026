/** Dates in flag texts, as a Danish or English reader writes them ("10. august 2022"). */
import type { PartialDate } from '../../schema/domain.js';

const MONTHS_DA = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2022-08-10" → "10. august 2022", "2024-11" → "november 2024", "2024" → "2024". */
export function dateDa(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year as string;
  const name = MONTHS_DA[Number(month) - 1] as string;
  return day === undefined ? `${name} ${year}` : `${Number(day)}. ${name} ${year}`;
}

/** "2022-08-10" → "10 August 2022", "2024-11" → "November 2024", "2024" → "2024". */
export function dateEn(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year as string;
  const name = MONTHS_EN[Number(month) - 1] as string;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** The ISO date `months` after the first day `date` covers (clamped to the month's end). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

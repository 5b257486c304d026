/**
 * Time horizons ('tidshorisont') as the documents write them, e.g. "Primo 2025", "2. kvartal
 * 2025", "3. eller 4. kvartal 2025", "1.halvår 2025", "2025-2026". domain.md §2: primo = months
 * 1–4, medio = 5–8, ultimo = 9–12; quarters and halves as usual. The raw text is always kept on
 * the node; this range is what filters and timelines compare.
 */
import type { IsoDate } from '../schema/domain.js';

export interface HorizonRange {
  start: IsoDate;
  end: IsoDate;
}

const TERTIALS: Record<string, [number, number]> = { primo: [1, 4], medio: [5, 8], ultimo: [9, 12] };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function months(year: number, from: number, to: number): HorizonRange {
  return { start: `${year}-${pad(from)}-01`, end: `${year}-${pad(to)}-${pad(lastDay(year, to))}` };
}

function quarter(year: number, q: number): HorizonRange | null {
  if (q < 1 || q > 4) return null;
  return months(year, q * 3 - 2, q * 3);
}

/** One horizon without "/" alternatives. */
function parseSingle(text: string): HorizonRange | null {
  let m = /^(primo|medio|ultimo) (\d{4})$/.exec(text);
  if (m) {
    const [from, to] = TERTIALS[m[1] as string] as [number, number];
    return months(Number(m[2]), from, to);
  }
  m = /^(\d)\. ?kvartal (\d{4})$/.exec(text) ?? /^q(\d) (\d{4})$/.exec(text);
  if (m) return quarter(Number(m[2]), Number(m[1]));
  m =
    /^(\d)\. eller (\d)\. ?kvartal (\d{4})$/.exec(text) ?? /^q(\d) ?(?:\/|eller) ?q(\d) (\d{4})$/.exec(text);
  if (m) {
    const a = quarter(Number(m[3]), Number(m[1]));
    const b = quarter(Number(m[3]), Number(m[2]));
    return a && b ? union(a, b) : null;
  }
  m = /^(\d)\. ?halvår (\d{4})$/.exec(text) ?? /^h(\d) (\d{4})$/.exec(text);
  if (m) {
    const half = Number(m[1]);
    if (half !== 1 && half !== 2) return null;
    return months(Number(m[2]), half === 1 ? 1 : 7, half === 1 ? 6 : 12);
  }
  m = /^(\d{4})$/.exec(text);
  if (m) return months(Number(m[1]), 1, 12);
  m = /^(\d{4}) ?- ?(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const from = Number(m[1]);
    const to = (m[2] as string).length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (to < from) return null;
    return { start: `${from}-01-01`, end: `${to}-12-31` };
  }
  return null;
}

function union(a: HorizonRange, b: HorizonRange): HorizonRange {
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

/**
 * The date range a raw horizon covers, or `null` when the text is not a horizon we know.
 * "A/B" (e.g. "ultimo 2024/primo 2025") covers both parts.
 */
export function parseHorizon(raw: string): HorizonRange | null {
  const text = raw
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  const whole = parseSingle(text);
  if (whole) return whole;
  const parts = text.split('/').map((p) => p.trim());
  if (parts.length < 2) return null;
  let range: HorizonRange | null = null;
  for (const part of parts) {
    const r = parseSingle(part);
    if (!r) return null;
    range = range ? union(range, r) : r;
  }
  return range;
}

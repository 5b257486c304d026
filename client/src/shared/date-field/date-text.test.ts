import { describe, expect, it } from 'vitest';
import { clampDate, datePattern, formatDateText, parseDateText, shiftDate } from './date-text.js';

describe('formatDateText', () => {
  it('writes 30.11.2026 in Danish and 30/11/2026 in English, leaving non-dates alone', () => {
    expect([
      formatDateText('2026-11-30', 'da'),
      formatDateText('2026-11-30', 'en'),
      formatDateText('2027-01-05', 'da'),
      formatDateText('', 'da'),
      formatDateText('2026-11', 'da'),
    ]).toStrictEqual(['30.11.2026', '30/11/2026', '05.01.2027', '', '2026-11']);
    expect([datePattern('da'), datePattern('en')]).toStrictEqual(['dd.mm.åååå', 'dd/mm/yyyy']);
  });
});

describe('parseDateText', () => {
  it('reads every day-first form, eight digits, a two-digit year and ISO', () => {
    const typed = [
      '30.11.2026',
      '30/11/2026',
      '30-11-2026',
      '30 11 2026',
      ' 30.11.2026 ',
      '30112026',
      '30.11.26',
    ];
    expect(typed.map((text) => parseDateText(text))).toStrictEqual(
      typed.map(() => ({ ok: true, iso: '2026-11-30' })),
    );
    expect([parseDateText('1.2.2025'), parseDateText('2025-2-1')]).toStrictEqual([
      { ok: true, iso: '2025-02-01' },
      { ok: true, iso: '2025-02-01' },
    ]);
  });

  it('names the problem: not a date form, a day the calendar lacks, outside the bounds', () => {
    const bounds = { min: '2015-01-01', max: '2026-11-30' };
    expect([
      parseDateText('', bounds),
      parseDateText('i går', bounds),
      parseDateText('11/30/2026x', bounds),
      parseDateText('31.11.2026', bounds),
      parseDateText('29.02.2025', bounds),
      parseDateText('13.13.2025', bounds),
      parseDateText('31.12.2014', bounds),
      parseDateText('01.12.2026', bounds),
      parseDateText('29.02.2024', bounds),
    ]).toStrictEqual([
      { ok: false, problem: 'format' },
      { ok: false, problem: 'format' },
      { ok: false, problem: 'format' },
      { ok: false, problem: 'noSuchDate' },
      { ok: false, problem: 'noSuchDate' },
      { ok: false, problem: 'noSuchDate' },
      { ok: false, problem: 'beforeMin' },
      { ok: false, problem: 'afterMax' },
      { ok: true, iso: '2024-02-29' },
    ]);
  });
});

describe('shiftDate and clampDate', () => {
  it('moves by days across months and years, by months to the last day that exists', () => {
    expect([
      shiftDate('2026-11-30', { days: 1 }),
      shiftDate('2026-01-01', { days: -1 }),
      shiftDate('2026-01-31', { months: 1 }),
      shiftDate('2024-03-31', { months: -1 }),
      shiftDate('2026-12-15', { months: 1 }),
    ]).toStrictEqual(['2026-12-01', '2025-12-31', '2026-02-28', '2024-02-29', '2027-01-15']);
    const bounds = { min: '2015-01-01', max: '2026-11-30' };
    expect([
      clampDate('2014-06-01', bounds),
      clampDate('2027-01-01', bounds),
      clampDate('2020-05-05', bounds),
    ]).toStrictEqual(['2015-01-01', '2026-11-30', '2020-05-05']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, todayIso } from './format.js';

describe('formatDate', () => {
  it('writes a full date as 30.11.2026 in Danish and 30 Nov 2026 in English', () => {
    expect([formatDate('2026-11-30', 'da'), formatDate('2026-11-30', 'en')]).toStrictEqual([
      '30.11.2026',
      '30 Nov 2026',
    ]);
    expect([formatDate('2027-01-01', 'da'), formatDate('2027-01-01', 'en')]).toStrictEqual([
      '01.01.2027',
      '1 Jan 2027',
    ]);
  });

  it('keeps the precision of a partial source date', () => {
    expect(['2025', '2025-05'].map((d) => [formatDate(d, 'da'), formatDate(d, 'en')])).toStrictEqual([
      ['2025', '2025'],
      ['maj 2025', 'May 2025'],
    ]);
  });

  it('reads a timestamp by its date and leaves words and nothing alone', () => {
    expect([
      formatDate('2026-11-30T08:30:00Z', 'da'),
      formatDate('forår 2025', 'da'),
      formatDate(null, 'da'),
    ]).toStrictEqual(['30.11.2026', 'forår 2025', '']);
    expect(formatDate('2026-13-01', 'da')).toBe('2026-13-01');
  });
});

describe('todayIso and formatCount', () => {
  it('stamps the local date and groups thousands by language', () => {
    expect(todayIso(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
    expect([formatCount(1234, 'da'), formatCount(1234, 'en')]).toStrictEqual(['1.234', '1,234']);
  });
});

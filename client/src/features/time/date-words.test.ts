import { describe, expect, it } from 'vitest';
import { aYearBefore } from './date-words.js';

describe('aYearBefore', () => {
  it('is the same day a year earlier, the 28th for 29 February', () => {
    expect([aYearBefore('2026-11-30'), aYearBefore('2026-03-31'), aYearBefore('2024-02-29')]).toStrictEqual([
      '2025-11-30',
      '2025-03-31',
      '2023-02-28',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { parseHorizon } from './horizon.js';
import { loadSeed } from './load-seed.js';

/** Every raw horizon the seed data uses, then the other forms domain.md §2 names. */
const CASES: [raw: string, start: string, end: string][] = [
  ['Primo 2025', '2025-01-01', '2025-04-30'],
  ['Medio 2025', '2025-05-01', '2025-08-31'],
  ['2. kvartal 2025', '2025-04-01', '2025-06-30'],
  ['3. eller 4. kvartal 2025', '2025-07-01', '2025-12-31'],
  ['1.halvår 2025', '2025-01-01', '2025-06-30'],
  ['2025-2026', '2025-01-01', '2026-12-31'],
  ['2015', '2015-01-01', '2015-12-31'],
  ['2024', '2024-01-01', '2024-12-31'],
  ['2025', '2025-01-01', '2025-12-31'],
  ['2026', '2026-01-01', '2026-12-31'],
  // Other spellings the documents and the spec use.
  ['ultimo 2024', '2024-09-01', '2024-12-31'],
  ['Ultimo 2022', '2022-09-01', '2022-12-31'],
  ['primo  2024', '2024-01-01', '2024-04-30'],
  ['1. kvartal 2024', '2024-01-01', '2024-03-31'],
  ['4. kvartal 2024', '2024-10-01', '2024-12-31'],
  ['2. halvår 2025', '2025-07-01', '2025-12-31'],
  ['1. halvår 2024', '2024-01-01', '2024-06-30'],
  ['Q2 2025', '2025-04-01', '2025-06-30'],
  ['Q3/Q4 2025', '2025-07-01', '2025-12-31'],
  ['2025–26', '2025-01-01', '2026-12-31'],
  ['2025 - 2026', '2025-01-01', '2026-12-31'],
  ['ultimo 2024/primo 2025', '2024-09-01', '2025-04-30'],
];

describe('parseHorizon', () => {
  test.each(CASES)('%s → %s … %s', (raw, start, end) => {
    expect(parseHorizon(raw)).toStrictEqual({ start, end });
  });

  test.each([
    '',
    'snart',
    'forår 2025',
    '5. kvartal 2025',
    '3. halvår 2025',
    '2026-2025',
    'primo',
    'Q5 2025',
    'ultimo 2024/snart',
  ])('rejects %j', (raw) => {
    expect(parseHorizon(raw)).toBeNull();
  });

  test('every horizon in the seed data is in the table above', () => {
    const known = new Set(CASES.map(([raw]) => raw));
    const used = [
      ...new Set(loadSeed().nodes.flatMap((n) => (n.props.horizonRaw ? [n.props.horizonRaw] : []))),
    ].sort();
    expect(used.filter((raw) => !known.has(raw))).toStrictEqual([]);
    expect(used).toStrictEqual([
      '1.halvår 2025',
      '2. kvartal 2025',
      '2015',
      '2024',
      '2025',
      '2025-2026',
      '2026',
      '3. eller 4. kvartal 2025',
      'Medio 2025',
      'Primo 2025',
    ]);
  });
});

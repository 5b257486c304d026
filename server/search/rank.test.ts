import { describe, expect, it } from 'vitest';
import { rankSearchHits, type SearchCandidate } from './rank.js';

const candidate = (id: string, names: string, idWords = id.split('-').join(' ')): SearchCandidate => ({
  id,
  names,
  idWords,
});

describe('rankSearchHits', () => {
  const candidates = [
    candidate('wg-overvaegt', 'arbejdsgruppe om faelles indsats vedr overvaegt'),
    candidate('ag-ip-overvaegt', 'intentionspapir om faelles indsats vedr overvaegt'),
    candidate('goal-overvaegt', 'overvaegt blandt boern'),
    candidate('ini-monitorering', 'monitorering af overvaegtsindsatsen'),
    candidate('ini-vaegt', 'svaer overvaegtsbehandling'),
    candidate('overvaegt', 'noget andet'),
    candidate('ini-psyk', 'psykiatri og botilbud'),
  ];

  it('ranks exact id, name start, word prefixes (in names, whole, early, short) then substrings', () => {
    expect(rankSearchHits('Overvægt', candidates, 10)).toStrictEqual([
      'overvaegt',
      'goal-overvaegt',
      'ag-ip-overvaegt',
      'wg-overvaegt',
      'ini-vaegt',
      'ini-monitorering',
    ]);
  });

  it('finds the inside of a compound word only from 3 characters, after every prefix hit', () => {
    expect(rankSearchHits('vægt', candidates, 10)).toStrictEqual([
      'ini-vaegt',
      'overvaegt',
      'goal-overvaegt',
      'ini-monitorering',
      'ag-ip-overvaegt',
      'wg-overvaegt',
    ]);
    expect(rankSearchHits('gt', candidates, 10)).toStrictEqual([]);
  });

  it('needs every word, counts each candidate once, and stops at the limit', () => {
    expect(rankSearchHits('psyk boti', [...candidates, candidates[6] as SearchCandidate], 10)).toStrictEqual([
      'ini-psyk',
    ]);
    expect(rankSearchHits('psyk nope', candidates, 10)).toStrictEqual([]);
    expect(rankSearchHits('overvægt', candidates, 2)).toStrictEqual(['overvaegt', 'goal-overvaegt']);
    expect(rankSearchHits('  ', candidates, 10)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { GraphNodeRecord, StatusObservation } from '../../schema/domain.js';
import { allowedEdits, editDistance, isCurrent, rankSearch, wordScore } from './rank.js';
import { candidateText, searchCandidateFilter } from './search-text.js';

function record(id: string, nameDa: string, extra: Partial<GraphNodeRecord> = {}): GraphNodeRecord {
  return {
    id,
    label: 'Agreement',
    kind: 'health_agreement',
    nameDa,
    aliases: [],
    props: {},
    sources: [],
    statusHistory: [],
    ...extra,
  };
}

function status(code: StatusObservation['code'], textDa: string, seq = 0): StatusObservation {
  return { code, textDa, date: '2024-01', kind: 'fact', documentId: 'doc', seq };
}

describe('edit distance', () => {
  it('counts insertions, substitutions and swaps as one edit each', () => {
    expect([
      editDistance('overvagt', 'overvaegt', 2),
      editDistance('psykaitri', 'psykiatri', 2),
      editDistance('sundhedsaftle', 'sundhedsaftale', 2),
      editDistance('abc', 'xyz', 1),
    ]).toStrictEqual([1, 1, 1, 2]);
  });

  it('allows no typo in a short word, one in a middle one, two in a long one', () => {
    expect([3, 4, 7, 8, 14].map(allowedEdits)).toStrictEqual([0, 1, 1, 2, 2]);
  });

  it('scores exact over prefix over compound over typo', () => {
    expect(
      [
        wordScore('vaegt', 'vaegt'),
        wordScore('vaeg', 'vaegt'),
        wordScore('vaegt', 'overvaegt'),
        wordScore('overvagt', 'overvaegt'),
        wordScore('ssf', 'ssg'),
      ].map((score) => Math.round(score * 100) / 100),
    ).toStrictEqual([1, 0.9, 0.75, 0.6, 0]);
  });
});

describe('ranking', () => {
  const today = '2026-11-30';
  const ended = record('ag-sa-2019-23', 'Sundhedsaftale 2019-2023', {
    validity: { to: '2023-12-31', toBasis: 'ended' },
  });
  const current = record('ag-sa-2024-27', 'Sundhedsaftale 2024-2027');
  const mention = record('ini-x', 'Opfølgning', {
    statusHistory: [status('STARTED', 'Jf. sundhedsaftalen')],
  });

  it('finds the health agreements from "sundhedsaftle", the current one first, a mention last', () => {
    expect(
      rankSearch('sundhedsaftle', [mention, ended, current], 10, { today }).map((node) => node.id),
    ).toStrictEqual(['ag-sa-2024-27', 'ag-sa-2019-23', 'ini-x']);
  });

  it('puts source documents after the items of the complex, even ended ones', () => {
    const document = record('doc-ref-sa', 'aarhus.dk: Sundhedsaftale 2019-2023', { label: 'SourceDocument' });
    expect(
      rankSearch('sundhedsaftale', [document, ended, current], 10, { today }).map((node) => node.id),
    ).toStrictEqual(['ag-sa-2024-27', 'ag-sa-2019-23', 'doc-ref-sa']);
    const track = record('ini-spor', 'Arbejdsspor frem mod næste sundhedsaftale', { label: 'Initiative' });
    expect(
      rankSearch('sundhedsaftale', [document, track], 10, { today }).map((node) => node.id),
    ).toStrictEqual(['ini-spor', 'doc-ref-sa']);
  });

  it('puts the exact id first and needs every word to match', () => {
    expect(rankSearch('ag-sa-2019-23', [current, ended], 10, { today }).map((node) => node.id)).toStrictEqual(
      ['ag-sa-2019-23'],
    );
    expect(rankSearch('sundhedsaftale kroniker', [current, ended], 10, { today })).toStrictEqual([]);
  });

  it('ranks a superseded agreement after the one that replaced it', () => {
    const old = record('ag-sa-2015-18', 'Sundhedsaftale 2015-2018');
    const edges = [
      { type: 'SUPERSEDES' as const, target: 'ag-sa-2015-18', props: { effective: '2019-07-01' } },
      { type: 'SUPERSEDES' as const, target: 'ag-sa-2024-27', props: { effective: '2027-01-01' } },
    ];
    expect(
      rankSearch('sundhedsaftale', [old, current], 10, { today, supersedingEdges: edges }).map(
        (node) => node.id,
      ),
    ).toStrictEqual(['ag-sa-2024-27', 'ag-sa-2015-18']);
  });

  it('treats a dropped or done status and a passed end date as not current', () => {
    expect([
      isCurrent(current, today),
      isCurrent(ended, today),
      isCurrent(record('a', 'A', { statusHistory: [status('DROPPED', 'Udgår')] }), today),
      isCurrent(record('b', 'B', { statusHistory: [status('COMPLETED', 'Udarbejdet')] }), today),
    ]).toStrictEqual([true, false, false, false]);
  });
});

describe('candidates', () => {
  it('keeps names, id words, quotes and status texts, folded, in one string', () => {
    expect(
      candidateText(
        record('ini-72t', 'Prøvehandling', {
          aliases: ['72 timer'],
          sources: [{ documentId: 'd', quote: 'Afventer Sundhedsreformen', confidence: 'stated' }],
          statusHistory: [status('PAUSED', 'Sat på pause')],
        }),
      ),
    ).toBe('proevehandling 72 timer ini 72t afventer sundhedsreformen sat paa pause');
  });

  it('asks for 40 % of the trigrams of the folded words', () => {
    expect(searchCandidateFilter('Overvægt SA')).toStrictEqual({
      grams: ['aeg', 'egt', 'erv', 'ove', 'rva', 'sa', 'vae', 'ver'],
      threshold: 4,
      cap: 400,
    });
    expect(searchCandidateFilter(' -- ')).toBe(null);
  });
});

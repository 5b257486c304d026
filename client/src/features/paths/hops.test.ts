import { describe, expect, it } from 'vitest';
import { hopsAlong } from './hops.js';

const doc = { id: 'doc-001', nameDa: 'Overblik over indsatser', asOf: '2025-01-09' };

describe('hopsAlong', () => {
  it('walks from the first node, with and against the edges, naming every node', () => {
    const hops = hopsAlong(
      [
        { id: 'nat-2024-96t', nameDa: '96 timers behandlingsansvar', nameEn: '96-hour responsibility' },
        { id: 'ini-72t', nameDa: '72 timer på botilbud', nameEn: null },
        { id: 'body-ssg', nameDa: 'Sundhedsstyregruppen' },
      ],
      [
        {
          source: 'ini-72t',
          target: 'nat-2024-96t',
          type: 'AWAITS',
          sources: [{ quote: 'afventer det nationale arbejde', confidence: 'STATED', document: doc }],
        },
        { source: 'body-ssg', target: 'ini-72t', type: 'RESPONSIBLE', sources: [] },
      ],
      'en',
    );
    expect(hops).toStrictEqual([
      {
        from: { id: 'nat-2024-96t', name: '96-hour responsibility' },
        to: { id: 'ini-72t', name: '72 timer på botilbud' },
        type: 'AWAITS',
        forward: false,
        sources: [
          {
            quote: 'afventer det nationale arbejde',
            confidence: 'STATED',
            document: { id: 'doc-001', title: 'Overblik over indsatser', asOf: '2025-01-09' },
          },
        ],
      },
      {
        from: { id: 'ini-72t', name: '72 timer på botilbud' },
        to: { id: 'body-ssg', name: 'Sundhedsstyregruppen' },
        type: 'RESPONSIBLE',
        forward: false,
        sources: [],
      },
    ]);
  });

  it('names a node it was not given by the fallback names, then by id', () => {
    const hops = hopsAlong(
      [],
      [{ source: 'a', target: 'b', type: 'PART_OF', sources: [] }],
      'da',
      new Map([['a', 'A']]),
    );
    expect(hops.map((hop) => [hop.from, hop.to, hop.forward])).toStrictEqual([
      [{ id: 'a', name: 'A' }, { id: 'b', name: 'b' }, true],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { withdrawn96 } from './impact-fixture.js';
import { buildImpactModel, filterResults, tiersOf } from './impact-model.js';

describe('buildImpactModel', () => {
  const model = buildImpactModel(withdrawn96(), 'nat-2024-96t', 'da');

  it('orders results by class and names the change', () => {
    expect(model.change.name).toBe('96 timers behandlingsansvar');
    expect(model.results.map((result) => [result.classification, result.id])).toStrictEqual([
      ['DIRECT', 'ini-72t'],
      ['INDIRECT', 'ini-evaluering-72t'],
      ['INHERITED', 'ini-spor-1'],
    ]);
  });

  it('reads each path in names from the change, with each hop sourced', () => {
    const direct = model.byId.get('ini-72t');
    expect(direct?.path).toStrictEqual([
      {
        from: { id: 'nat-2024-96t', name: '96 timers behandlingsansvar' },
        to: { id: 'ini-72t', name: '72 timers behandlingsansvar på botilbud' },
        type: 'AWAITS',
        forward: false,
        sources: [
          {
            quote: 'afventer det nationale arbejde med 96 timers behandlingsansvar',
            confidence: 'STATED',
            document: { id: 'doc-001', title: 'Overblik over indsatser', asOf: '2025-01-09' },
          },
        ],
      },
    ]);
    expect(direct?.effectiveDate).toBe('2026-11-30');
  });

  it('counts who must act and where, and finds the parent of an inherited result', () => {
    expect(model.byBody).toStrictEqual([{ ref: { id: 'body-ssg', name: 'Sundhedsstyregruppen' }, count: 2 }]);
    expect(model.byCluster).toStrictEqual([{ ref: { id: 'cl-vest', name: 'Klynge Vest' }, count: 1 }]);
    expect(model.byId.get('ini-spor-1')?.parentId).toBe('ini-evaluering-72t');
  });

  it('speaks English when asked, names falling back to Danish', () => {
    const english = buildImpactModel(withdrawn96(), 'nat-2024-96t', 'en');
    expect([english.change.name, english.results[0]?.consequence]).toStrictEqual([
      '96-hour responsibility',
      'EN: Afventede »96 timers behandlingsansvar«, som er trukket tilbage: tag stilling',
    ]);
  });
});

describe('tiers and filters', () => {
  const model = buildImpactModel(withdrawn96(), 'nat-2024-96t', 'da');

  it('puts inherited results under the item they are part of', () => {
    const tiers = tiersOf(model.results, model.byId);
    expect({
      direct: tiers.direct.map((r) => r.id),
      indirect: tiers.indirect.map((r) => r.id),
      inherited: tiers.inherited.map((g) => [g.parent, g.results.map((r) => r.id)]),
    }).toStrictEqual({
      direct: ['ini-72t'],
      indirect: ['ini-evaluering-72t'],
      inherited: [[{ id: 'ini-evaluering-72t', name: 'Evaluering af 72 timer' }, ['ini-spor-1']]],
    });
  });

  it('narrows to what a body must act on, or to a cluster', () => {
    const ids = (filter: { body: string | null; cluster: string | null }): string[] =>
      filterResults(model.results, filter).map((r) => r.id);
    expect([
      ids({ body: 'body-ssg', cluster: null }),
      ids({ body: null, cluster: 'cl-vest' }),
      ids({ body: 'body-ssu', cluster: null }),
      ids({ body: null, cluster: null }).length,
    ]).toStrictEqual([['ini-72t', 'ini-evaluering-72t'], ['ini-72t'], [], 3]);
  });
});

/** The lazily ordered pages of an analysis agree with its whole, eagerly built list. */
import { describe, expect, it } from 'vitest';
import { analyseImpact, analyseUpstream } from '../../server/impact/engine/engine.js';
import type { ImpactClass } from '../../server/impact/impact.rules.js';
import { domainFixture } from './domain-fixture.js';
import { memoryPort } from './memory-port.js';

describe('impact analysis: pages', () => {
  it('slice, positionOf and count agree with affected, for every window and class filter', async () => {
    const port = memoryPort(domainFixture());
    const reports = [
      await analyseImpact(port, { nodeIds: ['nat-reform-2024'] }, { maxDepth: 2 }),
      await analyseUpstream(port, 'ini-prioriteringer-2025'),
    ];
    const filters: (ImpactClass[] | undefined)[] = [undefined, ['DIRECT'], ['INDIRECT', 'INHERITED'], []];
    for (const report of reports) {
      // Read pages first, so that the runs are sorted lazily before `affected` builds them all.
      const pages = filters.flatMap((classes) =>
        [0, 1, 3, 7].map((start) => ({ classes, start, page: report.slice(start, start + 4, classes) })),
      );
      const all = report.affected;
      expect(report.count).toBe(all.length);
      expect(pages.map(({ page }) => page)).toStrictEqual(
        pages.map(({ classes, start }) =>
          all.filter((a) => !classes || classes.includes(a.classification)).slice(start, start + 4),
        ),
      );
      expect(all.map((a) => report.positionOf(a.id))).toStrictEqual(all.map((_, i) => i));
      expect(report.positionOf('nope')).toBe(-1);
    }
  });

  it('a fresh analysis answers positionOf before any page was read', async () => {
    const port = memoryPort(domainFixture());
    const fresh = await analyseImpact(port, { nodeIds: ['nat-reform-2024'] });
    const positions = ['reg-72t', 'ag-sa-2024-27'].map((id) => fresh.positionOf(id));
    const all = fresh.affected;
    expect(positions).toStrictEqual(
      ['reg-72t', 'ag-sa-2024-27'].map((id) => all.findIndex((a) => a.id === id)),
    );
  });
});

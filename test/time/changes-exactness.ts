/**
 * `changes` is exact against `asOf`, on the real seed, for every pair of 20 dates: for every
 * node in both views whose current status differs, exactly one STATUS_CHANGED with those
 * statuses before and after, and no other; what is in the later view only APPEARED; what ended
 * between the dates RETIRED. Written against the port so that both stores run it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateStart, type GraphNodeRecord, type StatusCode } from '../../schema/domain.js';
import { loadSeed } from '../../seed/load-seed.js';
import type { ChangeRecord, GraphStore } from '../../server/store/graph-store.js';

/** Dates around what the documents date: agreements, reforms, meetings, and plain days. */
export const EXACTNESS_DATES = [
  '2014-06-01',
  '2015-01-01',
  '2015-02-01',
  '2016-01-01',
  '2018-01-01',
  '2019-04-30',
  '2019-07-01',
  '2020-02-15',
  '2021-06-01',
  '2022-01-01',
  '2022-07-01',
  '2022-08-01',
  '2022-10-14',
  '2023-04-01',
  '2023-12-01',
  '2024-01-01',
  '2024-11-15',
  '2025-01-09',
  '2026-01-01',
  '2027-01-01',
] as const;

function currentCode(node: GraphNodeRecord, asOf: string): StatusCode | null {
  const current = node.statusHistory
    .filter((o) => dateStart(o.date) <= asOf)
    .findLast((o) => o.kind === 'fact' || o.kind === 'decision');
  return current?.code ?? null;
}

export function describeChangesExactness(name: string, open: () => Promise<GraphStore>): void {
  describe(`changes is exact against asOf on the real seed: ${name}`, () => {
    let store: GraphStore;
    const views = new Map<string, Map<string, GraphNodeRecord>>();

    beforeAll(async () => {
      store = await open();
      await store.replaceAll(loadSeed());
      for (const date of EXACTNESS_DATES) {
        const page = await store.queryNodes({ asOf: date }, { offset: 0, limit: 10_000 });
        views.set(date, new Map(page.nodes.map((n) => [n.id, n])));
      }
    }, 120_000);
    afterAll(async () => {
      await store.close();
    });

    const allChanges = async (from: string, to: string): Promise<ChangeRecord[]> => {
      const out: ChangeRecord[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = await store.changes({ from, to, filter: {} }, { offset, limit: 500 });
        out.push(...page.changes);
        if (out.length >= page.totalCount) return out;
      }
    };

    it('for every pair of 20 dates', async () => {
      const mismatches: string[] = [];
      let pairs = 0;
      let statusChanges = 0;
      for (const from of EXACTNESS_DATES) {
        for (const to of EXACTNESS_DATES) {
          if (from > to) continue;
          pairs += 1;
          const before = views.get(from) as Map<string, GraphNodeRecord>;
          const after = views.get(to) as Map<string, GraphNodeRecord>;
          const changes = await allChanges(from, to);
          const expected = new Map<string, [StatusCode | null, StatusCode | null]>();
          for (const [id, node] of after) {
            if (!before.has(id)) continue;
            const was = currentCode(node, from);
            const is = currentCode(node, to);
            if (was !== is) expected.set(id, [was, is]);
          }
          const got = changes.filter((c) => c.kind === 'STATUS_CHANGED');
          statusChanges += got.length;
          const gotById = new Map(
            got.map((c) => [c.nodeId, [c.before?.code ?? null, c.after?.code ?? null]]),
          );
          if (gotById.size !== got.length) mismatches.push(`${from}..${to}: a node changed twice`);
          for (const [id, pair] of expected) {
            const actual = gotById.get(id);
            if (!actual || actual[0] !== pair[0] || actual[1] !== pair[1])
              mismatches.push(
                `${from}..${to}: ${id} expected ${pair.join('→')} got ${actual?.join('→') ?? 'none'}`,
              );
          }
          for (const [id, actual] of gotById) {
            if (!expected.has(id)) mismatches.push(`${from}..${to}: ${id} unexpected ${actual.join('→')}`);
          }
          const appeared = changes
            .filter((c) => c.kind === 'APPEARED')
            .map((c) => c.nodeId)
            .sort();
          const newInView = [...after.keys()].filter((id) => !before.has(id)).sort();
          if (JSON.stringify(appeared) !== JSON.stringify(newInView))
            mismatches.push(`${from}..${to}: APPEARED ${appeared.length} vs new in view ${newInView.length}`);
          const retired = changes
            .filter((c) => c.kind === 'RETIRED')
            .map((c) => c.nodeId)
            .sort();
          const ended = [...after.values()]
            .filter(
              (n) =>
                n.validity?.to !== undefined &&
                dateStart(n.validity.to) > from &&
                dateStart(n.validity.to) <= to,
            )
            .map((n) => n.id)
            .sort();
          if (JSON.stringify(retired) !== JSON.stringify(ended))
            mismatches.push(`${from}..${to}: RETIRED ${retired.join(',')} vs ended ${ended.join(',')}`);
        }
      }
      expect(mismatches).toStrictEqual([]);
      expect(pairs).toBe(210);
      // The property is not vacuous: the seed's statuses do change between these dates.
      expect(statusChanges).toBeGreaterThan(100);
    }, 300_000);
  });
}

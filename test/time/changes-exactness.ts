/**
 * `changes` is exact against `asOf`, on the real seed, for every pair of 20 dates: for every
 * node in both views whose current status differs, exactly one STATUS_CHANGED with those
 * statuses before and after, and no other; what is in the later view only APPEARED; what ended
 * between the dates RETIRED. Then again after a seeded run of edits through both write paths
 * (appended observations, back-dated and same-day ones, statuses that change and change back;
 * whole histories rewritten), since the stores keep what `changes` reads at write time. Written
 * against the port so that both stores run it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dateStart,
  type GraphNodeRecord,
  type ObservationKind,
  type StatusCode,
  type StatusObservation,
} from '../../schema/domain.js';
import { loadSeed } from '../../seed/load-seed.js';
import { prng } from '../../seed/synthetic.js';
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

/** Every mismatch between `changes` and the `asOf` views over all pairs of `EXACTNESS_DATES`. */
async function exactnessMismatches(
  store: GraphStore,
): Promise<{ mismatches: string[]; pairs: number; statusChanges: number }> {
  const views = new Map<string, Map<string, GraphNodeRecord>>();
  for (const date of EXACTNESS_DATES) {
    const page = await store.queryNodes({ asOf: date }, { offset: 0, limit: 10_000 });
    views.set(date, new Map(page.nodes.map((n) => [n.id, n])));
  }
  const allChanges = async (from: string, to: string): Promise<ChangeRecord[]> => {
    const out: ChangeRecord[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await store.changes({ from, to, filter: {} }, { offset, limit: 500 });
      out.push(...page.changes);
      if (out.length >= page.totalCount) return out;
    }
  };
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
      const gotById = new Map(got.map((c) => [c.nodeId, [c.before?.code ?? null, c.after?.code ?? null]]));
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
            n.validity?.to !== undefined && dateStart(n.validity.to) > from && dateStart(n.validity.to) <= to,
        )
        .map((n) => n.id)
        .sort();
      if (JSON.stringify(retired) !== JSON.stringify(ended))
        mismatches.push(`${from}..${to}: RETIRED ${retired.join(',')} vs ended ${ended.join(',')}`);
    }
  }
  return { mismatches, pairs, statusChanges };
}

/** Dates to record on: the checked dates, days between them, months and years. */
const EDIT_DATES = [...EXACTNESS_DATES, '2019-05-15', '2022-09', '2022-10-01', '2023', '2024-06-30', '2025'];
const EDIT_CODES: StatusCode[] = ['STARTED', 'PAUSED', 'APPROVED'];
const EDIT_KINDS: ObservationKind[] = ['fact', 'decision', 'fact', 'plan'];

/**
 * Forty seeded edits to eight of the seed's nodes: mostly appended observations on any date
 * (so back-dated, same-day, and change-and-change-back histories all occur), and whole records
 * rewritten through `applyWrite` with one observation dropped and another's code changed.
 */
async function editStatuses(store: GraphStore): Promise<number> {
  const next = prng(12);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const seed = await store.queryNodes({}, { offset: 0, limit: 10_000 });
  const nodes = seed.nodes
    .filter((n) => n.validity?.to === undefined && n.statusHistory.length >= 2)
    .slice(0, 8);
  const documentId = (await store.getDocuments())[0]?.id as string;
  let edits = 0;
  for (let step = 0; step < 40; step++) {
    const id = pick(nodes).id;
    // The last ten rewrite, so a rewrite is the last write of some node, too.
    if (step < 30 && next() < 0.75) {
      await store.addStatusObservation(id, {
        code: pick(EDIT_CODES),
        textDa: `Rettet i test, trin ${step}`,
        date: pick(EDIT_DATES),
        kind: pick(EDIT_KINDS),
        documentId,
      });
    } else {
      const record = (await store.getNodes([id])).get(id) as GraphNodeRecord;
      const version = (await store.getVersions([id], [])).nodes.get(id) as number;
      const history: StatusObservation[] = record.statusHistory
        .filter((_, i) => i !== Math.floor(next() * record.statusHistory.length))
        .map((o, i, all) => (i === Math.floor(next() * all.length) ? { ...o, code: pick(EDIT_CODES) } : o));
      await store.applyWrite({
        nodes: [{ record: { ...record, statusHistory: history }, expectedVersion: version }],
        edges: [],
        documents: [],
        audit: {
          id: `exactness-edit-${step}-${Math.random().toString(36).slice(2, 8)}`,
          at: '2026-11-30T12:00:00.000Z',
          actor: { kind: 'user', id: 'u-test', name: 'Test' },
          mutation: 'updateNode',
          nodeIds: [id],
          edgeIds: [],
          documentIds: [],
          before: { nodes: [{ record, version }], edges: [], documents: [] },
        },
      });
    }
    edits += 1;
  }
  return edits;
}

export function describeChangesExactness(name: string, open: () => Promise<GraphStore>): void {
  describe(`changes is exact against asOf on the real seed: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await open();
      await store.replaceAll(loadSeed());
    }, 120_000);
    afterAll(async () => {
      await store.close();
    });

    it('for every pair of 20 dates', async () => {
      const { mismatches, pairs, statusChanges } = await exactnessMismatches(store);
      expect(mismatches).toStrictEqual([]);
      expect(pairs).toBe(210);
      // The property is not vacuous: the seed's statuses do change between these dates.
      expect(statusChanges).toBeGreaterThan(100);
    }, 300_000);

    it('and still after forty edits through both write paths', async () => {
      const before = await exactnessMismatches(store);
      expect(await editStatuses(store)).toBe(40);
      const after = await exactnessMismatches(store);
      expect(after.mismatches).toStrictEqual([]);
      // The edits did change what the windows report.
      expect(after.statusChanges).not.toBe(before.statusChanges);
    }, 300_000);
  });
}

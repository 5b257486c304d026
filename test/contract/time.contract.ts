/**
 * The time part of the store contract: validity survives import and export, `asOf` leaves out
 * what did not exist yet in every read, and `changes` gives the same answer on every adapter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument, StatusObservation } from '../../schema/domain.js';
import type { ChangeRecord, GraphStore } from '../../server/store/graph-store.js';
import { timeFixture } from './time-fixture.js';

export function describeTimeContract(
  name: string,
  open: () => Promise<{ store: GraphStore; prefix: string }>,
): void {
  describe(`GraphStore time contract: ${name}`, () => {
    let store: GraphStore;
    let p: string;
    let fixture: GraphDocument;
    const observation = (node: string, seq: number): StatusObservation => {
      const found = fixture.nodes
        .find((n) => n.id === `${p}${node}`)
        ?.statusHistory.find((o) => o.seq === seq);
      if (!found) throw new Error(`no observation ${node}/${seq}`);
      return found;
    };
    const page = (from: string, to: string, filter = {}, offset = 0, limit = 50) =>
      store.changes({ from, to, filter }, { offset, limit });
    const upstream = (upstreamOf: string, filter = {}, offset = 0, limit = 50) =>
      store.changes({ from: '2023-01-01', to: '2024-12-31', filter, upstreamOf }, { offset, limit });

    beforeAll(async () => {
      const opened = await open();
      store = opened.store;
      p = opened.prefix;
      fixture = timeFixture(p);
      await store.replaceAll(fixture);
    });
    afterAll(async () => {
      await store.close();
    });

    it('exports validity exactly as imported', async () => {
      expect(await store.exportGraph()).toStrictEqual(fixture);
      expect((await store.getNodes([`${p}old-ag`])).get(`${p}old-ag`)?.validity).toStrictEqual({
        from: '2019-07-01',
        fromBasis: 'in_force',
        to: '2024',
        toBasis: 'superseded',
        documentId: `${p}doc-t`,
      });
    });

    it('asOf leaves out of queryNodes what did not exist yet, and keeps what had ended', async () => {
      const at = async (asOf?: string) =>
        (await store.queryNodes(asOf ? { asOf } : {}, { offset: 0, limit: 50 })).nodes.map((n) => n.id);
      expect(await at('2019-06-30')).toStrictEqual([`${p}ini-c`]);
      expect(await at('2023-05-01')).toStrictEqual([`${p}ini-a`, `${p}ini-b`, `${p}ini-c`, `${p}old-ag`]);
      expect(await at('2024-06-01')).toStrictEqual([
        `${p}ini-a`,
        `${p}ini-b`,
        `${p}ini-c`,
        `${p}new-ag`,
        `${p}old-ag`,
      ]);
      expect(await at()).toStrictEqual(await at('2024-06-01'));
    });

    it('asOf leaves out of search, edges among and traversals what did not exist yet', async () => {
      expect((await store.searchNodes('Tid', 10, '2023-04-30')).map((n) => n.id).sort()).toStrictEqual([
        `${p}ini-a`,
        `${p}ini-c`,
        `${p}old-ag`,
      ]);
      const all = fixture.nodes.map((n) => n.id);
      expect((await store.getEdgesAmong(all, '2023-12-31')).map((e) => e.id)).toStrictEqual([
        `${p}ini-a|PART_OF|${p}old-ag`,
        `${p}ini-c|COUPLED_WITH|${p}ini-a`,
      ]);
      const reached = async (asOf?: string) =>
        [...(await store.reach([`${p}old-ag`], 'BOTH', 3, undefined, asOf)).depthById.keys()].sort();
      expect(await reached('2023-12-31')).toStrictEqual([`${p}ini-a`, `${p}ini-c`, `${p}old-ag`]);
      expect(await reached()).toStrictEqual([
        `${p}ini-a`,
        `${p}ini-b`,
        `${p}ini-c`,
        `${p}new-ag`,
        `${p}old-ag`,
      ]);
    });

    it('changes: a status that differs at the two dates, and what appeared', async () => {
      const expected: ChangeRecord[] = [
        {
          kind: 'STATUS_CHANGED',
          date: '2023-02-01',
          nodeId: `${p}ini-a`,
          before: observation('ini-a', 0),
          after: observation('ini-a', 2),
          documentId: `${p}doc-t`,
        },
        {
          kind: 'APPEARED',
          date: '2023-05-01',
          nodeId: `${p}ini-b`,
          after: observation('ini-b', 0),
          documentId: `${p}doc-t`,
        },
      ];
      expect(await page('2022-01-01', '2023-12-31')).toStrictEqual({ changes: expected, totalCount: 2 });
    });

    it('changes: the same status code again, and a plan, are not changes', async () => {
      expect(await page('2023-06-01', '2023-12-31')).toStrictEqual({ changes: [], totalCount: 0 });
    });

    it('changes: retired, appeared, relations added and ended, ordered by date, kind, node, edge', async () => {
      const doc = `${p}doc-t`;
      expect(await page('2023-06-01', '2024-06-01')).toStrictEqual({
        totalCount: 5,
        changes: [
          { kind: 'APPEARED', date: '2024-01-01', nodeId: `${p}new-ag`, documentId: doc },
          { kind: 'RETIRED', date: '2024-01-01', nodeId: `${p}old-ag`, documentId: doc },
          {
            kind: 'RELATION_ADDED',
            date: '2024-01-01',
            nodeId: `${p}ini-b`,
            edgeId: `${p}ini-b|PART_OF|${p}new-ag`,
            documentId: doc,
          },
          {
            kind: 'RELATION_ADDED',
            date: '2024-01-01',
            nodeId: `${p}new-ag`,
            edgeId: `${p}new-ag|SUPERSEDES|${p}old-ag`,
            documentId: doc,
          },
          {
            kind: 'RELATION_ENDED',
            date: '2024-01-01',
            nodeId: `${p}ini-a`,
            edgeId: `${p}ini-a|PART_OF|${p}old-ag`,
            documentId: doc,
          },
        ],
      });
    });

    it('changes: pages keep the order and the total; the filter narrows to matching nodes', async () => {
      const whole = await page('2019-01-01', '2024-06-01');
      const first = await page('2019-01-01', '2024-06-01', {}, 0, 3);
      const rest = await page('2019-01-01', '2024-06-01', {}, 3, 50);
      expect([...first.changes, ...rest.changes]).toStrictEqual(whole.changes);
      expect([first.totalCount, rest.totalCount]).toStrictEqual([whole.totalCount, whole.totalCount]);
      const agreements = await page('2019-01-01', '2024-06-01', { labels: ['Agreement'] });
      expect(agreements.changes.map((c) => `${c.kind} ${c.nodeId} ${c.edgeId ?? ''}`)).toStrictEqual([
        `APPEARED ${p}old-ag `,
        `RELATION_ADDED ${p}ini-a ${p}ini-a|PART_OF|${p}old-ag`,
        `APPEARED ${p}new-ag `,
        `RETIRED ${p}old-ag `,
        `RELATION_ADDED ${p}ini-b ${p}ini-b|PART_OF|${p}new-ag`,
        `RELATION_ADDED ${p}new-ag ${p}new-ag|SUPERSEDES|${p}old-ag`,
        `RELATION_ENDED ${p}ini-a ${p}ini-a|PART_OF|${p}old-ag`,
      ]);
    });

    it('changes upstreamOf: the node and what it depends on, and relations with an end among them', async () => {
      const doc = `${p}doc-t`;
      const statusOfA: ChangeRecord = {
        kind: 'STATUS_CHANGED',
        date: '2023-02-01',
        nodeId: `${p}ini-a`,
        before: observation('ini-a', 1),
        after: observation('ini-a', 2),
        documentId: doc,
      };
      const endedA: ChangeRecord = {
        kind: 'RELATION_ENDED',
        date: '2024-01-01',
        nodeId: `${p}ini-a`,
        edgeId: `${p}ini-a|PART_OF|${p}old-ag`,
        documentId: doc,
      };
      const dependsOn: ChangeRecord = {
        kind: 'RELATION_ADDED',
        date: '2024-07-01',
        nodeId: `${p}ini-b`,
        edgeId: `${p}ini-b|DEPENDS_ON|${p}ini-a`,
        documentId: doc,
      };
      expect(await upstream(`${p}ini-b`)).toStrictEqual({
        totalCount: 5,
        changes: [
          statusOfA,
          {
            kind: 'APPEARED',
            date: '2023-05-01',
            nodeId: `${p}ini-b`,
            after: observation('ini-b', 0),
            documentId: doc,
          },
          {
            kind: 'RELATION_ADDED',
            date: '2024-01-01',
            nodeId: `${p}ini-b`,
            edgeId: `${p}ini-b|PART_OF|${p}new-ag`,
            documentId: doc,
          },
          endedA,
          dependsOn,
        ],
      });
      // Upstream only: ini-b depends on ini-a, so ini-b's own changes are not ini-a's.
      expect(await upstream(`${p}ini-a`)).toStrictEqual({
        totalCount: 3,
        changes: [statusOfA, endedA, dependsOn],
      });
    });

    it('changes upstreamOf narrows together with the filter and pages like the rest', async () => {
      expect(await upstream(`${p}ini-b`, { labels: ['Agreement'] })).toStrictEqual({
        totalCount: 0,
        changes: [],
      });
      const statusOnly = await upstream(`${p}ini-b`, { statusCodes: ['RESUMED'] });
      expect(statusOnly.changes.map((c) => `${c.kind} ${c.nodeId} ${c.edgeId ?? ''}`)).toStrictEqual([
        `STATUS_CHANGED ${p}ini-a `,
        `RELATION_ENDED ${p}ini-a ${p}ini-a|PART_OF|${p}old-ag`,
        `RELATION_ADDED ${p}ini-b ${p}ini-b|DEPENDS_ON|${p}ini-a`,
      ]);
      const whole = await upstream(`${p}ini-b`);
      const first = await upstream(`${p}ini-b`, {}, 0, 2);
      const rest = await upstream(`${p}ini-b`, {}, 2, 50);
      expect({
        changes: [...first.changes, ...rest.changes],
        totals: [first.totalCount, rest.totalCount],
      }).toStrictEqual({ changes: whole.changes, totals: [5, 5] });
    });
  });
}

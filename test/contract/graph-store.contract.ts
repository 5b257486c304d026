/**
 * The store contract, written once against the `GraphStore` port. Every adapter runs it
 * (`sqlite.contract.test.ts`, `test/neo4j/neo4j.contract.test.ts`), so both stores give the
 * same answers to the same questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeId, RELATION_TYPES, type GraphDocument } from '../../schema/domain.js';
import { NotFoundError, ValidationError } from '../../server/errors.js';
import { rankSearch } from '../../server/search/rank.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { contractFixture } from './contract-fixture.js';
import { describeWriteContract } from './graph-store-writes.contract.js';

/** `open` gives a store for this run; `prefix` isolates its data when the store is shared. */
export function describeGraphStoreContract(
  name: string,
  open: () => Promise<{ store: GraphStore; prefix: string }>,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let p: string;
    let fixture: GraphDocument;
    const ids = (list: { id: string }[]): string[] => list.map((x) => x.id);

    beforeAll(async () => {
      const opened = await open();
      store = opened.store;
      p = opened.prefix;
      fixture = contractFixture(p);
      await store.replaceAll(fixture);
    });
    afterAll(async () => {
      await store.close();
    });

    describe('replaceAll and exportGraph', () => {
      it('exports exactly what was imported', async () => {
        expect(await store.exportGraph()).toStrictEqual(fixture);
      });

      it('counts what it holds', async () => {
        expect(await store.counts()).toStrictEqual({
          documents: 1,
          nodes: 11,
          edges: 10,
          statusObservations: 8,
        });
      });

      it('replacing with the same document twice changes nothing', async () => {
        const summary = await store.replaceAll(fixture);
        expect(summary).toStrictEqual({ documents: 1, nodes: 11, edges: 10, statusObservations: 8 });
        expect(await store.exportGraph()).toStrictEqual(fixture);
      });

      it('a document with a dangling edge is refused whole and the old content stays', async () => {
        const broken: GraphDocument = {
          ...fixture,
          nodes: fixture.nodes.slice(1),
          edges: [
            ...fixture.edges,
            {
              id: edgeId(`${p}ag-overvaegt`, 'DEPENDS_ON', `${p}missing`),
              type: 'DEPENDS_ON',
              source: `${p}ag-overvaegt`,
              target: `${p}missing`,
              props: {},
              sources: [],
            },
          ],
        };
        await expect(store.replaceAll(broken)).rejects.toBeInstanceOf(ValidationError);
        expect(await store.exportGraph()).toStrictEqual(fixture);
      });
    });

    describe('reading nodes', () => {
      it('returns nodes in the order asked and leaves unknown ids out', async () => {
        const found = await store.getNodes([`${p}ssg`, `${p}nope`, `${p}cl-vest`]);
        expect([...found.keys()]).toStrictEqual([`${p}ssg`, `${p}cl-vest`]);
        expect(found.get(`${p}ssg`)).toStrictEqual(fixture.nodes.find((n) => n.id === `${p}ssg`));
      });

      it('keeps status history in date order with the document and kind', async () => {
        const node = (await store.getNodes([`${p}ini-psyk`])).get(`${p}ini-psyk`);
        expect(node?.statusHistory.map((o) => [o.code, o.date, o.kind])).toStrictEqual([
          ['DRAFTING', '2024-02', 'fact'],
          ['PAUSED', '2024-05', 'fact'],
          ['RESUMED', '2024-09', 'fact'],
          ['PAUSED', '2025-01-09', 'recommendation'],
        ]);
      });

      it('pages by id with a total count', async () => {
        const first = await store.queryNodes({}, { offset: 0, limit: 4 });
        const second = await store.queryNodes({}, { offset: 4, limit: 4 });
        const all = fixture.nodes.map((n) => n.id);
        expect(first.totalCount).toBe(11);
        expect([...ids(first.nodes), ...ids(second.nodes)]).toStrictEqual(all.slice(0, 8));
      });

      it('filters by label and kind', async () => {
        const page = await store.queryNodes(
          { labels: ['Initiative'], kinds: ['trial'] },
          { offset: 0, limit: 50 },
        );
        expect(ids(page.nodes)).toStrictEqual([`${p}ini-psyk`]);
      });

      it('filters by current status, which is the latest fact or decision as of the date', async () => {
        const now = await store.queryNodes({ statusCodes: ['RESUMED'] }, { offset: 0, limit: 50 });
        expect(ids(now.nodes)).toStrictEqual([`${p}ini-psyk`]);
        const mid2024 = await store.queryNodes(
          { statusCodes: ['PAUSED'], asOf: '2024-06-30' },
          { offset: 0, limit: 50 },
        );
        expect(ids(mid2024.nodes)).toStrictEqual([`${p}ini-psyk`]);
        const unknown = await store.queryNodes(
          { statusCodes: ['UNKNOWN'], labels: ['Initiative'] },
          { offset: 0, limit: 50 },
        );
        expect(ids(unknown.nodes)).toStrictEqual([`${p}ini-sub`]);
      });

      it('filters by status family', async () => {
        const awaiting = await store.queryNodes({ statusFamilies: ['awaiting'] }, { offset: 0, limit: 50 });
        expect(ids(awaiting.nodes)).toStrictEqual([`${p}ini-hjemmebesoeg`]);
      });

      it('filters by what awaits national or regional work', async () => {
        const national = await store.queryNodes({ awaiting: 'NATIONAL' }, { offset: 0, limit: 50 });
        const regional = await store.queryNodes({ awaiting: 'REGIONAL' }, { offset: 0, limit: 50 });
        const any = await store.queryNodes({ awaiting: 'ANY' }, { offset: 0, limit: 50 });
        expect([ids(national.nodes), ids(regional.nodes), ids(any.nodes)]).toStrictEqual([
          [`${p}ini-psyk`],
          [`${p}ini-hjemmebesoeg`],
          [`${p}ini-hjemmebesoeg`, `${p}ini-psyk`],
        ]);
      });

      it('filters by cluster and by responsible body', async () => {
        const cluster = await store.queryNodes({ cluster: `${p}cl-vest` }, { offset: 0, limit: 50 });
        expect(ids(cluster.nodes)).toStrictEqual([`${p}ag-overvaegt`, `${p}cl-vest`, `${p}mun-herning`]);
        const body = await store.queryNodes({ responsibleBody: `${p}wg-psyk` }, { offset: 0, limit: 50 });
        expect(ids(body.nodes)).toStrictEqual([`${p}ini-psyk`]);
        const owner = await store.queryNodes({ responsibleBody: `${p}ssg` }, { offset: 0, limit: 50 });
        expect(ids(owner.nodes)).toStrictEqual([`${p}ag-overvaegt`]);
      });

      it('filters by Danish-folded text', async () => {
        const page = await store.queryNodes({ text: 'overvaegt' }, { offset: 0, limit: 50 });
        expect(ids(page.nodes)).toStrictEqual([`${p}ag-overvaegt`]);
      });
    });

    describe('search', () => {
      it('folds case and Danish letters: overvaegt, Overvægt and overvægt find the same', async () => {
        const results = await Promise.all(
          ['overvaegt', 'Overvægt', 'overvægt'].map((t) => store.searchNodes(t, 10)),
        );
        expect(results.map(ids)).toStrictEqual([
          [`${p}ag-overvaegt`],
          [`${p}ag-overvaegt`],
          [`${p}ag-overvaegt`],
        ]);
      });

      it('matches word prefixes and aliases', async () => {
        expect(ids(await store.searchNodes('gødstr', 10))).toStrictEqual([`${p}cl-vest`]);
        expect(ids(await store.searchNodes('ssg', 10))).toStrictEqual([`${p}ssg`]);
      });

      it('ranks a name that starts with the query before one that only contains it', async () => {
        const hits = ids(await store.searchNodes('prøvehandling', 10));
        expect(hits[0]).toBe(`${p}ini-psyk`);
      });

      it('finds the inside of a compound word', async () => {
        expect(ids(await store.searchNodes('vægt', 10))).toStrictEqual([`${p}ag-overvaegt`]);
      });

      it('returns nothing for text without letters or digits', async () => {
        expect(await store.searchNodes(' -- ', 10)).toStrictEqual([]);
      });

      it('tolerates typos: a missing, a wrong and a swapped letter', async () => {
        const results = await Promise.all(
          ['overvagt', 'Gødstrupklyngn', 'psykaitri', 'sundhedsstyregrupen'].map((t) =>
            store.searchNodes(t, 10),
          ),
        );
        expect(results.map(ids)).toStrictEqual([
          [`${p}ag-overvaegt`],
          [`${p}cl-vest`],
          [`${p}wg-psyk`, `${p}ini-psyk`],
          [`${p}ssg`],
        ]);
      });

      it('finds status texts and quotes, after the names', async () => {
        // "RESUMED tekst" is ini-psyk's status text; no name says "resumed".
        expect(ids(await store.searchNodes('resumed', 10))).toStrictEqual([`${p}ini-psyk`]);
        // Every node with a status has "… tekst"; names never do: all three (all current), the
        // shortest name first.
        expect(ids(await store.searchNodes('tekst', 10))).toStrictEqual([
          `${p}ini-hjemmebesoeg`,
          `${p}ini-psyk`,
          `${p}ag-overvaegt`,
        ]);
      });

      it('ranks current items before dropped ones, and sees a status as soon as it is written', async () => {
        // Two names with the word as such: the shorter first while both are current.
        expect(ids(await store.searchNodes('psykiatri', 10))).toStrictEqual([`${p}wg-psyk`, `${p}ini-psyk`]);
        await store.addStatusObservation(`${p}wg-psyk`, {
          code: 'DROPPED',
          textDa: 'Arbejdsgruppen nedlægges',
          date: '2025-01-09',
          kind: 'decision',
          documentId: `${p}doc-a`,
        });
        try {
          expect(ids(await store.searchNodes('psykiatri', 10))).toStrictEqual([
            `${p}ini-psyk`,
            `${p}wg-psyk`,
          ]);
          expect(ids(await store.searchNodes('nedlaegges', 10))).toStrictEqual([`${p}wg-psyk`]);
        } finally {
          await store.replaceAll(fixture);
        }
      });

      it('ranks a superseded item after what superseded it, once the supersession is in effect', async () => {
        // reg-72t has "timer" as a word (reform-96t only "timers"), so it leads until reform-96t
        // SUPERSEDES it on 2027-01-01; from then on it is no longer current.
        const inEffect = new Date().toISOString().slice(0, 10) >= '2027-01-01';
        expect(ids(await store.searchNodes('timer behandlingsansvar', 10))).toStrictEqual(
          inEffect ? [`${p}reform-96t`, `${p}reg-72t`] : [`${p}reg-72t`, `${p}reform-96t`],
        );
        // The same edge, already in effect, through the ranking both stores share.
        const [reform, scheme] = await Promise.all([
          store.getNodes([`${p}reform-96t`]),
          store.getNodes([`${p}reg-72t`]),
        ]);
        const candidates = [...scheme.values(), ...reform.values()];
        const edges = await store.getEdges([`${p}reg-72t`], 'IN', ['SUPERSEDES']);
        expect(
          ids(
            rankSearch('timer behandlingsansvar', candidates, 10, {
              today: '2027-01-01',
              supersedingEdges: edges,
            }),
          ),
        ).toStrictEqual([`${p}reform-96t`, `${p}reg-72t`]);
      });

      it('finds a node by what an edit wrote, and no longer by what it replaced', async () => {
        const [ssg] = (await store.getNodes([`${p}ssg`])).values();
        if (!ssg) throw new Error('fixture has no ssg');
        await store.applyWrite({
          nodes: [{ record: { ...ssg, nameDa: 'Styregruppen for sundhedssamarbejdet' }, expectedVersion: 1 }],
          edges: [],
          documents: [],
          audit: {
            id: `search-edit-${Math.random().toString(36).slice(2, 8)}`,
            at: '2025-06-01T10:00:00.000Z',
            actor: { kind: 'user', id: 'u-1', name: 'Test Bruger' },
            mutation: 'updateNode',
            nodeIds: [ssg.id],
            edgeIds: [],
            documentIds: [],
            before: { nodes: [{ record: ssg, version: 1 }], edges: [], documents: [] },
          },
        });
        try {
          expect(
            await Promise.all(
              ['sundhedssamarbejdet', 'sundhedsstyregruppen'].map(async (t) =>
                ids(await store.searchNodes(t, 10)),
              ),
            ),
          ).toStrictEqual([[`${p}ssg`], []]);
        } finally {
          await store.replaceAll(fixture);
        }
      });

      it('gives at most `limit` results', async () => {
        expect(ids(await store.searchNodes('tekst', 2))).toStrictEqual([
          `${p}ini-hjemmebesoeg`,
          `${p}ini-psyk`,
        ]);
      });
    });

    describe('edges and traversal', () => {
      it('gets edges by direction and type, COUPLED_WITH both ways', async () => {
        const out = await store.getEdges([`${p}ini-hjemmebesoeg`], 'OUT');
        expect(out.map((e) => e.type).sort()).toStrictEqual(['AWAITS', 'COUPLED_WITH']);
        const into = await store.getEdges([`${p}ini-psyk`], 'IN', ['RESPONSIBLE', 'PART_OF']);
        expect(into.map((e) => e.source).sort()).toStrictEqual([`${p}ini-sub`, `${p}wg-psyk`]);
        expect(into[0]?.sources.length).toBe(1);
      });

      it('gets the edges among a set', async () => {
        const among = await store.getEdgesAmong([`${p}reform`, `${p}reform-96t`, `${p}reg-72t`]);
        expect(among.map((e) => e.id)).toStrictEqual([
          edgeId(`${p}reform-96t`, 'PART_OF', `${p}reform`),
          edgeId(`${p}reform-96t`, 'SUPERSEDES', `${p}reg-72t`),
        ]);
      });

      it('expands one hop from a frontier', async () => {
        const edges = await store.expand([`${p}reform-96t`], 'IN', ['AWAITS', 'PART_OF']);
        expect(edges).toStrictEqual([
          {
            id: edgeId(`${p}ini-psyk`, 'AWAITS', `${p}reform-96t`),
            type: 'AWAITS',
            source: `${p}ini-psyk`,
            target: `${p}reform-96t`,
            props: { mode: 'blocking', quote: 'afventer 96 timer' },
          },
        ]);
      });

      it('reaches transitively within a depth, with first-reach depths', async () => {
        const reached = await store.reach([`${p}reform`], 'IN', 3, ['PART_OF', 'AWAITS', 'RESPONSIBLE']);
        expect(Object.fromEntries([...reached.depthById].sort())).toStrictEqual({
          [`${p}ini-psyk`]: 2,
          [`${p}reform`]: 0,
          [`${p}reform-96t`]: 1,
          [`${p}ini-sub`]: 3,
          [`${p}wg-psyk`]: 3,
        });
        const shallow = await store.reach([`${p}reform`], 'IN', 1);
        expect([...shallow.depthById.keys()].sort()).toStrictEqual([`${p}reform`, `${p}reform-96t`]);
      });

      it('reachKeys answers reach in the store key space, and takes its keys back as seeds', async () => {
        const seeds = [`${p}reform`];
        const keyed = await store.reachKeys(seeds, 'IN', 3, ['PART_OF', 'AWAITS', 'RESPONSIBLE']);
        const reached = await store.reach(seeds, 'IN', 3, ['PART_OF', 'AWAITS', 'RESPONSIBLE']);
        const ids = Array.from(keyed.nodes, (k) => keyed.keys.id(k));
        const depths = ids.map((_, i) => keyed.levelEnds.findIndex((end) => i < end));
        const edges = Array.from(keyed.edgeSource, (_, i) => [
          keyed.keys.id(keyed.edgeSource[i] as number),
          RELATION_TYPES[keyed.edgeType[i] as number],
          keyed.keys.id(keyed.edgeTarget[i] as number),
          keyed.edgeProps[i] ?? {},
        ]);
        expect({ depths: Object.fromEntries(ids.map((id, i) => [id, depths[i]])), edges }).toStrictEqual({
          depths: Object.fromEntries(reached.depthById),
          edges: reached.edges.map((e) => [e.source, e.type, e.target, e.props]),
        });
        expect(ids.map((id) => keyed.keys.keyOf(id))).toStrictEqual([...keyed.nodes]);
        const again = await store.reachKeys(keyed.nodes.subarray(0, 1), 'IN', 1, ['PART_OF']);
        expect(Array.from(again.nodes, (k) => again.keys.id(k))).toStrictEqual([
          `${p}reform`,
          `${p}reform-96t`,
        ]);
        expect((await store.reachKeys([`${p}nope`], 'BOTH', 2)).nodes.length).toBe(0);
      });

      it('finds the shortest paths between two nodes', async () => {
        const paths = await store.shortestPaths(`${p}wg-psyk`, `${p}reform`, { maxDepth: 6, maxPaths: 5 });
        expect(paths.map((path) => path.map((e) => e.type))).toStrictEqual([
          ['RESPONSIBLE', 'AWAITS', 'PART_OF'],
        ]);
        expect(
          await store.shortestPaths(`${p}ssg`, `${p}reform`, {
            maxDepth: 6,
            maxPaths: 5,
            types: ['PART_OF'],
          }),
        ).toStrictEqual([]);
      });
    });

    describe('writing status', () => {
      it('appends an observation and the current status follows it', async () => {
        const after = await store.addStatusObservation(`${p}ini-hjemmebesoeg`, {
          code: 'STARTED',
          textDa: 'Arbejdet er igangsat',
          date: '2025-03-01',
          kind: 'fact',
          documentId: `${p}doc-a`,
        });
        expect(after.statusHistory.at(-1)).toStrictEqual({
          code: 'STARTED',
          textDa: 'Arbejdet er igangsat',
          date: '2025-03-01',
          kind: 'fact',
          documentId: `${p}doc-a`,
          seq: 2,
        });
        const started = await store.queryNodes({ statusCodes: ['STARTED'] }, { offset: 0, limit: 50 });
        expect(ids(started.nodes)).toStrictEqual([`${p}ini-hjemmebesoeg`]);
        await store.replaceAll(fixture);
      });

      it('refuses an observation for an unknown node', async () => {
        await expect(
          store.addStatusObservation(`${p}nope`, {
            code: 'STARTED',
            textDa: 'x',
            date: '2025-03-01',
            kind: 'fact',
            documentId: `${p}doc-a`,
          }),
        ).rejects.toStrictEqual(new NotFoundError('Node', `${p}nope`));
      });
    });

    describeWriteContract(() => ({ store, p, fixture }));
  });
}

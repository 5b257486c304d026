/** The API over the real agreement complex, as an analyst or an integration would query it, on each store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { describeEachStore } from '../support/test-stores.js';

describeEachStore('the API over the seeded store', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(loadSeed(), { store: kind });
  });
  afterAll(async () => {
    await app?.close();
  });

  const ids = (connection: { edges: { node: { id: string } }[] }): string[] =>
    connection.edges.map((e) => e.node.id);

  describe('the seeded store', () => {
    it('traces the 72-hour psychiatry trial to the 96-hour reform element, with the Danish recommendation', async () => {
      type R = {
        node: {
          recommendation: { code: string; textDa: string; document: { id: string } };
          relations: { edge: { type: string; mode: string | null }; other: { id: string } }[];
        };
      };
      const result = await app.gql<R>(`{
      node(id: "ini-72t-psyk-botilbud") {
        recommendation { code textDa document { id } }
        relations(direction: OUT, types: [AWAITS]) { edge { type mode } other { id } }
      }
    }`);
      expect(result.data?.node.relations).toStrictEqual([
        { edge: { type: 'AWAITS', mode: 'blocking' }, other: { id: 'nat-2024-96t' } },
      ]);
      expect(result.data?.node.recommendation.code).toBe('PAUSED');
      expect(result.data?.node.recommendation.textDa).toMatch(
        /afventer det nationale arbejde med 96 timers behandlingsansvar/,
      );
      expect(result.data?.node.recommendation.document.id).toBe('doc-001');
    });

    it('answers what awaits national work', async () => {
      type R = { nodes: { edges: { node: { id: string } }[] } };
      const result = await app.gql<R>(
        `{ nodes(filter: { awaiting: NATIONAL }, first: 200) { edges { node { id } } } }`,
      );
      const awaiting = ids(result.data?.nodes ?? { edges: [] });
      expect(awaiting).toEqual(
        expect.arrayContaining([
          'ini-72t-psyk-botilbud',
          'ini-kronisk-droeftelse',
          'ini-prioriteringer-2025',
          'ini-rev-sa-demens',
        ]),
      );
      expect(awaiting).not.toContain('ag-sa-god-indlaeggelse');
    });

    it('lists what belongs to a cluster, not what the cluster belongs to', async () => {
      type R = { nodes: { edges: { node: { id: string } }[] } };
      const result = await app.gql<R>(
        `{ nodes(filter: { cluster: "cl-vest" }, first: 200) { edges { node { id } } } }`,
      );
      const inCluster = ids(result.data?.nodes ?? { edges: [] });
      expect(inCluster).toEqual(
        expect.arrayContaining(['cl-vest', 'hosp-vest', 'mun-herning', 'mun-struer', 'body-ksg-vest']),
      );
      expect(inCluster).not.toContain('reg-midtjylland');
      expect(inCluster).not.toContain('mun-aarhus');
    });

    it('shows a drafted, paused and resumed agreement as it stood in mid-2024 and now', async () => {
      type R = { then: { status: { code: string } }; now: { status: { code: string } } };
      const result = await app.gql<R>(`{
      then: node(id: "ag-sa-tidlig-opsporing", asOf: "2024-06-01") { status { code } }
      now: node(id: "ag-sa-tidlig-opsporing", asOf: "2024-10-01") { status { code } }
    }`);
      expect(result.data).toStrictEqual({
        then: { status: { code: 'PAUSED' } },
        now: { status: { code: 'RESUMED' } },
      });
    });

    it('finds overvægt however it is typed, best match first', async () => {
      type R = { a: { id: string }[]; b: { id: string }[]; c: { id: string }[] };
      const result = await app.gql<R>(
        `{ a: search(text: "overvaegt") { id } b: search(text: "Overvægt") { id } c: search(text: "overvægt") { id } }`,
      );
      expect(result.data?.a).toStrictEqual(result.data?.b);
      expect(result.data?.b).toStrictEqual(result.data?.c);
      expect(result.data?.a.map((n) => n.id)).toEqual(
        expect.arrayContaining(['ag-sa-overvaegt-bu', 'ag-ip-overvaegt', 'wg-overvaegt']),
      );
    });

    it('draws the whole complex in one round trip, every edge between returned nodes', async () => {
      type R = {
        graph: { nodes: { id: string }[]; edges: { source: string; target: string }[]; truncated: boolean };
      };
      const [result, counts] = await Promise.all([
        app.gql<R>(`{ graph { nodes { id } edges { source target } truncated } }`),
        app.store.counts(),
      ]);
      const graph = result.data?.graph;
      const nodeIds = new Set(graph?.nodes.map((n) => n.id));
      expect([graph?.nodes.length, graph?.edges.length, graph?.truncated]).toStrictEqual([
        counts.nodes,
        counts.edges,
        false,
      ]);
      expect(graph?.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    });

    it('cites a source document for every node it returns', async () => {
      type R = { graph: { nodes: { id: string; sources: { document: { title: string } }[] }[] } };
      const result = await app.gql<R>(`{ graph { nodes { id sources { document { title } } } } }`);
      const unsourced = result.data?.graph.nodes.filter(
        (n) => n.sources.length === 0 || n.sources.some((s) => !s.document.title),
      );
      expect(unsourced?.map((n) => n.id)).toStrictEqual([]);
    });
  });
});

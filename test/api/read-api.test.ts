/** The read API over HTTP against a started server (the contract of issue 2), on each store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFixture } from '../contract/contract-fixture.js';
import { countingStore, startTestApp, type TestApp } from '../support/test-app.js';
import { describeEachStore } from '../support/test-stores.js';

const fixture = contractFixture('');

describeEachStore('read API over HTTP', (kind) => {
  let app: TestApp;
  const calls = new Map<string, number>();

  beforeAll(async () => {
    app = await startTestApp(fixture, { store: kind, wrapStore: (store) => countingStore(store, calls) });
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('node', () => {
    it('returns a node with its derived current status, history, horizon and sources', async () => {
      const result = await app.gql(`{
      node(id: "ini-psyk") {
        id label kind nameDa nameEn __typename
        status { code labelDa family date observedOn kind textDa document { id title asOf } }
        statusFamily
        statusHistory { code date kind }
        recommendation { code kind }
        horizon { raw start end }
        sources { document { id title } quote confidence }
      }
    }`);
      expect(result).toStrictEqual({
        data: {
          node: {
            id: 'ini-psyk',
            label: 'Initiative',
            kind: 'trial',
            nameDa: 'Prøvehandling psykiatri og botilbud',
            nameEn: null,
            __typename: 'Initiative',
            status: {
              code: 'RESUMED',
              labelDa: 'Genoptaget',
              family: 'ACTIVE',
              date: '2024-09',
              observedOn: '2024-09-01',
              kind: 'FACT',
              textDa: 'RESUMED tekst',
              document: { id: 'doc-a', title: 'Kontraktdokument', asOf: '2025-01-09' },
            },
            statusFamily: 'ACTIVE',
            statusHistory: [
              { code: 'DRAFTING', date: '2024-02', kind: 'FACT' },
              { code: 'PAUSED', date: '2024-05', kind: 'FACT' },
              { code: 'RESUMED', date: '2024-09', kind: 'FACT' },
              { code: 'PAUSED', date: '2025-01-09', kind: 'RECOMMENDATION' },
            ],
            recommendation: { code: 'PAUSED', kind: 'RECOMMENDATION' },
            horizon: { raw: 'Primo 2025', start: '2025-01-01', end: '2025-04-30' },
            sources: [
              { document: { id: 'doc-a', title: 'Kontraktdokument' }, quote: null, confidence: 'STATED' },
            ],
          },
        },
      });
    });

    it('answers as of a date: statuses observed up to then', async () => {
      const result = await app.gql(
        `{ node(id: "ini-psyk", asOf: "2024-06-30") { status { code } statusHistory { code } } }`,
      );
      expect(result).toStrictEqual({
        data: {
          node: { status: { code: 'PAUSED' }, statusHistory: [{ code: 'DRAFTING' }, { code: 'PAUSED' }] },
        },
      });
    });

    it('is null for an unknown id', async () => {
      expect(await app.gql(`{ node(id: "nope") { id } }`)).toStrictEqual({ data: { node: null } });
    });

    it('shows label-specific fields and resolves an agreement’s owner', async () => {
      const result = await app.gql(`{
      node(id: "ag-overvaegt") { ... on Agreement { validFrom ownerBody { id nameDa } } }
      reform: node(id: "reform") { ... on NationalNode { agreedOn } }
    }`);
      expect(result).toStrictEqual({
        data: {
          node: { validFrom: '2024', ownerBody: { id: 'ssg', nameDa: 'Sundhedsstyregruppen' } },
          reform: { agreedOn: '2024-11-15' },
        },
      });
    });

    it('lists relations by direction and type with the other node', async () => {
      const result = await app.gql(`{
      node(id: "ini-psyk") {
        relations(direction: OUT) { direction edge { type target mode quote sources { quote confidence } } other { id } }
      }
    }`);
      expect(result).toStrictEqual({
        data: {
          node: {
            relations: [
              {
                direction: 'OUT',
                edge: {
                  type: 'AWAITS',
                  target: 'reform-96t',
                  mode: 'blocking',
                  quote: 'afventer 96 timer',
                  sources: [{ quote: 'ini-psyk AWAITS reform-96t', confidence: 'STATED' }],
                },
                other: { id: 'reform-96t' },
              },
              {
                direction: 'OUT',
                edge: {
                  type: 'COUPLED_WITH',
                  target: 'ini-hjemmebesoeg',
                  mode: null,
                  quote: 'ini-psyk COUPLED_WITH ini-hjemmebesoeg',
                  sources: [{ quote: 'ini-psyk COUPLED_WITH ini-hjemmebesoeg', confidence: 'STATED' }],
                },
                other: { id: 'ini-hjemmebesoeg' },
              },
            ],
          },
        },
      });
    });
  });

  describe('nodes', () => {
    it('pages with cursors and a total count', async () => {
      type Page = {
        nodes: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      };
      const first = await app.gql<Page>(
        `{ nodes(first: 6) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      );
      const after = first.data?.nodes.pageInfo.endCursor;
      const second = await app.gql<Page>(
        `query($after: String) { nodes(first: 6, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      const ids = [...(first.data?.nodes.edges ?? []), ...(second.data?.nodes.edges ?? [])].map(
        (e) => e.node.id,
      );
      expect(ids).toStrictEqual(fixture.nodes.map((n) => n.id));
      expect([first.data?.nodes.pageInfo.hasNextPage, second.data?.nodes.pageInfo.hasNextPage]).toStrictEqual(
        [true, false],
      );
      expect(second.data?.nodes.totalCount).toBe(11);
    });

    it('filters by awaiting, status family and label together', async () => {
      const result = await app.gql(`{
      nodes(filter: { awaiting: ANY, labels: [Initiative], statusFamilies: [ACTIVE] }) { totalCount edges { node { id } } }
    }`);
      expect(result).toStrictEqual({
        data: { nodes: { totalCount: 1, edges: [{ node: { id: 'ini-psyk' } }] } },
      });
    });

    it('refuses first above 500, naming the argument', async () => {
      const result = await app.gql(`{ nodes(first: 501) { totalCount } }`);
      expect(result.errors?.map((e) => e.extensions)).toStrictEqual([
        {
          code: 'BAD_USER_INPUT',
          argument: 'first',
          reason: 'skal være et heltal fra 0 til 500 / must be an integer from 0 to 500',
        },
      ]);
    });

    it('refuses a malformed cursor, naming the argument', async () => {
      const cursor = await app.gql(`{ nodes(after: "zzz") { totalCount } }`);
      expect(cursor.errors?.[0]?.extensions).toStrictEqual({
        code: 'BAD_USER_INPUT',
        argument: 'after',
        reason: 'ugyldig cursor / invalid cursor',
      });
    });

    it('refuses a date that does not exist, as a variable and as a literal', async () => {
      const variable = await app.gql(`query($d: Date) { nodes(asOf: $d) { totalCount } }`, {
        d: '2025-02-30',
      });
      const literal = await app.gql(`{ nodes(asOf: "2025-02-30") { totalCount } }`);
      expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(variable.errors?.[0]?.message).toMatch(/\$d.*YYYY-MM-DD/);
      expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(literal.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    });
  });

  describe('search', () => {
    it('finds the same node for overvaegt, Overvægt and overvægt', async () => {
      const result = await app.gql(`{
      a: search(text: "overvaegt") { id } b: search(text: "Overvægt") { id } c: search(text: "overvægt") { id }
    }`);
      expect(result).toStrictEqual({
        data: { a: [{ id: 'ag-overvaegt' }], b: [{ id: 'ag-overvaegt' }], c: [{ id: 'ag-overvaegt' }] },
      });
    });
  });

  describe('neighborhood, graph and path', () => {
    it('returns the neighbourhood within a depth and direction', async () => {
      const result = await app.gql(`{
      neighborhood(id: "reform-96t", depth: 1, direction: IN) { nodes { id } edges { id type source target } truncated }
    }`);
      expect(result).toStrictEqual({
        data: {
          neighborhood: {
            nodes: [{ id: 'reform-96t' }, { id: 'ini-psyk' }],
            edges: [
              { id: 'ini-psyk|AWAITS|reform-96t', type: 'AWAITS', source: 'ini-psyk', target: 'reform-96t' },
            ],
            truncated: false,
          },
        },
      });
    });

    it('refuses an unknown id, naming the argument', async () => {
      const result = await app.gql(`{ neighborhood(id: "nope") { nodes { id } } }`);
      expect(result.errors?.[0]?.extensions).toStrictEqual({
        code: 'BAD_USER_INPUT',
        argument: 'id',
        reason: "ukendt node / unknown node 'nope'",
      });
    });

    it('draws a filtered subgraph with the edges among its nodes', async () => {
      const result = await app.gql(`{
      graph(filter: { labels: [NationalReform, ReformElement, RegionalScheme] }) { nodes { id } edges { type } truncated }
    }`);
      expect(result).toStrictEqual({
        data: {
          graph: {
            nodes: [{ id: 'reform' }, { id: 'reform-96t' }, { id: 'reg-72t' }],
            edges: [{ type: 'PART_OF' }, { type: 'SUPERSEDES' }],
            truncated: false,
          },
        },
      });
    });

    it('finds the shortest path, in order', async () => {
      const result = await app.gql(`{ path(from: "wg-psyk", to: "reform") { nodes { id } edges { type } } }`);
      expect(result).toStrictEqual({
        data: {
          path: [
            {
              nodes: [{ id: 'wg-psyk' }, { id: 'ini-psyk' }, { id: 'reform-96t' }, { id: 'reform' }],
              edges: [{ type: 'RESPONSIBLE' }, { type: 'AWAITS' }, { type: 'PART_OF' }],
            },
          ],
        },
      });
    });

    it('batches: the whole graph with statuses and every relation is a few store calls', async () => {
      calls.clear();
      const result = await app.gql<{ graph: { nodes: unknown[] } }>(`{
      graph { nodes { id status { code document { title } } relations { edge { type } other { id status { code } } } } }
    }`);
      expect(result.data?.graph.nodes).toHaveLength(11);
      const counted = Object.fromEntries(calls);
      // The foreign-write watcher polls the audit trail in the background: not the query's calls.
      delete counted.auditSince;
      expect(counted).toStrictEqual({
        queryNodes: 1,
        getEdgesAmong: 1,
        getDocuments: 1,
        getEdges: 1,
        getNodes: 1,
      });
    });
  });

  describe('limits and errors', () => {
    it('refuses queries nested too deep', async () => {
      const deep = `{ node(id: "ini-psyk") { ${'relations { other { '.repeat(6)}id${' } }'.repeat(6)} } }`;
      const result = await app.gql(deep);
      expect(result.errors?.[0]?.extensions).toStrictEqual({
        code: 'QUERY_TOO_COMPLEX',
        measure: 'depth',
        found: 14,
        limit: 12,
      });
      expect(result.errors?.[0]?.message).toBe(
        'Forespørgslen er for kompleks: depth 14, højst 12 / query too complex: depth 14, limit 12',
      );
    });

    it('records a status and the current status follows it', async () => {
      const result = await app.gql(
        `mutation($input: RecordStatusInput!) { recordStatus(input: $input) { status { code textDa date } } }`,
        {
          input: {
            nodeId: 'ini-sub',
            code: 'STARTED',
            textDa: ' Spor 1 er igangsat ',
            // A fact cannot be dated after its document (doc-a is of 2025-01-09).
            date: '2025-01',
            kind: 'FACT',
            documentId: 'doc-a',
          },
        },
      );
      expect(result).toStrictEqual({
        data: {
          recordStatus: { status: { code: 'STARTED', textDa: 'Spor 1 er igangsat', date: '2025-01' } },
        },
      });
    });

    it('refuses a status for an unknown node or with a bad date, saving nothing', async () => {
      const before = await app.store.counts();
      const unknown = await app.gql(
        `mutation { recordStatus(input: { nodeId: "nope", code: STARTED, textDa: "x", date: "2025", kind: FACT, documentId: "doc-a" }) { id } }`,
      );
      const badDate = await app.gql(
        `mutation { recordStatus(input: { nodeId: "ini-sub", code: STARTED, textDa: "x", date: "marts", kind: FACT, documentId: "doc-a" }) { id } }`,
      );
      expect(unknown.errors?.[0]?.extensions).toStrictEqual({
        code: 'BAD_USER_INPUT',
        argument: 'nodeId',
        reason: "ukendt node / unknown node 'nope'",
      });
      expect(badDate.errors?.[0]?.extensions?.argument).toBe('date');
      expect(await app.store.counts()).toStrictEqual(before);
    });
  });

  describe('internal errors', () => {
    it('are masked for the client and logged on the server', async () => {
      const failing = await startTestApp(fixture, {
        store: kind,
        wrapStore: (store) =>
          new Proxy(store, {
            get(target, property, receiver) {
              if (property === 'searchNodes')
                return () => Promise.reject(new Error('disk on fire at /secret/path'));
              return Reflect.get(target, property, receiver) as unknown;
            },
          }),
      });
      try {
        const result = await failing.gql(`{ search(text: "x") { id } }`);
        expect(result.errors?.map((e) => [e.message, e.extensions])).toStrictEqual([
          ['Intern fejl / internal server error', { code: 'INTERNAL_SERVER_ERROR' }],
        ]);
        expect(failing.logged).toStrictEqual(['[graphql] internal error']);
      } finally {
        await failing.close();
      }
    });
  });
});

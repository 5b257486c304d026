/**
 * Time through GraphQL on the real seed: validity on nodes, asOf leaving out what did not exist
 * yet in nodes, graph, search and impact, the `changes` connection, and flags with the
 * expectations checked against the documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Each query has its own response shape; the assertions pin it down whole.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('time over GraphQL, real seed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(loadSeed());
  });
  afterAll(async () => {
    await app.close();
  });
  const data = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const response = await app.gql<Json>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };

  it('a node tells when it exists, on what evidence, and whether it had ended by the view date', async () => {
    const query = `query($asOf: Date) { node(id: "ag-sa-2019-23", asOf: $asOf) {
      ended validity { from fromBasis to toBasis document { id } } } }`;
    const validity = {
      from: '2019-04-30',
      fromBasis: 'FIRST_MENTION',
      to: '2024',
      toBasis: 'SUPERSEDED',
      document: { id: 'doc-ref-sa-rm-godkendelse-2019' },
    };
    expect(await data(query, { asOf: '2023-12-31' })).toStrictEqual({ node: { ended: false, validity } });
    expect(await data(query, { asOf: '2024-01-01' })).toStrictEqual({ node: { ended: true, validity } });
  });

  it('asOf leaves out of nodes, graph and search what did not exist yet', async () => {
    const query = `query($asOf: Date) {
      nodes(filter: { labels: [Agreement], kinds: ["health_agreement"] }, asOf: $asOf) { edges { node { id ended } } }
      graph(filter: { labels: [Agreement], kinds: ["health_agreement"] }, asOf: $asOf) { nodes { id } edges { id } }
      search(text: "sundhedsaftale 2024", asOf: $asOf) { id }
    }`;
    const at2020 = await data(query, { asOf: '2020-01-01' });
    expect(at2020.nodes.edges).toStrictEqual([
      { node: { id: 'ag-sa-2015-18', ended: true } },
      { node: { id: 'ag-sa-2019-23', ended: false } },
    ]);
    expect(at2020.graph).toStrictEqual({
      nodes: [{ id: 'ag-sa-2015-18' }, { id: 'ag-sa-2019-23' }],
      edges: [{ id: 'ag-sa-2019-23|SUPERSEDES|ag-sa-2015-18' }],
    });
    expect(at2020.search.map((n: Json) => n.id)).not.toContain('ag-sa-2024-27');
    const at2023 = await data(query, { asOf: '2023-01-01' });
    expect(at2023.nodes.edges.map((e: Json) => e.node.id)).toStrictEqual([
      'ag-sa-2015-18',
      'ag-sa-2019-23',
      'ag-sa-2024-27',
    ]);
    expect(at2023.search.map((n: Json) => n.id)).toContain('ag-sa-2024-27');
  });

  it('asOf leaves out of impact what did not exist yet: kronikerpakker before the 2024 reform', async () => {
    const query = `query($asOf: Date) {
      impact(change: { nodeIds: ["nat-2024-kronikerpakker"] }, options: { asOf: $asOf }) {
        affected { node { id } classification } } }`;
    const before = await data(query, { asOf: '2024-06-01' });
    expect(before.impact.affected).toStrictEqual([]);
    const after = await data(query, { asOf: '2025-01-09' });
    expect(after.impact.affected.map((a: Json) => [a.node.id, a.classification]).slice(0, 2)).toStrictEqual([
      ['ini-kronisk-droeftelse', 'DIRECT'],
      ['ini-prioriteringer-2025', 'DIRECT'],
    ]);
  });

  it('changes: before and after in words with the source, paged with a total', async () => {
    const query = `query($after: String) {
      changes(from: "2024-06-01", to: "2025-01-09", filter: { labels: [Initiative] }, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { kind date node { id } before { code labelDa } after { code labelDa textDa }
          edge { id } document { id } recordedBy recordedAt } } } }`;
    const first = (await data(query)).changes;
    expect(first.edges).toStrictEqual([
      {
        node: {
          kind: 'APPEARED',
          date: '2024-10-25',
          node: { id: 'ini-proeve-kronisk' },
          before: null,
          after: { code: 'NOT_STARTED', labelDa: 'Ikke igangsat', textDa: expect.any(String) },
          edge: null,
          document: { id: 'doc-001' },
          recordedBy: null,
          recordedAt: null,
        },
      },
      {
        node: {
          kind: 'RELATION_ADDED',
          date: '2024-10-25',
          node: { id: 'ini-proeve-kronisk' },
          before: null,
          after: null,
          edge: { id: 'ini-proeve-kronisk|DECIDED_BY|body-ssu' },
          document: { id: 'doc-001' },
          recordedBy: null,
          recordedAt: null,
        },
      },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const all = (await data(query.replace('first: 2', 'first: 500'))).changes;
    expect(all.totalCount).toBe(first.totalCount);
    const second = (await data(query, { after: first.pageInfo.endCursor })).changes;
    expect(second.edges).toStrictEqual(all.edges.slice(2, 4));
    const statusChanges = all.edges.filter((e: Json) => e.node.kind === 'STATUS_CHANGED');
    expect(
      statusChanges.map((e: Json) => [e.node.node.id, e.node.before?.code, e.node.after.code]),
    ).toStrictEqual([
      ['ini-ortoser-cp', 'STARTED', 'IN_PILOT'],
      ['ini-praehospital-kommune', 'STARTED', 'PAUSED'],
    ]);
  });

  it('changes refuses a window that ends before it starts, naming the argument', async () => {
    const response = await app.gql<Json>('{ changes(from: "2025-01-09", to: "2024-01-01") { totalCount } }');
    expect(response.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toStrictEqual([
      ['BAD_USER_INPUT', 'to'],
    ]);
  });

  it('flags on the real seed, as of 9 January 2025, match the documents', async () => {
    const query = `query($id: ID!) { node(id: $id, asOf: "2025-01-09") { flags { code since textDa related { id } } } }`;
    // 000: revising the follow-up home visits awaits the 72-hour scheme (2022-10-14); the scheme
    // took effect 15 Sep 2023 (domain.md key fact 4), so the wait is over.
    expect((await data(query, { id: 'ini-rev-opf-hjemmebesoeg' })).node.flags).toStrictEqual([
      expect.objectContaining({ code: 'STALE_STATUS' }),
      {
        code: 'AWAITED_WORK_LANDED',
        since: '2023-09-15',
        textDa:
          'Afventer 72 timers behandlingsansvar, som er på plads fra 15. september 2023: klar til at genoptage?',
        related: [{ id: 'reg-72t' }],
      },
    ]);
    // SA 2024–27: the only status is SSU approving the drafting on 10 Aug 2022; its owner SSU is
    // abolished by L214 from 1 Jan 2027 (agreed 15 Nov 2024).
    expect((await data(query, { id: 'ag-sa-2024-27' })).node.flags).toStrictEqual([
      {
        code: 'STALE_STATUS',
        since: '2023-08-10',
        textDa: 'Ingen status registreret siden 10. august 2022 (over 12 måneder).',
        related: [{ id: 'doc-ref-sa-rm-sa-2024-27' }],
      },
      {
        code: 'OWNER_BEING_ABOLISHED',
        since: '2024-11-15',
        textDa:
          'Sundhedssamarbejdsudvalget nedlægges fra 1. januar 2027 (Nedlæggelse af sundhedsklynger, Sundhedssamarbejdsudvalg og sundhedsaftaler i deres nuværende form): arbejdet skal have et nyt hjem.',
        related: [{ id: 'body-ssu' }, { id: 'nat-2024-afskaffelse' }],
      },
    ]);
    // Before the 2024 reform was agreed, nothing says SSU goes.
    const earlier = await data(`{ node(id: "ag-sa-2024-27", asOf: "2024-11-14") { flags { code } } }`);
    expect(earlier.node.flags).toStrictEqual([{ code: 'STALE_STATUS' }]);
  });

  it('the flags filter keeps only nodes with one of the flags as of the view date', async () => {
    const query = `query($asOf: Date) { nodes(filter: { flags: [AWAITED_WORK_LANDED] }, asOf: $asOf) {
      totalCount edges { node { id } } } }`;
    expect((await data(query, { asOf: '2025-01-09' })).nodes).toStrictEqual({
      totalCount: 1,
      edges: [{ node: { id: 'ini-rev-opf-hjemmebesoeg' } }],
    });
    expect((await data(query, { asOf: '2023-09-14' })).nodes).toStrictEqual({ totalCount: 0, edges: [] });
  });
});

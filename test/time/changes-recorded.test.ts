/**
 * Who recorded a change and when (`TimelineChange.recordedBy/recordedAt`), on each store: every
 * change kind an app edit produces names the edit's actor and time from the audit trail, changes
 * from the documents name nobody, a page costs one audit read, and only the roles that may read
 * the audit trail see any of it. Relation changes carry the relation's target node.
 */
import fs from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiTokenService } from '../../server/auth/api-token.service.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { timeFixture } from '../contract/time-fixture.js';
import { startEditApp, type EditApp } from '../edit/edit-app.js';
import { countingStore } from '../support/test-app.js';
import { describeEachStore, openTestStore } from '../support/test-stores.js';

// The answer's shape is pinned down whole by the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const CHANGES = `query($from: Date!, $to: Date!, $first: Int = 50, $after: String) {
  changes(from: $from, to: $to, first: $first, after: $after) { totalCount edges { node {
    kind date recordedBy recordedAt node { id } edge { id sources { quote } } relationTarget { id nameDa }
  } } } }`;

describeEachStore('changes: who recorded them', (kind) => {
  let t: EditApp;
  let store: GraphStore;
  const calls = new Map<string, number>();
  const at: Record<string, string> = {};
  const today = new Date().toISOString().slice(0, 10);

  const ok = async (query: string, variables: Record<string, unknown>): Promise<Json> => {
    const response = await t.gql<Json>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  /** The trail's time of the newest entry for a mutation: what recordedAt must say. */
  const entryTime = async (mutation: string): Promise<string> => {
    const [entry] = (await store.queryAudit({ mutation }, { limit: 1 })).entries;
    if (!entry) throw new Error(`no ${mutation} entry`);
    return entry.at;
  };
  const changesAs = async (
    headers: Record<string, string>,
    variables: Record<string, unknown>,
  ): Promise<Json> => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: CHANGES, variables }),
    });
    return response.json();
  };

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(`${os.tmpdir()}/aftalegraf-recorded-`);
    const opened = await openTestStore(kind, dataDir, 'recorded');
    await opened.store.replaceAll(timeFixture(''));
    store = opened.store;
    t = await startEditApp(countingStore(opened.store, calls), async () => {
      await opened.dropData();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    await ok(`mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`, {
      input: {
        nodeId: 'ini-c',
        code: 'PAUSED',
        textDa: 'Sat på pause indtil videre',
        date: '2023-12-01',
        kind: 'FACT',
        documentId: 'doc-t',
      },
    });
    at.recordStatus = await entryTime('recordStatus');
    await ok(`mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }`, {
      input: {
        source: 'ini-b',
        type: 'DEPENDS_ON',
        dependencyKind: 'prerequisite',
        target: 'ini-c',
        validFrom: '2024-03-01',
        evidence: { documentId: 'doc-t', quote: 'forudsætter pausen i C' },
      },
    });
    at.addRelation = await entryTime('addRelation');
    await ok(`mutation($input: EndRelationInput!) { endRelation(input: $input) { id } }`, {
      input: { edgeId: 'ini-c|COUPLED_WITH|ini-a', expectedVersion: 1, endedOn: '2024-04-01' },
    });
    at.endRelation = await entryTime('endRelation');
    await ok(`mutation($input: RetireNodeInput!) { retireNode(input: $input) { id } }`, {
      input: { id: 'ini-b', expectedVersion: 1, retiredOn: '2024-05-01' },
    });
    at.retireNode = await entryTime('retireNode');
    await ok(`mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }`, {
      input: { label: 'Initiative', nameDa: 'Tid ny', sources: [{ documentId: 'doc-t' }] },
    });
    at.createNode = await entryTime('createNode');
  });
  afterAll(async () => t.close());

  const seed = { recordedBy: null, recordedAt: null, edge: null, relationTarget: null };
  const byApp = (mutation: string) => ({ recordedBy: 'Lokal bruger', recordedAt: at[mutation] });
  const wrapped = (changes: Json[]) => changes.map((node) => ({ node }));

  it('names the actor and time of each app edit, and nobody for changes from the documents', async () => {
    calls.clear();
    const data = await ok(CHANGES, { from: '2023-10-01', to: '2024-06-30' });
    expect(calls.get('auditTouching')).toBe(1);
    expect(data.changes).toStrictEqual({
      totalCount: 9,
      edges: wrapped([
        {
          kind: 'STATUS_CHANGED',
          date: '2023-12-01',
          node: { id: 'ini-c' },
          ...seed,
          ...byApp('recordStatus'),
        },
        { kind: 'APPEARED', date: '2024-01-01', node: { id: 'new-ag' }, ...seed },
        { kind: 'RETIRED', date: '2024-01-01', node: { id: 'old-ag' }, ...seed },
        {
          kind: 'RELATION_ADDED',
          date: '2024-01-01',
          node: { id: 'ini-b' },
          ...seed,
          edge: { id: 'ini-b|PART_OF|new-ag', sources: [{ quote: null }] },
          relationTarget: { id: 'new-ag', nameDa: 'Tid new-ag' },
        },
        {
          kind: 'RELATION_ADDED',
          date: '2024-01-01',
          node: { id: 'new-ag' },
          ...seed,
          edge: { id: 'new-ag|SUPERSEDES|old-ag', sources: [{ quote: null }] },
          relationTarget: { id: 'old-ag', nameDa: 'Tid old-ag' },
        },
        {
          kind: 'RELATION_ENDED',
          date: '2024-01-01',
          node: { id: 'ini-a' },
          ...seed,
          edge: { id: 'ini-a|PART_OF|old-ag', sources: [{ quote: null }] },
          relationTarget: { id: 'old-ag', nameDa: 'Tid old-ag' },
        },
        {
          kind: 'RELATION_ADDED',
          date: '2024-03-01',
          node: { id: 'ini-b' },
          edge: { id: 'ini-b|DEPENDS_ON|ini-c', sources: [{ quote: 'forudsætter pausen i C' }] },
          relationTarget: { id: 'ini-c', nameDa: 'Tid ini-c' },
          ...byApp('addRelation'),
        },
        {
          kind: 'RELATION_ENDED',
          date: '2024-04-01',
          node: { id: 'ini-c' },
          edge: { id: 'ini-c|COUPLED_WITH|ini-a', sources: [{ quote: null }] },
          relationTarget: { id: 'ini-a', nameDa: 'Tid ini-a' },
          ...byApp('endRelation'),
        },
        { kind: 'RETIRED', date: '2024-05-01', node: { id: 'ini-b' }, ...seed, ...byApp('retireNode') },
      ]),
    });
    expect(new Set(Object.values(at)).size).toBe(Object.keys(at).length);
  });

  it('names who created a node for its APPEARED, and reads the trail once per page', async () => {
    const window = { from: '2025-01-01', to: today };
    const data = await ok(CHANGES, window);
    expect(data.changes).toStrictEqual({
      totalCount: 1,
      edges: wrapped([
        { kind: 'APPEARED', date: today, node: { id: 'initiative-tid-ny' }, ...seed, ...byApp('createNode') },
      ]),
    });
    calls.clear();
    const paged = await ok(CHANGES, { from: '2023-10-01', to: '2024-06-30', first: 4, after: null });
    expect(paged.changes.edges.map((e: Json) => e.node.recordedBy)).toStrictEqual([
      'Lokal bruger',
      null,
      null,
      null,
    ]);
    expect(calls.get('auditTouching')).toBe(1);
  });

  it('does not read the trail when no field asks who recorded', async () => {
    calls.clear();
    await ok(
      `query { changes(from: "2023-10-01", to: "2024-06-30") { totalCount edges { node { kind } } } }`,
      {},
    );
    expect(calls.get('auditTouching')).toBeUndefined();
  });

  it('shows who recorded a change only to roles that may read the audit trail', async () => {
    const tokens = new ApiTokenService(store.tokens);
    const viewer = (await tokens.create({ name: 'læser', role: 'viewer' }, 'cli')).secret;
    const editor = (await tokens.create({ name: 'redaktør', role: 'editor' }, 'cli')).secret;
    const window = { from: '2023-10-01', to: '2024-01-01' };
    const recorded = (answer: Json) =>
      answer.data.changes.edges.map((e: Json) => [e.node.kind, e.node.recordedBy, e.node.recordedAt]);
    expect(recorded(await changesAs({ authorization: `Bearer ${editor}` }, window))[0]).toStrictEqual([
      'STATUS_CHANGED',
      'Lokal bruger',
      at.recordStatus,
    ]);
    const readers: Record<string, string>[] = [
      { authorization: `Bearer ${viewer}` },
      { 'x-forwarded-for': '203.0.113.7' },
    ];
    for (const headers of readers) {
      const answer = await changesAs(headers, window);
      expect(answer.errors).toBeUndefined();
      expect(recorded(answer)).toStrictEqual([
        ['STATUS_CHANGED', null, null],
        ['APPEARED', null, null],
        ['RETIRED', null, null],
        ['RELATION_ADDED', null, null],
        ['RELATION_ADDED', null, null],
        ['RELATION_ENDED', null, null],
      ]);
    }
  });
});

/**
 * `changes(upstreamOf)` through GraphQL on both stores, over the real seed: exactly the changes
 * whose node (or, for a relation, either end) is the watched node or upstream of it, an edit
 * upstream appearing in the watched node's window and not in another's, and an unknown node
 * refused by name.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { UPSTREAM_TYPES } from '../../server/store/upstream.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { describeEachStore } from '../support/test-stores.js';

// Each query has its own response shape; the assertions pin it down whole.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const seed = loadSeed();

/** The oracle: the upstream closure walked over the seed document itself, not through a store. */
function upstreamClosure(id: string): Set<string> {
  const reached = new Set([id]);
  const queue = [id];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const edge of seed.edges) {
      if (edge.source === next && UPSTREAM_TYPES.includes(edge.type) && !reached.has(edge.target)) {
        reached.add(edge.target);
        queue.push(edge.target);
      }
    }
  }
  return reached;
}

const CHANGES = `query($from: Date!, $to: Date!, $upstreamOf: ID, $after: String) {
  changes(from: $from, to: $to, upstreamOf: $upstreamOf, first: 500, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind date node { id } edge { id source target }
      before { code } after { code textDa } document { id } } } } }`;

describeEachStore('changes(upstreamOf) over GraphQL, real seed', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(seed, { store: kind });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Every change of the window, all pages. */
  const allChanges = async (from: string, to: string, upstreamOf?: string): Promise<Json[]> => {
    const changes: Json[] = [];
    let after: string | undefined;
    for (;;) {
      const response = await app.gql<Json>(CHANGES, { from, to, upstreamOf, after });
      expect(response.errors).toBeUndefined();
      const page = response.data.changes;
      changes.push(...page.edges.map((e: Json) => e.node));
      if (!page.pageInfo.hasNextPage) return changes;
      after = page.pageInfo.endCursor;
    }
  };

  it('gives exactly the changes touching the node or what it awaits, depends on or derives from', async () => {
    const everything = await allChanges('2010-01-01', '2026-12-31');
    for (const watched of ['ini-telehjerte', 'ini-72t-psyk-botilbud', 'ini-dobbeltdiagnose']) {
      const inScope = upstreamClosure(watched);
      const touches = (change: Json) =>
        inScope.has(change.node.id) ||
        (change.edge !== null && (inScope.has(change.edge.source) || inScope.has(change.edge.target)));
      const expected = everything.filter(touches);
      expect(expected.length).toBeGreaterThan(0);
      expect(await allChanges('2010-01-01', '2026-12-31', watched)).toStrictEqual(expected);
    }
  });

  it('an edit upstream shows in the watched node’s window, and not in a node’s it is not upstream of', async () => {
    // ini-telehjerte DERIVES_FROM nat-oekonomiaftaler; ini-rev-sa-demens does not reach it.
    const before = await app.gql<Json>(
      `{ node(id: "nat-oekonomiaftaler", asOf: "2026-01-01") { status { code } } }`,
    );
    const code = before.data.node.status?.code === 'IN_FORCE' ? 'COMPLETED' : 'IN_FORCE';
    // A status may not be dated after the document it cites: the new news comes with its source.
    const source = await app.gql(
      `mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id } }`,
      { input: { id: 'doc-oek-2026', title: 'Økonomiaftale 2026', asOf: '2026-01-15' } },
    );
    expect(source.errors).toBeUndefined();
    const edit = await app.gql(
      `mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`,
      {
        input: {
          nodeId: 'nat-oekonomiaftaler',
          code,
          textDa: 'Ny aftale indgået',
          date: '2026-01-15',
          kind: 'FACT',
          documentId: 'doc-oek-2026',
        },
      },
    );
    expect(edit.errors).toBeUndefined();
    expect(await allChanges('2026-01-01', '2026-01-31', 'ini-telehjerte')).toStrictEqual([
      {
        kind: 'STATUS_CHANGED',
        date: '2026-01-15',
        node: { id: 'nat-oekonomiaftaler' },
        edge: null,
        before: before.data.node.status,
        after: { code, textDa: 'Ny aftale indgået' },
        document: { id: 'doc-oek-2026' },
      },
    ]);
    expect(await allChanges('2026-01-01', '2026-01-31', 'ini-rev-sa-demens')).toStrictEqual([]);
  });

  it('refuses an unknown node, naming the argument', async () => {
    const response = await app.gql<Json>(
      '{ changes(from: "2024-01-01", to: "2025-01-09", upstreamOf: "no-such-node") { totalCount } }',
    );
    expect(
      response.errors?.map((e) => [e.extensions?.code, e.extensions?.argument, e.message]),
    ).toStrictEqual([
      ['BAD_USER_INPUT', 'upstreamOf', "upstreamOf: ukendt node / unknown node 'no-such-node'"],
    ]);
  });
});

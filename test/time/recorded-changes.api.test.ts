/**
 * `recordedChanges(since, upstreamOf)` through GraphQL on both stores, over the real seed: a
 * status recorded now but dated years back (which the dated window of `changes(upstreamOf)` does
 * not show) is found by when it was recorded, for a node downstream of it and not for one that is
 * not, and not once `since` is past it; viewers see that someone recorded it, editors see who;
 * bad arguments are refused by name. A dated change names the entry that recorded it, for every
 * role, so the explorer can tell what both lists show.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { ApiTokenService } from '../../server/auth/api-token.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { describeEachStore } from '../support/test-stores.js';

// Each query has its own response shape; the assertions pin it down whole.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const RECORDED = `query($since: String!, $upstreamOf: ID!, $first: Int, $after: String) {
  recordedChanges(since: $since, upstreamOf: $upstreamOf, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage }
    edges { node { mutation at reason nodeIds actor { kind id name } nodes { id }
      statusesRecorded { nodeId status { code date document { id } } } } } } }`;

const LOCAL = { kind: 'local', id: 'local', name: 'Lokal bruger' };
const HIDDEN = { kind: 'hidden', id: '', name: 'en medarbejder / a staff member' };

describeEachStore('recordedChanges(since, upstreamOf) over GraphQL, real seed', (kind) => {
  let app: TestApp;
  /** Just before the back-dated statuses were recorded. */
  let since: string;
  /** The trail's times of the two recordings, oldest first. */
  const recordedAt: string[] = [];
  let viewer: string;

  const gqlAs = async (
    headers: Record<string, string>,
    variables: Record<string, unknown>,
  ): Promise<Json> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: RECORDED, variables }),
    });
    return response.json();
  };
  const recorded = async (variables: Record<string, unknown>): Promise<Json> => {
    const response = await app.gql<Json>(RECORDED, variables);
    expect(response.errors).toBeUndefined();
    return response.data.recordedChanges;
  };
  const ok = async (query: string, variables: Record<string, unknown>): Promise<void> => {
    expect((await app.gql(query, variables)).errors).toBeUndefined();
  };

  beforeAll(async () => {
    app = await startTestApp(loadSeed(), { store: kind });
    viewer = (await new ApiTokenService(app.store.tokens).create({ name: 'læser', role: 'viewer' }, 'cli'))
      .secret;
    since = new Date().toISOString();
    // A correction from an older document: recorded today, dated 2019.
    await ok(`mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id } }`, {
      input: { id: 'doc-sst-2019', title: 'Sundhedsstyrelsen, opfølgning 2019', asOf: '2019-03-01' },
    });
    for (const [code, textDa] of [
      ['IN_FORCE', 'Anbefalingerne gælder'],
      ['COMPLETED', 'Anbefalingerne er implementeret'],
    ] as const) {
      await ok(`mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`, {
        input: {
          nodeId: 'nat-sst-hjerte-2018',
          code,
          textDa,
          date: '2019-03-01',
          kind: 'FACT',
          documentId: 'doc-sst-2019',
        },
      });
    }
    const trail = await app.store.queryAudit({ mutation: 'recordStatus' }, { limit: 2 });
    recordedAt.push(...trail.entries.map((e) => e.at).reverse());
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The entry recording `code` (each recording adds one status, dated 2019). */
  const entry = (at: string, actor: Json, code: string) => ({
    node: {
      mutation: 'recordStatus',
      at,
      reason: null,
      nodeIds: ['nat-sst-hjerte-2018'],
      actor,
      nodes: [{ id: 'nat-sst-hjerte-2018' }],
      statusesRecorded: [
        {
          nodeId: 'nat-sst-hjerte-2018',
          status: { code, date: '2019-03-01', document: { id: 'doc-sst-2019' } },
        },
      ],
    },
  });

  it('finds a status recorded now but dated years back, upstream of the watched node, newest first', async () => {
    // ini-rev-fp-hjerte AWAITS nat-sst-hjerte-2018 (in force since 2018); ini-telehjerte does not reach it.
    expect(await recorded({ since, upstreamOf: 'ini-rev-fp-hjerte' })).toStrictEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
      edges: [
        entry(recordedAt[1] as string, LOCAL, 'COMPLETED'),
        entry(recordedAt[0] as string, LOCAL, 'IN_FORCE'),
      ],
    });
    // The gap this closes: the dated window since today does not show the 2019 status.
    const today = since.slice(0, 10);
    const dated = await app.gql<Json>(
      `query($from: Date!, $to: Date!) { changes(from: $from, to: $to, upstreamOf: "ini-rev-fp-hjerte") { totalCount } }`,
      { from: today, to: today },
    );
    expect(dated).toStrictEqual({ data: { changes: { totalCount: 0 } } });
  });

  it('pages newest first with the cursor', async () => {
    const first = await app.gql<Json>(
      `query($since: String!) { recordedChanges(since: $since, upstreamOf: "ini-rev-fp-hjerte", first: 1) {
        pageInfo { hasNextPage endCursor } edges { node { at } } } }`,
      { since },
    );
    expect(first.errors).toBeUndefined();
    const page = first.data.recordedChanges;
    expect([page.pageInfo.hasNextPage, page.edges]).toStrictEqual([true, [{ node: { at: recordedAt[1] } }]]);
    const next = await recorded({
      since,
      upstreamOf: 'ini-rev-fp-hjerte',
      first: 1,
      after: page.pageInfo.endCursor,
    });
    expect(next).toStrictEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      edges: [entry(recordedAt[0] as string, LOCAL, 'IN_FORCE')],
    });
  });

  it('is empty for a node the recording is not upstream of, and once `since` is past it', async () => {
    const empty = { totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false }, edges: [] };
    expect(await recorded({ since, upstreamOf: 'ini-telehjerte' })).toStrictEqual(empty);
    const after = new Date(Date.parse(recordedAt[1] as string) + 1).toISOString();
    expect(await recorded({ since: after, upstreamOf: 'ini-rev-fp-hjerte' })).toStrictEqual(empty);
    // Another zone for the same moment as the newest recording: inclusive, so that one remains.
    const newest = new Date(recordedAt[1] as string);
    const inCopenhagen = `${new Date(newest.getTime() + 3_600_000).toISOString().slice(0, 23)}+01:00`;
    expect((await recorded({ since: inCopenhagen, upstreamOf: 'ini-rev-fp-hjerte' })).edges).toStrictEqual([
      entry(recordedAt[1] as string, LOCAL, 'COMPLETED'),
    ]);
  });

  it('tells viewers and anonymous readers that someone recorded it, not who', async () => {
    const readers: Record<string, string>[] = [
      { authorization: `Bearer ${viewer}` },
      { 'x-forwarded-for': '203.0.113.7' },
    ];
    for (const headers of readers) {
      const answer = await gqlAs(headers, { since, upstreamOf: 'ini-rev-fp-hjerte' });
      expect(answer).toStrictEqual({
        data: {
          recordedChanges: {
            totalCount: 2,
            pageInfo: { hasNextPage: false, hasPreviousPage: false },
            edges: [
              entry(recordedAt[1] as string, HIDDEN, 'COMPLETED'),
              entry(recordedAt[0] as string, HIDDEN, 'IN_FORCE'),
            ],
          },
        },
      });
    }
  });

  it('names, for every role, the entry that recorded a dated change, so a reader can tell the two lists apart', async () => {
    const DATED = `{ changes(from: "2019-02-28", to: "2019-03-01", upstreamOf: "ini-rev-fp-hjerte") {
      edges { node { kind node { id } after { code } recordingId } } } }`;
    const ENTRIES = `query($since: String!) { recordedChanges(since: $since, upstreamOf: "ini-rev-fp-hjerte") {
      edges { node { id } } } }`;
    const ask = async (headers: Record<string, string>, query: string, variables = {}): Promise<Json> => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    };
    const readers: Record<string, string>[] = [{}, { authorization: `Bearer ${viewer}` }];
    for (const headers of readers) {
      const entries = (await ask(headers, ENTRIES, { since })).data.recordedChanges.edges;
      // The net change of the day is the newer status; the entry that recorded it is the newest.
      expect((await ask(headers, DATED)).data.changes.edges).toStrictEqual([
        {
          node: {
            kind: 'STATUS_CHANGED',
            node: { id: 'nat-sst-hjerte-2018' },
            after: { code: 'COMPLETED' },
            recordingId: entries[0].node.id,
          },
        },
      ]);
    }
  });

  it('refuses an unknown node, a malformed moment and a page size out of range, naming the argument', async () => {
    const refusal = async (variables: Record<string, unknown>) =>
      (await app.gql(RECORDED, variables)).errors?.map((e) => [e.extensions?.code, e.extensions?.argument]);
    expect(await refusal({ since, upstreamOf: 'no-such-node' })).toStrictEqual([
      ['BAD_USER_INPUT', 'upstreamOf'],
    ]);
    for (const malformed of [
      '2026-01-01',
      'yesterday',
      '2026-13-01T00:00:00Z',
      '2026-02-30T12:00:00Z',
      '2026-01-01T10:00:00',
      '',
    ]) {
      expect(await refusal({ since: malformed, upstreamOf: 'ini-rev-fp-hjerte' })).toStrictEqual([
        ['BAD_USER_INPUT', 'since'],
      ]);
    }
    for (const first of [-1, 501]) {
      expect(await refusal({ since, upstreamOf: 'ini-rev-fp-hjerte', first })).toStrictEqual([
        ['BAD_USER_INPUT', 'first'],
      ]);
    }
    const message = (await app.gql(RECORDED, { since: 'yesterday', upstreamOf: 'ini-rev-fp-hjerte' }))
      .errors?.[0]?.message;
    expect(message).toBe(
      "since: skal være et ISO-tidspunkt med tidszone, fx 2026-11-30T14:05:00Z / must be an ISO timestamp with a zone, e.g. 2026-11-30T14:05:00Z; got 'yesterday'",
    );
  });
});

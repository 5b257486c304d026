/**
 * `graphChanged` over a real WebSocket (graphql-ws on the app's own port and path): an edit
 * through HTTP reaches a subscriber scoped upstream of the edited node, and not one whose scope
 * it is outside of.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadSeed } from '../../seed/load-seed.js';
import { SUBSCRIPTIONS_PER_CONNECTION } from '../../server/api/limits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Event {
  nodeIds: string[];
  edgeIds: string[];
  nodes: { id: string; status: { code: string } | null }[];
}

/** Subscribes and collects events; `next()` waits for the next one. */
function subscribe(client: Client, scope: Record<string, unknown>) {
  const events: Event[] = [];
  const waiting: ((event: Event) => void)[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<{ graphChanged: Event }, Record<string, unknown>>(
    {
      query: `subscription($scope: GraphChangeScope!) { graphChanged(scope: $scope) {
        nodeIds edgeIds nodes { id status { code } } } }`,
      variables: { scope },
    },
    {
      next: ({ data, errors: refused }) => {
        if (refused) errors.push(refused);
        if (!data) return;
        const resolve = waiting.shift();
        if (resolve) resolve(data.graphChanged);
        else events.push(data.graphChanged);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    errors,
    stop,
    next: () =>
      new Promise<Event>((resolve, reject) => {
        const queued = events.shift();
        if (queued) return resolve(queued);
        waiting.push(resolve);
        setTimeout(() => reject(new Error('no event within 5 s')), 5_000);
      }),
  };
}

describe('graphChanged over graphql-ws', () => {
  let app: TestApp;
  let client: Client;
  beforeAll(async () => {
    app = await startTestApp(loadSeed());
    client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
    });
  });
  afterAll(async () => {
    await client.dispose();
    await app.close();
  });

  const recordStatus = (nodeId: string, code: string) =>
    app.gql(`mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`, {
      input: {
        nodeId,
        code,
        textDa: 'Offentliggjort',
        date: '2025-01-09',
        kind: 'FACT',
        documentId: 'doc-001',
      },
    });

  it('an edit through HTTP reaches the subscriber scoped upstream, and not the one out of scope', async () => {
    // ini-rev-sa-demens AWAITS nat-demens-anbefalinger (001); ini-telehjerte DERIVES_FROM
    // nat-oekonomiaftaler (001): two upstream scopes that do not overlap.
    const demens = subscribe(client, { upstreamOf: 'ini-rev-sa-demens' });
    const tele = subscribe(client, { upstreamOf: 'ini-telehjerte' });
    // graphql-ws subscribes asynchronously; a round trip over HTTP gives it time to register.
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect((await recordStatus('nat-demens-anbefalinger', 'COMPLETED')).errors).toBeUndefined();
    expect(await demens.next()).toStrictEqual({
      nodeIds: ['nat-demens-anbefalinger'],
      edgeIds: [],
      nodes: [{ id: 'nat-demens-anbefalinger', status: { code: 'COMPLETED' } }],
    });

    expect((await recordStatus('nat-oekonomiaftaler', 'IN_FORCE')).errors).toBeUndefined();
    // Events arrive in order: the first the out-of-scope subscriber sees is its own edit.
    expect(await tele.next()).toStrictEqual({
      nodeIds: ['nat-oekonomiaftaler'],
      edgeIds: [],
      nodes: [{ id: 'nat-oekonomiaftaler', status: { code: 'IN_FORCE' } }],
    });
    expect([demens.errors, tele.errors]).toStrictEqual([[], []]);
    demens.stop();
    tele.stop();
  });

  it('a subscription by node ids hears about those nodes; an empty scope is refused, naming it', async () => {
    const watched = subscribe(client, { nodeIds: ['ini-axon'] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await recordStatus('ini-axon', 'STARTED');
    expect((await watched.next()).nodeIds).toStrictEqual(['ini-axon']);
    watched.stop();

    const empty = subscribe(client, {});
    for (let waited = 0; empty.errors.length === 0 && waited < 5_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(empty.errors).toStrictEqual([
      [
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'scope' }),
        }),
      ],
    ]);
  });

  /** What the server answers a subscribe message with, when it refuses it. */
  const refusal = (on: Client, query: string, variables: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      on.subscribe(
        { query, variables },
        { next: () => undefined, error: resolve, complete: () => resolve('complete') },
      );
    });
  const cheap = 'subscription { graphChanged(scope: { nodeIds: ["ini-axon"] }) { nodeIds } }';

  it('meets the checks a query meets over HTTP: shape, cost and bounds are refused before it opens', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: nodeIds`).join(' ');
    expect(
      await refusal(client, `subscription { graphChanged(scope: { nodeIds: ["x"] }) { ${aliases} } }`),
    ).toStrictEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', measure: 'aliases' }),
      }),
    ]);
    const nested =
      'relations { other { relations { other { relations { other { relations { other { id } } } } } } } }';
    expect(
      await refusal(
        client,
        `subscription { graphChanged(scope: { upstreamOf: "ssg" }) { nodes { ${nested} } } }`,
      ),
    ).toStrictEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', measure: 'cost' }),
      }),
    ]);
    expect(
      await refusal(
        client,
        'subscription($ids: [ID!]!) { graphChanged(scope: { nodeIds: $ids }) { nodeIds } }',
        {
          ids: ['x'.repeat(201)],
        },
      ),
    ).toStrictEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
  });

  it('carries subscriptions only: a query or mutation over the socket is sent to HTTP, where the rate limits count it', async () => {
    expect(await refusal(client, '{ node(id: "ssg") { id } }')).toStrictEqual([
      expect.objectContaining({
        message: expect.stringContaining('send queries and mutations by HTTP POST'),
        extensions: { code: 'BAD_REQUEST' },
      }),
    ]);
  });

  it(`holds at most ${SUBSCRIPTIONS_PER_CONNECTION} open subscriptions per connection`, async () => {
    const own = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
    });
    const open = Array.from({ length: SUBSCRIPTIONS_PER_CONNECTION }, () =>
      own.subscribe(
        { query: cheap },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await refusal(own, cheap)).toStrictEqual([
      expect.objectContaining({
        extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: SUBSCRIPTIONS_PER_CONNECTION },
      }),
    ]);
    // Closing one makes room for another.
    open[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = subscribe(own, { nodeIds: ['ini-axon'] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await recordStatus('ini-axon', 'COMPLETED');
    expect((await again.next()).nodeIds).toStrictEqual(['ini-axon']);
    expect(again.errors).toStrictEqual([]);
    for (const stop of open) stop();
    await own.dispose();
  });

  it('a connection with a bad API token is refused, as HTTP refuses it', async () => {
    /** A WebSocket that sends an Authorization header on its upgrade request. */
    class WithBadToken extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { authorization: 'Bearer not-a-token' } });
      }
    }
    let resolveClosed: (code: number) => void = () => undefined;
    const closed = new Promise<number>((resolve) => (resolveClosed = resolve));
    const refused = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WithBadToken,
      lazy: false,
      retryAttempts: 0,
      on: { closed: (event) => resolveClosed((event as { code: number }).code) },
      onNonLazyError: () => undefined,
    });
    expect(await closed).toBe(4403);
    await refused.dispose();
  });
});

/**
 * `graphChanged` over a real WebSocket (graphql-ws on the app's own port and path): an edit
 * through HTTP reaches a subscriber scoped upstream of the edited node, and not one whose scope
 * it is outside of.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadSeed } from '../../seed/load-seed.js';
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

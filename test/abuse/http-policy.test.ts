/**
 * What every answer carries and what production turns off: security headers, CORS for listed
 * origins only, no introspection or suggestions, no source maps, a landing page of our own;
 * rate limits answered 429 with Retry-After; repeated writes stored once; cached reads emptied
 * by a write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ORIGIN = 'https://intranet.rm.dk';
let dev: TestApp;
let production: TestApp;
let clientDist: string;

beforeAll(async () => {
  clientDist = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-dist-'));
  fs.mkdirSync(path.join(clientDist, 'assets'));
  fs.writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(clientDist, 'assets', 'index.js'), 'export {};');
  fs.writeFileSync(path.join(clientDist, 'assets', 'index.js.map'), '{"version":3}');
  dev = await startTestApp(loadSeed(), {
    clientDist,
    config: { corsOrigins: [ORIGIN], responseCache: true },
  });
  production = await startTestApp(loadSeed(), {
    clientDist,
    config: {
      production: true,
      introspection: false,
      rateLimits: { writesPerMinute: 2, costPerMinute: 600_000, expensiveCost: 10_000 },
    },
  });
});
afterAll(async () => {
  await Promise.all([dev.close(), production.close()]);
  fs.rmSync(clientDist, { recursive: true, force: true });
});

const post = (app: TestApp, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('headers and origins', () => {
  it('sends a CSP without inline scripts, no framing, nosniff and a referrer policy on every answer', async () => {
    const pagePolicy =
      "default-src 'self';script-src 'self';" +
      "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=';img-src 'self' data: blob:;font-src 'self';" +
      "connect-src 'self';worker-src 'self' blob:;object-src 'none';base-uri 'self';form-action 'self';" +
      "frame-ancestors 'none'";
    // GraphQL answers are JSON: a policy that allows nothing.
    const apiPolicy = "default-src 'none';frame-ancestors 'none'";
    const answers: [RequestInit & { url: string }, string][] = [
      [{ url: `${dev.url}/` }, pagePolicy],
      [{ url: `${dev.url}/healthz` }, pagePolicy],
      [{ url: `${dev.url}/graphql`, headers: { accept: 'text/html' } }, pagePolicy],
      [
        {
          url: `${dev.url}/graphql?query=%7Bdocuments%7Bid%7D%7D`,
          headers: { 'apollo-require-preflight': 'true' },
        },
        apiPolicy,
      ],
      [
        {
          url: `${dev.url}/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ documents { id } }' }),
        },
        apiPolicy,
      ],
    ];
    for (const [{ url, ...init }, policy] of answers) {
      const response = await fetch(url, init);
      const page = policy === pagePolicy;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(policy);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe(
        page ? 'strict-origin-when-cross-origin' : 'no-referrer',
      );
      // For JSON the CSP's frame-ancestors does the work; pages also carry the older header.
      expect(response.headers.get('x-frame-options')).toBe(page ? 'SAMEORIGIN' : null);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers CORS for a configured origin and for no other', async () => {
    const preflight = await fetch(`${dev.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const allowed = await post(dev, { query: '{ documents { id } }' }, { origin: ORIGIN });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const other = await post(dev, { query: '{ documents { id } }' }, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const unlisted = await post(production, { query: '{ documents { id } }' }, { origin: ORIGIN });
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves its own landing page at /graphql, loading nothing from other hosts', async () => {
    const response = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Aftalegraf GraphQL API</h1>');
    expect(html).not.toMatch(/<script|<link|src=|cdn|apollographql/i);
  });
});

describe('production', () => {
  it('turns introspection off, and suggestions with it; development has both', async () => {
    const introspect = await (await post(production, { query: '{ __schema { types { name } } }' })).json();
    expect(introspect.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspect.errors[0].message).toMatch(/introspection is not allowed/i);
    const typo = await (await post(production, { query: '{ documnts { id } }' })).json();
    expect(typo.errors[0].message).toBe('Cannot query field "documnts" on type "Query".');
    const devTypo = await (await post(dev, { query: '{ documnts { id } }' })).json();
    expect(devTypo.errors[0].message).toBe(
      'Cannot query field "documnts" on type "Query". Did you mean "documents"?',
    );
    const devIntrospect = await (await post(dev, { query: '{ __schema { queryType { name } } }' })).json();
    expect(devIntrospect).toStrictEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('does not serve source maps; development does', async () => {
    expect((await fetch(`${production.url}/assets/index.js.map`)).status).toBe(404);
    expect((await fetch(`${production.url}/assets/index.js`)).status).toBe(200);
    expect((await fetch(`${dev.url}/assets/index.js.map`)).status).toBe(200);
  });
});

describe('rate limits', () => {
  const mutation = 'mutation($i: RecordStatusInput!) { recordStatus(input: $i) { id } }';
  const input = (n: number) => ({
    nodeId: 'ini-72t-psyk-botilbud',
    code: 'STARTED',
    textDa: `Rate ${n}`,
    date: '2024-11',
    kind: 'FACT',
    documentId: 'doc-001',
  });

  it('answers mutations over the per-minute limit with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let n = 0; n < 3; n += 1) {
      last = await post(production, { query: mutation, variables: { i: input(n) } });
      statuses.push(last.status);
    }
    expect(statuses).toStrictEqual([200, 200, 429]);
    const retryAfter = Number(last?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = await last?.json();
    expect(body.errors[0].extensions).toStrictEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
  });

  it('counts expensive queries by cost, and leaves cheap reads alone', async () => {
    // Whole graph, every node with its relations: about 30,000 cost units here.
    const expensive = '{ graph { nodes { id relations { other { id } } } } }';
    const statuses: number[] = [];
    for (let n = 0; n < 30; n += 1) {
      statuses.push((await post(production, { query: expensive, variables: { n } })).status);
      if (statuses.at(-1) === 429) break;
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect((await post(production, { query: '{ node(id: "ini-72t-psyk-botilbud") { id } }' })).status).toBe(
      200,
    );
  });
});

describe('clients behind a reverse proxy', () => {
  const write = (app: TestApp, n: number, forwardedFor: string) =>
    post(
      app,
      {
        query: 'mutation($i: RecordStatusInput!) { recordStatus(input: $i) { id } }',
        variables: {
          i: {
            nodeId: 'ini-72t-psyk-botilbud',
            code: 'STARTED',
            textDa: `proxy ${forwardedFor} ${n}`,
            date: '2024-12',
            kind: 'PLAN',
            documentId: 'doc-001',
          },
        },
      },
      { 'x-forwarded-for': forwardedFor },
    ).then((response) => response.status);
  const limits = { writesPerMinute: 1, costPerMinute: 600_000, expensiveCost: 10_000 };

  it('with AFTALEGRAF_TRUST_PROXY, each forwarded client has its own write limit', async () => {
    const app = await startTestApp(loadSeed(), { config: { rateLimits: limits, trustProxy: ['loopback'] } });
    try {
      expect([
        await write(app, 0, '192.0.2.1'),
        await write(app, 1, '192.0.2.2'),
        await write(app, 2, '192.0.2.1'),
      ]).toStrictEqual([200, 200, 429]);
    } finally {
      await app.close();
    }
  });

  it('without it, X-Forwarded-For is ignored: a client cannot pick a fresh address', async () => {
    const app = await startTestApp(loadSeed(), { config: { rateLimits: limits } });
    try {
      expect([await write(app, 0, '192.0.2.1'), await write(app, 1, '192.0.2.2')]).toStrictEqual([200, 429]);
    } finally {
      await app.close();
    }
  });
});

describe('writes', () => {
  it('stores an identical repeated status once: the repeat is refused as CONFLICT', async () => {
    const mutation = 'mutation($i: RecordStatusInput!) { recordStatus(input: $i) { id } }';
    const input = {
      nodeId: 'ini-72t-psyk-botilbud',
      code: 'PAUSED',
      textDa: 'Dobbeltklik',
      date: '2025-01-05',
      kind: 'DECISION',
      documentId: 'doc-001',
    };
    const before = (await dev.store.getNodes([input.nodeId])).get(input.nodeId)?.statusHistory.length ?? 0;
    const answers = (await Promise.all(
      [input, input].map((i) => post(dev, { query: mutation, variables: { i } }).then((r) => r.json())),
    )) as { data?: unknown; errors?: { extensions: { code: string } }[] }[];
    const outcomes = answers.map((a) => a.errors?.[0]?.extensions.code ?? 'stored').sort();
    expect(outcomes).toStrictEqual(['CONFLICT', 'stored']);
    const after = (await dev.store.getNodes([input.nodeId])).get(input.nodeId)?.statusHistory ?? [];
    expect(after).toHaveLength(before + 1);
    expect(after.filter((o) => o.textDa === 'Dobbeltklik')).toHaveLength(1);
  });

  it('a cached read is emptied by a write, so the next read shows it', async () => {
    const read = '{ node(id: "ag-sa-tidlig-opsporing") { statusHistory { textDa } } }';
    const before = (await (await post(dev, { query: read })).json()) as {
      data: { node: { statusHistory: { textDa: string }[] } };
    };
    expect(await (await post(dev, { query: read })).json()).toStrictEqual(before);
    const written = await post(dev, {
      query: 'mutation($i: RecordStatusInput!) { recordStatus(input: $i) { id } }',
      variables: {
        i: {
          nodeId: 'ag-sa-tidlig-opsporing',
          code: 'COMPLETED',
          textDa: 'Afsluttet i cachetesten',
          date: '2024-06',
          kind: 'FACT',
          documentId: 'doc-001',
        },
      },
    });
    expect(((await written.json()) as { errors?: unknown }).errors).toBeUndefined();
    const after = (await (await post(dev, { query: read })).json()) as typeof before;
    expect(after.data.node.statusHistory.map((o) => o.textDa).sort()).toStrictEqual(
      [...before.data.node.statusHistory.map((o) => o.textDa), 'Afsluttet i cachetesten'].sort(),
    );
  });
});

/**
 * Property: whatever a client puts in the read API's arguments (odd text, pattern characters,
 * huge or negative numbers, forged cursors, any enum, long lists), the server answers without a
 * 5xx or an INTERNAL_SERVER_ERROR, and the data is the same afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(loadSeed(), {
    config: { rateLimits: { writesPerMinute: null, costPerMinute: null, expensiveCost: 10_000 } },
  });
});
afterAll(async () => {
  await app.close();
});

const seed = loadSeed();
const nodeIds = seed.nodes.map((n) => n.id);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '%',
    '_',
    '\\',
    '*',
    '"',
    "'",
    '(',
    ')',
    'OR',
    'NEAR',
    '^',
    '-',
    'æøå',
    'ÆØÅ',
    '\u0000',
    '🙂',
  ),
  fc.string({ unit: fc.constantFrom('%', '_', '*', '"', ' ', 'a'), minLength: 150, maxLength: 260 }),
);
const id = fc.oneof(fc.constantFrom(...nodeIds), text);
const int = fc.oneof(
  fc.integer({ min: -5, max: 25 }),
  fc.integer(),
  fc.constantFrom(0, 500, 501, 20_000, 20_001),
);
const date = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-30', '2024-13-01', '0000-00-00', '2024', 'igår'),
);
const cursor = fc.oneof(
  text,
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => Buffer.from(`offset:${n}`).toString('base64url')),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => Buffer.from(`impact:${n}`).toString('base64url')),
);
const enumOf = (...values: string[]) => fc.constantFrom(...values);
const direction = enumOf('IN', 'OUT', 'BOTH');
const relationTypes = fc.array(
  enumOf('AWAITS', 'DEPENDS_ON', 'PART_OF', 'RESPONSIBLE', 'SUPERSEDES', 'MEMBER_OF'),
  { maxLength: 600 },
);
const filter = fc.record(
  {
    labels: fc.array(enumOf('Initiative', 'Agreement', 'Body', 'Cluster', 'SourceDocument'), {
      maxLength: 5,
    }),
    kinds: fc.array(text, { maxLength: 3 }),
    statusFamilies: fc.array(enumOf('ACTIVE', 'AWAITING', 'DONE', 'DROPPED', 'PAUSED'), { maxLength: 3 }),
    text,
    cluster: id,
    responsibleBody: id,
    awaiting: enumOf('NATIONAL', 'REGIONAL', 'ANY'),
  },
  { requiredKeys: [] },
);

/** One read operation with its variables. */
const operation = fc.oneof(
  fc.record({ asOf: fc.option(date, { nil: null }), id }).map((v) => ({
    query:
      'query($id: ID!, $asOf: Date) { node(id: $id, asOf: $asOf) { id status { code } relations { other { id } } } }',
    variables: v,
  })),
  fc
    .record({
      filter,
      first: int,
      after: fc.option(cursor, { nil: null }),
      asOf: fc.option(date, { nil: null }),
    })
    .map((v) => ({
      query:
        'query($filter: NodeFilter, $first: Int!, $after: String, $asOf: Date) { nodes(filter: $filter, first: $first, after: $after, asOf: $asOf) { totalCount pageInfo { endCursor } edges { node { id } } } }',
      variables: v,
    })),
  fc.record({ text, first: int }).map((v) => ({
    query: 'query($text: String!, $first: Int!) { search(text: $text, first: $first) { id } }',
    variables: v,
  })),
  fc.record({ id, depth: int, direction, types: fc.option(relationTypes, { nil: null }) }).map((v) => ({
    query:
      'query($id: ID!, $depth: Int!, $direction: Direction!, $types: [RelationType!]) { neighborhood(id: $id, depth: $depth, direction: $direction, types: $types) { nodes { id } edges { id } } }',
    variables: v,
  })),
  fc.record({ filter, first: int, asOf: fc.option(date, { nil: null }) }).map((v) => ({
    query:
      'query($filter: NodeFilter, $first: Int!, $asOf: Date) { graph(filter: $filter, first: $first, asOf: $asOf) { nodes { id statusFamily } truncated } }',
    variables: v,
  })),
  fc.record({ from: id, to: id, types: fc.option(relationTypes, { nil: null }) }).map((v) => ({
    query:
      'query($from: ID!, $to: ID!, $types: [RelationType!]) { path(from: $from, to: $to, types: $types) { nodes { id } } }',
    variables: v,
  })),
  fc
    .record({
      nodeIds: fc.array(id, { maxLength: 4 }),
      effect: enumOf('LANDS', 'DELAYED', 'WITHDRAWN'),
      maxDepth: int,
      maxPathsPerNode: int,
      first: int,
      after: fc.option(cursor, { nil: null }),
    })
    .map(({ nodeIds, effect, maxDepth, maxPathsPerNode, first, after }) => ({
      query:
        'query($c: ImpactChangeInput!, $o: ImpactOptions, $first: Int!, $after: String) { impact(change: $c, options: $o) { totalCount affected(first: $first, after: $after) { node { id } } } }',
      variables: { c: { nodeIds, effect }, o: { maxDepth, maxPathsPerNode }, first, after },
    })),
  fc.record({ id, maxDepth: int }).map(({ id: node, maxDepth }) => ({
    query: 'query($id: ID!, $o: UpstreamOptions) { upstream(id: $id, options: $o) { totalCount } }',
    variables: { id: node, o: { maxDepth } },
  })),
);

it('no 5xx, no INTERNAL_SERVER_ERROR, and the data unchanged', async () => {
  const before = await app.store.exportGraph();
  await fc.assert(
    fc.asyncProperty(operation, async ({ query, variables }) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codes).not.toContain(undefined);
    }),
    { numRuns: 400 },
  );
  expect(await app.store.exportGraph()).toStrictEqual(before);
  expect(app.logged).toStrictEqual([]);
}, 300_000);

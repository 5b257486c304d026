/**
 * The differential test: the embedded store and a real Neo4j, both loaded with the real seed and
 * each behind its own running server, must answer the same GraphQL queries with the same JSON,
 * byte for byte: every node with every field and relation, `nodes` under every filter, search,
 * neighbourhoods, paths, impact for every node and every effect, upstream, all at several dates.
 * A difference names the query; the adapter that disagrees with the domain is the one to fix.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NATIONAL_LABELS, type GraphDocument } from '../../schema/domain.js';
import { loadSeed } from '../../seed/load-seed.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { describeOnStore } from '../support/test-stores.js';

const seed: GraphDocument = loadSeed();
const ids = seed.nodes.map((n) => n.id);
const idsOf = (label: string): string[] => seed.nodes.filter((n) => n.label === label).map((n) => n.id);
const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)].sort();

/** Dates before, inside and after the seed's observations; undefined is "everything known". */
const AS_OF = [undefined, '2015-06-01', '2022-09-01', '2024-06-01', '2025-01-09', '2030-01-01'];
/** Nodes PART_OF a national reform: the reform elements the issue names. */
const REFORM_ELEMENTS = distinct(
  seed.edges.filter((e) => e.type === 'PART_OF' && e.target.startsWith('nat-reform-')).map((e) => e.source),
);
const NATIONAL = seed.nodes
  .filter((n) => (NATIONAL_LABELS as readonly string[]).includes(n.label))
  .map((n) => n.id);
const EFFECTS = ['LANDS', 'DELAYED', 'WITHDRAWN'] as const;
/** Each case sends hundreds of queries to both servers; on a shared 2-core box that takes minutes. */
const CASE_TIMEOUT = 300_000;

const OBSERVATION = 'code date observedOn kind textDa labelDa labelEn family document { id }';
const SOURCES = 'sources { document { id title } quote confidence }';
const EDGE = `id type source target mode since quote dependencyKind effective role date text ${SOURCES}`;

let sqlite: TestApp;
let neo4j: TestApp;
/** Every field of every node type, inline fragments built from the schema by introspection. */
let NODE = '';

/** Runs `query` on both servers; both answers, for one `toStrictEqual`. */
async function both(
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ sqlite: GraphQLResponse; neo4j: GraphQLResponse }> {
  const [a, b] = await Promise.all([sqlite.gql(query, variables), neo4j.gql(query, variables)]);
  return { sqlite: a, neo4j: b };
}

/** Asserts the two stores agree on `query` and that it answered without errors. */
async function agree(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const answers = await both(query, variables);
  expect(answers.sqlite.errors).toBeUndefined();
  expect(answers.neo4j).toStrictEqual(answers.sqlite);
  return answers.sqlite;
}

/** `query` once per variables set, as aliases of one document, in chunks the server runs together. */
async function agreeOnEach(
  field: string,
  selection: string,
  argumentSets: readonly string[],
  chunk = 20,
): Promise<void> {
  for (let i = 0; i < argumentSets.length; i += chunk) {
    const aliases = argumentSets
      .slice(i, i + chunk)
      .map((args, j) => `q${i + j}: ${field}(${args}) ${selection}`)
      .join('\n');
    await agree(`{ ${aliases} }`);
  }
}

const literal = (value: unknown): string => JSON.stringify(value);
const asOfArg = (asOf: string | undefined): string => (asOf ? `, asOf: ${literal(asOf)}` : '');

async function nodeSelection(app: TestApp): Promise<string> {
  type Field = { name: string; args: { type: { kind: string } }[]; type: TypeRef };
  type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
  const result = await app.gql<{
    __schema: {
      types: { name: string; kind: string; interfaces: { name: string }[] | null; fields: Field[] | null }[];
    };
  }>(`{ __schema { types { name kind interfaces { name } fields {
        name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
      } } } }`);
  const base = (ref: TypeRef): TypeRef => (ref.ofType ? base(ref.ofType) : ref);
  const scalar = (field: Field): boolean =>
    ['SCALAR', 'ENUM'].includes(base(field.type).kind) && field.args.every((a) => a.type.kind !== 'NON_NULL');
  const types = result.data?.__schema.types ?? [];
  const implementations = types.filter(
    (t) => t.kind === 'OBJECT' && t.interfaces?.some((i) => i.name === 'Node'),
  );
  if (implementations.length < 10) throw new Error('introspection found too few Node types');
  const inline = implementations
    .map(
      (t) =>
        `... on ${t.name} { ${(t.fields ?? [])
          .filter(scalar)
          .map((f) => f.name)
          .join(' ')} }`,
    )
    .join('\n');
  return `__typename ${inline}
    horizon { raw start end }
    status { ${OBSERVATION} } statusHistory { ${OBSERVATION} } recommendation { ${OBSERVATION} }
    ${SOURCES}
    ... on Agreement { ownerBody { id } }`;
}

describeOnStore('neo4j', 'the stores answer alike on the real seed', () => {
  beforeAll(async () => {
    [sqlite, neo4j] = await Promise.all([
      startTestApp(seed, { store: 'sqlite' }),
      startTestApp(seed, { store: 'neo4j' }),
    ]);
    NODE = await nodeSelection(sqlite);
  });
  afterAll(async () => {
    await Promise.all([sqlite?.close(), neo4j?.close()]);
  });

  it(
    'the whole graph with every field and relation of every node, at every date',
    async () => {
      for (const asOf of AS_OF) {
        const result = await agree(
          `query($asOf: Date) { graph(asOf: $asOf) {
          nodes { ${NODE} relations { direction edge { ${EDGE} } other { id } } }
          edges { ${EDGE} } truncated } }`,
          { asOf },
        );
        expect((result.data?.graph as { nodes: unknown[] }).nodes).toHaveLength(seed.nodes.length);
      }
    },
    CASE_TIMEOUT,
  );

  it(
    'node(id) for every node, and relations by direction and type',
    async () => {
      await agreeOnEach(
        'node',
        `{ ${NODE} }`,
        ids.map(literal).map((id) => `id: ${id}`),
        60,
      );
      await agreeOnEach(
        'node',
        `{ id out: relations(direction: OUT) { edge { id } other { id } }
         in: relations(direction: IN, types: [PART_OF, AWAITS, RESPONSIBLE]) { edge { id } other { id } } }`,
        ids.map((id) => `id: ${literal(id)}, asOf: "2024-06-01"`),
        60,
      );
      await agree(`{ node(id: "nope") { id } }`);
    },
    CASE_TIMEOUT,
  );

  it(
    'nodes under every filter, alone and combined, paged, at several dates',
    async () => {
      const filters: string[] = [
        '{}',
        ...distinct(seed.nodes.map((n) => n.label)).map((label) => `{ labels: [${label}] }`),
        ...distinct(seed.nodes.map((n) => n.kind)).map((kind) => `{ kinds: [${literal(kind)}] }`),
        ...distinct(seed.nodes.flatMap((n) => n.statusHistory.map((o) => o.code))).map(
          (code) => `{ statusCodes: [${code}] }`,
        ),
        '{ statusCodes: [UNKNOWN] }',
        ...['ACTIVE', 'AWAITING', 'DONE', 'DROPPED', 'INACTIVE', 'PAUSED', 'UNKNOWN'].map(
          (family) => `{ statusFamilies: [${family}] }`,
        ),
        '{ statusFamilies: [ACTIVE, PAUSED], statusCodes: [RESUMED, PAUSED, STARTED] }',
        ...[
          'overvægt',
          'Overvaegt',
          'psyk',
          'akut',
          'demens',
          'kronik',
          'sundhedsaftale',
          'ø',
          '96',
          'botilbud',
          'SSG',
          'rygestop',
          'aa',
          'nope-nothing',
        ].map((text) => `{ text: ${literal(text)} }`),
        ...idsOf('Cluster').map((id) => `{ cluster: ${literal(id)} }`),
        ...[...idsOf('Body'), ...idsOf('WorkingGroup')].map((id) => `{ responsibleBody: ${literal(id)} }`),
        ...['NATIONAL', 'REGIONAL', 'ANY'].map((scope) => `{ awaiting: ${scope} }`),
        '{ awaiting: ANY, labels: [Initiative], statusFamilies: [ACTIVE, AWAITING, PAUSED] }',
        '{ cluster: "cl-vest", labels: [Municipality, Hospital, Body] }',
        '{ text: "aftale", statusFamilies: [ACTIVE], kinds: ["cooperation"] }',
      ];
      const selection =
        '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id statusFamily } } }';
      for (const asOf of [undefined, '2022-09-01', '2024-06-01']) {
        await agreeOnEach(
          'nodes',
          selection,
          filters.map((filter) => `filter: ${filter}, first: 500${asOfArg(asOf)}`),
        );
      }
      const first = await agree(`{ nodes(first: 7) { pageInfo { endCursor } edges { node { id } } } }`);
      const cursor = (first.data?.nodes as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
      await agree(`query($after: String) { nodes(first: 40, after: $after) ${selection} }`, {
        after: cursor,
      });
    },
    CASE_TIMEOUT,
  );

  it(
    'search, ranked, for names, ids, folded and compound-word text',
    async () => {
      const texts = [
        'overvægt',
        'overvaegt',
        'Overvægt',
        'psyk',
        'psykiatri',
        'akut',
        'akutfunktioner',
        'demens',
        'kronikerpakker',
        'sundhed',
        'sundhedsaftale',
        'aftale',
        'ø',
        'æ',
        '96',
        '96 timer',
        'botilbud',
        'SSG',
        'ssu',
        'rygestop',
        'klynge',
        'Herning',
        'aarhus',
        'Århus',
        'region midt',
        'forebyggelse',
        'ini-72t-psyk-botilbud',
        'nat-2024-96t',
        'læge',
        'x',
        'nope-nothing',
        'god indlæggelse',
      ];
      await agreeOnEach(
        'search',
        `{ id nameDa }`,
        texts.map((text) => `text: ${literal(text)}`),
      );
      await agreeOnEach(
        'search',
        `{ id }`,
        texts.map((text) => `text: ${literal(text)}, first: 3`),
      );
    },
    CASE_TIMEOUT,
  );

  it(
    'neighbourhoods at every depth and direction',
    async () => {
      const args = ids.flatMap((id) => [
        `id: ${literal(id)}, depth: 1`,
        `id: ${literal(id)}, depth: 2, direction: OUT`,
        `id: ${literal(id)}, depth: 2, direction: IN, types: [PART_OF, AWAITS, COUPLED_WITH]`,
      ]);
      await agreeOnEach('neighborhood', `{ nodes { id statusFamily } edges { id } truncated }`, args, 60);
      await agreeOnEach(
        'neighborhood',
        `{ nodes { id status { code } } edges { id } truncated }`,
        ['nat-reform-2024', 'body-ssg', 'cl-vest', 'ini-72t-psyk-botilbud'].map(
          (id) => `id: ${literal(id)}, depth: 3, asOf: "2024-06-01"`,
        ),
      );
    },
    CASE_TIMEOUT,
  );

  it(
    'shortest paths between many pairs',
    async () => {
      const targets = [
        'nat-reform-2024',
        'nat-2024-96t',
        'body-ssg',
        'cl-vest',
        'reg-midtjylland',
        'doc-001',
      ];
      const args = ids
        .filter((_, i) => i % 3 === 0)
        .flatMap((from) => targets.map((to) => `from: ${literal(from)}, to: ${literal(to)}`));
      args.push('from: "ini-72t-psyk-botilbud", to: "nat-2024-96t", types: [AWAITS, PART_OF]');
      await agreeOnEach('path', `{ nodes { id } edges { id type source target } }`, args, 40);
    },
    CASE_TIMEOUT,
  );

  const IMPACT = `{ totalCount effect pathLimit subjects { id }
    summary { total direct indirect inherited withoutCluster withoutResponsibleBody
      byCluster { node { id } count direct indirect inherited }
      byResponsibleBody { node { id } count direct indirect inherited } }
    affected(first: 500) { node { id } classification depth rule ruleDa ruleEn consequence consequenceEn
      consequenceCode cursor pathsTruncated handoverTargets { id }
      paths { rule classification edges { id source type target } } } }`;

  it(
    'impact of every reform element and national node, with every effect',
    async () => {
      const subjects = distinct([...REFORM_ELEMENTS, ...NATIONAL]);
      expect(REFORM_ELEMENTS.length).toBeGreaterThan(10);
      const args = subjects.flatMap((id) =>
        EFFECTS.map(
          (effect) => `change: { nodeIds: [${literal(id)}], effect: ${effect}, date: "2026-01-01" }`,
        ),
      );
      await agreeOnEach('impact', IMPACT, args, 10);
    },
    CASE_TIMEOUT,
  );

  it(
    'impact of every other node, and with every option',
    async () => {
      const others = ids.filter((id) => !REFORM_ELEMENTS.includes(id) && !NATIONAL.includes(id));
      await agreeOnEach(
        'impact',
        IMPACT,
        others.map((id) => `change: { nodeIds: [${literal(id)}] }`),
        10,
      );
      const options = [
        '{ maxDepth: 0 }',
        '{ maxDepth: 2 }',
        '{ maxDepth: 3, direction: OUT }',
        '{ maxDepth: 2, direction: IN }',
        '{ inherit: false, includeParent: false, includeSuperseded: false }',
        '{ directTypes: [AWAITS], propagationTypes: [PART_OF, RESPONSIBLE] }',
        '{ maxPathsPerNode: 1, asOf: "2024-06-01" }',
        '{ asOf: "2022-09-01" }',
      ];
      const args = REFORM_ELEMENTS.slice(0, 8).flatMap((id) =>
        options.map((option) => `change: { nodeIds: [${literal(id)}] }, options: ${option}`),
      );
      args.push(`change: { nodeIds: ${literal(REFORM_ELEMENTS.slice(0, 5))}, effect: DELAYED }`);
      await agreeOnEach('impact', IMPACT, args, 10);
      await agree(`{ impact(change: { nodeIds: ["nat-2024-afskaffelse"] }) { csv markdown } }`);
    },
    CASE_TIMEOUT,
  );

  it(
    'upstream of every node',
    async () => {
      await agreeOnEach(
        'upstream',
        IMPACT,
        ids.map((id) => `id: ${literal(id)}`),
        10,
      );
      await agreeOnEach(
        'upstream',
        IMPACT,
        ['ini-prioriteringer-2025', 'ini-72t-psyk-botilbud', 'ini-rev-sa-demens'].flatMap((id) => [
          `id: ${literal(id)}, options: { maxDepth: 2, asOf: "2024-06-01" }`,
          `id: ${literal(id)}, options: { inherit: false, types: [AWAITS] }`,
        ]),
      );
    },
    CASE_TIMEOUT,
  );

  it(
    'documents, and the errors for unknown ids',
    async () => {
      await agree(`{ documents { id file title asOf } }`);
      const errors = await both(`{ impact(change: { nodeIds: ["nope"] }) { totalCount } }`);
      expect(errors.neo4j).toStrictEqual(errors.sqlite);
      const neighborhood = await both(`{ neighborhood(id: "nope") { nodes { id } } }`);
      expect(neighborhood.neo4j).toStrictEqual(neighborhood.sqlite);
    },
    CASE_TIMEOUT,
  );
});

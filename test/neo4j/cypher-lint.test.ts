/**
 * Lints every statement of the Neo4j adapter with Neo4j's own Cypher front end, offline: syntax,
 * semantic analysis (the compiler's), undeclared parameters, functions and procedures that a
 * Neo4j 5 Community server does not have, and labels, relationship types and property keys the
 * adapter never writes. Zero diagnostics, errors and warnings alike.
 */
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATION_TYPES, type RelationType } from '../../schema/domain.js';
import {
  CONSTANT_STATEMENTS,
  createEdges,
  createNodes,
  incidentEdges,
  MAX_TRAVERSAL_DEPTH,
  reachLevel,
  ROW_KEYS,
  shortestPaths,
  type Statement,
} from '../../server/store/neo4j/cypher.js';
import { PROPERTY_KEYS } from '../../server/store/neo4j/neo4j-records.js';
import { WRITE_STATEMENTS } from '../../server/store/neo4j/neo4j-write-cypher.js';

/** A representative value for every parameter name the adapter uses. */
const SAMPLE_PARAMETERS: Record<string, unknown> = {
  graph: 'aftalegraf',
  ids: ['ini-psyk'],
  frontier: ['nat-reform-2024'],
  direction: 'BOTH',
  from: 'wg-psyk',
  to: 'nat-reform-2024',
  maxPaths: 5,
  labels: ['Initiative'],
  kinds: ['trial'],
  textTokens: ['overvaegt'],
  textSubstring: 'overvaegt',
  cluster: 'cl-vest',
  responsibleBody: 'body-ssg',
  asOf: '2025-01-09',
  allowedCodes: ['PAUSED'],
  allowMissingStatus: false,
  awaiting: 'ANY',
  nationalLabels: ['NationalReform'],
  offset: 0,
  limit: 50,
  grams: ['ove', 'ver', 'erv'],
  threshold: 2,
  cap: 400,
  searchText: 'overvaegt ini psyk',
  nodeId: 'ini-psyk',
  documentId: 'doc-001',
  observation: { code: 'STARTED' },
  rows: [{ id: 'x' }],
  timeoutSeconds: 60,
  filterIds: ['ini-psyk'],
  id: 'ini-psyk',
  expected: 1,
  properties: { id: 'ini-psyk' },
  source: 'ini-psyk',
  afterSeq: 10,
  seq: 11,
  edgeId: 'ini-psyk|AWAITS|reform',
  actorId: 'local',
  mutation: 'updateNode',
  idempotencyKey: 'key-0001',
  nodeIds: ['ini-psyk'],
  nodeIdsAny: ['ini-psyk', 'reform'],
  edgeIds: ['ini-psyk|AWAITS|reform'],
};

/**
 * What a Neo4j 5 Community server offers: its built-in functions and `db.*` procedures as the
 * language service's recorded Neo4j 5 catalogue lists them (no APOC, which the image lacks).
 */
const neo4j5 = testData.mockSchema;
const functions = Object.fromEntries(
  Object.entries(neo4j5.functions?.['CYPHER 5'] ?? {}).filter(([name]) => !name.startsWith('apoc.')),
);
const procedures = Object.fromEntries(
  Object.entries(neo4j5.procedures?.['CYPHER 5'] ?? {}).filter(([name]) => name.startsWith('db.')),
);

function schemaFor(statement: Statement): DbSchema {
  return {
    labels: ['Node', 'StatusObservation', 'Document', 'AuditEntry', 'AuditCounter', ...NODE_LABELS],
    relationshipTypes: ['HAS_STATUS', ...RELATION_TYPES],
    propertyKeys: [...PROPERTY_KEYS, ...ROW_KEYS],
    parameters: Object.fromEntries(statement.params.map((name) => [name, SAMPLE_PARAMETERS[name]])),
    functions: { 'CYPHER 5': functions },
    procedures: { 'CYPHER 5': procedures },
    defaultLanguage: 'CYPHER 5',
  };
}

/** Diagnostics as `severity message` lines, so a failure reads as the linter's own words. */
function lint(statement: Statement): string[] {
  const { diagnostics } = lintCypherQuery(statement.text, schemaFor(statement));
  return diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'} ${d.message}`);
}

function usedParameters(text: string): string[] {
  return [...new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Builder outputs. A type list enters the text only as `A|B|…` through `cypherRelTypes`, so
 * every single type, the full list and a mixed pair (with the symmetric COUPLED_WITH) cover
 * every shape a list can give.
 */
const typeLists: RelationType[][] = [
  ...RELATION_TYPES.map((type) => [type]),
  [...RELATION_TYPES],
  ['AWAITS', 'COUPLED_WITH'],
];
/** A depth enters only as a digit literal, so its bounds and the API's limit stand for the rest. */
const depths = [1, 2, 6, MAX_TRAVERSAL_DEPTH];
const builderOutputs: { label: string; statement: Statement }[] = [
  ...NODE_LABELS.map((label) => ({ label: `createNodes(${label})`, statement: createNodes(label) })),
  ...RELATION_TYPES.map((type) => ({ label: `createEdges(${type})`, statement: createEdges(type) })),
  ...typeLists.map((types) => ({
    label: `incidentEdges(${types.join('|')})`,
    statement: incidentEdges(types),
  })),
  ...typeLists.map((types) => ({
    label: `reachLevel(${types.join('|')})`,
    statement: reachLevel(types),
  })),
  ...typeLists.map((types) => ({
    label: `shortestPaths(${types.join('|')}, 6)`,
    statement: shortestPaths(types, 6),
  })),
  ...depths.map((depth) => ({
    label: `shortestPaths(all, ${depth})`,
    statement: shortestPaths(RELATION_TYPES, depth),
  })),
];

describe('Cypher lint (Neo4j 5 front end)', () => {
  describe.each(
    [...CONSTANT_STATEMENTS, ...WRITE_STATEMENTS].map((statement) => ({ label: statement.name, statement })),
  )('constant $label', ({ statement }) => {
    it('has no diagnostics', () => {
      expect(lint(statement)).toStrictEqual([]);
    });
    it('declares exactly the parameters it uses', () => {
      expect(usedParameters(statement.text)).toStrictEqual([...statement.params].sort());
    });
  });

  it.each(builderOutputs)(
    'builder $label has no diagnostics and declares its parameters',
    ({ statement }) => {
      expect({ diagnostics: lint(statement), params: usedParameters(statement.text) }).toStrictEqual({
        diagnostics: [],
        params: [...statement.params].sort(),
      });
    },
  );

  it('has a sample value for every parameter the adapter declares', () => {
    const declared = new Set(
      [...CONSTANT_STATEMENTS, ...builderOutputs.map((b) => b.statement)].flatMap((s) => s.params),
    );
    expect([...declared].filter((name) => !(name in SAMPLE_PARAMETERS))).toStrictEqual([]);
  });

  describe('can fail', () => {
    it('reports a statement with a misspelt label, an unknown property, an undeclared parameter and APOC', () => {
      const broken: Statement = {
        name: 'broken',
        text: 'MATCH (n:Nod {graph: $graph}) WHERE n.nmeDa = $name RETURN apoc.text.join([n.id], ",") AS x',
        params: ['graph'],
      };
      expect(lint(broken)).toStrictEqual([
        expect.stringMatching(/^warning Label Nod is not present/),
        expect.stringMatching(/^warning nmeDa is not present/),
        'error Parameter $name is not defined.',
        expect.stringMatching(/^error Function apoc.text.join is not present/),
      ]);
    });

    it('reports a syntax error', () => {
      const broken: Statement = { name: 'broken', text: 'MATCH (n:Node RETURN n', params: [] };
      expect(lint(broken).length).toBeGreaterThan(0);
      expect(lint(broken).every((line) => line.startsWith('error '))).toBe(true);
    });

    it('reports the deprecated importing-WITH subquery form', () => {
      const broken: Statement = {
        name: 'broken',
        text: 'MATCH (n:Node {graph: $graph}) CALL { WITH n RETURN n.id AS id } RETURN id',
        params: ['graph'],
      };
      expect(lint(broken)).toStrictEqual([
        expect.stringMatching(/^warning CALL subquery without a variable scope/),
      ]);
    });
  });
});

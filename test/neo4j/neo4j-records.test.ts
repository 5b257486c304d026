import { describe, expect, it } from 'vitest';
import { dateStart, type GraphNodeRecord } from '../../schema/domain.js';
import { ValidationError } from '../../server/errors.js';
import { validateDocument } from '../../server/store/neo4j/neo4j-import-export.js';
import { statusFilter } from '../../server/store/neo4j/neo4j-node-queries.js';
import {
  documentFromRow,
  documentToProperties,
  edgeFromRow,
  edgeToProperties,
  nodeFromRow,
  nodeToProperties,
  observationToProperties,
  pathEdgeFromMap,
} from '../../server/store/neo4j/neo4j-records.js';
import { contractFixture } from '../contract/contract-fixture.js';

const fixture = contractFixture('r-');

/** What `n {.*}` and the history subquery give back for a node written with `SET n = row`. */
function storedRow(node: GraphNodeRecord): { node: unknown; history: unknown } {
  return {
    node: { ...nodeToProperties('g', node), statusRevision: 3 },
    history: node.statusHistory.map((o) => observationToProperties('g', o)),
  };
}

describe('Neo4j record mapping', () => {
  it('round-trips every node of the contract fixture losslessly', () => {
    expect(fixture.nodes.map((node) => nodeFromRow(storedRow(node)))).toStrictEqual(fixture.nodes);
  });

  it('stores props flat, provenance as JSON and the folded search text', () => {
    const node = fixture.nodes.find((n) => n.id === 'r-cl-vest');
    expect(node && nodeToProperties('g', node)).toStrictEqual({
      graph: 'g',
      id: 'r-cl-vest',
      label: 'Cluster',
      kind: 'cluster',
      nameDa: 'Gødstrupklyngen',
      aliases: ['Klynge Vest'],
      sourcesJson: JSON.stringify([{ documentId: 'r-doc-a', confidence: 'stated' }]),
      searchNames: 'goedstrupklyngen klynge vest',
      searchIdWords: 'r cl vest',
      searchIdFolded: 'r-cl-vest',
      searchText: 'goedstrupklyngen klynge vest r cl vest',
    });
  });

  it('stores the first day an observation covers, for as-of comparisons', () => {
    const [first] = fixture.nodes.find((n) => n.id === 'r-ini-psyk')?.statusHistory ?? [];
    expect(first && observationToProperties('g', first).observedOn).toBe(dateStart('2024-02'));
  });

  it('round-trips every edge and document', () => {
    const edges = fixture.edges.map((edge) =>
      edgeFromRow({
        edge: edgeToProperties(edge),
        type: edge.type,
        source: edge.source,
        target: edge.target,
      }),
    );
    expect(edges).toStrictEqual(fixture.edges);
    expect(fixture.documents.map((d) => documentFromRow(documentToProperties('g', d)))).toStrictEqual(
      fixture.documents,
    );
    const [edge] = fixture.edges;
    expect(
      edge &&
        pathEdgeFromMap({
          ...edgeToProperties(edge),
          type: edge.type,
          source: edge.source,
          target: edge.target,
        }),
    ).toStrictEqual(
      edge && { id: edge.id, type: edge.type, source: edge.source, target: edge.target, props: edge.props },
    );
  });

  it('refuses a stored node that does not fit the record', () => {
    const [node] = fixture.nodes;
    const row = node && storedRow(node);
    expect(() => nodeFromRow({ node: { ...(row?.node as object), label: 'Nope' }, history: [] })).toThrow();
  });
});

describe('validateDocument', () => {
  it('counts what it will write', () => {
    expect(validateDocument(fixture)).toStrictEqual({
      documents: 1,
      nodes: 11,
      edges: 10,
      statusObservations: 8,
    });
  });

  it('refuses a prop the adapter has no property for, instead of dropping it', () => {
    const [node, ...rest] = fixture.nodes;
    const odd = { ...fixture, nodes: [{ ...node, props: { colour: 'blue' } } as GraphNodeRecord, ...rest] };
    expect(() => validateDocument(odd)).toThrow(
      new ValidationError('nodes', `${node?.id}: ukendt egenskab / unknown prop 'colour'`),
    );
  });

  it('refuses duplicate ids and observations citing unknown documents', () => {
    const [node] = fixture.nodes;
    expect(() => validateDocument({ ...fixture, nodes: node ? [node, node] : [] })).toThrow(
      new ValidationError('nodes', `dobbelt id / duplicate id '${node?.id}'`),
    );
    expect(() => validateDocument({ ...fixture, documents: [] })).toThrow(ValidationError);
  });
});

describe('statusFilter', () => {
  it('lets UNKNOWN and the unknown family match nodes without a current status', () => {
    expect(statusFilter({ statusCodes: ['UNKNOWN'] })).toStrictEqual({
      allowedCodes: ['UNKNOWN'],
      allowMissingStatus: true,
    });
    expect(statusFilter({ statusFamilies: ['awaiting'] })).toStrictEqual({
      allowedCodes: ['AWAITING_REGIONAL', 'AWAITING_NATIONAL'],
      allowMissingStatus: false,
    });
    expect(
      statusFilter({ statusFamilies: ['paused', 'unknown'], statusCodes: ['PAUSED', 'STARTED'] }),
    ).toStrictEqual({
      allowedCodes: ['PAUSED'],
      allowMissingStatus: true,
    });
    expect(statusFilter({})).toStrictEqual({ allowedCodes: null, allowMissingStatus: false });
  });
});

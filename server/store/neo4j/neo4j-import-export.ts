/** The whole graph partition in and out: replaceAll (validated first), export, documents, counts. */
import {
  NODE_LABELS,
  RELATION_TYPES,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type RelationType,
  type SourceDocumentRecord,
} from '../../../schema/domain.js';
import { canonicalizeGraphDocument } from '../../../schema/graph-document.js';
import { ValidationError } from '../../errors.js';
import type { ImportSummary, StoreCounts } from '../graph-store.js';
import {
  COUNTS,
  CREATE_DOCUMENTS,
  CREATE_OBSERVATIONS,
  createEdges,
  createNodes,
  DELETE_DOCUMENTS,
  DELETE_NODES,
  DELETE_OBSERVATIONS,
  EXPORT_EDGES,
  EXPORT_NODES,
  GET_DOCUMENTS,
} from './cypher.js';
import { nodeFromRowOf } from './neo4j-node-queries.js';
import {
  documentFromRow,
  documentToProperties,
  EDGE_PROP_KEYS,
  edgeFromRow,
  edgeToProperties,
  NODE_PROP_KEYS,
  nodeToProperties,
  historyToProperties,
} from './neo4j-records.js';
import { int, integer, type Neo4jSession } from './neo4j-session.js';
import { CREATE_AUDIT_ENTRIES, DELETE_AUDIT, SET_AUDIT_COUNTER } from './neo4j-write-cypher.js';
import { auditProperties, type Neo4jWrites } from './neo4j-writes.js';

/** Rows per UNWIND statement in `replaceAll`: bounds each statement's parameter size. */
const BATCH_ROWS = 1000;

/**
 * One write transaction: delete this graph's partition, then create documents, nodes (one
 * statement per label and batch), observations and edges (one per type and batch). Neo4j
 * commits it whole or not at all, and readers see the old graph until it commits. The work
 * function starts by deleting, so a retry after a transient failure repeats it exactly.
 */
export async function replaceAll(session: Neo4jSession, doc: GraphDocument): Promise<ImportSummary> {
  const summary = validateDocument(doc);
  const graph = session.config.graph;
  // Pushed, not spread: copying the list on every node made grouping 100k nodes quadratic.
  const nodesByLabel = groupBy<NodeLabel, GraphNodeRecord>(doc.nodes, (node) => node.label);
  const edgesByType = groupBy<RelationType, GraphEdgeRecord>(doc.edges, (edge) => edge.type);
  const observationRows = doc.nodes.flatMap((node) =>
    historyToProperties(graph, node.statusHistory).map((properties) => ({
      nodeId: node.id,
      // An Integer, not a JS number (which the driver would send as a float).
      properties: { ...properties, seq: int(properties.seq as number) },
    })),
  );

  const nodeVersion = (id: string) => int(doc.recordVersions?.nodes[id] ?? 1);
  const edgeVersion = (id: string) => int(doc.recordVersions?.edges[id] ?? 1);
  const audit = doc.audit ?? [];
  await session.write(async (tx) => {
    await session.rows(tx, DELETE_AUDIT, { graph });
    await session.rows(tx, DELETE_OBSERVATIONS, { graph });
    await session.rows(tx, DELETE_NODES, { graph });
    await session.rows(tx, DELETE_DOCUMENTS, { graph });
    for (const rows of batches(doc.documents.map((d) => documentToProperties(graph, d)))) {
      await session.rows(tx, CREATE_DOCUMENTS, { rows });
    }
    for (const label of NODE_LABELS) {
      const labelled = (nodesByLabel.get(label) ?? []).map((n) => ({
        ...nodeToProperties(graph, n),
        version: nodeVersion(n.id),
      }));
      for (const rows of batches(labelled)) {
        await session.rows(tx, createNodes(label), { rows });
      }
    }
    for (const rows of batches(observationRows)) await session.rows(tx, CREATE_OBSERVATIONS, { rows, graph });
    for (const type of RELATION_TYPES) {
      for (const batch of batches(edgesByType.get(type) ?? [])) {
        const rows = batch.map((e) => ({
          source: e.source,
          target: e.target,
          properties: { ...edgeToProperties(e), version: edgeVersion(e.id) },
        }));
        const created = integer((await session.single(tx, createEdges(type), { rows, graph })).created);
        if (created !== batch.length) {
          throw new ValidationError(
            'edges',
            `${batch.length - created} kant(er) peger på ukendte noder / dangle`,
          );
        }
      }
    }
    for (const rows of batches(audit.map((entry) => auditProperties(graph, entry)))) {
      await session.rows(tx, CREATE_AUDIT_ENTRIES, { rows });
    }
    const lastSeq = audit.reduce((max, entry) => Math.max(max, entry.seq), 0);
    if (lastSeq > 0) await session.rows(tx, SET_AUDIT_COUNTER, { graph, seq: int(lastSeq) });
  }, session.config.replaceTimeoutMs);
  return summary;
}

export async function getDocuments(session: Neo4jSession): Promise<SourceDocumentRecord[]> {
  const rows = await session.read((tx) => session.rows(tx, GET_DOCUMENTS, { graph: session.config.graph }));
  return rows.map((row) => documentFromRow(row.document));
}

export async function exportGraph(session: Neo4jSession, writes: Neo4jWrites): Promise<GraphDocument> {
  const graph = session.config.graph;
  return session.read(async (tx) => {
    const documents = (await session.rows(tx, GET_DOCUMENTS, { graph })).map((row) =>
      documentFromRow(row.document),
    );
    const nodes = (await session.rows(tx, EXPORT_NODES, { graph })).map(nodeFromRowOf);
    const edges = (await session.rows(tx, EXPORT_EDGES, { graph })).map(edgeFromRow);
    const { audit, recordVersions } = await writes.exportIn(tx);
    return canonicalizeGraphDocument({
      format: 'aftalegraf-graph',
      version: 2,
      documents,
      nodes,
      edges,
      recordVersions,
      audit,
    });
  });
}

export async function counts(session: Neo4jSession): Promise<StoreCounts> {
  const row = await session.read((tx) => session.single(tx, COUNTS, { graph: session.config.graph }));
  return {
    documents: integer(row.documents),
    nodes: integer(row.nodes),
    edges: integer(row.edges),
    statusObservations: integer(row.statusObservations),
  };
}

/**
 * What the embedded store's keys and foreign keys refuse, refused before anything is written,
 * plus props this adapter has no property for (they would not survive the round trip).
 */
export function validateDocument(doc: GraphDocument): ImportSummary {
  const unique = (kind: string, ids: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new ValidationError(kind, `dobbelt id / duplicate id '${id}'`);
      seen.add(id);
    }
    return seen;
  };
  const documentIds = unique(
    'documents',
    doc.documents.map((d) => d.id),
  );
  const nodeIds = unique(
    'nodes',
    doc.nodes.map((n) => n.id),
  );
  unique(
    'edges',
    doc.edges.map((e) => e.id),
  );
  const nodePropKeys = new Set(NODE_PROP_KEYS);
  const edgePropKeys = new Set(EDGE_PROP_KEYS);
  let observations = 0;
  for (const node of doc.nodes) {
    for (const key of Object.keys(node.props)) {
      if (!nodePropKeys.has(key))
        throw new ValidationError('nodes', `${node.id}: ukendt egenskab / unknown prop '${key}'`);
    }
    const seqs = unique(
      `nodes.${node.id}.statusHistory.seq`,
      node.statusHistory.map((o) => String(o.seq)),
    );
    observations += seqs.size;
    for (const o of node.statusHistory) {
      if (!documentIds.has(o.documentId)) {
        throw new ValidationError(
          'nodes',
          `${node.id}: ukendt kildedokument / unknown document '${o.documentId}'`,
        );
      }
    }
  }
  for (const edge of doc.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!nodeIds.has(end))
        throw new ValidationError('edges', `${edge.id}: ukendt node / unknown node '${end}'`);
    }
    for (const key of Object.keys(edge.props)) {
      if (!edgePropKeys.has(key))
        throw new ValidationError('edges', `${edge.id}: ukendt egenskab / unknown prop '${key}'`);
    }
  }
  return {
    documents: doc.documents.length,
    nodes: doc.nodes.length,
    edges: doc.edges.length,
    statusObservations: observations,
  };
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH_ROWS) yield items.slice(i, i + BATCH_ROWS);
}

function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The whole graph in and out: replaceAll's one transaction, the export, and the counts. */
import type { GraphDocument, SourceDocumentRecord } from '../../../schema/domain.js';
import { canonicalizeGraphDocument } from '../../../schema/graph-document.js';
import { foldedTokens } from '../../search/fold.js';
import type { ImportSummary, StoreCounts } from '../graph-store.js';
import { translateSqliteError } from './sqlite-errors.js';
import {
  toDocumentRecord,
  toEdgeRecord,
  toNodeRecords,
  type DocumentRow,
  type EdgeRow,
  type NodeRow,
} from './sqlite-rows.js';
import { searchText, writeSearchText } from './sqlite-search.js';
import type { SqliteStatements } from './sqlite-statements.js';
import { rebuildStatusSpans } from './sqlite-status-spans.js';
import { insertObservation, observationInsert } from './sqlite-status-writes.js';
import { allAuditEntries, insertAuditEntry } from './sqlite-writes.js';

/** Empties every table and writes the document in one immediate transaction. */
export function replaceAll(statements: SqliteStatements, doc: GraphDocument): ImportSummary {
  const db = statements.db;
  const replace = db.transaction(() => {
    db.exec(
      'DELETE FROM audit_touches; DELETE FROM audit_entries; DELETE FROM node_search; DELETE FROM edges; DELETE FROM status_spans; DELETE FROM status_observations; DELETE FROM nodes; DELETE FROM documents;',
    );
    const insertDocument = statements.get(
      'INSERT INTO documents (id, file, title, as_of, as_of_confidence) VALUES (?, ?, ?, ?, ?)',
    );
    for (const d of doc.documents) insertDocument.run(d.id, d.file, d.title, d.asOf, d.asOfConfidence);
    const insertNode = statements.get(
      'INSERT INTO nodes (id, label, kind, name_da, name_en, aliases, props, sources, validity, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertSearch = statements.get(
      'INSERT INTO node_search (node_id, names, id_words) VALUES (?, ?, ?)',
    );
    const insertStatus = observationInsert(statements);
    let observations = 0;
    for (const node of doc.nodes) {
      insertNode.run(
        node.id,
        node.label,
        node.kind,
        node.nameDa,
        node.nameEn ?? null,
        JSON.stringify(node.aliases),
        JSON.stringify(node.props),
        JSON.stringify(node.sources),
        node.validity ? JSON.stringify(node.validity) : null,
        doc.recordVersions?.nodes[node.id] ?? 1,
      );
      insertSearch.run(node.id, searchText(node), foldedTokens(node.id).join(' '));
      writeSearchText(statements, node);
      for (const observation of node.statusHistory) {
        insertObservation(insertStatus, node.id, observation);
        observations += 1;
      }
    }
    rebuildStatusSpans(statements);
    const insertEdge = statements.get(
      'INSERT INTO edges (id, type, source, target, props, sources, validity, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const edge of doc.edges) {
      insertEdge.run(
        edge.id,
        edge.type,
        edge.source,
        edge.target,
        JSON.stringify(edge.props),
        JSON.stringify(edge.sources),
        edge.validity ? JSON.stringify(edge.validity) : null,
        doc.recordVersions?.edges[edge.id] ?? 1,
      );
    }
    for (const entry of doc.audit ?? []) insertAuditEntry(statements, entry);
    return {
      documents: doc.documents.length,
      nodes: doc.nodes.length,
      edges: doc.edges.length,
      statusObservations: observations,
    };
  });
  try {
    return replace.immediate();
  } catch (error) {
    throw translateSqliteError(error);
  }
}

export function readDocuments(statements: SqliteStatements): SourceDocumentRecord[] {
  return (statements.get('SELECT * FROM documents ORDER BY id').all() as DocumentRow[]).map(toDocumentRecord);
}

export function exportGraph(statements: SqliteStatements, documents: SourceDocumentRecord[]): GraphDocument {
  const nodes = toNodeRecords(
    statements,
    statements.get('SELECT * FROM nodes ORDER BY id').all() as NodeRow[],
  );
  const edges = (statements.get('SELECT * FROM edges ORDER BY id').all() as EdgeRow[]).map(toEdgeRecord);
  const versions = (table: 'nodes' | 'edges'): Record<string, number> =>
    Object.fromEntries(
      (
        statements.get(`SELECT id, version FROM ${table} WHERE version <> 1 ORDER BY id`).all() as {
          id: string;
          version: number;
        }[]
      ).map((row) => [row.id, row.version]),
    );
  return canonicalizeGraphDocument({
    format: 'aftalegraf-graph',
    version: 2,
    documents,
    nodes,
    edges,
    recordVersions: { nodes: versions('nodes'), edges: versions('edges') },
    audit: allAuditEntries(statements),
  });
}

export function counts(statements: SqliteStatements): StoreCounts {
  const count = (table: string): number =>
    (statements.get(`SELECT COUNT(*) AS c FROM ${table}`).get() as { c: number }).c;
  return {
    documents: count('documents'),
    nodes: count('nodes'),
    edges: count('edges'),
    statusObservations: count('status_observations'),
  };
}

/**
 * The Neo4j store's write path (issue 11): a `WriteSet` applied in one write transaction that
 * first locks the partition (`LOCK_PARTITION`), then checks every version, writes, and creates
 * the audit entry; the audit trail's reads. The store class delegates here; the driver boundary
 * is `Neo4jSession`.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { AuditEntry } from '../../../schema/audit.js';
import type { GraphEdgeRecord, GraphNodeRecord, SourceDocumentRecord } from '../../../schema/domain.js';
import { ConflictError, ValidationError } from '../../errors.js';
import type { AuditPage, AuditQuery, WriteResult, WriteSet } from '../graph-write.js';
import { CREATE_DOCUMENTS, createEdges, createNodes } from './cypher.js';
import {
  documentToProperties,
  edgeFromRow,
  edgeToProperties,
  nodeToProperties,
  historyToProperties,
} from './neo4j-records.js';
import { integer, list, string, type Neo4jSession, type Row } from './neo4j-session.js';
import type { PlainValue } from './neo4j-values.js';
import {
  AUDIT_BY_ID,
  AUDIT_TOUCHING,
  AUDIT_SINCE,
  CREATE_AUDIT_ENTRIES,
  CREATE_MISSING_OBSERVATIONS,
  DELETE_STALE_OBSERVATIONS,
  DOCUMENT_EXISTS,
  EDGE_VERSIONS,
  EDGES_BY_ID,
  EXPORT_AUDIT,
  LAST_AUDIT_SEQ,
  LOCK_PARTITION,
  NODE_VERSIONS,
  QUERY_AUDIT,
  RECORD_VERSIONS,
  SET_AUDIT_COUNTER,
  UPDATE_EDGE,
  UPDATE_NODE,
} from './neo4j-write-cypher.js';

export class Neo4jWrites {
  private readonly graph: string;
  /**
   * This process's edits, one after another. Every write locks the partition first, so they
   * would serialise in Neo4j anyway; queued here instead, a burst of edits does not spend the
   * transaction timeout waiting for the lock, and only other processes contend for it.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Neo4jSession) {
    this.graph = db.config.graph;
  }

  apply(set: WriteSet): Promise<WriteResult> {
    const result = this.queue.then(() => this.applyNow(set));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async applyNow(set: WriteSet): Promise<WriteResult> {
    const graph = this.graph;
    return this.db.write(async (tx) => {
      const seq = integer((await this.db.single(tx, LOCK_PARTITION, { graph })).seq);
      const key = set.audit.idempotencyKey;
      if (key !== undefined) {
        const [prior] = (await this.queryIn(tx, { idempotencyKey: key }, { limit: 1 })).entries;
        if (prior) return { entry: prior, replayed: true };
      }
      for (const document of set.documents) await this.createDocument(tx, document);
      const after: AuditEntry['after'] = { nodes: [], edges: [], documents: [...set.documents] };
      for (const { record, expectedVersion } of set.nodes) {
        const version = await this.writeNode(tx, record, expectedVersion);
        after.nodes.push({ record, version });
      }
      for (const { record, expectedVersion } of set.edges) {
        const version = await this.writeEdge(tx, record, expectedVersion);
        after.edges.push({ record, version });
      }
      const entry: AuditEntry = { ...set.audit, seq, after };
      await this.db.rows(tx, CREATE_AUDIT_ENTRIES, { rows: [auditProperties(graph, entry)] });
      await this.db.rows(tx, SET_AUDIT_COUNTER, { graph, seq: neo4j.int(seq) });
      return { entry, replayed: false };
    });
  }

  private async createDocument(tx: ManagedTransaction, document: SourceDocumentRecord): Promise<void> {
    const exists = await this.db.single(tx, DOCUMENT_EXISTS, { graph: this.graph, id: document.id });
    if (exists.found === true)
      throw new ConflictError('SourceDocument', document.id, 'findes allerede / already exists');
    await this.db.rows(tx, CREATE_DOCUMENTS, { rows: [documentToProperties(this.graph, document)] });
  }

  private async writeNode(
    tx: ManagedTransaction,
    node: GraphNodeRecord,
    expected: number | null,
  ): Promise<number> {
    const graph = this.graph;
    const version = expected === null ? 1 : expected + 1;
    const properties = { ...nodeToProperties(graph, node), version: neo4j.int(version) };
    if (expected === null) {
      const [existing] = await this.db.rows(tx, NODE_VERSIONS, { ids: [node.id], graph });
      if (existing) throw new ConflictError('Node', node.id, 'findes allerede / already exists');
      await this.db.rows(tx, createNodes(node.label), { rows: [properties] });
    } else {
      const { updated } = await this.db.single(tx, UPDATE_NODE, {
        graph,
        id: node.id,
        expected: neo4j.int(expected),
        properties,
      });
      if (updated !== 1) throw staleError('Node', node.id, expected);
    }
    const rows = historyToProperties(graph, node.statusHistory).map((properties) => ({
      ...properties,
      seq: neo4j.int(properties.seq as number),
    }));
    if (expected !== null) await this.db.rows(tx, DELETE_STALE_OBSERVATIONS, { graph, id: node.id, rows });
    if (rows.length > 0) await this.db.rows(tx, CREATE_MISSING_OBSERVATIONS, { graph, id: node.id, rows });
    return version;
  }

  private async writeEdge(
    tx: ManagedTransaction,
    edge: GraphEdgeRecord,
    expected: number | null,
  ): Promise<number> {
    const graph = this.graph;
    const version = expected === null ? 1 : expected + 1;
    const properties = { ...edgeToProperties(edge), version: neo4j.int(version) };
    if (expected === null) {
      const [existing] = await this.db.rows(tx, EDGE_VERSIONS, { rows: [edgeRef(edge.id)], graph });
      if (existing) throw new ConflictError('Edge', edge.id, 'findes allerede / already exists');
      const { created } = await this.db.single(tx, createEdges(edge.type), {
        rows: [{ source: edge.source, target: edge.target, properties }],
        graph,
      });
      if (created !== 1) throw new ValidationError('source', `ukendt node / unknown node in '${edge.id}'`);
    } else {
      const { updated } = await this.db.single(tx, UPDATE_EDGE, {
        graph,
        source: edge.source,
        id: edge.id,
        expected: neo4j.int(expected),
        properties,
      });
      if (updated !== 1) throw staleError('Edge', edge.id, expected);
    }
    return version;
  }

  async versions(
    nodeIds: readonly string[],
    edgeIds: readonly string[],
  ): Promise<{ nodes: Map<string, number>; edges: Map<string, number> }> {
    const graph = this.graph;
    return this.db.read(async (tx) => {
      const nodes = nodeIds.length > 0 ? await this.db.rows(tx, NODE_VERSIONS, { ids: nodeIds, graph }) : [];
      const edges =
        edgeIds.length > 0
          ? await this.db.rows(tx, EDGE_VERSIONS, { rows: edgeIds.map(edgeRef), graph })
          : [];
      const toMap = (rows: Row[]) => new Map(rows.map((row) => [string(row.id), integer(row.version)]));
      return { nodes: toMap(nodes), edges: toMap(edges) };
    });
  }

  async edgesById(ids: readonly string[]): Promise<Map<string, GraphEdgeRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.read((tx) =>
      this.db.rows(tx, EDGES_BY_ID, { rows: ids.map(edgeRef), graph: this.graph }),
    );
    return new Map(rows.map((row) => edgeFromRow(row)).map((edge) => [edge.id, edge]));
  }

  async entry(id: string): Promise<AuditEntry | undefined> {
    const [row] = await this.db.read((tx) => this.db.rows(tx, AUDIT_BY_ID, { graph: this.graph, id }));
    return row ? parseEntry(row.entry) : undefined;
  }

  query(query: AuditQuery, page: { afterSeq?: number; limit: number }): Promise<AuditPage> {
    return this.db.read((tx) => this.queryIn(tx, query, page));
  }

  private async queryIn(
    tx: ManagedTransaction,
    query: AuditQuery,
    page: { afterSeq?: number; limit: number },
  ): Promise<AuditPage> {
    const row = await this.db.single(tx, QUERY_AUDIT, {
      graph: this.graph,
      nodeId: query.nodeId ?? null,
      nodeIdsAny: query.nodeIdsAny ?? null,
      edgeId: query.edgeId ?? null,
      actorId: query.actorId ?? null,
      mutation: query.mutation ?? null,
      idempotencyKey: query.idempotencyKey ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      afterSeq: neo4j.int(page.afterSeq ?? Number.MAX_SAFE_INTEGER),
      limit: neo4j.int(page.limit),
    });
    return { totalCount: integer(row.totalCount), entries: list(row.entries).map(parseEntry) };
  }

  async touching(nodeIds: readonly string[], edgeIds: readonly string[]): Promise<AuditEntry[]> {
    if (nodeIds.length + edgeIds.length === 0) return [];
    const rows = await this.db.read((tx) =>
      this.db.rows(tx, AUDIT_TOUCHING, { graph: this.graph, nodeIds, edgeIds }),
    );
    return rows.map((row) => parseEntry(row.entry));
  }

  async since(afterSeq: number, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.read((tx) =>
      this.db.rows(tx, AUDIT_SINCE, {
        graph: this.graph,
        afterSeq: neo4j.int(afterSeq),
        limit: neo4j.int(limit),
      }),
    );
    return rows.map((row) => parseEntry(row.entry));
  }

  async lastSeq(): Promise<number> {
    return integer(
      (await this.db.read((tx) => this.db.single(tx, LAST_AUDIT_SEQ, { graph: this.graph }))).seq,
    );
  }

  /** The trail and the versions other than 1, inside an export's read transaction. */
  async exportIn(tx: ManagedTransaction): Promise<{
    audit: AuditEntry[];
    recordVersions: { nodes: Record<string, number>; edges: Record<string, number> };
  }> {
    const audit = (await this.db.rows(tx, EXPORT_AUDIT, { graph: this.graph })).map((row) =>
      parseEntry(row.entry),
    );
    const versions = await this.db.single(tx, RECORD_VERSIONS, { graph: this.graph });
    const pairs = (value: PlainValue | undefined): Record<string, number> =>
      Object.fromEntries(list(value).map((pair) => [string(list(pair)[0]), integer(list(pair)[1])]));
    return { audit, recordVersions: { nodes: pairs(versions.nodes), edges: pairs(versions.edges) } };
  }
}

/** An audit entry as stored: the filterable fields as properties, the whole entry as JSON. */
export function auditProperties(graph: string, entry: AuditEntry): Record<string, unknown> {
  return {
    graph,
    id: entry.id,
    seq: neo4j.int(entry.seq),
    at: entry.at,
    actorId: entry.actor.id,
    mutation: entry.mutation,
    ...(entry.idempotencyKey === undefined ? {} : { idempotencyKey: entry.idempotencyKey }),
    nodeIds: entry.nodeIds,
    edgeIds: entry.edgeIds,
    documentIds: entry.documentIds,
    entryJson: JSON.stringify(entry),
  };
}

function edgeRef(id: string): { id: string; source: string } {
  return { id, source: id.split('|')[0] ?? '' };
}

function staleError(entity: string, id: string, expected: number): ConflictError {
  return new ConflictError(
    entity,
    id,
    `ændret af en anden siden version ${expected} / changed by someone else since version ${expected}`,
  );
}

function parseEntry(value: PlainValue | undefined): AuditEntry {
  return JSON.parse(string(value)) as AuditEntry;
}

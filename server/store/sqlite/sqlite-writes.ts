/**
 * The embedded store's write path (issue 11): a `WriteSet` checked and applied in one IMMEDIATE
 * transaction with its audit entry, the audit trail's reads, and record versions. The store
 * class delegates here; this module touches only the tables, never the in-memory index.
 */
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditSnapshot } from '../../../schema/audit.js';
import {
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type SourceDocumentRecord,
} from '../../../schema/domain.js';
import { ConflictError, ValidationError } from '../../errors.js';
import { foldedTokens } from '../../search/fold.js';
import type { AuditPage, AuditQuery, WriteResult, WriteSet } from '../graph-write.js';
import { writeSearchText } from './sqlite-search.js';
import { refreshStatusSpans } from './sqlite-status-spans.js';
import { insertObservation, observationInsert } from './sqlite-status-writes.js';
import type { SqliteStatements } from './sqlite-statements.js';

/** What a write changed that the store's caches and index must learn. */
export interface WriteEffects {
  /** Nodes created or edges written: the adjacency index must be rebuilt. */
  graphShapeChanged: boolean;
  documentsChanged: boolean;
}

export class SqliteWrites {
  private readonly db: Database.Database;

  constructor(private readonly statements: SqliteStatements) {
    this.db = statements.db;
  }

  private statement(sql: string): Database.Statement {
    return this.statements.get(sql);
  }

  /** Runs inside `db.transaction(...).immediate()`, so the version check and the write are one. */
  apply(set: WriteSet): { result: WriteResult; effects: WriteEffects } {
    const run = this.db.transaction(() => {
      const key = set.audit.idempotencyKey;
      if (key !== undefined) {
        const prior = this.statement('SELECT entry FROM audit_entries WHERE idempotency_key = ?')
          .pluck()
          .get(key) as string | undefined;
        if (prior !== undefined) {
          return {
            result: { entry: JSON.parse(prior) as AuditEntry, replayed: true },
            effects: { graphShapeChanged: false, documentsChanged: false },
          };
        }
      }
      for (const document of set.documents) this.insertDocument(document);
      let graphShapeChanged = set.edges.length > 0;
      const after: AuditSnapshot = { nodes: [], edges: [], documents: [...set.documents] };
      for (const write of set.nodes) {
        const version = this.writeNode(write.record, write.expectedVersion);
        if (write.expectedVersion === null) graphShapeChanged = true;
        after.nodes.push({ record: write.record, version });
      }
      for (const write of set.edges) {
        const version = this.writeEdge(write.record, write.expectedVersion);
        after.edges.push({ record: write.record, version });
      }
      const seq = (
        this.statement('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM audit_entries').get() as {
          next: number;
        }
      ).next;
      const entry: AuditEntry = { ...set.audit, seq, after };
      insertAuditEntry(this.statements, entry);
      return {
        result: { entry, replayed: false },
        effects: { graphShapeChanged, documentsChanged: set.documents.length > 0 },
      };
    });
    return run.immediate();
  }

  private insertDocument(document: SourceDocumentRecord): void {
    const exists = this.statement('SELECT 1 FROM documents WHERE id = ?').get(document.id);
    if (exists) throw new ConflictError('SourceDocument', document.id, 'findes allerede / already exists');
    this.statement(
      'INSERT INTO documents (id, file, title, as_of, as_of_confidence) VALUES (?, ?, ?, ?, ?)',
    ).run(document.id, document.file, document.title, document.asOf, document.asOfConfidence);
  }

  /** Checks the version and writes the node with its history; returns the new version. */
  private writeNode(node: GraphNodeRecord, expectedVersion: number | null): number {
    const columns = [
      node.label,
      node.kind,
      node.nameDa,
      node.nameEn ?? null,
      JSON.stringify(node.aliases),
      JSON.stringify(node.props),
      JSON.stringify(node.sources),
      node.validity ? JSON.stringify(node.validity) : null,
    ];
    let version: number;
    if (expectedVersion === null) {
      if (this.statement('SELECT 1 FROM nodes WHERE id = ?').get(node.id)) {
        throw new ConflictError('Node', node.id, 'findes allerede / already exists');
      }
      this.statement(
        `INSERT INTO nodes (id, label, kind, name_da, name_en, aliases, props, sources, validity, version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
      ).run(node.id, ...columns);
      version = 1;
    } else {
      const changed = this.statement(
        `UPDATE nodes SET label = ?, kind = ?, name_da = ?, name_en = ?, aliases = ?, props = ?, sources = ?,
           validity = ?, version = version + 1
         WHERE id = ? AND version = ?`,
      ).run(...columns, node.id, expectedVersion).changes;
      if (changed !== 1) throw staleError('Node', node.id, expectedVersion);
      version = expectedVersion + 1;
      this.statement('DELETE FROM status_observations WHERE node_id = ?').run(node.id);
      this.statement('DELETE FROM node_search WHERE node_id = ?').run(node.id);
    }
    this.statement('INSERT INTO node_search (node_id, names, id_words) VALUES (?, ?, ?)').run(
      node.id,
      [node.nameDa, node.nameEn ?? '', ...node.aliases].map((n) => foldedTokens(n).join(' ')).join(' '),
      foldedTokens(node.id).join(' '),
    );
    // Search candidates (ADR 0012): names, quotes and statuses as this write leaves them.
    writeSearchText(this.statements, node);
    const insert = observationInsert(this.statements);
    for (const o of node.statusHistory) {
      if (!this.statement('SELECT 1 FROM documents WHERE id = ?').get(o.documentId)) {
        throw new ValidationError(
          'documentId',
          `ukendt kildedokument / unknown source document '${o.documentId}'`,
        );
      }
      insertObservation(insert, node.id, o);
    }
    refreshStatusSpans(this.statements, [node.id]);
    return version;
  }

  private writeEdge(edge: GraphEdgeRecord, expectedVersion: number | null): number {
    const columns = [
      JSON.stringify(edge.props),
      JSON.stringify(edge.sources),
      edge.validity ? JSON.stringify(edge.validity) : null,
    ];
    if (expectedVersion === null) {
      if (this.statement('SELECT 1 FROM edges WHERE id = ?').get(edge.id)) {
        throw new ConflictError('Edge', edge.id, 'findes allerede / already exists');
      }
      for (const end of [edge.source, edge.target]) {
        if (!this.statement('SELECT 1 FROM nodes WHERE id = ?').get(end)) {
          throw new ValidationError(
            end === edge.source ? 'source' : 'target',
            `ukendt node / unknown node '${end}'`,
          );
        }
      }
      this.statement(
        'INSERT INTO edges (id, type, source, target, props, sources, validity, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)',
      ).run(edge.id, edge.type, edge.source, edge.target, ...columns);
      return 1;
    }
    const changed = this.statement(
      'UPDATE edges SET props = ?, sources = ?, validity = ?, version = version + 1 WHERE id = ? AND version = ?',
    ).run(...columns, edge.id, expectedVersion).changes;
    if (changed !== 1) throw staleError('Edge', edge.id, expectedVersion);
    return expectedVersion + 1;
  }

  versions(
    nodeIds: readonly string[],
    edgeIds: readonly string[],
  ): { nodes: Map<string, number>; edges: Map<string, number> } {
    const read = (table: 'nodes' | 'edges', ids: readonly string[]): Map<string, number> =>
      new Map(
        (
          this.statement(`SELECT id, version FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).all(
            JSON.stringify(ids),
          ) as { id: string; version: number }[]
        ).map((row) => [row.id, row.version]),
      );
    return { nodes: read('nodes', nodeIds), edges: read('edges', edgeIds) };
  }

  entry(id: string): AuditEntry | undefined {
    const text = this.statement('SELECT entry FROM audit_entries WHERE id = ?').pluck().get(id) as
      string | undefined;
    return text === undefined ? undefined : (JSON.parse(text) as AuditEntry);
  }

  query(query: AuditQuery, page: { afterSeq?: number; limit: number }): AuditPage {
    const clauses = ['1 = 1'];
    const params: Record<string, unknown> = {};
    const refs = [query.nodeId, query.edgeId].filter((ref): ref is string => ref !== undefined);
    for (const [i, ref] of refs.entries()) {
      clauses.push(`a.seq IN (SELECT seq FROM audit_touches WHERE ref_id = @ref${i})`);
      params[`ref${i}`] = ref;
    }
    if (query.nodeIdsAny !== undefined) {
      // The touch table lists a relation's ends too, so one lookup covers both.
      clauses.push(
        'a.seq IN (SELECT seq FROM audit_touches WHERE ref_id IN (SELECT value FROM json_each(@nodeIdsAny)))',
      );
      params.nodeIdsAny = JSON.stringify(query.nodeIdsAny);
    }
    if (query.actorId !== undefined) {
      clauses.push('a.actor_id = @actorId');
      params.actorId = query.actorId;
    }
    if (query.mutation !== undefined) {
      clauses.push('a.mutation = @mutation');
      params.mutation = query.mutation;
    }
    if (query.idempotencyKey !== undefined) {
      clauses.push('a.idempotency_key = @idempotencyKey');
      params.idempotencyKey = query.idempotencyKey;
    }
    if (query.from !== undefined) {
      clauses.push('a.at >= @from');
      params.from = query.from;
    }
    if (query.to !== undefined) {
      clauses.push('a.at <= @to');
      params.to = query.to;
    }
    const where = clauses.join(' AND ');
    const totalCount = (
      this.statement(`SELECT COUNT(*) AS c FROM audit_entries a WHERE ${where}`).get(params) as { c: number }
    ).c;
    const rows = this.statement(
      `SELECT entry FROM audit_entries a WHERE ${where} AND a.seq < @afterSeq ORDER BY a.seq DESC LIMIT @limit`,
    )
      .pluck()
      .all({ ...params, afterSeq: page.afterSeq ?? Number.MAX_SAFE_INTEGER, limit: page.limit }) as string[];
    return { entries: rows.map((text) => JSON.parse(text) as AuditEntry), totalCount };
  }

  touching(nodeIds: readonly string[], edgeIds: readonly string[]): AuditEntry[] {
    if (nodeIds.length + edgeIds.length === 0) return [];
    // The touch table also lists a relation's ends, so the JSON check keeps only real writes.
    return (
      this.statement(
        `SELECT entry FROM audit_entries
         WHERE seq IN (SELECT seq FROM audit_touches WHERE ref_id IN (SELECT value FROM json_each(@refs)))
           AND (EXISTS (SELECT 1 FROM json_each(entry, '$.nodeIds') WHERE value IN (SELECT value FROM json_each(@nodeIds)))
             OR EXISTS (SELECT 1 FROM json_each(entry, '$.edgeIds') WHERE value IN (SELECT value FROM json_each(@edgeIds))))
         ORDER BY seq`,
      )
        .pluck()
        .all({
          refs: JSON.stringify([...nodeIds, ...edgeIds]),
          nodeIds: JSON.stringify(nodeIds),
          edgeIds: JSON.stringify(edgeIds),
        }) as string[]
    ).map((text) => JSON.parse(text) as AuditEntry);
  }

  since(afterSeq: number, limit: number): AuditEntry[] {
    return (
      this.statement('SELECT entry FROM audit_entries WHERE seq > ? ORDER BY seq LIMIT ?')
        .pluck()
        .all(afterSeq, limit) as string[]
    ).map((text) => JSON.parse(text) as AuditEntry);
  }

  lastSeq(): number {
    return (this.statement('SELECT COALESCE(MAX(seq), 0) AS s FROM audit_entries').get() as { s: number }).s;
  }
}

/** Appends an entry and its touches (the write path, and import). */
export function insertAuditEntry(statements: SqliteStatements, entry: AuditEntry): void {
  statements
    .get(
      'INSERT INTO audit_entries (seq, id, at, actor_id, mutation, idempotency_key, entry) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      entry.seq,
      entry.id,
      entry.at,
      entry.actor.id,
      entry.mutation,
      entry.idempotencyKey ?? null,
      JSON.stringify(entry),
    );
  const touch = statements.get('INSERT OR IGNORE INTO audit_touches (ref_id, seq) VALUES (?, ?)');
  // A relation's change belongs to the trail of both its ends as well.
  const ends = entry.edgeIds.flatMap((id) => {
    const [source, , target] = id.split('|');
    return [source ?? '', target ?? ''];
  });
  for (const id of new Set([...entry.nodeIds, ...entry.edgeIds, ...ends, ...entry.documentIds])) {
    touch.run(id, entry.seq);
  }
}

/** Every entry, oldest first (for export). */
export function allAuditEntries(statements: SqliteStatements): AuditEntry[] {
  return (statements.get('SELECT entry FROM audit_entries ORDER BY seq').pluck().all() as string[]).map(
    (text) => JSON.parse(text) as AuditEntry,
  );
}

function staleError(entity: string, id: string, expectedVersion: number): ConflictError {
  return new ConflictError(
    entity,
    id,
    `ændret af en anden siden version ${expectedVersion} / changed by someone else since version ${expectedVersion}`,
  );
}

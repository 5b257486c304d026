/**
 * The embedded default store: one SQLite file (WAL, synchronous FULL) is the durable record;
 * an in-memory CSR adjacency index, rebuilt on open and on every write that changes edges,
 * answers traversals. This folder is the only code that imports `better-sqlite3`; this class
 * wires its parts: rows (`sqlite-rows.ts`), node and edge reads, search, status writes, and
 * import/export, each over one shared cache of prepared statements.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type {
  GraphDocument,
  GraphEdgeRecord,
  GraphNodeRecord,
  RelationType,
  SourceDocumentRecord,
  StatusObservation,
} from '../../../schema/domain.js';
import { StoreUnavailableError } from '../../errors.js';
import type { AdjacencyIndex } from '../adjacency/adjacency-index.js';
import type {
  ChangePage,
  ChangeQuery,
  Direction,
  EdgeLite,
  GraphStore,
  ImportSummary,
  NodePage,
  NodeQuery,
  KeyedReach,
  ReachResult,
  StoreCounts,
} from '../graph-store.js';
import type { TokenStore } from '../../auth/token-store.js';
import * as edgeQueries from './sqlite-edge-queries.js';
import * as importExport from './sqlite-import-export.js';
import { sqliteChanges } from './sqlite-changes.js';
import { migrate } from './sqlite-migrate.js';
import * as nodeQueries from './sqlite-node-queries.js';
import { backfillSearchText, searchNodes } from './sqlite-search.js';
import { SqliteStatements } from './sqlite-statements.js';
import { SqliteTokenStore } from './sqlite-token-store.js';
import * as statusWrites from './sqlite-status-writes.js';
import type { AuditEntry } from '../../../schema/audit.js';
import type { AuditPage, AuditQuery, WriteResult, WriteSet } from '../graph-write.js';
import { translateSqliteError } from './sqlite-errors.js';
import { toEdgeRecord, type EdgeRow } from './sqlite-rows.js';
import { SqliteWrites } from './sqlite-writes.js';

export class SqliteGraphStore implements GraphStore {
  readonly name = 'sqlite';
  readonly version: string;
  private index: AdjacencyIndex;
  private documents: SourceDocumentRecord[] | undefined;
  private readonly statements: SqliteStatements;
  private readonly writes: SqliteWrites;
  /** `PRAGMA data_version` when the index was built: it changes when another process commits. */
  private dataVersion: number;
  readonly tokens: TokenStore;

  private constructor(private readonly db: Database.Database) {
    this.statements = new SqliteStatements(db);
    this.version = (db.prepare('SELECT sqlite_version() AS version').get() as { version: string }).version;
    this.writes = new SqliteWrites(this.statements);
    this.dataVersion = this.readDataVersion();
    backfillSearchText(this.statements);
    this.index = edgeQueries.buildAdjacencyIndex(this.statements);
    this.tokens = new SqliteTokenStore(db);
  }

  private readDataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /**
   * Another process sharing the file has committed since the index was built: rebuild it and
   * forget cached documents, so traversals answer from what is stored now. One pragma per
   * read; the rebuild only when something changed. (SQL reads see the commit by themselves.)
   */
  private refreshIfChanged(): void {
    const current = this.readDataVersion();
    if (current === this.dataVersion) return;
    this.dataVersion = current;
    this.index = edgeQueries.buildAdjacencyIndex(this.statements);
    this.documents = undefined;
  }

  /** Opens (creating if needed) the store file; `:memory:` gives a throwaway store for tests. */
  static open(file: string): SqliteGraphStore {
    let db: Database.Database;
    try {
      if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
      db = new Database(file);
    } catch (error) {
      throw new StoreUnavailableError('sqlite', `kan ikke åbne / cannot open ${file}`, { cause: error });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Another process writing the same file holds the write lock briefly: wait, do not fail.
    db.pragma('busy_timeout = 10000');
    migrate(db);
    return new SqliteGraphStore(db);
  }

  async getNodes(ids: readonly string[]): Promise<Map<string, GraphNodeRecord>> {
    return nodeQueries.getNodes(this.statements, ids);
  }

  async queryNodes(query: NodeQuery, page: { offset: number; limit: number }): Promise<NodePage> {
    return nodeQueries.queryNodes(this.statements, query, page);
  }

  async searchNodes(text: string, limit: number, asOf?: string): Promise<GraphNodeRecord[]> {
    return searchNodes(this.statements, text, limit, asOf);
  }

  async getEdges(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<GraphEdgeRecord[]> {
    return edgeQueries.getEdges(this.statements, ids, direction, types);
  }

  async getEdgesAmong(ids: readonly string[], asOf?: string): Promise<GraphEdgeRecord[]> {
    return edgeQueries.getEdgesAmong(this.statements, ids, asOf);
  }

  async expand(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<EdgeLite[]> {
    this.refreshIfChanged();
    return this.index.expand(ids, direction, types);
  }

  async reach(
    seeds: readonly string[],
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: string,
  ): Promise<ReachResult> {
    this.refreshIfChanged();
    return this.index.reach(seeds, direction, maxDepth, types, asOf);
  }

  async reachKeys(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: string,
  ): Promise<KeyedReach> {
    this.refreshIfChanged();
    return this.index.reachKeys(seeds, direction, maxDepth, types, asOf);
  }

  async shortestPaths(
    from: string,
    to: string,
    options: { types?: readonly RelationType[]; maxDepth: number; maxPaths: number },
  ): Promise<EdgeLite[][]> {
    this.refreshIfChanged();
    return this.index.shortestPaths(from, to, options);
  }

  async getDocuments(): Promise<SourceDocumentRecord[]> {
    // Documents change only with writes, and every request that shows a source asks.
    this.refreshIfChanged();
    this.documents ??= importExport.readDocuments(this.statements);
    return this.documents;
  }

  async changes(query: ChangeQuery, page: { offset: number; limit: number }): Promise<ChangePage> {
    return sqliteChanges(this.statements, query, page);
  }

  async addStatusObservation(
    nodeId: string,
    observation: Omit<StatusObservation, 'seq'>,
  ): Promise<GraphNodeRecord> {
    return statusWrites.addStatusObservation(this.statements, nodeId, observation);
  }

  async applyWrite(set: WriteSet): Promise<WriteResult> {
    let outcome: ReturnType<SqliteWrites['apply']>;
    try {
      outcome = this.writes.apply(set);
    } catch (error) {
      throw translateSqliteError(error);
    }
    // The index reflects the write before the caller hears of it.
    if (outcome.effects.graphShapeChanged) this.index = edgeQueries.buildAdjacencyIndex(this.statements);
    if (outcome.effects.documentsChanged) this.documents = undefined;
    return outcome.result;
  }

  async getVersions(
    nodeIds: readonly string[],
    edgeIds: readonly string[],
  ): Promise<{ nodes: Map<string, number>; edges: Map<string, number> }> {
    return this.writes.versions(nodeIds, edgeIds);
  }

  async getEdgesById(ids: readonly string[]): Promise<Map<string, GraphEdgeRecord>> {
    const rows = this.statements
      .get('SELECT * FROM edges WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as EdgeRow[];
    return new Map(rows.map((row) => [row.id, toEdgeRecord(row)]));
  }

  async getAuditEntry(id: string): Promise<AuditEntry | undefined> {
    return this.writes.entry(id);
  }

  async queryAudit(query: AuditQuery, page: { afterSeq?: number; limit: number }): Promise<AuditPage> {
    return this.writes.query(query, page);
  }

  async auditTouching(nodeIds: readonly string[], edgeIds: readonly string[]): Promise<AuditEntry[]> {
    return this.writes.touching(nodeIds, edgeIds);
  }

  async auditSince(afterSeq: number, limit: number): Promise<AuditEntry[]> {
    this.refreshIfChanged();
    return this.writes.since(afterSeq, limit);
  }

  async lastAuditSeq(): Promise<number> {
    return this.writes.lastSeq();
  }

  async replaceAll(doc: GraphDocument): Promise<ImportSummary> {
    const summary = importExport.replaceAll(this.statements, doc);
    this.index = edgeQueries.buildAdjacencyIndex(this.statements);
    this.documents = undefined;
    return summary;
  }

  async exportGraph(): Promise<GraphDocument> {
    return importExport.exportGraph(this.statements, await this.getDocuments());
  }

  async counts(): Promise<StoreCounts> {
    return importExport.counts(this.statements);
  }

  /** Folds the write-ahead log into the database file first, so a stopped app leaves one file. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    if (!this.db.readonly && this.db.name !== ':memory:') this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}

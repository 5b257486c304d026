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
import { migrate } from './sqlite-migrate.js';
import * as nodeQueries from './sqlite-node-queries.js';
import { backfillSearchText, searchNodes } from './sqlite-search.js';
import { SqliteStatements } from './sqlite-statements.js';
import { SqliteTokenStore } from './sqlite-token-store.js';
import * as statusWrites from './sqlite-status-writes.js';

export class SqliteGraphStore implements GraphStore {
  readonly name = 'sqlite';
  private index: AdjacencyIndex;
  private documents: SourceDocumentRecord[] | undefined;
  private readonly statements: SqliteStatements;
  readonly tokens: TokenStore;

  private constructor(private readonly db: Database.Database) {
    this.statements = new SqliteStatements(db);
    backfillSearchText(this.statements);
    this.index = edgeQueries.buildAdjacencyIndex(this.statements);
    this.tokens = new SqliteTokenStore(db);
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
    migrate(db);
    return new SqliteGraphStore(db);
  }

  async getNodes(ids: readonly string[]): Promise<Map<string, GraphNodeRecord>> {
    return nodeQueries.getNodes(this.statements, ids);
  }

  async queryNodes(query: NodeQuery, page: { offset: number; limit: number }): Promise<NodePage> {
    return nodeQueries.queryNodes(this.statements, query, page);
  }

  async searchNodes(text: string, limit: number): Promise<GraphNodeRecord[]> {
    return searchNodes(this.statements, text, limit);
  }

  async getEdges(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<GraphEdgeRecord[]> {
    return edgeQueries.getEdges(this.statements, ids, direction, types);
  }

  async getEdgesAmong(ids: readonly string[]): Promise<GraphEdgeRecord[]> {
    return edgeQueries.getEdgesAmong(this.statements, ids);
  }

  async expand(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<EdgeLite[]> {
    return this.index.expand(ids, direction, types);
  }

  async reach(
    seeds: readonly string[],
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
  ): Promise<ReachResult> {
    return this.index.reach(seeds, direction, maxDepth, types);
  }

  async reachKeys(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
  ): Promise<KeyedReach> {
    return this.index.reachKeys(seeds, direction, maxDepth, types);
  }

  async shortestPaths(
    from: string,
    to: string,
    options: { types?: readonly RelationType[]; maxDepth: number; maxPaths: number },
  ): Promise<EdgeLite[][]> {
    return this.index.shortestPaths(from, to, options);
  }

  async getDocuments(): Promise<SourceDocumentRecord[]> {
    // Documents change only with replaceAll, and every request that shows a source asks.
    this.documents ??= importExport.readDocuments(this.statements);
    return this.documents;
  }

  async addStatusObservation(
    nodeId: string,
    observation: Omit<StatusObservation, 'seq'>,
  ): Promise<GraphNodeRecord> {
    return statusWrites.addStatusObservation(this.statements, nodeId, observation);
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

  async close(): Promise<void> {
    this.db.close();
  }
}

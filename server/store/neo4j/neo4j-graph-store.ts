/**
 * The Neo4j store. This folder is the only code that imports `neo4j-driver`; this class
 * connects and wires the parts: the driver boundary (`neo4j-session.ts`: sessions,
 * transactions, `toPlain`, `translateNeo4jError`), schema setup, node and edge reads,
 * traversals, status writes and import/export. Every statement comes from `cypher.ts`.
 * See docs/adr/0002-neo4j-adapter.md.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type {
  GraphDocument,
  GraphEdgeRecord,
  GraphNodeRecord,
  RelationType,
  SourceDocumentRecord,
  StatusObservation,
} from '../../../schema/domain.js';
import { StoreUnavailableError } from '../../errors.js';
import type {
  ChangePage,
  ChangeQuery,
  Direction,
  EdgeLite,
  GraphStore,
  ImportSummary,
  KeyedReach,
  NodePage,
  NodeQuery,
  ReachResult,
  StoreCounts,
} from '../graph-store.js';
import { changes, warmChanges } from './neo4j-changes.js';
import { upstreamIds } from '../upstream.js';
import type { TokenStore } from '../../auth/token-store.js';
import * as edgeQueries from './neo4j-edge-queries.js';
import { translateNeo4jError } from './neo4j-errors.js';
import * as importExport from './neo4j-import-export.js';
import * as nodeQueries from './neo4j-node-queries.js';
import { setUpSchema, type SchemaSetupReport } from './neo4j-schema-setup.js';
import { Neo4jSession, type Neo4jStoreConfig } from './neo4j-session.js';
import * as statusWrites from './neo4j-status-writes.js';
import { Neo4jTokenStore } from './neo4j-token-store.js';
import { Neo4jTraversal } from './neo4j-traversal.js';
import { Neo4jWrites } from './neo4j-writes.js';
import type { AuditEntry } from '../../../schema/audit.js';
import type { AuditPage, AuditQuery, WriteResult, WriteSet } from '../graph-write.js';

export type { Neo4jStoreConfig } from './neo4j-session.js';
export type { SchemaSetupReport } from './neo4j-schema-setup.js';

const DEFAULT_GRAPH = 'aftalegraf';

export class Neo4jGraphStore implements GraphStore {
  readonly name = 'neo4j';
  private readonly traversal: Neo4jTraversal;
  private readonly writes: Neo4jWrites;
  readonly tokens: TokenStore;

  private constructor(
    private readonly session: Neo4jSession,
    /** What `connect` created; logged by the caller at start-up. */
    readonly schemaSetup: SchemaSetupReport,
    /** The server's version, from the Bolt handshake (`Neo4j/5.26.0` → `5.26.0`). */
    readonly version: string,
  ) {
    this.traversal = new Neo4jTraversal(session);
    this.tokens = new Neo4jTokenStore(session);
    this.writes = new Neo4jWrites(session);
  }

  // -------------------------------------------------------------------------------------------
  // Edits, versions and the audit trail (`neo4j-writes.ts`)

  applyWrite(set: WriteSet): Promise<WriteResult> {
    return this.writes.apply(set);
  }

  getVersions(
    nodeIds: readonly string[],
    edgeIds: readonly string[],
  ): Promise<{ nodes: Map<string, number>; edges: Map<string, number> }> {
    return this.writes.versions(nodeIds, edgeIds);
  }

  getEdgesById(ids: readonly string[]): Promise<Map<string, GraphEdgeRecord>> {
    return this.writes.edgesById(ids);
  }

  getAuditEntry(id: string): Promise<AuditEntry | undefined> {
    return this.writes.entry(id);
  }

  queryAudit(query: AuditQuery, page: { afterSeq?: number; limit: number }): Promise<AuditPage> {
    return this.writes.query(query, page);
  }

  auditTouching(nodeIds: readonly string[], edgeIds: readonly string[]): Promise<AuditEntry[]> {
    return this.writes.touching(nodeIds, edgeIds);
  }

  /** Reads go to the database, so another instance's writes are seen without a refresh. */
  auditSince(afterSeq: number, limit: number): Promise<AuditEntry[]> {
    return this.writes.since(afterSeq, limit);
  }

  lastAuditSeq(): Promise<number> {
    return this.writes.lastSeq();
  }

  /**
   * Connects, verifies the server answers, and sets up constraints and indexes idempotently.
   * An unreachable server is a `StoreUnavailableError` naming the URI; there is no fallback.
   */
  static async connect(config: Neo4jStoreConfig): Promise<Neo4jGraphStore> {
    const settings = {
      uri: config.uri,
      user: config.user,
      database: config.database,
      graph: config.graph ?? DEFAULT_GRAPH,
      readTimeoutMs: config.readTimeoutMs ?? 10_000,
      writeTimeoutMs: config.writeTimeoutMs ?? 10_000,
      replaceTimeoutMs: config.replaceTimeoutMs ?? 300_000,
    };
    let driver: Driver;
    let agent: string;
    try {
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
        // Interactive API: fail fast rather than queue behind a dead server.
        connectionAcquisitionTimeout: 5_000,
        connectionTimeout: 5_000,
        // Retries of transient failures stop well before the HTTP timeout (30 s).
        maxTransactionRetryTime: 8_000,
        maxConnectionPoolSize: 50,
        userAgent: 'aftalegraf',
      });
    } catch (error) {
      throw new StoreUnavailableError('neo4j', `ugyldig Neo4j-adresse / invalid URI ${config.uri}`, {
        cause: error,
      });
    }
    try {
      // Verifies connectivity; the server names itself in the Bolt handshake: `Neo4j/5.26.0`.
      agent = (await driver.getServerInfo({ database: config.database })).agent ?? '';
    } catch (error) {
      await driver.close();
      throw new StoreUnavailableError(
        'neo4j',
        `kan ikke nå / cannot reach ${config.uri} (database ${config.database}): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    try {
      const session = new Neo4jSession(driver, settings);
      const setup = await setUpSchema(session);
      // A database from before status spans were kept gets them now (changes reads them).
      await statusWrites.fillMissingStatusSpans(session);
      // The first `changes` would otherwise wait seconds for its plan.
      await warmChanges(session);
      return new Neo4jGraphStore(session, setup, agent.replace(/^Neo4j\//, ''));
    } catch (error) {
      await driver.close();
      throw translateNeo4jError(error, config.uri);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Reads

  async getNodes(ids: readonly string[]): Promise<Map<string, GraphNodeRecord>> {
    return nodeQueries.getNodes(this.session, ids);
  }

  async queryNodes(query: NodeQuery, page: { offset: number; limit: number }): Promise<NodePage> {
    return nodeQueries.queryNodes(this.session, query, page);
  }

  async searchNodes(text: string, limit: number, asOf?: string): Promise<GraphNodeRecord[]> {
    return nodeQueries.searchNodes(this.session, text, limit, asOf);
  }

  async getEdges(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<GraphEdgeRecord[]> {
    return edgeQueries.getEdges(this.session, ids, direction, types);
  }

  async getEdgesAmong(ids: readonly string[], asOf?: string): Promise<GraphEdgeRecord[]> {
    return edgeQueries.getEdgesAmong(this.session, ids, asOf);
  }

  async expand(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<EdgeLite[]> {
    return this.traversal.expand(ids, direction, types);
  }

  async reach(
    seeds: readonly string[],
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: string,
  ): Promise<ReachResult> {
    return this.traversal.reach(seeds, direction, maxDepth, types, asOf);
  }

  async reachKeys(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: string,
  ): Promise<KeyedReach> {
    return this.traversal.reachKeys(seeds, direction, maxDepth, types, asOf);
  }

  async shortestPaths(
    from: string,
    to: string,
    options: { types?: readonly RelationType[]; maxDepth: number; maxPaths: number },
  ): Promise<EdgeLite[][]> {
    return this.traversal.shortestPaths(from, to, options);
  }

  async getDocuments(): Promise<SourceDocumentRecord[]> {
    return importExport.getDocuments(this.session);
  }

  async changes(query: ChangeQuery, page: { offset: number; limit: number }): Promise<ChangePage> {
    const scope = query.upstreamOf === undefined ? undefined : await upstreamIds(this, [query.upstreamOf]);
    return changes(this.session, query, page, scope);
  }

  async exportGraph(): Promise<GraphDocument> {
    return importExport.exportGraph(this.session, this.writes);
  }

  async counts(): Promise<StoreCounts> {
    return importExport.counts(this.session);
  }

  // -------------------------------------------------------------------------------------------
  // Writes

  async addStatusObservation(
    nodeId: string,
    observation: Omit<StatusObservation, 'seq'>,
  ): Promise<GraphNodeRecord> {
    return statusWrites.addStatusObservation(this.session, nodeId, observation);
  }

  async replaceAll(doc: GraphDocument): Promise<ImportSummary> {
    return importExport.replaceAll(this.session, doc);
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}

/**
 * The Neo4j store: the only module that opens a driver, session or transaction. Every statement
 * comes from `cypher.ts`; traversals and search run in Neo4j as Cypher; every value read goes
 * through `toPlain`, every failure through `translateNeo4jError`. See docs/adr/0002-neo4j-adapter.md.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  NODE_LABELS,
  OBSERVATION_KINDS,
  PARTIAL_DATE_PATTERN,
  RELATION_TYPES,
  STATUS_CODE_LIST,
  STATUS_CODES,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type RelationType,
  type SourceDocumentRecord,
  type StatusCode,
  type StatusObservation,
  NATIONAL_LABELS,
} from '../../../schema/domain.js';
import { canonicalizeGraphDocument } from '../../../schema/graph-document.js';
import type { Neo4jConfig } from '../../config.js';
import { NotFoundError, StoreUnavailableError, ValidationError } from '../../errors.js';
import { fold, foldedTokens } from '../../search/fold.js';
import type {
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
import {
  APPEND_OBSERVATION,
  AWAIT_INDEXES,
  COUNTS,
  CREATE_DOCUMENTS,
  CREATE_OBSERVATIONS,
  createEdges,
  createNodes,
  DELETE_DOCUMENTS,
  DELETE_NODES,
  DELETE_OBSERVATIONS,
  EDGES_AMONG,
  EXPORT_EDGES,
  EXPORT_NODES,
  GET_DOCUMENTS,
  GET_NODES,
  incidentEdges,
  LIST_ANALYZERS,
  OBSERVATION_TARGET,
  QUERY_NODE_IDS,
  reachLevel,
  EXISTING_NODE_IDS,
  SCHEMA_STATEMENTS,
  SEARCH_ANALYZER,
  SEARCH_NODES,
  shortestPaths,
  SHOW_INDEX_NAMES,
  type Statement,
} from './cypher.js';
import { NodeKeyTable, toReachResult } from '../adjacency/keyed-reach.js';
import { translateNeo4jError } from './neo4j-errors.js';
import {
  documentFromRow,
  documentToProperties,
  edgeFromRow,
  edgeLiteFromRow,
  edgeToProperties,
  NODE_PROP_KEYS,
  EDGE_PROP_KEYS,
  nodeFromRow,
  nodeToProperties,
  observationToProperties,
  observationWithoutSeq,
  pathEdgeFromMap,
  traversalEdgeFromMap,
} from './neo4j-records.js';
import { reachByLevels } from './reach-by-levels.js';
import { toPlain, type PlainValue } from './neo4j-values.js';

export interface Neo4jStoreConfig extends Neo4jConfig {
  /**
   * The store's partition of the database: every node, observation and document carries it,
   * and `replaceAll` replaces only this partition. Tests use a fresh one per run.
   */
  graph?: string;
  /** Per-transaction limits, ms. Reads must finish well inside the HTTP request timeout. */
  readTimeoutMs?: number;
  writeTimeoutMs?: number;
  /** How long `replaceAll` may take as one transaction. */
  replaceTimeoutMs?: number;
}

/** What `connect` found missing in the database schema and created. */
export interface SchemaSetupReport {
  created: string[];
  present: string[];
}

const DEFAULT_GRAPH = 'aftalegraf';
const FAR_FUTURE = '9999-12-31';
/** Rows per UNWIND statement in `replaceAll`: bounds each statement's parameter size. */
const BATCH_ROWS = 1000;

type Row = Record<string, PlainValue>;

export class Neo4jGraphStore implements GraphStore {
  readonly name = 'neo4j';
  /** The key space of `reachKeys`: ids are interned on first sight, for the store's life. */
  private readonly keys = new NodeKeyTable();

  private constructor(
    private readonly driver: Driver,
    private readonly config: Required<Omit<Neo4jStoreConfig, 'password'>>,
    /** What `connect` created; logged by the caller at start-up. */
    readonly schemaSetup: SchemaSetupReport,
  ) {}

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
      await driver.verifyConnectivity({ database: config.database });
    } catch (error) {
      await driver.close();
      throw new StoreUnavailableError(
        'neo4j',
        `kan ikke nå / cannot reach ${config.uri} (database ${config.database}): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    try {
      const store = new Neo4jGraphStore(driver, settings, { created: [], present: [] });
      const setup = await store.setUpSchema();
      return new Neo4jGraphStore(driver, settings, setup);
    } catch (error) {
      await driver.close();
      throw translateNeo4jError(error, config.uri);
    }
  }

  private async setUpSchema(): Promise<SchemaSetupReport> {
    const analyzers = stringList((await this.read((tx) => this.single(tx, LIST_ANALYZERS, {}))).analyzers);
    if (!analyzers.includes(SEARCH_ANALYZER)) {
      throw new StoreUnavailableError(
        'neo4j',
        `${this.config.uri}: full-text analyzer '${SEARCH_ANALYZER}' findes ikke / is not available`,
      );
    }
    const existing = new Set(
      stringList((await this.read((tx) => this.single(tx, SHOW_INDEX_NAMES, {}))).names),
    );
    const created: string[] = [];
    const present: string[] = [];
    for (const schemaStatement of SCHEMA_STATEMENTS) {
      if (existing.has(schemaStatement.name)) {
        present.push(schemaStatement.name);
        continue;
      }
      await this.write((tx) => this.rows(tx, schemaStatement, {}));
      created.push(schemaStatement.name);
    }
    if (created.length > 0)
      await this.write((tx) => this.rows(tx, AWAIT_INDEXES, { timeoutSeconds: neo4j.int(60) }));
    return { created, present };
  }

  // -------------------------------------------------------------------------------------------
  // Reads

  async getNodes(ids: readonly string[]): Promise<Map<string, GraphNodeRecord>> {
    if (ids.length === 0) return new Map();
    const records = await this.read((tx) => this.nodesByIds(tx, ids));
    const byId = new Map(records.map((record) => [record.id, record]));
    const ordered = new Map<string, GraphNodeRecord>();
    for (const id of ids) {
      const record = byId.get(id);
      if (record) ordered.set(id, record);
    }
    return ordered;
  }

  async queryNodes(query: NodeQuery, page: { offset: number; limit: number }): Promise<NodePage> {
    const text = query.text?.trim() ? query.text : undefined;
    const folded = text === undefined ? '' : fold(text).trim();
    const { allowedCodes, allowMissingStatus } = statusFilter(query);
    return this.read(async (tx) => {
      const row = await this.single(tx, QUERY_NODE_IDS, {
        graph: this.config.graph,
        labels: nonEmpty(query.labels),
        kinds: nonEmpty(query.kinds),
        textTokens: text === undefined ? null : foldedTokens(text),
        textSubstring: text !== undefined && folded.length >= 3 ? folded : null,
        cluster: query.cluster ?? null,
        responsibleBody: query.responsibleBody ?? null,
        asOf: query.asOf ?? FAR_FUTURE,
        allowedCodes,
        allowMissingStatus,
        awaiting: query.awaiting ?? null,
        nationalLabels: NATIONAL_LABELS,
        offset: neo4j.int(page.offset),
        limit: neo4j.int(page.limit),
      });
      const pageIds = stringList(row.pageIds);
      const nodes = await this.nodesByIds(tx, pageIds);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      return {
        totalCount: integer(row.totalCount),
        nodes: pageIds.flatMap((id) => byId.get(id) ?? []),
      };
    });
  }

  async searchNodes(text: string, limit: number): Promise<GraphNodeRecord[]> {
    const tokens = foldedTokens(text);
    if (tokens.length === 0 || limit <= 0) return [];
    const folded = fold(text).trim();
    const rows = await this.read((tx) =>
      this.rows(tx, SEARCH_NODES, {
        graph: this.config.graph,
        // Tokens are letters and digits only, so none is Lucene syntax.
        lucene: tokens.map((token) => `${token}*`).join(' AND '),
        folded,
        substring: folded.length >= 3 ? folded : null,
        limit: neo4j.int(limit),
      }),
    );
    return rows.map(nodeFromRowOf);
  }

  async getEdges(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<GraphEdgeRecord[]> {
    if (ids.length === 0) return [];
    // As the embedded store: an empty type list means every type here.
    const statement = incidentEdges(types && types.length > 0 ? types : RELATION_TYPES);
    const rows = await this.read((tx) =>
      this.rows(tx, statement, { ids, graph: this.config.graph, direction }),
    );
    return rows.map(edgeFromRow);
  }

  async getEdgesAmong(ids: readonly string[]): Promise<GraphEdgeRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.read((tx) => this.rows(tx, EDGES_AMONG, { ids, graph: this.config.graph }));
    return rows.map(edgeFromRow);
  }

  async expand(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<EdgeLite[]> {
    // For traversals an empty type list crosses nothing (undefined crosses everything).
    if (ids.length === 0 || types?.length === 0) return [];
    const statement = incidentEdges(types ?? RELATION_TYPES);
    const rows = await this.read((tx) =>
      this.rows(tx, statement, { ids, graph: this.config.graph, direction }),
    );
    return rows.map(edgeLiteFromRow);
  }

  async reach(
    seeds: readonly string[],
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
  ): Promise<ReachResult> {
    return toReachResult(await this.reachKeys(seeds, direction, maxDepth, types));
  }

  async reachKeys(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
  ): Promise<KeyedReach> {
    const keys = this.keys;
    const seedIds =
      typeof seeds[0] === 'number'
        ? Array.from(seeds as Int32Array, (k) => keys.id(k))
        : (seeds as readonly string[]);
    const graph = this.config.graph;
    const depth = types?.length === 0 ? 0 : maxDepth;
    const level = reachLevel(types ?? RELATION_TYPES);
    return this.read((tx) =>
      reachByLevels(
        async (frontier, expand) => {
          if (!expand) {
            const row = await this.single(tx, EXISTING_NODE_IDS, { ids: frontier, graph });
            return stringList(row.ids).map((id) => ({ id, edges: [] }));
          }
          const rows = await this.rows(tx, level, { frontier, graph, direction });
          return rows.map((row) => ({
            id: string(row.id),
            edges: list(row.edges).map(traversalEdgeFromMap),
          }));
        },
        seedIds,
        depth,
        keys,
      ),
    );
  }

  async shortestPaths(
    from: string,
    to: string,
    options: { types?: readonly RelationType[]; maxDepth: number; maxPaths: number },
  ): Promise<EdgeLite[][]> {
    if (options.maxPaths <= 0) return [];
    if (from === to) return (await this.getNodes([from])).has(from) ? [[]] : [];
    if (options.maxDepth < 1 || options.types?.length === 0) return [];
    const statement = shortestPaths(options.types ?? RELATION_TYPES, options.maxDepth);
    const rows = await this.read((tx) =>
      this.rows(tx, statement, { graph: this.config.graph, from, to, maxPaths: neo4j.int(options.maxPaths) }),
    );
    return rows.map((row) => list(row.path).map(pathEdgeFromMap));
  }

  async getDocuments(): Promise<SourceDocumentRecord[]> {
    const rows = await this.read((tx) => this.rows(tx, GET_DOCUMENTS, { graph: this.config.graph }));
    return rows.map((row) => documentFromRow(row.document));
  }

  async exportGraph(): Promise<GraphDocument> {
    const graph = this.config.graph;
    return this.read(async (tx) => {
      const documents = (await this.rows(tx, GET_DOCUMENTS, { graph })).map((row) =>
        documentFromRow(row.document),
      );
      const nodes = (await this.rows(tx, EXPORT_NODES, { graph })).map(nodeFromRowOf);
      const edges = (await this.rows(tx, EXPORT_EDGES, { graph })).map(edgeFromRow);
      return canonicalizeGraphDocument({ format: 'aftalegraf-graph', version: 1, documents, nodes, edges });
    });
  }

  async counts(): Promise<StoreCounts> {
    const row = await this.read((tx) => this.single(tx, COUNTS, { graph: this.config.graph }));
    return {
      documents: integer(row.documents),
      nodes: integer(row.nodes),
      edges: integer(row.edges),
      statusObservations: integer(row.statusObservations),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Writes

  async addStatusObservation(
    nodeId: string,
    observation: Omit<StatusObservation, 'seq'>,
  ): Promise<GraphNodeRecord> {
    validateObservation(observation);
    const graph = this.config.graph;
    return this.write(async (tx) => {
      const target = await this.single(tx, OBSERVATION_TARGET, {
        graph,
        nodeId,
        documentId: observation.documentId,
      });
      if (target.nodeExists !== true) throw new NotFoundError('Node', nodeId);
      if (target.documentExists !== true) {
        throw new ValidationError(
          'documentId',
          `ukendt kildedokument / unknown source document '${observation.documentId}'`,
        );
      }
      await this.rows(tx, APPEND_OBSERVATION, {
        graph,
        nodeId,
        observation: observationWithoutSeq(graph, observation),
      });
      const [record] = await this.nodesByIds(tx, [nodeId]);
      if (!record) throw new NotFoundError('Node', nodeId);
      return record;
    });
  }

  /**
   * One write transaction: delete this graph's partition, then create documents, nodes (one
   * statement per label and batch), observations and edges (one per type and batch). Neo4j
   * commits it whole or not at all, and readers see the old graph until it commits. The work
   * function starts by deleting, so a retry after a transient failure repeats it exactly.
   */
  async replaceAll(doc: GraphDocument): Promise<ImportSummary> {
    const summary = validateDocument(doc);
    const graph = this.config.graph;
    const nodesByLabel = new Map<NodeLabel, GraphNodeRecord[]>();
    for (const node of doc.nodes)
      nodesByLabel.set(node.label, [...(nodesByLabel.get(node.label) ?? []), node]);
    const edgesByType = new Map<RelationType, GraphEdgeRecord[]>();
    for (const edge of doc.edges) edgesByType.set(edge.type, [...(edgesByType.get(edge.type) ?? []), edge]);
    const observationRows = doc.nodes.flatMap((node) =>
      node.statusHistory.map((o) => ({
        nodeId: node.id,
        // An Integer, not a JS number (which the driver would send as a float).
        properties: { ...observationToProperties(graph, o), seq: neo4j.int(o.seq) },
      })),
    );

    await this.write(async (tx) => {
      await this.rows(tx, DELETE_OBSERVATIONS, { graph });
      await this.rows(tx, DELETE_NODES, { graph });
      await this.rows(tx, DELETE_DOCUMENTS, { graph });
      for (const rows of batches(doc.documents.map((d) => documentToProperties(graph, d)))) {
        await this.rows(tx, CREATE_DOCUMENTS, { rows });
      }
      for (const label of NODE_LABELS) {
        for (const rows of batches((nodesByLabel.get(label) ?? []).map((n) => nodeToProperties(graph, n)))) {
          await this.rows(tx, createNodes(label), { rows });
        }
      }
      for (const rows of batches(observationRows)) await this.rows(tx, CREATE_OBSERVATIONS, { rows, graph });
      for (const type of RELATION_TYPES) {
        for (const batch of batches(edgesByType.get(type) ?? [])) {
          const rows = batch.map((e) => ({
            source: e.source,
            target: e.target,
            properties: edgeToProperties(e),
          }));
          const created = integer((await this.single(tx, createEdges(type), { rows, graph })).created);
          if (created !== batch.length) {
            throw new ValidationError(
              'edges',
              `${batch.length - created} kant(er) peger på ukendte noder / dangle`,
            );
          }
        }
      }
    }, this.config.replaceTimeoutMs);
    return summary;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  // -------------------------------------------------------------------------------------------
  // The driver boundary

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', work, this.config.readTimeoutMs);
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', work, timeoutMs ?? this.config.writeTimeoutMs);
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs: number,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { timeout: timeoutMs, metadata: { app: 'aftalegraf' } };
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw translateNeo4jError(error, this.config.uri);
    } finally {
      await session.close();
    }
  }

  /** Runs a statement with exactly its declared parameters; rows come back as plain values. */
  private async rows<P extends string>(
    tx: ManagedTransaction,
    statement: Statement<P>,
    params: Record<P, unknown>,
  ): Promise<Row[]> {
    try {
      const result = await tx.run(statement.text, params);
      return result.records.map((record) => {
        const row: Row = {};
        for (const key of record.keys) if (typeof key === 'string') row[key] = toPlain(record.get(key));
        return row;
      });
    } catch (error) {
      throw translateNeo4jError(error, this.config.uri, statement.name);
    }
  }

  private async single<P extends string>(
    tx: ManagedTransaction,
    statement: Statement<P>,
    params: Record<P, unknown>,
  ): Promise<Row> {
    const [row] = await this.rows(tx, statement, params);
    if (!row) throw new Error(`${statement.name} returned no row`);
    return row;
  }

  private async nodesByIds(tx: ManagedTransaction, ids: readonly string[]): Promise<GraphNodeRecord[]> {
    if (ids.length === 0) return [];
    return (await this.rows(tx, GET_NODES, { ids, graph: this.config.graph })).map(nodeFromRowOf);
  }
}

// ---------------------------------------------------------------------------------------------
// Pure helpers

function nodeFromRowOf(row: Row): GraphNodeRecord {
  return nodeFromRow({ node: row.node, history: row.history });
}

function nonEmpty<T>(values: readonly T[] | undefined): readonly T[] | null {
  return values && values.length > 0 ? values : null;
}

/**
 * The status filter as the embedded store reads it: families and codes both narrow; a node
 * without a current status counts as `UNKNOWN` (code and family).
 */
export function statusFilter(query: Pick<NodeQuery, 'statusCodes' | 'statusFamilies'>): {
  allowedCodes: StatusCode[] | null;
  allowMissingStatus: boolean;
} {
  const codes = new Set<StatusCode>(query.statusCodes ?? []);
  if (query.statusFamilies?.length) {
    const families = new Set<string>(query.statusFamilies);
    const familyCodes = STATUS_CODE_LIST.filter((code) => families.has(STATUS_CODES[code].family));
    return {
      allowedCodes: codes.size > 0 ? familyCodes.filter((code) => codes.has(code)) : familyCodes,
      allowMissingStatus: families.has('unknown'),
    };
  }
  if (codes.size > 0) return { allowedCodes: [...codes], allowMissingStatus: codes.has('UNKNOWN') };
  return { allowedCodes: null, allowMissingStatus: false };
}

function validateObservation(observation: Omit<StatusObservation, 'seq'>): void {
  if (!Object.hasOwn(STATUS_CODES, observation.code)) {
    throw new ValidationError('code', `ukendt statuskode / unknown status code '${observation.code}'`);
  }
  if (!(OBSERVATION_KINDS as readonly string[]).includes(observation.kind)) {
    throw new ValidationError('kind', `ukendt observationstype / unknown kind '${observation.kind}'`);
  }
  if (!PARTIAL_DATE_PATTERN.test(observation.date)) {
    throw new ValidationError('date', `'${observation.date}' er ikke ÅÅÅÅ[-MM[-DD]] / is not a partial date`);
  }
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

function string(value: PlainValue | undefined): string {
  if (typeof value !== 'string')
    throw new TypeError(`expected a string from Neo4j, got ${JSON.stringify(value)}`);
  return value;
}

function integer(value: PlainValue | undefined): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TypeError(`expected an integer from Neo4j, got ${JSON.stringify(value)}`);
  }
  return value;
}

function list(value: PlainValue | undefined): PlainValue[] {
  if (!Array.isArray(value)) throw new TypeError(`expected a list from Neo4j, got ${JSON.stringify(value)}`);
  return value;
}

function stringList(value: PlainValue | undefined): string[] {
  return list(value).map(string);
}

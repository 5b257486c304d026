/**
 * The embedded default store: one SQLite file (WAL, synchronous FULL) is the durable record;
 * an in-memory CSR adjacency index, rebuilt on open and on every write that changes edges,
 * answers traversals. The only module that imports `better-sqlite3`.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  dateStart,
  type EdgeProps,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type NodeProps,
  type ObservationKind,
  type RelationType,
  type SourceDocumentRecord,
  type SourceRef,
  type StatusCode,
  type StatusObservation,
  type Confidence,
  STATUS_CODES,
  NATIONAL_LABELS,
} from '../../../schema/domain.js';
import { canonicalizeGraphDocument } from '../../../schema/graph-document.js';
import { NotFoundError, StoreUnavailableError, ValidationError } from '../../errors.js';
import { fold, foldedTokens } from '../../search/fold.js';
import { AdjacencyIndex } from '../adjacency/adjacency-index.js';
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
import { MIGRATIONS } from './migrations.js';

interface NodeRow {
  id: string;
  label: string;
  kind: string;
  name_da: string;
  name_en: string | null;
  aliases: string;
  props: string;
  sources: string;
}

interface ObservationRow {
  node_id: string;
  seq: number;
  code: string;
  text_da: string;
  date: string;
  kind: string;
  document_id: string;
}

interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  props: string;
  sources: string;
}

interface DocumentRow {
  id: string;
  file: string;
  title: string;
  as_of: string;
  as_of_confidence: string;
}

/**
 * What is "in" a cluster for the `cluster` filter: nodes that are members of it, implemented by
 * it, located in it, part of it or replace it, and what the cluster is responsible for. Not
 * what the cluster itself is part of (the region).
 */
const INTO_CLUSTER: readonly RelationType[] = [
  'MEMBER_OF',
  'IMPLEMENTED_BY',
  'LOCATED_IN',
  'PART_OF',
  'SUPERSEDES',
];

/** Latest fact or decision per node, observed up to `@asOf` (the derived current status). */
const CURRENT_STATUS_CTE = `
  current_status AS (
    SELECT node_id, code FROM (
      SELECT node_id, code,
             ROW_NUMBER() OVER (PARTITION BY node_id ORDER BY observed_on DESC, seq DESC) AS rn
      FROM status_observations
      WHERE kind IN ('fact', 'decision') AND observed_on <= @asOf
    ) WHERE rn = 1
  )`;

const FAR_FUTURE = '9999-12-31';

export class SqliteGraphStore implements GraphStore {
  readonly name = 'sqlite';
  private index: AdjacencyIndex;
  private documents: SourceDocumentRecord[] | undefined;
  private readonly insertObservationStatement: Database.Statement;

  private constructor(private readonly db: Database.Database) {
    this.insertObservationStatement = db.prepare(
      `INSERT INTO status_observations (node_id, seq, code, text_da, date, observed_on, kind, document_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.index = this.buildIndex();
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per distinct SQL text: preparing costs more than running a point query. */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
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

  private buildIndex(): AdjacencyIndex {
    const rows = this.statement(
      'SELECT id, type, source, target, props FROM edges',
    ).iterate() as IterableIterator<Omit<EdgeRow, 'sources'>>;
    const nodeIds = this.statement('SELECT id FROM nodes').pluck().iterate() as IterableIterator<string>;
    return AdjacencyIndex.build(
      (function* () {
        for (const row of rows) yield toEdgeLite(row);
      })(),
      nodeIds,
    );
  }

  async getNodes(ids: readonly string[]): Promise<Map<string, GraphNodeRecord>> {
    // A single id (the commonest API read) skips the JSON array round trip.
    const rows = (
      ids.length === 1
        ? this.statement('SELECT * FROM nodes WHERE id = ?').all(ids[0])
        : this.statement('SELECT * FROM nodes WHERE id IN (SELECT value FROM json_each(?))').all(
            JSON.stringify(ids),
          )
    ) as NodeRow[];
    const records = this.toRecords(rows);
    const byId = new Map(records.map((record) => [record.id, record]));
    const ordered = new Map<string, GraphNodeRecord>();
    for (const id of ids) {
      const record = byId.get(id);
      if (record) ordered.set(id, record);
    }
    return ordered;
  }

  async queryNodes(query: NodeQuery, page: { offset: number; limit: number }): Promise<NodePage> {
    const { where, params } = this.filterSql(query);
    // The derived current status costs a window over every observation: join it only when a
    // filter asks about status.
    const needsStatus = Boolean(query.statusCodes?.length || query.statusFamilies?.length || query.awaiting);
    const base = needsStatus
      ? `WITH ${CURRENT_STATUS_CTE} SELECT n.* FROM nodes n LEFT JOIN current_status cs ON cs.node_id = n.id WHERE ${where}`
      : `SELECT n.* FROM nodes n WHERE ${where}`;
    const rows = this.statement(`${base} ORDER BY n.id LIMIT @limit OFFSET @offset`).all({
      ...params,
      limit: page.limit,
      offset: page.offset,
    }) as NodeRow[];
    // A page that is not full tells the total without counting.
    const totalCount =
      rows.length < page.limit && (rows.length > 0 || page.offset === 0)
        ? page.offset + rows.length
        : (this.statement(`SELECT COUNT(*) AS c FROM (${base})`).get(params) as { c: number }).c;
    return { nodes: this.toRecords(rows), totalCount };
  }

  private filterSql(query: NodeQuery): { where: string; params: Record<string, unknown> } {
    const clauses: string[] = ['1 = 1'];
    const params: Record<string, unknown> = {};
    if (query.statusCodes?.length || query.statusFamilies?.length || query.awaiting) {
      params.asOf = query.asOf ?? FAR_FUTURE;
    }
    if (query.labels?.length) {
      clauses.push('n.label IN (SELECT value FROM json_each(@labels))');
      params.labels = JSON.stringify(query.labels);
    }
    if (query.kinds?.length) {
      clauses.push('n.kind IN (SELECT value FROM json_each(@kinds))');
      params.kinds = JSON.stringify(query.kinds);
    }
    const codes = new Set<string>(query.statusCodes ?? []);
    if (query.statusFamilies?.length) {
      const families = new Set<string>(query.statusFamilies);
      const inFamilies = Object.entries(STATUS_CODES).filter(([, v]) => families.has(v.family));
      const familyCodes = inFamilies.map(([code]) => code);
      // Both given: the status must satisfy both.
      const allowed = query.statusCodes?.length ? familyCodes.filter((c) => codes.has(c)) : familyCodes;
      const unknownWanted = families.has('unknown');
      clauses.push(
        `(cs.code IN (SELECT value FROM json_each(@familyCodes))${unknownWanted ? ' OR cs.code IS NULL' : ''})`,
      );
      params.familyCodes = JSON.stringify(allowed);
    } else if (codes.size > 0) {
      clauses.push(
        `(cs.code IN (SELECT value FROM json_each(@codes))${codes.has('UNKNOWN') ? ' OR cs.code IS NULL' : ''})`,
      );
      params.codes = JSON.stringify([...codes]);
    }
    if (query.text?.trim()) {
      const ids = this.searchIds(query.text, 100_000);
      clauses.push('n.id IN (SELECT value FROM json_each(@textIds))');
      params.textIds = JSON.stringify(ids);
    }
    if (query.cluster) {
      clauses.push(`(n.id = @cluster
        OR EXISTS (SELECT 1 FROM edges e WHERE e.source = n.id AND e.target = @cluster
          AND e.type IN (SELECT value FROM json_each(@intoCluster)))
        OR EXISTS (SELECT 1 FROM edges e WHERE e.source = @cluster AND e.target = n.id AND e.type = 'RESPONSIBLE'))`);
      params.cluster = query.cluster;
      params.intoCluster = JSON.stringify(INTO_CLUSTER);
    }
    if (query.responsibleBody) {
      clauses.push(`(EXISTS (SELECT 1 FROM edges e WHERE e.type = 'RESPONSIBLE' AND e.source = @body AND e.target = n.id)
        OR json_extract(n.props, '$.ownerBody') = @body)`);
      params.body = query.responsibleBody;
    }
    if (query.awaiting) {
      const national = `(EXISTS (SELECT 1 FROM edges e JOIN nodes t ON t.id = e.target
          WHERE e.type = 'AWAITS' AND e.source = n.id AND t.label IN (SELECT value FROM json_each(@nationalLabels)))
        OR cs.code = 'AWAITING_NATIONAL')`;
      const regional = `(EXISTS (SELECT 1 FROM edges e JOIN nodes t ON t.id = e.target
          WHERE e.type = 'AWAITS' AND e.source = n.id AND t.label NOT IN (SELECT value FROM json_each(@nationalLabels)))
        OR cs.code = 'AWAITING_REGIONAL')`;
      params.nationalLabels = JSON.stringify(NATIONAL_LABELS);
      clauses.push(
        query.awaiting === 'NATIONAL'
          ? national
          : query.awaiting === 'REGIONAL'
            ? regional
            : `(${national} OR ${regional})`,
      );
    }
    return { where: clauses.join(' AND '), params };
  }

  async searchNodes(text: string, limit: number): Promise<GraphNodeRecord[]> {
    const ids = this.searchIds(text, limit);
    return [...(await this.getNodes(ids)).values()];
  }

  /**
   * Ranked ids: an exact id first, then names starting with the query, then word-prefix hits
   * by bm25, then substring hits (so "vægt" finds "overvægt" in a Danish compound word).
   */
  private searchIds(text: string, limit: number): string[] {
    const tokens = foldedTokens(text);
    if (tokens.length === 0) return [];
    const folded = fold(text).trim();
    const match = tokens.map((t) => `"${t}"*`).join(' AND ');
    const prefixHits = this.statement(
      `SELECT s.node_id AS id, bm25(node_search, 4.0, 1.0) AS score, s.names AS names
         FROM node_search s WHERE node_search MATCH ? ORDER BY score LIMIT ?`,
    ).all(match, Math.max(limit * 4, 50)) as { id: string; score: number; names: string }[];
    const rank = (hit: { id: string; names: string }): number =>
      hit.id === folded || fold(hit.id) === folded ? 0 : hit.names.startsWith(folded) ? 1 : 2;
    const ranked = prefixHits
      .map((hit, position) => ({ id: hit.id, tier: rank(hit), position }))
      .sort((a, b) => a.tier - b.tier || a.position - b.position)
      .map((hit) => hit.id);
    const seen = new Set(ranked);
    if (ranked.length < limit && folded.length >= 3) {
      const substringHits = this.statement(
        `SELECT node_id AS id FROM node_search WHERE names LIKE ? ESCAPE '\\' OR id_words LIKE ? ESCAPE '\\' LIMIT ?`,
      ).all(likePattern(folded), likePattern(folded), limit) as { id: string }[];
      for (const hit of substringHits) {
        if (!seen.has(hit.id)) {
          seen.add(hit.id);
          ranked.push(hit.id);
        }
      }
    }
    return ranked.slice(0, limit);
  }

  async getEdges(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<GraphEdgeRecord[]> {
    const typeClause = types?.length ? 'AND type IN (SELECT value FROM json_each(@types))' : '';
    const outSql = `SELECT * FROM edges WHERE (source IN (SELECT value FROM json_each(@ids))
      OR (type = 'COUPLED_WITH' AND target IN (SELECT value FROM json_each(@ids)))) ${typeClause}`;
    const inSql = `SELECT * FROM edges WHERE (target IN (SELECT value FROM json_each(@ids))
      OR (type = 'COUPLED_WITH' AND source IN (SELECT value FROM json_each(@ids)))) ${typeClause}`;
    const sql = direction === 'OUT' ? outSql : direction === 'IN' ? inSql : `${outSql} UNION ${inSql}`;
    const rows = this.statement(`SELECT * FROM (${sql}) ORDER BY id`).all({
      ids: JSON.stringify(ids),
      types: JSON.stringify(types ?? []),
    }) as EdgeRow[];
    return rows.map(toEdgeRecord);
  }

  async getEdgesAmong(ids: readonly string[]): Promise<GraphEdgeRecord[]> {
    const rows = this.statement(
      `WITH wanted AS (SELECT value AS id FROM json_each(?))
         SELECT * FROM edges WHERE source IN wanted AND target IN wanted ORDER BY id`,
    ).all(JSON.stringify(ids)) as EdgeRow[];
    return rows.map(toEdgeRecord);
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
    this.documents ??= (this.statement('SELECT * FROM documents ORDER BY id').all() as DocumentRow[]).map(
      toDocumentRecord,
    );
    return this.documents;
  }

  async addStatusObservation(
    nodeId: string,
    observation: Omit<StatusObservation, 'seq'>,
  ): Promise<GraphNodeRecord> {
    const write = this.db.transaction(() => {
      const exists = this.statement('SELECT 1 FROM nodes WHERE id = ?').get(nodeId);
      if (!exists) throw new NotFoundError('Node', nodeId);
      const document = this.statement('SELECT 1 FROM documents WHERE id = ?').get(observation.documentId);
      if (!document)
        throw new ValidationError(
          'documentId',
          `ukendt kildedokument / unknown source document '${observation.documentId}'`,
        );
      const { next } = this.statement(
        'SELECT COALESCE(MAX(seq) + 1, 0) AS next FROM status_observations WHERE node_id = ?',
      ).get(nodeId) as { next: number };
      this.insertObservation(nodeId, { ...observation, seq: next });
    });
    write.immediate();
    const record = (await this.getNodes([nodeId])).get(nodeId);
    if (!record) throw new NotFoundError('Node', nodeId);
    return record;
  }

  async replaceAll(doc: GraphDocument): Promise<ImportSummary> {
    const replace = this.db.transaction(() => {
      this.db.exec(
        'DELETE FROM node_search; DELETE FROM edges; DELETE FROM status_observations; DELETE FROM nodes; DELETE FROM documents;',
      );
      const insertDocument = this.statement(
        'INSERT INTO documents (id, file, title, as_of, as_of_confidence) VALUES (?, ?, ?, ?, ?)',
      );
      for (const d of doc.documents) insertDocument.run(d.id, d.file, d.title, d.asOf, d.asOfConfidence);
      const insertNode = this.statement(
        'INSERT INTO nodes (id, label, kind, name_da, name_en, aliases, props, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const insertSearch = this.statement(
        'INSERT INTO node_search (node_id, names, id_words) VALUES (?, ?, ?)',
      );
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
        );
        insertSearch.run(node.id, searchText(node), foldedTokens(node.id).join(' '));
        for (const observation of node.statusHistory) {
          this.insertObservation(node.id, observation);
          observations += 1;
        }
      }
      const insertEdge = this.statement(
        'INSERT INTO edges (id, type, source, target, props, sources) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const edge of doc.edges) {
        insertEdge.run(
          edge.id,
          edge.type,
          edge.source,
          edge.target,
          JSON.stringify(edge.props),
          JSON.stringify(edge.sources),
        );
      }
      return {
        documents: doc.documents.length,
        nodes: doc.nodes.length,
        edges: doc.edges.length,
        statusObservations: observations,
      };
    });
    let summary: ImportSummary;
    try {
      summary = replace.immediate();
    } catch (error) {
      throw translateSqliteError(error);
    }
    this.index = this.buildIndex();
    this.documents = undefined;
    return summary;
  }

  private insertObservation(nodeId: string, observation: StatusObservation): void {
    this.insertObservationStatement.run(
      nodeId,
      observation.seq,
      observation.code,
      observation.textDa,
      observation.date,
      dateStart(observation.date),
      observation.kind,
      observation.documentId,
    );
  }

  async exportGraph(): Promise<GraphDocument> {
    const documents = await this.getDocuments();
    const nodes = this.toRecords(this.statement('SELECT * FROM nodes ORDER BY id').all() as NodeRow[]);
    const edges = (this.statement('SELECT * FROM edges ORDER BY id').all() as EdgeRow[]).map(toEdgeRecord);
    return canonicalizeGraphDocument({ format: 'aftalegraf-graph', version: 1, documents, nodes, edges });
  }

  async counts(): Promise<StoreCounts> {
    const count = (table: string): number =>
      (this.statement(`SELECT COUNT(*) AS c FROM ${table}`).get() as { c: number }).c;
    return {
      documents: count('documents'),
      nodes: count('nodes'),
      edges: count('edges'),
      statusObservations: count('status_observations'),
    };
  }

  /** Folds the write-ahead log into the database file first, so a stopped app leaves one file. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    if (!this.db.readonly && this.db.name !== ':memory:') this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }

  /** Rows to records, with their status histories in one query. */
  private toRecords(rows: NodeRow[]): GraphNodeRecord[] {
    if (rows.length === 0) return [];
    const columns = 'node_id, seq, code, text_da, date, kind, document_id';
    const observations = (
      rows.length === 1
        ? this.statement(
            `SELECT ${columns} FROM status_observations WHERE node_id = ? ORDER BY observed_on, seq`,
          ).all((rows[0] as NodeRow).id)
        : this.statement(
            `SELECT ${columns} FROM status_observations
             WHERE node_id IN (SELECT value FROM json_each(?)) ORDER BY node_id, observed_on, seq`,
          ).all(JSON.stringify(rows.map((row) => row.id)))
    ) as ObservationRow[];
    const history = new Map<string, StatusObservation[]>();
    for (const row of observations) {
      const list = history.get(row.node_id) ?? [];
      list.push({
        code: row.code as StatusCode,
        textDa: row.text_da,
        date: row.date,
        kind: row.kind as ObservationKind,
        documentId: row.document_id,
        seq: row.seq,
      });
      history.set(row.node_id, list);
    }
    return rows.map((row) => {
      const record: GraphNodeRecord = {
        id: row.id,
        label: row.label as NodeLabel,
        kind: row.kind,
        nameDa: row.name_da,
        aliases: JSON.parse(row.aliases) as string[],
        props: JSON.parse(row.props) as NodeProps,
        sources: JSON.parse(row.sources) as SourceRef[],
        statusHistory: history.get(row.id) ?? [],
      };
      if (row.name_en !== null) record.nameEn = row.name_en;
      return record;
    });
  }
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new StoreUnavailableError(
      'sqlite',
      `databasefilen har skemaversion ${current}, denne version kender kun ${MIGRATIONS.length} / the file is from a newer version`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

function searchText(node: GraphNodeRecord): string {
  return [node.nameDa, node.nameEn ?? '', ...node.aliases]
    .map((name) => foldedTokens(name).join(' '))
    .join(' ');
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function toEdgeLite(row: Omit<EdgeRow, 'sources'>): EdgeLite {
  return {
    id: row.id,
    type: row.type as RelationType,
    source: row.source,
    target: row.target,
    props: JSON.parse(row.props) as EdgeProps,
  };
}

function toEdgeRecord(row: EdgeRow): GraphEdgeRecord {
  return { ...toEdgeLite(row), sources: JSON.parse(row.sources) as SourceRef[] };
}

function toDocumentRecord(row: DocumentRow): SourceDocumentRecord {
  return {
    id: row.id,
    file: row.file,
    title: row.title,
    asOf: row.as_of,
    asOfConfidence: row.as_of_confidence as Confidence,
  };
}

/** Constraint failures on import are the data's fault: say which. Anything else is the store's. */
function translateSqliteError(error: unknown): Error {
  if (error instanceof Database.SqliteError) {
    if (error.code.startsWith('SQLITE_CONSTRAINT')) {
      return new ValidationError(
        'graph',
        `dokumentet bryder en regel i lageret / violates a store constraint: ${error.message}`,
      );
    }
    return new StoreUnavailableError('sqlite', error.message, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The Cypher of the write path (issue 11): record versions, the audit trail and the partition's
 * write lock. Static text with `$params`, linted with the rest by `test/neo4j/cypher-lint.test.ts`.
 *
 * Stored shape: `version` on every `:Node` and relationship (absent on data imported before
 * versions, read as 1), `validityJson` beside them, `(:AuditEntry {graph, id, seq, ...,
 * entryJson})` per change, and one `(:AuditCounter {graph, seq})` per partition whose update
 * takes the partition's write lock first, so concurrent writes run one after another and a
 * version check cannot race its write.
 */
import { statement, type Statement } from './cypher.js';

export const WRITE_SCHEMA_STATEMENTS: readonly Statement<never>[] = [
  statement(
    'audit_entry_identity',
    'CREATE CONSTRAINT audit_entry_identity IF NOT EXISTS FOR (a:AuditEntry) REQUIRE (a.graph, a.id) IS UNIQUE',
    [],
  ),
  statement(
    'audit_entry_seq',
    'CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (a:AuditEntry) REQUIRE (a.graph, a.seq) IS UNIQUE',
    [],
  ),
  statement(
    'audit_entry_idempotency',
    'CREATE INDEX audit_entry_idempotency IF NOT EXISTS FOR (a:AuditEntry) ON (a.graph, a.idempotencyKey)',
    [],
  ),
  statement(
    'audit_counter_identity',
    'CREATE CONSTRAINT audit_counter_identity IF NOT EXISTS FOR (c:AuditCounter) REQUIRE c.graph IS UNIQUE',
    [],
  ),
];

/**
 * The first statement of every write: writing the partition's counter node locks it until the
 * transaction ends. Returns the `seq` the change's entry will get (`SET_AUDIT_COUNTER` stores it
 * with the entry; a replayed retry writes nothing and leaves it).
 */
export const LOCK_PARTITION = statement(
  'lockPartition',
  `MERGE (c:AuditCounter {graph: $graph})
SET c.writes = coalesce(c.writes, 0) + 1
RETURN coalesce(c.seq, 0) + 1 AS seq`,
  ['graph'],
);

export const NODE_VERSIONS = statement(
  'nodeVersions',
  `UNWIND $ids AS id
MATCH (n:Node {graph: $graph, id: id})
RETURN n.id AS id, coalesce(n.version, 1) AS version`,
  ['ids', 'graph'],
);

/** `$rows`: `{id, source}` (an edge id names its source node). */
export const EDGE_VERSIONS = statement(
  'edgeVersions',
  `UNWIND $rows AS row
MATCH (:Node {graph: $graph, id: row.source})-[r]->(:Node)
WHERE r.id = row.id
RETURN r.id AS id, coalesce(r.version, 1) AS version`,
  ['rows', 'graph'],
);

export const EDGES_BY_ID = statement(
  'edgesById',
  `UNWIND $rows AS row
MATCH (:Node {graph: $graph, id: row.source})-[r]->(:Node)
WHERE r.id = row.id
RETURN r {.*} AS edge, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target`,
  ['rows', 'graph'],
);

export const DOCUMENT_EXISTS = statement(
  'documentExists',
  'OPTIONAL MATCH (d:Document {graph: $graph, id: $id}) RETURN d IS NOT NULL AS found',
  ['graph', 'id'],
);

/** Replaces a node's properties when its version is `$expected`; `updated` 0 means stale. */
export const UPDATE_NODE = statement(
  'updateNode',
  `MATCH (n:Node {graph: $graph, id: $id})
WHERE coalesce(n.version, 1) = $expected
SET n = $properties
RETURN count(n) AS updated`,
  ['graph', 'id', 'expected', 'properties'],
);

/**
 * An edited node's history, kept in place: the observations it no longer has, or has with other
 * values, are deleted, and those it lacks are created. An append so creates one observation and
 * deletes none, and a reader never meets the history half-rewritten.
 */
export const DELETE_STALE_OBSERVATIONS = statement(
  'deleteStaleObservations',
  `MATCH (:Node {graph: $graph, id: $id})-[:HAS_STATUS]->(o:StatusObservation)
WITH o, [row IN $rows WHERE row.seq = o.seq] AS wanted
WHERE size(wanted) = 0 OR properties(o) <> wanted[0]
DETACH DELETE o`,
  ['graph', 'id', 'rows'],
);

export const CREATE_MISSING_OBSERVATIONS = statement(
  'createMissingObservations',
  `MATCH (n:Node {graph: $graph, id: $id})
UNWIND $rows AS row
WITH n, row
WHERE NOT EXISTS { MATCH (n)-[:HAS_STATUS]->(:StatusObservation {seq: row.seq}) }
CREATE (n)-[:HAS_STATUS]->(o:StatusObservation)
SET o = row`,
  ['graph', 'id', 'rows'],
);

/** Replaces a relationship's properties when its version is `$expected`. */
export const UPDATE_EDGE = statement(
  'updateEdge',
  `MATCH (:Node {graph: $graph, id: $source})-[r]->(:Node)
WHERE r.id = $id AND coalesce(r.version, 1) = $expected
SET r = $properties
RETURN count(r) AS updated`,
  ['graph', 'source', 'id', 'expected', 'properties'],
);

export const CREATE_AUDIT_ENTRIES = statement(
  'createAuditEntries',
  'UNWIND $rows AS row CREATE (a:AuditEntry) SET a = row',
  ['rows'],
);

export const AUDIT_BY_ID = statement(
  'auditById',
  'MATCH (a:AuditEntry {graph: $graph, id: $id}) RETURN a.entryJson AS entry',
  ['graph', 'id'],
);

/** Newest first below `$afterSeq`; each filter is null when absent. */
export const QUERY_AUDIT = statement(
  'queryAudit',
  `MATCH (a:AuditEntry {graph: $graph})
WHERE ($nodeId IS NULL OR $nodeId IN a.nodeIds
    OR any(e IN a.edgeIds WHERE e STARTS WITH $nodeId + '|' OR e ENDS WITH '|' + $nodeId))
  AND ($nodeIdsAny IS NULL OR any(id IN a.nodeIds WHERE id IN $nodeIdsAny)
    OR any(e IN a.edgeIds WHERE split(e, '|')[0] IN $nodeIdsAny OR split(e, '|')[2] IN $nodeIdsAny))
  AND ($edgeId IS NULL OR $edgeId IN a.edgeIds)
  AND ($actorId IS NULL OR a.actorId = $actorId)
  AND ($mutation IS NULL OR a.mutation = $mutation)
  AND ($idempotencyKey IS NULL OR a.idempotencyKey = $idempotencyKey)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at <= $to)
WITH a ORDER BY a.seq DESC
WITH collect(a) AS matched
RETURN size(matched) AS totalCount,
  [a IN matched WHERE a.seq < $afterSeq | a.entryJson][0..$limit] AS entries`,
  [
    'graph',
    'nodeId',
    'nodeIdsAny',
    'edgeId',
    'actorId',
    'mutation',
    'idempotencyKey',
    'from',
    'to',
    'afterSeq',
    'limit',
  ],
);

/** Entries that wrote any of `$nodeIds` / `$edgeIds`, oldest first (who recorded a change). */
export const AUDIT_TOUCHING = statement(
  'auditTouching',
  `MATCH (a:AuditEntry {graph: $graph})
WHERE any(id IN a.nodeIds WHERE id IN $nodeIds) OR any(id IN a.edgeIds WHERE id IN $edgeIds)
RETURN a.entryJson AS entry
ORDER BY a.seq`,
  ['graph', 'nodeIds', 'edgeIds'],
);

export const AUDIT_SINCE = statement(
  'auditSince',
  `MATCH (a:AuditEntry {graph: $graph})
WHERE a.seq > $afterSeq
RETURN a.entryJson AS entry
ORDER BY a.seq
LIMIT $limit`,
  ['graph', 'afterSeq', 'limit'],
);

export const LAST_AUDIT_SEQ = statement(
  'lastAuditSeq',
  'OPTIONAL MATCH (c:AuditCounter {graph: $graph}) RETURN coalesce(c.seq, 0) AS seq',
  ['graph'],
);

export const EXPORT_AUDIT = statement(
  'exportAudit',
  'MATCH (a:AuditEntry {graph: $graph}) RETURN a.entryJson AS entry ORDER BY a.seq',
  ['graph'],
);

export const DELETE_AUDIT = statement(
  'deleteAudit',
  `MATCH (a:AuditEntry {graph: $graph}) DELETE a
WITH count(*) AS deleted
OPTIONAL MATCH (c:AuditCounter {graph: $graph})
DELETE c`,
  ['graph'],
);

/** After an import: the counter continues from the imported trail's last entry. */
export const SET_AUDIT_COUNTER = statement(
  'setAuditCounter',
  'MERGE (c:AuditCounter {graph: $graph}) SET c.seq = $seq',
  ['graph', 'seq'],
);

export const RECORD_VERSIONS = statement(
  'recordVersions',
  `CALL () {
  MATCH (n:Node {graph: $graph}) WHERE coalesce(n.version, 1) <> 1
  RETURN collect([n.id, n.version]) AS nodes
}
CALL () {
  MATCH (:Node {graph: $graph})-[r]->(:Node) WHERE coalesce(r.version, 1) <> 1
  RETURN collect([r.id, r.version]) AS edges
}
RETURN nodes, edges`,
  ['graph'],
);

export const WRITE_STATEMENTS: readonly Statement[] = [
  ...WRITE_SCHEMA_STATEMENTS,
  LOCK_PARTITION,
  NODE_VERSIONS,
  EDGE_VERSIONS,
  EDGES_BY_ID,
  DOCUMENT_EXISTS,
  UPDATE_NODE,
  DELETE_STALE_OBSERVATIONS,
  CREATE_MISSING_OBSERVATIONS,
  UPDATE_EDGE,
  CREATE_AUDIT_ENTRIES,
  AUDIT_BY_ID,
  QUERY_AUDIT,
  AUDIT_TOUCHING,
  AUDIT_SINCE,
  LAST_AUDIT_SEQ,
  EXPORT_AUDIT,
  DELETE_AUDIT,
  SET_AUDIT_COUNTER,
  RECORD_VERSIONS,
];

/** Property keys the write path stores, for the linter. */
export const WRITE_PROPERTY_KEYS: readonly string[] = [
  'version',
  'validityJson',
  'writes',
  'entryJson',
  'actorId',
  'mutation',
  'idempotencyKey',
  'at',
  'nodeIds',
  'edgeIds',
  'documentIds',
];

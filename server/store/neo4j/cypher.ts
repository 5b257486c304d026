/**
 * Every Cypher statement the Neo4j adapter runs: named constants, or pure builders whose only
 * variable text is a label, a relationship-type list or a depth literal, each let in through one
 * guard below. Everything else is a `$parameter`. `test/neo4j/cypher-lint.test.ts` lints every
 * constant and every builder output with Neo4j's own Cypher front end.
 *
 * Stored shape (see docs/adr/0002-neo4j-adapter.md): `(:Node:<Label> {graph, id, ...})`,
 * `(:Node)-[:HAS_STATUS]->(:StatusObservation {graph, ...})`, `(:Document {graph, id, ...})`, and
 * one relationship per edge, typed by its `RelationType`. `graph` names the store's partition of
 * the database, so several stores (and parallel test runs) can share one database.
 */
import { NODE_LABELS, RELATION_TYPES, type NodeLabel, type RelationType } from '../../../schema/domain.js';
import { ValidationError } from '../../errors.js';
import type { ChangeKind } from '../graph-store.js';
import { EDGE_PROP_KEYS } from './neo4j-records.js';

/** A statement and the parameters it declares; `run` only accepts exactly these. */
export interface Statement<P extends string = string> {
  readonly name: string;
  readonly text: string;
  readonly params: readonly P[];
}

/** Declares a statement: its name (in errors and the lint report), its Cypher and its parameters. */
export function statement<const P extends string>(
  name: string,
  text: string,
  params: readonly P[],
): Statement<P> {
  return { name, text, params };
}

// ---------------------------------------------------------------------------------------------
// The one door for identifiers that cannot be parameters.

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);
const TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

/** Deepest variable-length pattern a builder writes; far beyond the API's 6. */
export const MAX_TRAVERSAL_DEPTH = 32;

/** A node label from `NODE_LABELS`, as Cypher text. Anything else throws. */
export function cypherLabel(label: NodeLabel): string {
  if (typeof label !== 'string' || !LABELS.has(label)) {
    throw new ValidationError('label', `ukendt nodetype / unknown node label ${JSON.stringify(label)}`);
  }
  return label;
}

/** Relationship types from `RELATION_TYPES` as a `A|B|C` alternation. Empty or unknown throws. */
export function cypherRelTypes(types: readonly RelationType[]): string {
  if (types.length === 0) throw new ValidationError('types', 'tom liste / empty relation type list');
  for (const type of types) {
    if (typeof type !== 'string' || !TYPES.has(type)) {
      throw new ValidationError(
        'types',
        `ukendt relationstype / unknown relation type ${JSON.stringify(type)}`,
      );
    }
  }
  return [...new Set(types)].join('|');
}

/** A hop count for a variable-length pattern: an integer in 1..MAX_TRAVERSAL_DEPTH. */
export function cypherDepth(depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_TRAVERSAL_DEPTH) {
    throw new ValidationError(
      'maxDepth',
      `skal være et heltal 1..${MAX_TRAVERSAL_DEPTH} / must be an integer`,
    );
  }
  return String(depth);
}

const ALL_RELATION_TYPES = cypherRelTypes(RELATION_TYPES);

// ---------------------------------------------------------------------------------------------
// Shared fragments (static text).

/**
 * Whether relationship `r`, reached from node `x`, may be crossed in `$direction`.
 * `COUPLED_WITH` is stored once and crossed both ways whatever the direction (as the embedded
 * store does).
 */
const CROSSABLE = `($direction = 'BOTH' OR type(r) = 'COUPLED_WITH'
    OR ($direction = 'OUT' AND startNode(r) = x) OR ($direction = 'IN' AND endNode(r) = x))`;

/**
 * Relationship `r` to node `y` existed by `$asOf` (their validity starts on or before it): an
 * `asOf` traversal does not cross into what did not exist yet. `$asOf` is far in the future
 * when no date is asked.
 */
const EXISTED = `(r.existsFrom IS NULL OR r.existsFrom <= $asOf) AND (y.existsFrom IS NULL OR y.existsFrom <= $asOf)`;

/** A node `n` with its status history in canonical order (date, then seq). */
const NODE_COLUMNS = `n {.*} AS node,
  COLLECT {
    MATCH (n)-[:HAS_STATUS]->(o:StatusObservation)
    // Read committed: an observation deleted by an edit committing meanwhile reads as empty.
    WHERE o.seq IS NOT NULL
    RETURN o {.*} AS observation ORDER BY o.observedOn, o.seq
  } AS history`;

/** A relationship `r` as an edge row. */
const EDGE_COLUMNS = `r {.*} AS edge, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target`;

// ---------------------------------------------------------------------------------------------
// Schema set-up. Each is idempotent (`IF NOT EXISTS`); `connect` runs the ones whose name
// `SHOW_INDEX_NAMES` does not list and reports them.

/** The full-text analyzer: the text is already folded by `server/search/fold.ts` (ADR 0002). */
export const SEARCH_ANALYZER = 'whitespace';

export const SCHEMA_STATEMENTS: readonly Statement<never>[] = [
  statement(
    'node_identity',
    'CREATE CONSTRAINT node_identity IF NOT EXISTS FOR (n:Node) REQUIRE (n.graph, n.id) IS UNIQUE',
    [],
  ),
  statement(
    'document_identity',
    'CREATE CONSTRAINT document_identity IF NOT EXISTS FOR (d:Document) REQUIRE (d.graph, d.id) IS UNIQUE',
    [],
  ),
  statement('node_label', 'CREATE INDEX node_label IF NOT EXISTS FOR (n:Node) ON (n.graph, n.label)', []),
  statement('node_kind', 'CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.graph, n.kind)', []),
  statement(
    'node_owner_body',
    'CREATE INDEX node_owner_body IF NOT EXISTS FOR (n:Node) ON (n.ownerBody)',
    [],
  ),
  statement(
    'node_exists_from',
    'CREATE INDEX node_exists_from IF NOT EXISTS FOR (n:Node) ON (n.existsFrom)',
    [],
  ),
  statement('node_exists_to', 'CREATE INDEX node_exists_to IF NOT EXISTS FOR (n:Node) ON (n.existsTo)', []),
  statement(
    'status_observation_observed_on',
    'CREATE INDEX status_observation_observed_on IF NOT EXISTS FOR (o:StatusObservation) ON (o.observedOn)',
    [],
  ),
  statement(
    'status_observation_run',
    'CREATE INDEX status_observation_run IF NOT EXISTS FOR (o:StatusObservation) ON (o.graph, o.runStart)',
    [],
  ),
  statement(
    'status_observation_graph',
    'CREATE INDEX status_observation_graph IF NOT EXISTS FOR (o:StatusObservation) ON (o.graph)',
    [],
  ),
  statement(
    'node_search_names',
    'CREATE TEXT INDEX node_search_names IF NOT EXISTS FOR (n:Node) ON (n.searchNames)',
    [],
  ),
  statement(
    'node_search',
    `CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.searchNames, n.searchIdWords]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${SEARCH_ANALYZER}', \`fulltext.eventually_consistent\`: false}}`,
    [],
  ),
  // A window's relation changes: Neo4j indexes relationships per type, so one index per type
  // and end of validity (CHANGES reads each type's with its own branch).
  ...RELATION_TYPES.flatMap((type) =>
    (['existsFrom', 'existsTo'] as const).map((property) => {
      const name = `relation_${property === 'existsFrom' ? 'from' : 'to'}_${type.toLowerCase()}`;
      return statement(
        name,
        `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${cypherRelTypes([type])}]-() ON (r.${property})`,
        [],
      );
    }),
  ),
];

export const SHOW_INDEX_NAMES = statement(
  'showIndexNames',
  'SHOW INDEXES YIELD name RETURN collect(name) AS names',
  [],
);

export const LIST_ANALYZERS = statement(
  'listAnalyzers',
  'CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS analyzers',
  [],
);

export const AWAIT_INDEXES = statement('awaitIndexes', 'CALL db.awaitIndexes($timeoutSeconds)', [
  'timeoutSeconds',
]);

// ---------------------------------------------------------------------------------------------
// Reads.

export const GET_NODES = statement(
  'getNodes',
  `UNWIND $ids AS id
MATCH (n:Node {graph: $graph, id: id})
RETURN ${NODE_COLUMNS}`,
  ['ids', 'graph'],
);

/**
 * The `NodeQuery` filter in one pass: each `$param` is null when its filter is absent. The
 * current status is the latest fact or decision observed up to `$asOf`. Returns the total and
 * the ids of the requested page; `GET_NODES` then reads those.
 */
export const QUERY_NODE_IDS = statement(
  'queryNodeIds',
  `MATCH (n:Node {graph: $graph})
WHERE (n.existsFrom IS NULL OR n.existsFrom <= $asOf)
  AND ($labels IS NULL OR n.label IN $labels)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($textTokens IS NULL
    OR (size($textTokens) > 0 AND all(t IN $textTokens WHERE
          (' ' + n.searchNames) CONTAINS (' ' + t) OR (' ' + n.searchIdWords) CONTAINS (' ' + t)))
    OR ($textSubstring IS NOT NULL
          AND (n.searchNames CONTAINS $textSubstring OR n.searchIdWords CONTAINS $textSubstring)))
  AND ($cluster IS NULL OR n.id = $cluster
    OR EXISTS {
      MATCH (n)-[:MEMBER_OF|IMPLEMENTED_BY|LOCATED_IN|PART_OF|SUPERSEDES]->(:Node {graph: $graph, id: $cluster})
    }
    OR EXISTS { MATCH (:Node {graph: $graph, id: $cluster})-[:RESPONSIBLE]->(n) })
  AND ($responsibleBody IS NULL OR n.ownerBody = $responsibleBody
    OR EXISTS { MATCH (:Node {graph: $graph, id: $responsibleBody})-[:RESPONSIBLE]->(n) })
WITH n, head(COLLECT {
    MATCH (n)-[:HAS_STATUS]->(o:StatusObservation)
    WHERE o.kind IN ['fact', 'decision'] AND o.observedOn <= $asOf
    RETURN o.code ORDER BY o.observedOn DESC, o.seq DESC
  }) AS currentCode
WHERE ($allowedCodes IS NULL OR currentCode IN $allowedCodes OR (currentCode IS NULL AND $allowMissingStatus))
  AND ($awaiting IS NULL
    OR ($awaiting IN ['NATIONAL', 'ANY'] AND (currentCode = 'AWAITING_NATIONAL'
      OR EXISTS { MATCH (n)-[:AWAITS]->(t:Node) WHERE t.label IN $nationalLabels }))
    OR ($awaiting IN ['REGIONAL', 'ANY'] AND (currentCode = 'AWAITING_REGIONAL'
      OR EXISTS { MATCH (n)-[:AWAITS]->(t:Node) WHERE NOT t.label IN $nationalLabels })))
WITH n ORDER BY n.id
WITH collect(n.id) AS ids
RETURN size(ids) AS totalCount, ids[$offset..($offset + $limit)] AS pageIds`,
  [
    'graph',
    'labels',
    'kinds',
    'textTokens',
    'textSubstring',
    'cluster',
    'responsibleBody',
    'asOf',
    'allowedCodes',
    'allowMissingStatus',
    'awaiting',
    'nationalLabels',
    'offset',
    'limit',
  ],
);

/**
 * Search candidates (`server/search/search-text.ts`): nodes that existed by `$asOf` whose folded
 * `searchText` contains at least `$threshold` of `$grams`, most hits first, then by id, at most
 * `$cap`. The embedded store evaluates the same condition, so both rank (`server/search/rank.ts`)
 * the same nodes.
 */
export const SEARCH_CANDIDATES = statement(
  'searchCandidates',
  `MATCH (n:Node {graph: $graph})
WHERE n.existsFrom IS NULL OR n.existsFrom <= $asOf
WITH n, size([g IN $grams WHERE n.searchText CONTAINS g]) AS hits
WHERE hits >= $threshold
RETURN n.id AS id
ORDER BY hits DESC, id
LIMIT $cap`,
  ['graph', 'grams', 'threshold', 'cap', 'asOf'],
);

/** Rewrites a node's candidate text after its status history grew. */
export const SET_SEARCH_TEXT = statement(
  'setSearchText',
  `MATCH (n:Node {graph: $graph, id: $nodeId})
SET n.searchText = $searchText`,
  ['graph', 'nodeId', 'searchText'],
);

/** Edges of `types` touching any of `$ids`, crossable in `$direction`, each once, by id. */
export function incidentEdges(types: readonly RelationType[]): Statement<'ids' | 'graph' | 'direction'> {
  return statement(
    'incidentEdges',
    `UNWIND $ids AS id
MATCH (x:Node {graph: $graph, id: id})-[r:${cypherRelTypes(types)}]-(:Node)
WHERE ${CROSSABLE}
WITH DISTINCT r
RETURN ${EDGE_COLUMNS}
ORDER BY edge.id`,
    ['ids', 'graph', 'direction'],
  );
}

export const EDGES_AMONG = statement(
  'edgesAmong',
  `UNWIND $ids AS id
MATCH (:Node {graph: $graph, id: id})-[r:${ALL_RELATION_TYPES}]->(b:Node)
WHERE b.id IN $ids AND (r.existsFrom IS NULL OR r.existsFrom <= $asOf)
WITH DISTINCT r
RETURN ${EDGE_COLUMNS}
ORDER BY edge.id`,
  ['ids', 'graph', 'asOf'],
);

/**
 * The edge properties a traversal carries (`EdgeLite`: no provenance), projected by name so
 * the `sourcesJson` string never leaves the database on a traversal.
 */
const TRAVERSAL_EDGE = `r {.id, ${EDGE_PROP_KEYS.map((key) => `.${key}`).join(', ')}, type: type(r), source: startNode(r).id, target: endNode(r).id}`;

/**
 * One level of a breadth-first reach: for each frontier node that exists in the graph, the
 * edges of `types` it may cross in `$direction`. `reachKeys` runs it once per level in one read
 * transaction and keeps the visited set, so Neo4j does every expansion (index seek + expand)
 * and only the reached subgraph travels, never the rest of the graph.
 */
export function reachLevel(
  types: readonly RelationType[],
): Statement<'frontier' | 'graph' | 'direction' | 'asOf'> {
  return statement(
    'reachLevel',
    `UNWIND $frontier AS id
MATCH (x:Node {graph: $graph, id: id})
RETURN id, COLLECT {
  MATCH (x)-[r:${cypherRelTypes(types)}]-(y:Node)
  WHERE ${CROSSABLE} AND ${EXISTED}
  RETURN ${TRAVERSAL_EDGE} AS edge
} AS edges`,
    ['frontier', 'graph', 'direction', 'asOf'],
  );
}

/** Which of `$ids` are nodes of the graph: the seeds a reach of depth 0 returns. */
export const EXISTING_NODE_IDS = statement(
  'existingNodeIds',
  `UNWIND $ids AS id
MATCH (n:Node {graph: $graph, id: id})
RETURN collect(n.id) AS ids`,
  ['ids', 'graph'],
);

/** Every shortest path between two nodes, direction ignored, at most `$maxPaths`, by edge ids. */
export function shortestPaths(
  types: readonly RelationType[],
  maxDepth: number,
): Statement<'graph' | 'from' | 'to' | 'maxPaths'> {
  return statement(
    'shortestPaths',
    `MATCH (a:Node {graph: $graph, id: $from})
MATCH (b:Node {graph: $graph, id: $to})
MATCH p = allShortestPaths((a)-[:${cypherRelTypes(types)}*1..${cypherDepth(maxDepth)}]-(b))
WITH p, [r IN relationships(p) | r.id] AS edgeIds
ORDER BY edgeIds
LIMIT $maxPaths
RETURN [r IN relationships(p) | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS path
ORDER BY edgeIds`,
    ['graph', 'from', 'to', 'maxPaths'],
  );
}

export const GET_DOCUMENTS = statement(
  'getDocuments',
  'MATCH (d:Document {graph: $graph}) RETURN d {.*} AS document ORDER BY d.id',
  ['graph'],
);

export const EXPORT_NODES = statement(
  'exportNodes',
  `MATCH (n:Node {graph: $graph})
RETURN ${NODE_COLUMNS}
ORDER BY n.id`,
  ['graph'],
);

export const EXPORT_EDGES = statement(
  'exportEdges',
  `MATCH (:Node {graph: $graph})-[r:${ALL_RELATION_TYPES}]->(:Node)
RETURN ${EDGE_COLUMNS}
ORDER BY edge.id`,
  ['graph'],
);

export const COUNTS = statement(
  'counts',
  `RETURN
  COUNT { MATCH (:Document {graph: $graph}) } AS documents,
  COUNT { MATCH (:Node {graph: $graph}) } AS nodes,
  COUNT { MATCH (:Node {graph: $graph})-[:${ALL_RELATION_TYPES}]->(:Node) } AS edges,
  COUNT { MATCH (:StatusObservation {graph: $graph}) } AS statusObservations`,
  ['graph'],
);

// ---------------------------------------------------------------------------------------------
// Writes.

export const OBSERVATION_TARGET = statement(
  'observationTarget',
  `OPTIONAL MATCH (n:Node {graph: $graph, id: $nodeId})
OPTIONAL MATCH (d:Document {graph: $graph, id: $documentId})
RETURN n IS NOT NULL AS nodeExists, d IS NOT NULL AS documentExists`,
  ['graph', 'nodeId', 'documentId'],
);

/**
 * Appends an observation with the next `seq` of its node. Setting `statusRevision` first takes
 * the node's write lock, so two concurrent appends cannot read the same `seq`.
 */
export const APPEND_OBSERVATION = statement(
  'appendObservation',
  `MATCH (n:Node {graph: $graph, id: $nodeId})
SET n.statusRevision = coalesce(n.statusRevision, 0) + 1
WITH n, COLLECT { MATCH (n)-[:HAS_STATUS]->(o:StatusObservation) RETURN o.seq } AS seqs
WITH n, reduce(next = 0, s IN seqs | CASE WHEN s + 1 > next THEN s + 1 ELSE next END) AS seq
CREATE (n)-[:HAS_STATUS]->(o:StatusObservation)
SET o = $observation, o.seq = seq
RETURN seq`,
  ['graph', 'nodeId', 'observation'],
);

/**
 * Sets the status spans (`status-spans.ts`) of a node's observations, one row per observation
 * with every span property (null removes it): after an append, which can end the span before it.
 */
export const SET_STATUS_SPANS = statement(
  'setStatusSpans',
  `UNWIND $rows AS row
MATCH (:Node {graph: $graph, id: row.nodeId})-[:HAS_STATUS]->(o:StatusObservation {seq: row.seq})
SET o.currentUntil = row.currentUntil, o.runStart = row.runStart, o.prevRunStart = row.prevRunStart,
  o.neverCurrent = row.neverCurrent`,
  ['rows', 'graph'],
);

/** Nodes holding a fact or decision without a span: written before spans were kept (at most `$limit`). */
export const NODES_WITHOUT_SPANS = statement(
  'nodesWithoutSpans',
  `MATCH (n:Node {graph: $graph})-[:HAS_STATUS]->(o:StatusObservation)
WHERE o.kind IN ['fact', 'decision'] AND o.runStart IS NULL AND o.neverCurrent IS NULL
RETURN collect(DISTINCT n.id)[..$limit] AS ids`,
  ['graph', 'limit'],
);

export const DELETE_OBSERVATIONS = statement(
  'deleteObservations',
  'MATCH (o:StatusObservation {graph: $graph}) DETACH DELETE o',
  ['graph'],
);

export const DELETE_NODES = statement('deleteNodes', 'MATCH (n:Node {graph: $graph}) DETACH DELETE n', [
  'graph',
]);

export const DELETE_DOCUMENTS = statement('deleteDocuments', 'MATCH (d:Document {graph: $graph}) DELETE d', [
  'graph',
]);

export const CREATE_DOCUMENTS = statement(
  'createDocuments',
  'UNWIND $rows AS row CREATE (d:Document) SET d = row',
  ['rows'],
);

/** Creates nodes of one label; each row is the node's full property map. */
export function createNodes(label: NodeLabel): Statement<'rows'> {
  return statement('createNodes', `UNWIND $rows AS row CREATE (n:Node:${cypherLabel(label)}) SET n = row`, [
    'rows',
  ]);
}

/**
 * Keys of the `$rows` maps that `UNWIND … AS row` reads. The linter cannot tell `row.source`
 * from a stored property, so it is told these are keys too.
 */
export const ROW_KEYS: readonly string[] = ['nodeId', 'source', 'target', 'properties'];

export const CREATE_OBSERVATIONS = statement(
  'createObservations',
  `UNWIND $rows AS row
MATCH (n:Node {graph: $graph, id: row.nodeId})
CREATE (n)-[:HAS_STATUS]->(o:StatusObservation)
SET o = row.properties`,
  ['rows', 'graph'],
);

/** Creates edges of one type; returns how many were created, so a dangling row is noticed. */
export function createEdges(type: RelationType): Statement<'rows' | 'graph'> {
  return statement(
    'createEdges',
    `UNWIND $rows AS row
MATCH (a:Node {graph: $graph, id: row.source})
MATCH (b:Node {graph: $graph, id: row.target})
CREATE (a)-[r:${cypherRelTypes([type])}]->(b)
SET r = row.properties
RETURN count(r) AS created`,
    ['rows', 'graph'],
  );
}

// ---------------------------------------------------------------------------------------------
// Changes between two dates (see `sqlite-changes.ts` for the same rules in SQL).

/** The latest fact or decision of `node` (a pattern) up to `date`, as a map (null: none). */
const currentAt = (date: string, node = '(n)') => `head(COLLECT {
    MATCH ${node}-[:HAS_STATUS]->(current:StatusObservation)
    WHERE current.kind IN ['fact', 'decision'] AND current.observedOn <= ${date}
    RETURN current {.code, .textDa, .date, .kind, .documentId, .seq, .observedOn} AS current
    ORDER BY current.observedOn DESC, current.seq DESC
  })`;

/** The status current at `date` of change `c`'s node, for the kinds that show one (else null). */
const shownAt = (date: string, kinds: string) =>
  `CASE WHEN c.kind IN ${kinds} THEN ${currentAt(date, '(:Node {graph: $graph, id: c.nodeId})')} END`;

/**
 * The UNION ALL branches of CHANGES for relations whose `property` (existsFrom or existsTo) is in
 * the window: one per type, so each reads its type's index, told from the source's side.
 */
const relationChanges = (property: 'existsFrom' | 'existsTo', kindOrder: number, kind: ChangeKind) =>
  RELATION_TYPES.map(
    (type) => `
  UNION ALL
  MATCH (s:Node {graph: $graph})-[r:${cypherRelTypes([type])}]->(t)
  USING INDEX r:${cypherRelTypes([type])}(${property})
  WHERE r.${property} > $from AND r.${property} <= $to
    AND ($filterIds IS NULL OR s.id IN $filterIds OR t.id IN $filterIds)
  RETURN ${kindOrder} AS kindOrder, '${kind}' AS kind, r.${property} AS date, s.id AS nodeId,
    r.id AS edgeId, r.validityDocumentId AS documentId`,
  ).join('');

/**
 * What changed after `$from` up to and including `$to`, for nodes in `$filterIds` (null: all),
 * ordered by date, kind, node, edge, with the total and one page. STATUS_CHANGED: the current
 * status at `$to` differs from that at `$from`, for nodes that existed at `$from`, read from the
 * status spans on the observations (`status-spans.ts`): the span covering `$to` began a run in
 * the window, and the status at `$from` was the run before it or, when the status changed more
 * than once in the window, has another code. APPEARED/RETIRED and
 * RELATION_ADDED/RELATION_ENDED: validity starts/ends in the window. The statuses before and
 * after are read for the page only.
 *
 * Planning its 41 branches takes seconds, so every branch names its index and the plan is
 * never replanned when the data's statistics move (`replan=skip`): it does not depend on them.
 * `connect` plans it once per server (`warmChanges`), so no user waits for it.
 */
export const CHANGES = statement(
  'changes',
  `CYPHER replan=skip
CALL () {
  MATCH (o:StatusObservation {graph: $graph})
  USING INDEX o:StatusObservation(graph, runStart)
  WHERE o.runStart > $from AND o.runStart <= $to AND o.observedOn <= $to
    AND (o.currentUntil IS NULL OR o.currentUntil > $to)
  MATCH (n:Node)-[:HAS_STATUS]->(o)
  WHERE (n.existsFrom IS NULL OR n.existsFrom <= $from) AND ($filterIds IS NULL OR n.id IN $filterIds)
    AND (o.prevRunStart IS NULL OR o.prevRunStart <= $from OR o.code <> coalesce(${currentAt('$from')}.code, ''))
  RETURN 0 AS kindOrder, 'STATUS_CHANGED' AS kind, o.observedOn AS date, n.id AS nodeId,
    null AS edgeId, o.documentId AS documentId
  UNION ALL
  MATCH (n:Node {graph: $graph})
  USING INDEX n:Node(existsFrom)
  WHERE n.existsFrom > $from AND n.existsFrom <= $to AND ($filterIds IS NULL OR n.id IN $filterIds)
  RETURN 1 AS kindOrder, 'APPEARED' AS kind, n.existsFrom AS date, n.id AS nodeId,
    null AS edgeId, n.validityDocumentId AS documentId
  UNION ALL
  MATCH (n:Node {graph: $graph})
  USING INDEX n:Node(existsTo)
  WHERE n.existsTo > $from AND n.existsTo <= $to AND ($filterIds IS NULL OR n.id IN $filterIds)
  RETURN 2 AS kindOrder, 'RETIRED' AS kind, n.existsTo AS date, n.id AS nodeId,
    null AS edgeId, n.validityDocumentId AS documentId
${relationChanges('existsFrom', 3, 'RELATION_ADDED')}${relationChanges('existsTo', 4, 'RELATION_ENDED')}
}
WITH kindOrder, kind, date, nodeId, edgeId, documentId
ORDER BY date, kindOrder, nodeId, coalesce(edgeId, '')
WITH collect({kind: kind, date: date, nodeId: nodeId, edgeId: edgeId, documentId: documentId}) AS changes
WITH size(changes) AS totalCount, changes[$offset..($offset + $limit)] AS page
RETURN totalCount, [c IN page | c {.*, before: ${shownAt('$from', "['STATUS_CHANGED']")},
  after: ${shownAt('$to', "['STATUS_CHANGED', 'APPEARED']")}}] AS page`,
  ['graph', 'from', 'to', 'filterIds', 'offset', 'limit'],
);

/** Every constant statement, for the linter and for documentation. */
export const CONSTANT_STATEMENTS: readonly Statement[] = [
  ...SCHEMA_STATEMENTS,
  SHOW_INDEX_NAMES,
  LIST_ANALYZERS,
  AWAIT_INDEXES,
  GET_NODES,
  QUERY_NODE_IDS,
  SEARCH_CANDIDATES,
  SET_SEARCH_TEXT,
  EDGES_AMONG,
  EXISTING_NODE_IDS,
  GET_DOCUMENTS,
  EXPORT_NODES,
  EXPORT_EDGES,
  COUNTS,
  CHANGES,
  OBSERVATION_TARGET,
  APPEND_OBSERVATION,
  SET_STATUS_SPANS,
  NODES_WITHOUT_SPANS,
  DELETE_OBSERVATIONS,
  DELETE_NODES,
  DELETE_DOCUMENTS,
  CREATE_DOCUMENTS,
  CREATE_OBSERVATIONS,
];

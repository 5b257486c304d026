/** Edge reads from the durable tables, and the load of the in-memory adjacency index. */
import type { GraphEdgeRecord, RelationType } from '../../../schema/domain.js';
import { AdjacencyIndex } from '../adjacency/adjacency-index.js';
import type { Direction } from '../graph-store.js';
import { toEdgeLite, toEdgeRecord, type EdgeRow } from './sqlite-rows.js';
import type { SqliteStatements } from './sqlite-statements.js';

/** Every edge and node id, streamed into a fresh CSR index. */
export function buildAdjacencyIndex(statements: SqliteStatements): AdjacencyIndex {
  const rows = statements
    .get('SELECT id, type, source, target, props, validity FROM edges')
    .iterate() as IterableIterator<Omit<EdgeRow, 'sources' | 'version'>>;
  const nodeIds = statements.get('SELECT id FROM nodes').pluck().iterate() as IterableIterator<string>;
  return AdjacencyIndex.build(
    (function* () {
      for (const row of rows) yield toEdgeLite(row);
    })(),
    nodeIds,
  );
}

export function getEdges(
  statements: SqliteStatements,
  ids: readonly string[],
  direction: Direction,
  types?: readonly RelationType[],
): GraphEdgeRecord[] {
  const typeClause = types?.length ? 'AND type IN (SELECT value FROM json_each(@types))' : '';
  const outSql = `SELECT * FROM edges WHERE (source IN (SELECT value FROM json_each(@ids))
      OR (type = 'COUPLED_WITH' AND target IN (SELECT value FROM json_each(@ids)))) ${typeClause}`;
  const inSql = `SELECT * FROM edges WHERE (target IN (SELECT value FROM json_each(@ids))
      OR (type = 'COUPLED_WITH' AND source IN (SELECT value FROM json_each(@ids)))) ${typeClause}`;
  const sql = direction === 'OUT' ? outSql : direction === 'IN' ? inSql : `${outSql} UNION ${inSql}`;
  const rows = statements.get(`SELECT * FROM (${sql}) ORDER BY id`).all({
    ids: JSON.stringify(ids),
    types: JSON.stringify(types ?? []),
  }) as EdgeRow[];
  return rows.map(toEdgeRecord);
}

export function getEdgesAmong(statements: SqliteStatements, ids: readonly string[]): GraphEdgeRecord[] {
  const rows = statements
    .get(
      `WITH wanted AS (SELECT value AS id FROM json_each(?))
         SELECT * FROM edges WHERE source IN wanted AND target IN wanted ORDER BY id`,
    )
    .all(JSON.stringify(ids)) as EdgeRow[];
  return rows.map(toEdgeRecord);
}

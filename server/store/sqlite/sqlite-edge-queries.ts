/** Edge reads from the durable tables, and the load of the in-memory adjacency index. */
import type { GraphEdgeRecord, RelationType } from '../../../schema/domain.js';
import { AdjacencyIndex } from '../adjacency/adjacency-index.js';
import type { Direction } from '../graph-store.js';
import { toEdgeLite, toEdgeRecord, type EdgeRow } from './sqlite-rows.js';
import type { SqliteStatements } from './sqlite-statements.js';
import { existedBy } from './sqlite-validity.js';

/** Every edge and node id (with first days, for `asOf` traversals), streamed into a fresh CSR index. */
export function buildAdjacencyIndex(statements: SqliteStatements): AdjacencyIndex {
  const rows = statements
    .get('SELECT id, type, source, target, props, validity FROM edges')
    .iterate() as IterableIterator<Omit<EdgeRow, 'sources' | 'version'>>;
  const nodeStarts = statements.get('SELECT id, valid_from FROM nodes').raw().iterate() as IterableIterator<
    [string, string | null]
  >;
  return AdjacencyIndex.build(
    (function* () {
      for (const row of rows) yield toEdgeLite(row);
    })(),
    (function* () {
      for (const [id, validFrom] of nodeStarts) yield validFrom === null ? id : { id, validFrom };
    })(),
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

/** Edges with both ends in `ids`; with `asOf`, only those that existed by then. */
export function getEdgesAmong(
  statements: SqliteStatements,
  ids: readonly string[],
  asOf?: string,
): GraphEdgeRecord[] {
  const dated = asOf === undefined ? '' : `AND ${existedBy('e')}`;
  const rows = statements
    .get(
      `WITH wanted AS (SELECT value AS id FROM json_each(@ids))
         SELECT * FROM edges e WHERE source IN wanted AND target IN wanted ${dated} ORDER BY id`,
    )
    .all({ ids: JSON.stringify(ids), ...(asOf === undefined ? {} : { asOf }) }) as EdgeRow[];
  return rows.map(toEdgeRecord);
}

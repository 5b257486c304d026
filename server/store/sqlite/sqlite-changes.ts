/**
 * `changes` in the embedded store: one SQL statement over the window (after `@from`, up to and
 * including `@to`), ordered and paged in SQLite.
 *
 * - STATUS_CHANGED: nodes whose current status at `@to` differs from that at `@from` (none
 *   counts as a status), and which existed at `@from` (one that did not is APPEARED). Exactly
 *   the nodes whose `asOf` answers differ, read from the status spans kept at write time
 *   (`sqlite-status-spans.ts`), so a window costs the status runs begun in it.
 * - APPEARED / RETIRED: nodes whose validity starts / ends (exclusive end) in the window.
 * - RELATION_ADDED / RELATION_ENDED: the same for relations, told from their source's side.
 *
 * The statuses shown (before and after) are found for the page's rows only, each with one seek
 * of the (node_id, observed_on, seq) index.
 */
import type { ObservationKind, StatusCode, StatusObservation } from '../../../schema/domain.js';
import {
  CHANGE_KINDS,
  type ChangeKind,
  type ChangePage,
  type ChangeQuery,
  type ChangeRecord,
} from '../graph-store.js';
import { CURRENT_STATUS_CTE, filterNeedsStatus, filterSql } from './sqlite-node-queries.js';
import type { SqliteStatements } from './sqlite-statements.js';

interface ChangeRow {
  kind: ChangeKind;
  date: string;
  node_id: string;
  edge_id: string | null;
  document_id: string | null;
  b_seq: number | null;
  b_code: string | null;
  b_text: string | null;
  b_date: string | null;
  b_kind: string | null;
  b_doc: string | null;
  a_seq: number | null;
  a_code: string | null;
  a_text: string | null;
  a_date: string | null;
  a_kind: string | null;
  a_doc: string | null;
  total: number;
}

/**
 * The latest fact or decision of `node` up to `date`: its rowid (NULL: none), read from the
 * partial index `status_current` (migration 4) alone.
 */
const currentAt = (node: string, date: string) => `(SELECT rowid
    FROM status_observations INDEXED BY status_current
    WHERE node_id = ${node} AND observed_on <= ${date} AND kind IN ('fact', 'decision')
    ORDER BY observed_on DESC, seq DESC LIMIT 1)`;

const KIND_ORDER = `CASE kind ${CHANGE_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

/**
 * The whole window's changes as compact rows (`changes`: kind, date, node, edge, the other end,
 * the document), every part answered from covering indexes. A status change is a status span
 * covering `@to` whose run began in the window (`sqlite-status-spans.ts`); the statuses before
 * and after are read only for the page.
 */
const CHANGES_CTE = `
  changes AS MATERIALIZED (
    SELECT 'STATUS_CHANGED' AS kind, s.observed_on AS date, s.node_id, NULL AS edge_id, NULL AS other_id, NULL AS document_id
    FROM status_spans s INDEXED BY status_spans_by_run
    WHERE s.run_start > @from AND s.run_start <= @to AND s.observed_on <= @to AND (s.until IS NULL OR s.until > @to)
      AND (s.prev_run_start IS NULL OR s.prev_run_start <= @from OR s.code IS NOT (
        SELECT f.code FROM status_spans f WHERE f.node_id = s.node_id AND f.observed_on <= @from
        ORDER BY f.observed_on DESC LIMIT 1))
      AND NOT EXISTS (SELECT 1 FROM nodes n INDEXED BY nodes_start WHERE n.id = s.node_id AND n.valid_from > @from)
    UNION ALL
    SELECT 'APPEARED', n.valid_from, n.id, NULL, NULL, n.validity_doc
    FROM nodes n WHERE n.valid_from > @from AND n.valid_from <= @to
    UNION ALL
    SELECT 'RETIRED', n.valid_to, n.id, NULL, NULL, n.validity_doc
    FROM nodes n WHERE n.valid_to > @from AND n.valid_to <= @to
    UNION ALL
    SELECT 'RELATION_ADDED', e.valid_from, e.source, e.id, e.target, e.validity_doc
    FROM edges e WHERE e.valid_from > @from AND e.valid_from <= @to
    UNION ALL
    SELECT 'RELATION_ENDED', e.valid_to, e.source, e.id, e.target, e.validity_doc
    FROM edges e WHERE e.valid_to > @from AND e.valid_to <= @to
  )`;

const observationColumns = (alias: string, prefix: string) =>
  `${alias}.seq AS ${prefix}_seq, ${alias}.code AS ${prefix}_code, ${alias}.text_da AS ${prefix}_text,
   ${alias}.date AS ${prefix}_date, ${alias}.kind AS ${prefix}_kind, ${alias}.document_id AS ${prefix}_doc`;

/**
 * The window's changes for nodes matching `query.filter` as of `query.to`, one page of them.
 * `scope` (the ids upstream of `query.upstreamOf`, found by the store's traversal) narrows the
 * filter's nodes further; a relation change is kept when either end is among what remains.
 */
export function sqliteChanges(
  statements: SqliteStatements,
  query: ChangeQuery,
  page: { offset: number; limit: number },
  scope?: readonly string[],
): ChangePage {
  const filter = filterSql(statements, { ...query.filter, asOf: query.to });
  const needsStatus = filterNeedsStatus(query.filter);
  const filtered = Object.values(query.filter).some((v) => v !== undefined);
  const kept = scope !== undefined ? 'scoped' : filtered ? 'filtered' : undefined;
  const ctes = [
    ...(filtered && needsStatus ? [CURRENT_STATUS_CTE] : []),
    ...(filtered
      ? [
          `filtered AS MATERIALIZED (SELECT n.id FROM nodes n ${needsStatus ? 'LEFT JOIN current_status cs ON cs.node_id = n.id' : ''} WHERE ${filter.where})`,
        ]
      : []),
    ...(scope !== undefined
      ? [
          `scoped AS MATERIALIZED (SELECT value AS id FROM json_each(@scope) ${filtered ? 'WHERE value IN filtered' : ''})`,
        ]
      : []),
    CHANGES_CTE,
    `kept AS MATERIALIZED (SELECT * FROM changes ${kept ? `WHERE node_id IN ${kept} OR other_id IN ${kept}` : ''})`,
    `page AS MATERIALIZED (SELECT * FROM kept ORDER BY date, ${KIND_ORDER}, node_id, edge_id LIMIT @limit OFFSET @offset)`,
  ];
  const rows = statements
    .get(
      `WITH ${ctes.join(',')}
       SELECT p.kind, p.date, p.node_id, p.edge_id,
         CASE WHEN p.kind = 'STATUS_CHANGED' THEN a.document_id ELSE p.document_id END AS document_id,
         ${observationColumns('b', 'b')}, ${observationColumns('a', 'a')}, (SELECT COUNT(*) FROM kept) AS total
       FROM page p
         LEFT JOIN status_observations a
           ON p.kind IN ('STATUS_CHANGED', 'APPEARED') AND a.rowid = ${currentAt('p.node_id', '@to')}
         LEFT JOIN status_observations b
           ON p.kind = 'STATUS_CHANGED' AND b.rowid = ${currentAt('p.node_id', '@from')}
       ORDER BY p.date, ${KIND_ORDER.replace('CASE kind', 'CASE p.kind')}, p.node_id, p.edge_id`,
    )
    .all({
      ...filter.params,
      ...(scope === undefined ? {} : { scope: JSON.stringify(scope) }),
      asOf: query.to,
      from: query.from,
      to: query.to,
      limit: page.limit,
      offset: page.offset,
    }) as ChangeRow[];
  const totalCount =
    rows[0]?.total ??
    (
      statements.get(`WITH ${ctes.slice(0, -1).join(',')} SELECT COUNT(*) AS total FROM kept`).get({
        ...filter.params,
        ...(scope === undefined ? {} : { scope: JSON.stringify(scope) }),
        asOf: query.to,
        from: query.from,
        to: query.to,
      }) as { total: number }
    ).total;
  return { changes: rows.map(toChangeRecord), totalCount };
}

function observation(row: ChangeRow, prefix: 'a' | 'b'): StatusObservation | undefined {
  const seq = row[`${prefix}_seq`];
  if (seq === null) return undefined;
  return {
    code: row[`${prefix}_code`] as StatusCode,
    textDa: row[`${prefix}_text`] as string,
    date: row[`${prefix}_date`] as string,
    kind: row[`${prefix}_kind`] as ObservationKind,
    documentId: row[`${prefix}_doc`] as string,
    seq,
  };
}

function toChangeRecord(row: ChangeRow): ChangeRecord {
  const before = observation(row, 'b');
  const after = observation(row, 'a');
  return {
    kind: row.kind,
    date: row.date,
    nodeId: row.node_id,
    ...(row.edge_id === null ? {} : { edgeId: row.edge_id }),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    ...(row.document_id === null ? {} : { documentId: row.document_id }),
  };
}

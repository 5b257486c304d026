/**
 * Status spans: when each fact or decision was a node's current status, kept beside the
 * observations at write time so `changes` reads a window's status changes from one index range
 * (`sqlite-changes.ts`) instead of finding every touched node's status at both ends.
 *
 * A node's observations, ordered (observed_on, seq), each give a span [observed_on, until): until
 * is the next one's observed_on (NULL: still current). An observation followed the same day by
 * another is never current, so it gets no span. `run_start` is when the span's code became the
 * node's status (the first day of its unbroken run of that code), `prev_run_start` when the run
 * before it began (NULL: none). So for the span covering `to`, the status at `from` differs
 * when `run_start` is after `from` and either `prev_run_start` is not (the status at `from` is
 * the previous run's, a different code, or none) or, for a node whose status changed more than
 * once in the window, the code at `from` differs: which is what `changes` asks.
 *
 * Every writer of `status_observations` calls `refreshStatusSpans` for the nodes it touched, in
 * the same transaction; `replaceAll` and migration 6 rebuild the whole table.
 */
import type { SqliteStatements } from './sqlite-statements.js';

/**
 * The spans of the observations `WHERE`-matched by `nodeFilter`, as an INSERT into
 * status_spans. Migration 6 runs it to fill the table: a change to what a span is needs a new
 * migration that rebuilds them.
 */
export const insertSpans = (nodeFilter: string) => `
  INSERT INTO status_spans (node_id, seq, observed_on, until, code, run_start, prev_run_start)
  WITH ordered AS (
    SELECT node_id, seq, observed_on, code,
      LEAD(observed_on) OVER (PARTITION BY node_id ORDER BY observed_on, seq) AS until
    FROM status_observations
    WHERE kind IN ('fact', 'decision') ${nodeFilter}
  ),
  spans AS (
    SELECT node_id, seq, observed_on, until, code,
      code IS NOT LAG(code) OVER (PARTITION BY node_id ORDER BY observed_on) AS starts_run
    FROM ordered
    WHERE until IS NULL OR until > observed_on
  ),
  runs AS (
    SELECT *,
      MAX(CASE WHEN starts_run THEN observed_on END) OVER w AS run_start,
      CASE WHEN starts_run THEN MAX(CASE WHEN starts_run THEN observed_on END)
        OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) END AS prev_if_start
    FROM spans
    WINDOW w AS (PARTITION BY node_id ORDER BY observed_on)
  )
  SELECT node_id, seq, observed_on, until, code, run_start,
    MAX(prev_if_start) OVER (PARTITION BY node_id ORDER BY observed_on ROWS UNBOUNDED PRECEDING)
  FROM runs`;

/** Recomputes the spans of these nodes from their observations (call inside the write's transaction). */
export function refreshStatusSpans(statements: SqliteStatements, nodeIds: Iterable<string>): void {
  const remove = statements.get('DELETE FROM status_spans WHERE node_id = ?');
  const insert = statements.get(insertSpans('AND node_id = ?'));
  for (const id of nodeIds) {
    remove.run(id);
    insert.run(id);
  }
}

/** Recomputes every span (after a bulk load). */
export function rebuildStatusSpans(statements: SqliteStatements): void {
  statements.db.exec('DELETE FROM status_spans');
  statements.get(insertSpans('')).run();
}

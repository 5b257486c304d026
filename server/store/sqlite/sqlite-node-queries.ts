/** Node reads: by id, and filtered pages (the filter SQL and the derived current status). */
import {
  NATIONAL_LABELS,
  STATUS_CODES,
  type GraphNodeRecord,
  type RelationType,
} from '../../../schema/domain.js';
import type { NodePage, NodeQuery } from '../graph-store.js';
import { toNodeRecords, type NodeRow } from './sqlite-rows.js';
import { searchIds } from './sqlite-search.js';
import type { SqliteStatements } from './sqlite-statements.js';
import { existedBy } from './sqlite-validity.js';

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
export const CURRENT_STATUS_CTE = `
  current_status AS (
    SELECT node_id, code FROM (
      SELECT node_id, code,
             ROW_NUMBER() OVER (PARTITION BY node_id ORDER BY observed_on DESC, seq DESC) AS rn
      FROM status_observations
      WHERE kind IN ('fact', 'decision') AND observed_on <= @asOf
    ) WHERE rn = 1
  )`;

const FAR_FUTURE = '9999-12-31';

/** The nodes with these ids, in the order asked; unknown ids are left out. */
export function getNodes(statements: SqliteStatements, ids: readonly string[]): Map<string, GraphNodeRecord> {
  // A single id (the commonest API read) skips the JSON array round trip.
  const rows = (
    ids.length === 1
      ? statements.get('SELECT * FROM nodes WHERE id = ?').all(ids[0])
      : statements
          .get('SELECT * FROM nodes WHERE id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(ids))
  ) as NodeRow[];
  const records = toNodeRecords(statements, rows);
  const byId = new Map(records.map((record) => [record.id, record]));
  const ordered = new Map<string, GraphNodeRecord>();
  for (const id of ids) {
    const record = byId.get(id);
    if (record) ordered.set(id, record);
  }
  return ordered;
}

export function queryNodes(
  statements: SqliteStatements,
  query: NodeQuery,
  page: { offset: number; limit: number },
): NodePage {
  const { where, params } = filterSql(statements, query);
  // The derived current status costs a window over every observation: join it only when a
  // filter asks about status.
  const needsStatus = filterNeedsStatus(query);
  const base = needsStatus
    ? `WITH ${CURRENT_STATUS_CTE} SELECT n.* FROM nodes n LEFT JOIN current_status cs ON cs.node_id = n.id WHERE ${where}`
    : `SELECT n.* FROM nodes n WHERE ${where}`;
  const rows = statements.get(`${base} ORDER BY n.id LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: page.limit,
    offset: page.offset,
  }) as NodeRow[];
  // A page that is not full tells the total without counting.
  const totalCount =
    rows.length < page.limit && (rows.length > 0 || page.offset === 0)
      ? page.offset + rows.length
      : (statements.get(`SELECT COUNT(*) AS c FROM (${base})`).get(params) as { c: number }).c;
  return { nodes: toNodeRecords(statements, rows), totalCount };
}

/** Whether the filter reads the current status (`cs`), which costs the current-status CTE. */
export function filterNeedsStatus(query: NodeQuery): boolean {
  return Boolean(query.statusCodes?.length || query.statusFamilies?.length || query.awaiting);
}

/** The `NodeQuery` as a WHERE over `nodes n` (and `cs` when `filterNeedsStatus`). */
export function filterSql(
  statements: SqliteStatements,
  query: NodeQuery,
): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = ['1 = 1'];
  const params: Record<string, unknown> = {};
  if (filterNeedsStatus(query) || query.asOf) {
    params.asOf = query.asOf ?? FAR_FUTURE;
  }
  // What did not exist yet is not in a view of the past.
  if (query.asOf) clauses.push(existedBy('n'));
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
    const ids = searchIds(statements, query.text);
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

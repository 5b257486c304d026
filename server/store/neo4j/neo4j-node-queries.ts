/** Node reads: by id, filtered pages (`QUERY_NODE_IDS`) and name search, all in Cypher. */
import {
  NATIONAL_LABELS,
  STATUS_CODE_LIST,
  STATUS_CODES,
  type GraphNodeRecord,
  type StatusCode,
} from '../../../schema/domain.js';
import { fold, foldedTokens } from '../../search/fold.js';
import type { NodePage, NodeQuery } from '../graph-store.js';
import { rankSearch } from '../../search/rank.js';
import { getEdges } from './neo4j-edge-queries.js';
import { searchCandidateFilter } from '../../search/search-text.js';
import { GET_NODES, QUERY_NODE_IDS, SEARCH_CANDIDATES } from './cypher.js';
import { nodeFromRow } from './neo4j-records.js';
import {
  int,
  integer,
  stringList,
  type ManagedTransaction,
  type Neo4jSession,
  type Row,
} from './neo4j-session.js';

export const FAR_FUTURE = '9999-12-31';

export async function getNodes(
  session: Neo4jSession,
  ids: readonly string[],
): Promise<Map<string, GraphNodeRecord>> {
  if (ids.length === 0) return new Map();
  const records = await session.read((tx) => nodesByIds(session, tx, ids));
  const byId = new Map(records.map((record) => [record.id, record]));
  const ordered = new Map<string, GraphNodeRecord>();
  for (const id of ids) {
    const record = byId.get(id);
    if (record) ordered.set(id, record);
  }
  return ordered;
}

export async function queryNodes(
  session: Neo4jSession,
  query: NodeQuery,
  page: { offset: number; limit: number },
): Promise<NodePage> {
  const text = query.text?.trim() ? query.text : undefined;
  const folded = text === undefined ? '' : fold(text).trim();
  const { allowedCodes, allowMissingStatus } = statusFilter(query);
  return session.read(async (tx) => {
    const row = await session.single(tx, QUERY_NODE_IDS, {
      graph: session.config.graph,
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
      offset: int(page.offset),
      limit: int(page.limit),
    });
    const pageIds = stringList(row.pageIds);
    const nodes = await nodesByIds(session, tx, pageIds);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return {
      totalCount: integer(row.totalCount),
      nodes: pageIds.flatMap((id) => byId.get(id) ?? []),
    };
  });
}

/** Ranked, typo-tolerant search: candidates from Cypher, ranked by the shared `rank.ts`. */
export async function searchNodes(
  session: Neo4jSession,
  text: string,
  limit: number,
  asOf?: string,
): Promise<GraphNodeRecord[]> {
  const filter = searchCandidateFilter(text);
  if (!filter || limit <= 0) return [];
  const rows = await session.read((tx) =>
    session.rows(tx, SEARCH_CANDIDATES, {
      graph: session.config.graph,
      grams: filter.grams,
      threshold: int(filter.threshold),
      cap: int(filter.cap),
      asOf: asOf ?? FAR_FUTURE,
    }),
  );
  const ids = rows.map((row) => String(row.id));
  const [records, supersedingEdges] = await Promise.all([
    getNodes(session, ids),
    getEdges(session, ids, 'IN', ['SUPERSEDES']),
  ]);
  return rankSearch(text, [...records.values()], limit, {
    supersedingEdges,
    ...(asOf === undefined ? {} : { today: asOf }),
  });
}

/** The nodes with these ids inside a running transaction, in no particular order. */
export async function nodesByIds(
  session: Neo4jSession,
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<GraphNodeRecord[]> {
  if (ids.length === 0) return [];
  return (await session.rows(tx, GET_NODES, { ids, graph: session.config.graph })).map(nodeFromRowOf);
}

export function nodeFromRowOf(row: Row): GraphNodeRecord {
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

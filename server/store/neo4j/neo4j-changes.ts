/**
 * `changes` in Neo4j: the node filter first (`QUERY_NODE_IDS` as of the window's end, when a
 * filter is given), then `CHANGES` over the window, both in one read transaction. A scope (the
 * ids upstream of a node, found by the store's traversal) narrows the filter's ids further.
 */
import { NATIONAL_LABELS, dateStart } from '../../../schema/domain.js';
import { fold, foldedTokens } from '../../search/fold.js';
import type { ChangeKind, ChangePage, ChangeQuery, ChangeRecord } from '../graph-store.js';
import { CHANGES, QUERY_NODE_IDS } from './cypher.js';
import { statusFilter } from './neo4j-node-queries.js';
import { observationFromMap } from './neo4j-records.js';
import { int, integer, list, stringList, type Neo4jSession } from './neo4j-session.js';

/** More than any graph this store holds: "every node that matches". */
const ALL = 2_000_000_000;

export async function changes(
  session: Neo4jSession,
  query: ChangeQuery,
  page: { offset: number; limit: number },
  /** Only changes touching these nodes (undefined: no such limit). */
  scope?: readonly string[],
): Promise<ChangePage> {
  const graph = session.config.graph;
  const filtered = Object.values(query.filter).some((v) => v !== undefined);
  return session.read(async (tx) => {
    let filterIds: string[] | null = null;
    if (filtered) {
      const f = query.filter;
      const text = f.text?.trim() ? f.text : undefined;
      const folded = text === undefined ? '' : fold(text).trim();
      const { allowedCodes, allowMissingStatus } = statusFilter(f);
      const row = await session.single(tx, QUERY_NODE_IDS, {
        graph,
        labels: f.labels?.length ? f.labels : null,
        kinds: f.kinds?.length ? f.kinds : null,
        textTokens: text === undefined ? null : foldedTokens(text),
        textSubstring: text !== undefined && folded.length >= 3 ? folded : null,
        cluster: f.cluster ?? null,
        responsibleBody: f.responsibleBody ?? null,
        asOf: query.to,
        allowedCodes,
        allowMissingStatus,
        awaiting: f.awaiting ?? null,
        nationalLabels: NATIONAL_LABELS,
        offset: int(0),
        limit: int(ALL),
      });
      filterIds = stringList(row.pageIds);
    }
    if (scope !== undefined) {
      const inScope = new Set(scope);
      filterIds = filterIds === null ? [...inScope] : filterIds.filter((id) => inScope.has(id));
    }
    const row = await session.single(tx, CHANGES, {
      graph,
      from: query.from,
      to: query.to,
      filterIds,
      offset: int(page.offset),
      limit: int(page.limit),
    });
    return { totalCount: integer(row.totalCount), changes: list(row.page).map(toChangeRecord) };
  });
}

/** A window no data falls in: the statement runs, and finds nothing. */
const EMPTY_WINDOW = { from: '9999-12-31', to: '9999-12-31' };

/**
 * Plans `CHANGES` on the server once, before any user asks (planning takes seconds; the plan is
 * cached by the server and kept, see `CHANGES`). Both parameter shapes are planned: without a
 * node filter (`filterIds` null) and with one.
 */
export async function warmChanges(session: Neo4jSession): Promise<void> {
  for (const filterIds of [null, ['']]) {
    await session.read((tx) =>
      session.single(tx, CHANGES, {
        graph: session.config.graph,
        ...EMPTY_WINDOW,
        filterIds,
        offset: int(0),
        limit: int(1),
      }),
    );
  }
}

function toChangeRecord(value: unknown): ChangeRecord {
  const row = value as {
    kind: ChangeKind;
    date: string;
    nodeId: string;
    edgeId: string | null;
    documentId: string | null;
    before: unknown;
    after: unknown;
  };
  const before = observationFromMap(row.before);
  const after = observationFromMap(row.after);
  return {
    kind: row.kind,
    date: dateStart(row.date),
    nodeId: row.nodeId,
    ...(row.edgeId === null ? {} : { edgeId: row.edgeId }),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    ...(row.documentId === null ? {} : { documentId: row.documentId }),
  };
}

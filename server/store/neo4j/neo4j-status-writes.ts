/**
 * Status observations: the one append a user makes, validated before it reaches Neo4j, and the
 * status spans kept on them (`status-spans.ts`).
 */
import {
  OBSERVATION_KINDS,
  PARTIAL_DATE_PATTERN,
  STATUS_CODES,
  type GraphNodeRecord,
  type StatusObservation,
} from '../../../schema/domain.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { candidateText } from '../../search/search-text.js';
import {
  APPEND_OBSERVATION,
  NODES_WITHOUT_SPANS,
  OBSERVATION_TARGET,
  SET_SEARCH_TEXT,
  SET_STATUS_SPANS,
} from './cypher.js';
import { nodesByIds } from './neo4j-node-queries.js';
import { observationWithoutSeq, statusSpanRows } from './neo4j-records.js';
import { int, stringList, type Neo4jSession } from './neo4j-session.js';

/** Appends with the next `seq` of the node, in one write transaction; returns the node. */
export async function addStatusObservation(
  session: Neo4jSession,
  nodeId: string,
  observation: Omit<StatusObservation, 'seq'>,
): Promise<GraphNodeRecord> {
  validateObservation(observation);
  const graph = session.config.graph;
  return session.write(async (tx) => {
    const target = await session.single(tx, OBSERVATION_TARGET, {
      graph,
      nodeId,
      documentId: observation.documentId,
    });
    if (target.nodeExists !== true) throw new NotFoundError('Node', nodeId);
    if (target.documentExists !== true) {
      throw new ValidationError(
        'documentId',
        `ukendt kildedokument / unknown source document '${observation.documentId}'`,
      );
    }
    await session.rows(tx, APPEND_OBSERVATION, {
      graph,
      nodeId,
      observation: observationWithoutSeq(graph, observation),
    });
    const [record] = await nodesByIds(session, tx, [nodeId]);
    if (!record) throw new NotFoundError('Node', nodeId);
    // The append may end the span before it, or begin a new run: the node's spans, recomputed.
    await session.rows(tx, SET_STATUS_SPANS, { graph, rows: statusSpanRows(nodeId, record.statusHistory) });
    // The new status text is searchable from the same commit.
    await session.rows(tx, SET_SEARCH_TEXT, { graph, nodeId, searchText: candidateText(record) });
    return record;
  });
}

function validateObservation(observation: Omit<StatusObservation, 'seq'>): void {
  if (!Object.hasOwn(STATUS_CODES, observation.code)) {
    throw new ValidationError('code', `ukendt statuskode / unknown status code '${observation.code}'`);
  }
  if (!(OBSERVATION_KINDS as readonly string[]).includes(observation.kind)) {
    throw new ValidationError('kind', `ukendt observationstype / unknown kind '${observation.kind}'`);
  }
  if (!PARTIAL_DATE_PATTERN.test(observation.date)) {
    throw new ValidationError('date', `'${observation.date}' er ikke ÅÅÅÅ[-MM[-DD]] / is not a partial date`);
  }
}

/** Nodes per transaction when `fillMissingStatusSpans` catches up. */
const SPAN_BATCH = 500;

/**
 * Gives spans to observations written before the store kept them (a database from an earlier
 * version), a batch of nodes per transaction; run at connect. Returns how many nodes it filled.
 * Nothing to do costs one scan of the partition's observations.
 */
export async function fillMissingStatusSpans(session: Neo4jSession): Promise<number> {
  const graph = session.config.graph;
  let filled = 0;
  for (;;) {
    const ids = await session.write(async (tx) => {
      const found = stringList(
        (await session.single(tx, NODES_WITHOUT_SPANS, { graph, limit: int(SPAN_BATCH) })).ids,
      );
      const records = await nodesByIds(session, tx, found);
      const rows = records.flatMap((record) => statusSpanRows(record.id, record.statusHistory));
      if (rows.length > 0) await session.rows(tx, SET_STATUS_SPANS, { graph, rows });
      return found;
    });
    filled += ids.length;
    if (ids.length < SPAN_BATCH) return filled;
  }
}

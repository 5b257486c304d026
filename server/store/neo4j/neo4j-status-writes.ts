/** Status observations: the one append a user makes, validated before it reaches Neo4j. */
import {
  OBSERVATION_KINDS,
  PARTIAL_DATE_PATTERN,
  STATUS_CODES,
  type GraphNodeRecord,
  type StatusObservation,
} from '../../../schema/domain.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { candidateText } from '../../search/search-text.js';
import { APPEND_OBSERVATION, OBSERVATION_TARGET, SET_SEARCH_TEXT } from './cypher.js';
import { nodesByIds } from './neo4j-node-queries.js';
import { observationWithoutSeq } from './neo4j-records.js';
import type { Neo4jSession } from './neo4j-session.js';

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

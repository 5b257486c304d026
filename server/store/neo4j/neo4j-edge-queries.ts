/** Edge reads with their sources: incident edges of a set of nodes, and edges among a set. */
import { RELATION_TYPES, type GraphEdgeRecord, type RelationType } from '../../../schema/domain.js';
import type { Direction } from '../graph-store.js';
import { EDGES_AMONG, incidentEdges } from './cypher.js';
import { edgeFromRow } from './neo4j-records.js';
import { FAR_FUTURE } from './neo4j-node-queries.js';
import type { Neo4jSession } from './neo4j-session.js';

export async function getEdges(
  session: Neo4jSession,
  ids: readonly string[],
  direction: Direction,
  types?: readonly RelationType[],
): Promise<GraphEdgeRecord[]> {
  if (ids.length === 0) return [];
  // As the embedded store: an empty type list means every type here.
  const statement = incidentEdges(types && types.length > 0 ? types : RELATION_TYPES);
  const rows = await session.read((tx) =>
    session.rows(tx, statement, { ids, graph: session.config.graph, direction }),
  );
  return rows.map(edgeFromRow);
}

/** Edges with both ends in `ids`; with `asOf`, only those that existed by then. */
export async function getEdgesAmong(
  session: Neo4jSession,
  ids: readonly string[],
  asOf?: string,
): Promise<GraphEdgeRecord[]> {
  if (ids.length === 0) return [];
  const rows = await session.read((tx) =>
    session.rows(tx, EDGES_AMONG, { ids, graph: session.config.graph, asOf: asOf ?? FAR_FUTURE }),
  );
  return rows.map(edgeFromRow);
}

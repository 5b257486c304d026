/**
 * Traversals run in Neo4j as Cypher: one hop (`expand`), bounded reach (`reachKeys`, and
 * `reach` over it) and shortest paths. Reach results use the store's interned key space.
 */
import { RELATION_TYPES, type RelationType } from '../../../schema/domain.js';
import { NodeKeyTable, toReachResult } from '../adjacency/keyed-reach.js';
import type { Direction, EdgeLite, KeyedReach, ReachResult } from '../graph-store.js';
import {
  EXISTING_NODE_IDS,
  incidentEdges,
  reachLevel,
  shortestPaths as shortestPathsStatement,
} from './cypher.js';
import { FAR_FUTURE, getNodes } from './neo4j-node-queries.js';
import { edgeLiteFromRow, pathEdgeFromMap, traversalEdgeFromMap } from './neo4j-records.js';
import { int, list, string, stringList, type Neo4jSession } from './neo4j-session.js';
import { reachByLevels } from './reach-by-levels.js';

export class Neo4jTraversal {
  /** The key space of `reachKeys`: ids are interned on first sight, for the store's life. */
  private readonly keys = new NodeKeyTable();

  constructor(private readonly session: Neo4jSession) {}

  async expand(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<EdgeLite[]> {
    // For traversals an empty type list crosses nothing (undefined crosses everything).
    if (ids.length === 0 || types?.length === 0) return [];
    const session = this.session;
    const statement = incidentEdges(types ?? RELATION_TYPES);
    const rows = await session.read((tx) =>
      session.rows(tx, statement, { ids, graph: session.config.graph, direction }),
    );
    return rows.map(edgeLiteFromRow);
  }

  async reach(
    seeds: readonly string[],
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: string,
  ): Promise<ReachResult> {
    return toReachResult(await this.reachKeys(seeds, direction, maxDepth, types, asOf));
  }

  async reachKeys(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: string,
  ): Promise<KeyedReach> {
    const session = this.session;
    const keys = this.keys;
    const seedIds =
      typeof seeds[0] === 'number'
        ? Array.from(seeds as Int32Array, (k) => keys.id(k))
        : (seeds as readonly string[]);
    const graph = session.config.graph;
    const level = reachLevel(types ?? RELATION_TYPES);
    return session.read((tx) =>
      reachByLevels(
        async (frontier, expand) => {
          if (!expand) {
            const row = await session.single(tx, EXISTING_NODE_IDS, { ids: frontier, graph });
            return stringList(row.ids).map((id) => ({ id, edges: [] }));
          }
          const rows = await session.rows(tx, level, {
            frontier,
            graph,
            direction,
            asOf: asOf ?? FAR_FUTURE,
          });
          return rows.map((row) => ({
            id: string(row.id),
            edges: list(row.edges).map(traversalEdgeFromMap),
          }));
        },
        seedIds,
        types?.length === 0 ? 0 : maxDepth,
        keys,
      ),
    );
  }

  async shortestPaths(
    from: string,
    to: string,
    options: { types?: readonly RelationType[]; maxDepth: number; maxPaths: number },
  ): Promise<EdgeLite[][]> {
    const session = this.session;
    if (options.maxPaths <= 0) return [];
    if (from === to) return (await getNodes(session, [from])).has(from) ? [[]] : [];
    if (options.maxDepth < 1 || options.types?.length === 0) return [];
    const statement = shortestPathsStatement(options.types ?? RELATION_TYPES, options.maxDepth);
    const rows = await session.read((tx) =>
      session.rows(tx, statement, { graph: session.config.graph, from, to, maxPaths: int(options.maxPaths) }),
    );
    return rows.map((row) => list(row.path).map(pathEdgeFromMap));
  }
}

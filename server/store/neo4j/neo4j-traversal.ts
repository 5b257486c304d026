/**
 * Traversals run in Neo4j as Cypher: one hop (`expand`), bounded reach (`reachKeys`, and
 * `reach` over it) and shortest paths. Reach results use the store's interned key space.
 */
import { RELATION_TYPES, type RelationType } from '../../../schema/domain.js';
import { NodeKeyTable, toReachResult } from '../adjacency/keyed-reach.js';
import type { Direction, EdgeLite, KeyedReach, ReachResult } from '../graph-store.js';
import {
  incidentEdges,
  MAX_TRAVERSAL_DEPTH,
  reachSubgraph,
  shortestPaths as shortestPathsStatement,
} from './cypher.js';
import { getNodes, nodesByIds } from './neo4j-node-queries.js';
import { edgeLiteFromRow, pathEdgeFromMap } from './neo4j-records.js';
import { int, integer, list, string, type Neo4jSession } from './neo4j-session.js';
import type { PlainValue } from './neo4j-values.js';

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
  ): Promise<ReachResult> {
    return toReachResult(await this.reachKeys(seeds, direction, maxDepth, types));
  }

  async reachKeys(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
  ): Promise<KeyedReach> {
    const session = this.session;
    const keys = this.keys;
    const seedIds =
      typeof seeds[0] === 'number'
        ? Array.from(seeds as Int32Array, (k) => keys.id(k))
        : (seeds as readonly string[]);
    const reached: number[] = [];
    const levelEnds: number[] = [];
    const edges: EdgeLite[] = [];
    const note = (id: string, depth: number): void => {
      while (levelEnds.length < depth) levelEnds.push(reached.length);
      reached.push(keys.intern(id));
    };
    if (seedIds.length > 0) {
      const graph = session.config.graph;
      if (maxDepth < 1 || types?.length === 0) {
        const found = await session.read((tx) => nodesByIds(session, tx, seedIds));
        const known = new Set(found.map((n) => n.id));
        for (const id of new Set(seedIds)) if (known.has(id)) note(id, 0);
      } else {
        // The impact engine asks for PART_OF trees "to any depth" (64 hops); the Cypher builder
        // takes at most MAX_TRAVERSAL_DEPTH, far deeper than any chain in the complex. Without
        // this, impact on Neo4j failed with BAD_USER_INPUT maxDepth.
        const statement = reachSubgraph(types ?? RELATION_TYPES, Math.min(maxDepth, MAX_TRAVERSAL_DEPTH));
        const row = await session.read((tx) =>
          session.single(tx, statement, { seeds: seedIds, graph, direction }),
        );
        for (const entry of list(row.reached)) {
          const { id, depth } = entry as { id: PlainValue; depth: PlainValue };
          note(string(id), integer(depth));
        }
        for (const map of list(row.edges)) edges.push(pathEdgeFromMap(map));
      }
    }
    if (reached.length > 0) levelEnds.push(reached.length);
    const edgeSource = new Int32Array(edges.length);
    const edgeTarget = new Int32Array(edges.length);
    const edgeType = new Uint8Array(edges.length);
    edges.forEach((edge, i) => {
      edgeSource[i] = keys.intern(edge.source);
      edgeTarget[i] = keys.intern(edge.target);
      edgeType[i] = RELATION_TYPES.indexOf(edge.type);
    });
    return {
      keys,
      nodes: Int32Array.from(reached),
      levelEnds,
      edgeSource,
      edgeTarget,
      edgeType,
      edgeProps: edges.map((edge) => (Object.keys(edge.props).length > 0 ? edge.props : undefined)),
    };
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

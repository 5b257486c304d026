/**
 * Breadth-first reach as Neo4j answers it: one `reachLevel` statement per level, all in one read
 * transaction. Neo4j does each level's expansion (an index seek per frontier node and its
 * relationships); this loop keeps the visited set and the next frontier, so only the reached
 * subgraph ever leaves the database.
 *
 * Why not one statement: Cypher 5 has no loop, and its shortest-path search runs once per seed
 * (an impact analysis passes thousands), costing seeds x reached; a variable-length pattern
 * cannot express "COUPLED_WITH both ways, the rest one way". Level by level costs what the
 * embedded BFS costs, plus one round trip per level (the reach's depth, not `maxDepth`).
 */
import { RELATION_TYPES } from '../../../schema/domain.js';
import type { NodeKeyTable } from '../adjacency/keyed-reach.js';
import type { EdgeLite, KeyedReach } from '../graph-store.js';

/** A frontier node that exists, with the edges it may cross (empty when not expanded). */
export interface FrontierNode {
  id: string;
  edges: readonly EdgeLite[];
}

/**
 * Runs one level: which of `frontier` exist, and (when `expand`) the edges each may cross.
 * Without `expand` only existence is asked (a reach of depth 0, or the last level).
 */
export type ExpandLevel = (frontier: readonly string[], expand: boolean) => Promise<FrontierNode[]>;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Nodes come level by level, each level sorted by id; edges in crossing order (level by level,
 * each level's new edges by id, each edge once). The last level is not expanded: the edges
 * among its nodes are not crossed, as in the embedded store.
 */
export async function reachByLevels(
  expandLevel: ExpandLevel,
  seeds: readonly string[],
  maxDepth: number,
  keys: NodeKeyTable,
): Promise<KeyedReach> {
  const visited = new Set<string>();
  const reached: number[] = [];
  const levelEnds: number[] = [];
  const edges: EdgeLite[] = [];
  const crossed = new Set<string>();
  let frontier = [...new Set(seeds)].sort();
  for (let depth = 0; frontier.length > 0; depth++) {
    const expand = depth < maxDepth;
    const rows = await expandLevel(frontier, expand);
    // Only the seeds can be unknown; every later frontier node was reached over an edge.
    const present = depth === 0 ? rows.map((row) => row.id).sort() : frontier;
    for (const id of present) {
      visited.add(id);
      reached.push(keys.intern(id));
    }
    if (present.length > 0) levelEnds.push(reached.length);
    if (!expand) break;
    const next = new Set<string>();
    const levelEdges: EdgeLite[] = [];
    for (const row of rows) {
      for (const edge of row.edges) {
        if (!crossed.has(edge.id)) {
          crossed.add(edge.id);
          levelEdges.push(edge);
        }
        const other = edge.source === row.id ? edge.target : edge.source;
        if (!visited.has(other)) next.add(other);
      }
    }
    edges.push(...levelEdges.sort(byId));
    frontier = [...next].sort();
  }
  return keyedReach(keys, reached, levelEnds, edges);
}

function keyedReach(
  keys: NodeKeyTable,
  reached: readonly number[],
  levelEnds: number[],
  edges: readonly EdgeLite[],
): KeyedReach {
  const edgeSource = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  const edgeType = new Uint8Array(edges.length);
  const typeCode = new Map(RELATION_TYPES.map((type, i) => [type, i]));
  edges.forEach((edge, i) => {
    edgeSource[i] = keys.intern(edge.source);
    edgeTarget[i] = keys.intern(edge.target);
    edgeType[i] = typeCode.get(edge.type) as number;
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

/**
 * Turning a `KeyedReach` back into the port's string form. Both adapters answer `reach` this
 * way, so `reach` and `reachKeys` cannot disagree.
 */
import { edgeId, RELATION_TYPES } from '../../../schema/domain.js';
import type { EdgeLite, KeyedReach, NodeKeys, ReachResult } from '../graph-store.js';

/** Edge `i` of `reach` as the port returns it (a fresh object with fresh props). */
export function keyedEdge(reach: KeyedReach, i: number): EdgeLite {
  const source = reach.keys.id(reach.edgeSource[i]);
  const target = reach.keys.id(reach.edgeTarget[i]);
  const type = RELATION_TYPES[reach.edgeType[i]];
  const props = reach.edgeProps[i];
  return { id: edgeId(source, type, target), type, source, target, props: props ? { ...props } : {} };
}

export function keyedEdges(reach: KeyedReach): EdgeLite[] {
  const edges = new Array<EdgeLite>(reach.edgeSource.length);
  for (let i = 0; i < edges.length; i++) edges[i] = keyedEdge(reach, i);
  return edges;
}

export function toReachResult(reach: KeyedReach): ReachResult {
  const depthById = new Map<string, number>();
  let depth = 0;
  for (let i = 0; i < reach.nodes.length; i++) {
    while (i >= reach.levelEnds[depth]) depth++;
    depthById.set(reach.keys.id(reach.nodes[i]), depth);
  }
  return { depthById, edges: keyedEdges(reach) };
}

/**
 * An append-only id ↔ key table, for a store whose database has no int keys of its own (Neo4j):
 * keys are handed out on first sight and never reused, so one table is one key space for the
 * store's life.
 */
export class NodeKeyTable implements NodeKeys {
  private readonly keys = new Map<string, number>();
  private readonly ids: string[] = [];

  get size(): number {
    return this.ids.length;
  }

  id(key: number): string {
    const id = this.ids[key];
    if (id === undefined) throw new RangeError(`no node key ${key}`);
    return id;
  }

  keyOf(id: string): number {
    return this.keys.get(id) ?? -1;
  }

  /** The key of `id`, handing out the next one when it is new. */
  intern(id: string): number {
    let key = this.keys.get(id);
    if (key === undefined) {
      key = this.ids.length;
      this.keys.set(id, key);
      this.ids.push(id);
    }
    return key;
  }
}

/** The engine's narrow view of a store, answered in the store's key space. */
import type { IsoDate, RelationType } from '../../../schema/domain.js';
import type { Direction, GraphStore, KeyedReach } from '../../store/graph-store.js';

/**
 * What the engine needs from a store: node records, and `reach`/`expand` answered in the
 * store's key space. `impactPort` makes one from any `GraphStore`.
 */
export interface ImpactPort {
  getNodes: GraphStore['getNodes'];
  reach(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
  ): Promise<KeyedReach>;
  expand(
    ids: readonly string[] | Int32Array,
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<KeyedReach>;
}

/**
 * The engine's port over a store: `reach` is `reachKeys`, `expand` is `reachKeys` at depth 1;
 * with `asOf`, the store leaves out what did not exist yet.
 */
export function impactPort(store: Pick<GraphStore, 'getNodes' | 'reachKeys'>, asOf?: IsoDate): ImpactPort {
  return {
    getNodes: (ids) => store.getNodes(ids),
    reach: (seeds, direction, maxDepth, types) => store.reachKeys(seeds, direction, maxDepth, types, asOf),
    expand: (ids, direction, types) => store.reachKeys(ids, direction, 1, types, asOf),
  };
}

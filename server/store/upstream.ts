/**
 * "Upstream of a node" (what it waits on, depends on or derives from, transitively, and the node
 * itself): one definition for the `graphChanged` subscription's scope and `changes(upstreamOf)`,
 * so a watcher hears about and reads exactly the same part of the graph.
 */
import type { RelationType } from '../../schema/domain.js';
import type { GraphStore } from './graph-store.js';

/** What "upstream" follows: the impact relations, out from the watched node. */
export const UPSTREAM_TYPES: readonly RelationType[] = ['AWAITS', 'DEPENDS_ON', 'DERIVES_FROM'];
/** Hops followed upstream; the seed's longest upstream chain is 3. */
export const UPSTREAM_DEPTH = 8;

/**
 * The nodes and everything upstream of any of them, in one traversal, over every relation known
 * (ended ones too: a relation that ended is itself a change the watcher should see).
 */
export async function upstreamIds(
  store: Pick<GraphStore, 'reach'>,
  nodeIds: readonly string[],
): Promise<string[]> {
  if (nodeIds.length === 0) return [];
  const reached = await store.reach(nodeIds, 'OUT', UPSTREAM_DEPTH, UPSTREAM_TYPES);
  return [...reached.depthById.keys()];
}

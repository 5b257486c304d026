/**
 * Per-request batching, so that a 500-node `graph` query with statuses, relations and sources
 * is a handful of store round trips, not one per node.
 */
import DataLoader from 'dataloader';
import type {
  GraphEdgeRecord,
  GraphNodeRecord,
  RelationType,
  SourceDocumentRecord,
} from '../../schema/domain.js';
import type { Direction, GraphStore } from '../store/graph-store.js';

export interface RelationKey {
  id: string;
  direction: Direction;
  types: readonly RelationType[] | undefined;
}

export interface Loaders {
  node: DataLoader<string, GraphNodeRecord | null>;
  relations: DataLoader<RelationKey, GraphEdgeRecord[], string>;
  /** Full edge records (with sources) by edge id, for edges that came from a traversal. */
  edge: DataLoader<string, GraphEdgeRecord | null>;
  documents: () => Promise<Map<string, SourceDocumentRecord>>;
  /** Stored versions (optimistic concurrency); undefined for an unknown id. */
  nodeVersion: DataLoader<string, number | undefined>;
  edgeVersion: DataLoader<string, number | undefined>;
}

/**
 * Batches dispatch on the next turn of the event loop, not in the same microtask run: a large
 * query then lets health checks and other requests in between its store round trips instead of
 * holding the process for its whole execution (the embedded store answers synchronously).
 */
const BATCH: { batchScheduleFn: (dispatch: () => void) => void } = {
  batchScheduleFn: (dispatch) => setImmediate(dispatch),
};

export function createLoaders(store: GraphStore): Loaders {
  let documents: Promise<Map<string, SourceDocumentRecord>> | undefined;
  return {
    node: new DataLoader(async (ids) => {
      const found = await store.getNodes(ids);
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH),
    relations: new DataLoader(
      async (keys) => {
        // One store call per distinct (direction, types) among the keys; each group's edges are
        // then handed to their nodes in one pass, not filtered once per node.
        const groups = new Map<string, RelationKey[]>();
        for (const key of keys) {
          const group = `${key.direction}|${key.types?.join(',') ?? '*'}`;
          const members = groups.get(group);
          if (members) members.push(key);
          else groups.set(group, [key]);
        }
        const results = new Map<string, GraphEdgeRecord[]>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { direction, types } = group[0] as RelationKey;
            const edges = await store.getEdges(
              group.map((k) => k.id),
              direction,
              types,
            );
            const byNode = edgesByNode(edges, direction);
            for (const key of group) results.set(relationCacheKey(key), byNode.get(key.id) ?? []);
          }),
        );
        return keys.map((key) => results.get(relationCacheKey(key)) ?? []);
      },
      { ...BATCH, cacheKeyFn: relationCacheKey },
    ),
    edge: new DataLoader(async (edgeIds) => {
      const sources = [...new Set(edgeIds.map((id) => id.split('|')[0] as string))];
      const edges = await store.getEdges(sources, 'BOTH');
      const byId = new Map(edges.map((e) => [e.id, e]));
      return edgeIds.map((id) => byId.get(id) ?? null);
    }, BATCH),
    nodeVersion: new DataLoader(async (ids) => {
      const { nodes } = await store.getVersions(ids, []);
      return ids.map((id) => nodes.get(id));
    }, BATCH),
    edgeVersion: new DataLoader(async (ids) => {
      const { edges } = await store.getVersions([], ids);
      return ids.map((id) => edges.get(id));
    }, BATCH),
    documents: () => {
      documents ??= store.getDocuments().then((list) => new Map(list.map((d) => [d.id, d])));
      return documents;
    },
  };
}

function relationCacheKey(key: RelationKey): string {
  return `${key.direction}|${key.types?.join(',') ?? '*'}|${key.id}`;
}

/**
 * Each node's edges in `direction`, in the store's order. COUPLED_WITH is symmetric, so it
 * belongs to both ends whatever the direction.
 */
function edgesByNode(
  edges: readonly GraphEdgeRecord[],
  direction: Direction,
): Map<string, GraphEdgeRecord[]> {
  const byNode = new Map<string, GraphEdgeRecord[]>();
  const add = (id: string, edge: GraphEdgeRecord): void => {
    const list = byNode.get(id);
    if (list) list.push(edge);
    else byNode.set(id, [edge]);
  };
  for (const edge of edges) {
    const both = direction === 'BOTH' || edge.type === 'COUPLED_WITH';
    const toSource = direction === 'OUT' || both;
    const toTarget = direction === 'IN' || both;
    if (toSource) add(edge.source, edge);
    // A self-loop is one relation of its node, not two.
    if (toTarget && !(toSource && edge.target === edge.source)) add(edge.target, edge);
  }
  return byNode;
}

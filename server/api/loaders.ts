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
}

export function createLoaders(store: GraphStore): Loaders {
  let documents: Promise<Map<string, SourceDocumentRecord>> | undefined;
  return {
    node: new DataLoader(async (ids) => {
      const found = await store.getNodes(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    relations: new DataLoader(
      async (keys) => {
        // One store call per distinct (direction, types) among the keys.
        const groups = new Map<string, RelationKey[]>();
        for (const key of keys) {
          const group = `${key.direction}|${key.types?.join(',') ?? '*'}`;
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const results = new Map<string, GraphEdgeRecord[]>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const first = group[0] as RelationKey;
            const edges = await store.getEdges(
              group.map((k) => k.id),
              first.direction,
              first.types,
            );
            for (const key of group) {
              results.set(
                relationCacheKey(key),
                edges.filter((e) => touches(e, key)),
              );
            }
          }),
        );
        return keys.map((key) => results.get(relationCacheKey(key)) ?? []);
      },
      { cacheKeyFn: relationCacheKey },
    ),
    edge: new DataLoader(async (edgeIds) => {
      const sources = [...new Set(edgeIds.map((id) => id.split('|')[0] as string))];
      const edges = await store.getEdges(sources, 'BOTH');
      const byId = new Map(edges.map((e) => [e.id, e]));
      return edgeIds.map((id) => byId.get(id) ?? null);
    }),
    documents: () => {
      documents ??= store.getDocuments().then((list) => new Map(list.map((d) => [d.id, d])));
      return documents;
    },
  };
}

function relationCacheKey(key: RelationKey): string {
  return `${key.direction}|${key.types?.join(',') ?? '*'}|${key.id}`;
}

/** Does this edge belong to the key's node in the key's direction (COUPLED_WITH both ways)? */
function touches(edge: GraphEdgeRecord, key: RelationKey): boolean {
  const symmetric = edge.type === 'COUPLED_WITH';
  const out = edge.source === key.id || (symmetric && edge.target === key.id);
  const into = edge.target === key.id || (symmetric && edge.source === key.id);
  return key.direction === 'OUT' ? out : key.direction === 'IN' ? into : out || into;
}

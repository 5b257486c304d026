/** An `ImpactPort` over a `GraphDocument` in memory: the adjacency index plus a node map, counting calls. */
import type { GraphDocument, GraphNodeRecord } from '../../schema/domain.js';
import type { ImpactPort } from '../../server/impact/engine/engine.js';
import { AdjacencyIndex } from '../../server/store/adjacency/adjacency-index.js';
import type { GraphStore } from '../../server/store/graph-store.js';

export interface CountingPort extends ImpactPort, Pick<GraphStore, 'getEdgesAmong'> {
  /** Port calls made so far, by method. */
  calls: string[];
}

export function memoryPort(doc: Pick<GraphDocument, 'nodes' | 'edges'>): CountingPort {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const index = AdjacencyIndex.build(doc.edges, nodes.keys());
  const calls: string[] = [];
  return {
    calls,
    async getNodes(ids) {
      calls.push('getNodes');
      const found = new Map<string, GraphNodeRecord>();
      for (const id of ids) {
        const node = nodes.get(id);
        if (node) found.set(id, node);
      }
      return found;
    },
    async expand(ids, direction, types) {
      calls.push('expand');
      return index.reachKeys(ids, direction, 1, types);
    },
    async reach(seeds, direction, maxDepth, types) {
      calls.push('reach');
      return index.reachKeys(seeds, direction, maxDepth, types);
    },
    async getEdgesAmong(ids) {
      calls.push('getEdgesAmong');
      const wanted = new Set(ids);
      return doc.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target));
    },
  };
}

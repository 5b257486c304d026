/**
 * Filters that keep their context. A filter narrows the graph to its matches, but a match alone
 * often cannot be read: "awaiting national work" without the reforms awaited is nine dots, and a
 * body's filter without the body hides who owns the matches. So the filtered graph gets back,
 * from the whole graph, what explains it, marked as context (drawn secondary):
 * - under the awaiting filter, what the matches AWAIT (and the reform an awaited element is part
 *   of), with the AWAITS edges;
 * - under a body filter, the body itself with its RESPONSIBLE edges to what it owns.
 * Source documents are left out of the canvas unless asked for (`docs`), or filtered for.
 */
import type { CanvasEdge, CanvasNode } from '../graph/graph-elements.js';
import type { NodeLabel } from '../../shared/domain.js';

export interface Graph {
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
}

export interface ContextOptions {
  awaiting: boolean;
  body: string | null;
  /** Draw source documents. */
  docs: boolean;
  /** Labels filtered for: asking for SourceDocument shows them whatever `docs` says. */
  labels: readonly NodeLabel[];
}

export interface GraphWithContext extends Graph {
  /** Ids of the nodes and edges added as context, not matches. */
  context: ReadonlySet<string>;
}

/** Kinds an awaited element belongs to, whose parent reform explains it. */
const NATIONAL_PARENTS: ReadonlySet<NodeLabel> = new Set(['NationalReform', 'NationalPlan']);

export function withFilterContext(
  filtered: Graph,
  whole: Graph | null,
  options: ContextOptions,
): GraphWithContext {
  const nodes = new Map(filtered.nodes.map((node) => [node.id, node]));
  const edges = new Map(filtered.edges.map((edge) => [edge.id, edge]));
  const context = new Set<string>();
  if (whole) {
    const byId = new Map(whole.nodes.map((node) => [node.id, node]));
    const addNode = (id: string): void => {
      const node = byId.get(id);
      if (node && !nodes.has(id)) {
        nodes.set(id, node);
        context.add(id);
      }
    };
    const addEdge = (edge: CanvasEdge): void => {
      if (!edges.has(edge.id)) {
        edges.set(edge.id, edge);
        context.add(edge.id);
      }
    };
    if (options.awaiting) {
      const matched = new Set(filtered.nodes.map((node) => node.id));
      const awaited = new Set<string>();
      for (const edge of whole.edges) {
        if (edge.type === 'AWAITS' && matched.has(edge.source)) {
          addNode(edge.target);
          addEdge(edge);
          awaited.add(edge.target);
        }
      }
      for (const edge of whole.edges) {
        const parent = byId.get(edge.target);
        if (
          edge.type === 'PART_OF' &&
          awaited.has(edge.source) &&
          parent &&
          NATIONAL_PARENTS.has(parent.label)
        ) {
          addNode(edge.target);
          addEdge(edge);
        }
      }
    }
    if (options.body) {
      addNode(options.body);
      for (const edge of whole.edges) {
        const touches = edge.source === options.body || edge.target === options.body;
        if (touches && nodes.has(edge.source) && nodes.has(edge.target)) addEdge(edge);
      }
      // The body is the subject of its own filter, not context.
      context.delete(options.body);
    }
  }
  if (!options.docs && !options.labels.includes('SourceDocument')) {
    for (const [id, node] of nodes) if (node.label === 'SourceDocument') nodes.delete(id);
  }
  const kept = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  return { nodes: [...nodes.values()], edges: kept, context };
}

/** What each node awaits, by name: the list's "Venter på" column. */
export function awaitedNames(whole: Graph, name: (node: CanvasNode) => string): Map<string, string[]> {
  const byId = new Map(whole.nodes.map((node) => [node.id, node]));
  const result = new Map<string, string[]>();
  for (const edge of whole.edges) {
    if (edge.type !== 'AWAITS') continue;
    const target = byId.get(edge.target);
    if (!target) continue;
    const list = result.get(edge.source);
    if (list) list.push(name(target));
    else result.set(edge.source, [name(target)]);
  }
  return result;
}

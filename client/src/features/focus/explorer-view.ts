/**
 * What the canvas shows and how it is decorated, as a pure function of the server data and the
 * view: the filtered graph, narrowed or dimmed by focus, highlighted by impact, with one impact
 * path drawn on top.
 */
import type { CanvasEdge, CanvasNode } from '../graph/graph-elements.js';
import type { ImpactClass } from '../graph/graph-style.js';
import type { DecorationClass } from '../graph/use-graph-styles.js';
import type { FocusMode } from '../../shared/url-state.js';
import type { RelationType } from '../../shared/domain.js';

export interface Subgraph {
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
}

export interface PathEdge {
  source: string;
  target: string;
  type: RelationType;
}

export interface ImpactHighlight {
  changedId: string;
  affected: readonly {
    node: CanvasNode;
    classification: ImpactClass;
    paths: readonly (readonly PathEdge[])[];
  }[];
}

export interface ExplorerViewInput {
  graph: Subgraph;
  /** The focus neighbourhood, when focus is on and loaded. */
  focus: { rootId: string; subgraph: Subgraph; mode: FocusMode; expand: readonly string[] } | null;
  impact: ImpactHighlight | null;
  /** The impact path picked in the list. */
  path: readonly PathEdge[] | null;
}

export interface ExplorerView {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  decorations: Map<string, DecorationClass[]>;
}

/** The id the store gives an edge (`schema/domain.ts` `edgeId`). */
export function pathEdgeId(edge: PathEdge): string {
  return `${edge.source}|${edge.type}|${edge.target}`;
}

function addDecoration(map: Map<string, DecorationClass[]>, id: string, name: DecorationClass): void {
  const list = map.get(id);
  if (!list) map.set(id, [name]);
  else if (!list.includes(name)) list.push(name);
}

export function buildExplorerView({ graph, focus, impact, path }: ExplorerViewInput): ExplorerView {
  const nodes = new Map<string, CanvasNode>();
  const edges = new Map<string, CanvasEdge>();
  const decorations = new Map<string, DecorationClass[]>();

  if (focus && focus.mode === 'only') {
    for (const node of focus.subgraph.nodes) nodes.set(node.id, node);
    for (const edge of focus.subgraph.edges) edges.set(edge.id, edge);
    // Expanded nodes bring their neighbours from the whole (filtered) graph.
    const expand = new Set(focus.expand.filter((id) => nodes.has(id)));
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    for (const edge of graph.edges) {
      const from = expand.has(edge.source) ? edge.target : expand.has(edge.target) ? edge.source : null;
      const other = from === null ? undefined : byId.get(from);
      if (other) nodes.set(other.id, other);
    }
    for (const edge of graph.edges) {
      if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
    }
  } else {
    for (const node of graph.nodes) nodes.set(node.id, node);
    for (const edge of graph.edges) edges.set(edge.id, edge);
    if (focus) {
      for (const node of focus.subgraph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
      for (const edge of focus.subgraph.edges) edges.set(edge.id, edge);
      const inFocus = new Set(focus.subgraph.nodes.map((node) => node.id));
      const focusEdges = new Set(focus.subgraph.edges.map((edge) => edge.id));
      for (const id of nodes.keys()) if (!inFocus.has(id)) addDecoration(decorations, id, 'dimmed');
      for (const id of edges.keys()) if (!focusEdges.has(id)) addDecoration(decorations, id, 'dimmed');
    }
  }
  if (focus) addDecoration(decorations, focus.rootId, 'focus-root');

  if (impact) {
    const lit = new Set<string>([impact.changedId]);
    const litEdges = new Set<string>();
    for (const entry of impact.affected) {
      if (!nodes.has(entry.node.id)) nodes.set(entry.node.id, entry.node);
      lit.add(entry.node.id);
      addDecoration(decorations, entry.node.id, `impact-${entry.classification}`);
      for (const steps of entry.paths) {
        for (const step of steps) {
          const id = pathEdgeId(step);
          litEdges.add(id);
          if (!edges.has(id) && nodes.has(step.source) && nodes.has(step.target)) {
            edges.set(id, { id, type: step.type, source: step.source, target: step.target });
          }
        }
      }
    }
    addDecoration(decorations, impact.changedId, 'impact-changed');
    for (const id of nodes.keys()) if (!lit.has(id)) addDecoration(decorations, id, 'dimmed');
    for (const id of edges.keys()) if (!litEdges.has(id)) addDecoration(decorations, id, 'dimmed');
  }

  if (path) {
    for (const step of path) {
      const id = pathEdgeId(step);
      for (const element of [id, step.source, step.target]) {
        addDecoration(decorations, element, 'path');
        const list = decorations.get(element);
        if (list)
          decorations.set(
            element,
            list.filter((name) => name !== 'dimmed'),
          );
      }
    }
  }

  return { nodes: [...nodes.values()], edges: [...edges.values()], decorations };
}

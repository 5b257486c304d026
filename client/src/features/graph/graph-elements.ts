/** From API shapes to Cytoscape element data: the only place that knows both. */
import type { ElementDefinition } from 'cytoscape';
import type { NodeLabel, RelationType, StatusFamily } from '../../shared/domain.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import { shortLabels } from './short-label.js';

/** The node fields the canvas draws (the `CanvasNode` fragment, or anything with them). */
export interface CanvasNode {
  id: string;
  label: NodeLabel;
  kind: string;
  nameDa: string;
  nameEn: string | null;
  statusFamily: StatusFamily;
  status: { code: string; labelDa: string; labelEn: string; date: string } | null;
  /** The chair's latest recommendation (indstilling), where the query asked for it. */
  recommendation?: { code: string; labelDa: string; labelEn: string; date: string } | null;
}

export interface CanvasEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
}

export interface NodeElementData {
  id: string;
  /** The short label drawn under the node (`short-label.ts`). */
  name: string;
  /** The whole name, for the tooltip. */
  fullName: string;
  nodeLabel: NodeLabel;
  kind: string;
  family: StatusFamily;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
}

/** The name in the chosen language; English falls back to Danish where the source has none. */
export function displayName(node: { nameDa: string; nameEn: string | null }, lang: Lang): string {
  return lang === 'en' && node.nameEn ? node.nameEn : node.nameDa;
}

export function toNodeData(nodes: readonly CanvasNode[], lang: Lang): NodeElementData[] {
  const short = shortLabels(
    nodes.map((node) => ({ id: node.id, label: node.label, kind: node.kind, name: displayName(node, lang) })),
  );
  return nodes.map((node) => {
    const fullName = displayName(node, lang);
    return {
      id: node.id,
      name: short.get(node.id) ?? fullName,
      fullName,
      nodeLabel: node.label,
      kind: node.kind,
      family: node.statusFamily,
    };
  });
}

/** Edges whose two ends are drawn; an edge to a hidden node would make Cytoscape throw. */
export function toEdgeData(edges: readonly CanvasEdge[], nodeIds: ReadonlySet<string>): EdgeElementData[] {
  const seen = new Set<string>();
  const result: EdgeElementData[] = [];
  for (const edge of edges) {
    if (seen.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    seen.add(edge.id);
    result.push({ id: edge.id, source: edge.source, target: edge.target, type: edge.type });
  }
  return result;
}

export function toElementDefinitions(
  nodes: readonly NodeElementData[],
  edges: readonly EdgeElementData[],
): ElementDefinition[] {
  return [
    ...nodes.map((data): ElementDefinition => ({ group: 'nodes', data: { ...data } })),
    ...edges.map((data): ElementDefinition => ({ group: 'edges', data: { ...data } })),
  ];
}

/** A short fingerprint of which elements exist (not of their data): layouts rerun when it changes. */
export function structureKey(nodes: readonly { id: string }[], edges: readonly { id: string }[]): string {
  let hash = 0x811c9dc5;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x7c;
  };
  for (const node of nodes) feed(node.id);
  feed('|');
  for (const edge of edges) feed(edge.id);
  return `${nodes.length}:${edges.length}:${(hash >>> 0).toString(16)}`;
}

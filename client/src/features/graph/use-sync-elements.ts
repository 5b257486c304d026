/** Keeps the core's elements equal to the given data: removes, adds and updates in one batch. */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect } from 'react';
import type { EdgeElementData, NodeElementData } from './graph-elements.js';

export function syncElements(
  cy: Core,
  nodes: readonly NodeElementData[],
  edges: readonly EdgeElementData[],
): void {
  const wantNodes = new Map(nodes.map((node) => [node.id, node]));
  const wantEdges = new Map(edges.map((edge) => [edge.id, edge]));
  cy.batch(() => {
    const stale = cy
      .elements()
      .filter((element) => (element.isNode() ? !wantNodes.has(element.id()) : !wantEdges.has(element.id())));
    cy.remove(stale);
    const added: ElementDefinition[] = [];
    for (const node of nodes) {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) existing.data({ ...node });
      else added.push({ group: 'nodes', data: { ...node } });
    }
    for (const edge of edges) {
      if (cy.getElementById(edge.id).empty()) added.push({ group: 'edges', data: { ...edge } });
    }
    if (added.length > 0) cy.add(added);
  });
}

export function useSyncElements(
  cy: Core | null,
  nodes: readonly NodeElementData[],
  edges: readonly EdgeElementData[],
): void {
  useEffect(() => {
    if (cy) syncElements(cy, nodes, edges);
  }, [cy, nodes, edges]);
}

/**
 * The graph canvas: Cytoscape behind single-purpose hooks. It draws what it is given and reports
 * taps; it owns no data and no view state.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import type { LayoutName } from '../../shared/url-state.js';
import type { EdgeElementData, NodeElementData } from './graph-elements.js';
import { structureKey } from './graph-elements.js';
import { LARGE_GRAPH_ELEMENTS } from './graph-stylesheet.js';
import type { Point } from './layered-layout.js';
import { useCytoscapeInit } from './use-cytoscape-init.js';
import { useGraphDecorations, useGraphStyles } from './use-graph-styles.js';
import type { DecorationClass } from './use-graph-styles.js';
import { useRunLayout } from './use-run-layout.js';
import { useSyncElements } from './use-sync-elements.js';

export interface GraphCanvasProps {
  nodes: readonly NodeElementData[];
  edges: readonly EdgeElementData[];
  positions: ReadonlyMap<string, Point>;
  layout: LayoutName;
  webgl: boolean;
  selectedId: string | null;
  decorations: ReadonlyMap<string, readonly DecorationClass[]>;
  label: string;
  onSelect: (id: string) => void;
  onToggleExpand?: (id: string) => void;
  onCore?: (cy: Core | null) => void;
  onLayoutBusy?: (busy: boolean) => void;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { nodes, edges, positions, layout, webgl, selectedId, decorations, label } = props;
  const container = useRef<HTMLDivElement>(null);
  const large = nodes.length + edges.length > LARGE_GRAPH_ELEMENTS;
  const cy = useCytoscapeInit(container, { webgl, large });
  const structure = useMemo(() => structureKey(nodes, edges), [nodes, edges]);

  useGraphStyles(cy, large);
  useSyncElements(cy, nodes, edges);
  useRunLayout(cy, { layout, positions, structure, onBusyChange: props.onLayoutBusy });
  useGraphDecorations(cy, decorations, selectedId, structure);

  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    if (!cy) return undefined;
    const onTap = (event: EventObject): void => handlers.current.onSelect(event.target.id());
    const onDoubleTap = (event: EventObject): void => handlers.current.onToggleExpand?.(event.target.id());
    cy.on('tap', 'node', onTap);
    cy.on('dbltap', 'node', onDoubleTap);
    handlers.current.onCore?.(cy);
    return () => {
      cy.off('tap', 'node', onTap);
      cy.off('dbltap', 'node', onDoubleTap);
      handlers.current.onCore?.(null);
    };
  }, [cy]);

  // Bring the selection into view when it changes (search, deep link, list, impact entry).
  useEffect(() => {
    if (!cy || !selectedId) return;
    const node = cy.getElementById(selectedId);
    if (node.empty()) return;
    const extent = cy.extent();
    const { x, y } = node.position();
    if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2 || cy.zoom() < 0.5) {
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 250 });
    }
  }, [cy, selectedId, structure]);

  return (
    <div ref={container} className="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" />
  );
}

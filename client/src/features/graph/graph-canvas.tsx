/**
 * The graph canvas: Cytoscape behind single-purpose hooks. It draws what it is given and reports
 * taps; it owns no data and no view state.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { LayoutName } from '../../shared/url-state.js';
import type { EdgeElementData, NodeElementData } from './graph-elements.js';
import { structureKey } from './graph-elements.js';
import { coveredBottom, fitNodes } from './fit-nodes.js';
import { LARGE_GRAPH_ELEMENTS } from './graph-stylesheet.js';
import type { Point, TierBand } from './layered-layout.js';
import { TierOverlay } from './tier-overlay.js';
import { useCytoscapeInit } from './use-cytoscape-init.js';
import { useGraphDecorations, useGraphStyles } from './use-graph-styles.js';
import type { DecorationClass } from './use-graph-styles.js';
import { tierGutter, useRunLayout } from './use-run-layout.js';
import { useSyncElements } from './use-sync-elements.js';
import './graph.css';

export interface GraphCanvasProps {
  nodes: readonly NodeElementData[];
  edges: readonly EdgeElementData[];
  positions: ReadonlyMap<string, Point>;
  layout: LayoutName;
  webgl: boolean;
  selectedId: string | null;
  decorations: ReadonlyMap<string, readonly DecorationClass[]>;
  /** Nodes to bring into view when this set changes (the impact set, the focus set). */
  fitTo: readonly string[] | null;
  /** Named tiers drawn behind the layered picture (empty for the force layout). */
  tiers: readonly TierBand[];
  label: string;
  onSelect: (id: string) => void;
  onToggleExpand?: (id: string) => void;
  /** Right-click or long-press on a node, at its rendered position on the canvas. */
  onContextMenu?: (id: string, position: { x: number; y: number }) => void;
  onCore?: (cy: Core | null) => void;
  /** What may lie over the canvas's lower part (the details sheet on a phone), for fitting. */
  coverRef?: RefObject<HTMLElement | null>;
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
  const [hover, setHover] = useState<{ name: string; x: number; y: number } | null>(null);

  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    if (!cy) return undefined;
    const onTap = (event: EventObject): void => handlers.current.onSelect(event.target.id());
    const onDoubleTap = (event: EventObject): void => handlers.current.onToggleExpand?.(event.target.id());
    // The whole name on hover: the canvas draws the short label.
    const onOver = (event: EventObject): void => {
      const node = event.target;
      const box = node.renderedBoundingBox({ includeLabels: false });
      setHover({ name: String(node.data('fullName')), x: (box.x1 + box.x2) / 2, y: box.y1 });
    };
    const onOut = (): void => setHover(null);
    const onContext = (event: EventObject): void =>
      handlers.current.onContextMenu?.(event.target.id(), event.renderedPosition);
    cy.on('tap', 'node', onTap);
    cy.on('dbltap', 'node', onDoubleTap);
    cy.on('cxttap', 'node', onContext);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    cy.on('viewport', onOut);
    handlers.current.onCore?.(cy);
    return () => {
      cy.off('tap', 'node', onTap);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('viewport', onOut);
      cy.off('cxttap', 'node', onContext);
      handlers.current.onCore?.(null);
    };
  }, [cy]);

  const fitKey = props.fitTo ? [...props.fitTo].sort().join(' ') : '';
  useEffect(() => {
    if (!cy || fitKey === '') return;
    let nodes = cy.collection();
    for (const id of fitKey.split(' ')) nodes = nodes.union(cy.getElementById(id));
    if (nodes.empty()) return;
    // A running animation (bringing the selection into view) would move the view on afterwards.
    cy.stop(true);
    const canvas = container.current;
    const cover = handlers.current.coverRef?.current ?? null;
    fitNodes(cy, nodes, {
      padding: 40,
      maxZoom: 1.3,
      bottomInset: canvas ? coveredBottom(canvas, cover) : 0,
      // The layered picture's tier names sit in a column on the left.
      leftInset: handlers.current.tiers.length > 0 ? tierGutter(cy.width()) : 0,
    });
  }, [cy, fitKey, structure]);

  // Bring the selection into view when it changes (search, deep link, list, impact entry).
  useEffect(() => {
    if (!cy || !selectedId) return;
    const node = cy.getElementById(selectedId);
    if (node.empty()) return;
    const extent = cy.extent();
    const { x, y } = node.position();
    const outside = x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2;
    // With a fitted set on screen (impact, focus, path) the selection only has to be visible;
    // otherwise it is also brought close enough to read.
    if (outside || (fitKey === '' && cy.zoom() < 0.5)) {
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 250 });
    }
  }, [cy, selectedId, structure, fitKey]);

  return (
    <div className="graph-stage">
      <TierOverlay cy={cy} bands={props.tiers} />
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={label}
        data-testid="graph-canvas"
      />
      {hover && (
        <div
          className="graph-tooltip"
          role="tooltip"
          data-testid="graph-tooltip"
          style={{ transform: `translate(${hover.x}px, ${hover.y}px)` }}
        >
          {hover.name}
        </div>
      )}
    </div>
  );
}

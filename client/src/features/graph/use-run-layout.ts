/**
 * Places the nodes: layered positions (computed, instant) or the force layout (from the worker).
 * Runs when the set of elements or the layout changes, not when only data or classes change, so
 * an as-of change recolours in place without moving anything.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { LayoutName } from '../../shared/url-state.js';
import { computeForceLayout } from './force-layout.js';
import type { Point } from './layered-layout.js';

export interface RunLayoutOptions {
  layout: LayoutName;
  /** Layered positions for the current elements. */
  positions: ReadonlyMap<string, Point>;
  /** Changes exactly when elements come or go. */
  structure: string;
  onBusyChange?: (busy: boolean) => void;
}

/** Model units around the outermost node centres that their labels take. */
const LABEL_MARGIN = { side: 60, top: 30, bottom: 60 } as const;

/**
 * Fits the viewport to the given positions. `cy.fit()` would measure every label for the
 * bounding box, which is most of the first-draw time of a big graph.
 */
export function fitToPositions(
  cy: Core,
  positions: ReadonlyMap<string, Point>,
  padding = 40,
  /** Screen pixels kept free on the left (the tier names of the layered picture). */
  leftGutter = 0,
): void {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  cy.nodes().forEach((node) => {
    const point = positions.get(node.id()) ?? node.position();
    x1 = Math.min(x1, point.x);
    y1 = Math.min(y1, point.y);
    x2 = Math.max(x2, point.x);
    y2 = Math.max(y2, point.y);
  });
  if (!Number.isFinite(x1)) return;
  // Room for the outer nodes' labels: half a label's width to the sides, three lines below.
  x1 -= LABEL_MARGIN.side;
  x2 += LABEL_MARGIN.side;
  y1 -= LABEL_MARGIN.top;
  y2 += LABEL_MARGIN.bottom;
  const width = cy.width() - 2 * padding - leftGutter;
  const height = cy.height() - 2 * padding;
  const byHeight = height / Math.max(1, y2 - y1);
  const byWidth = width / Math.max(1, x2 - x1);
  // On a portrait screen (a phone) fitting the width would shrink a wide complex to specks: fit
  // the height instead, start at the left edge, and let the user pan sideways on the canvas.
  const portrait = cy.height() > cy.width() && byWidth < byHeight;
  // A lone node or a single row would otherwise zoom in to the maximum.
  const zoom = Math.min(1.6, Math.max(cy.minZoom(), portrait ? byHeight : Math.min(byWidth, byHeight)));
  cy.viewport({
    zoom,
    pan: {
      x: portrait
        ? leftGutter + padding - zoom * x1
        : leftGutter + (cy.width() - leftGutter) / 2 - zoom * ((x1 + x2) / 2),
      y: cy.height() / 2 - zoom * ((y1 + y2) / 2),
    },
  });
}

/** Room for the tier names left of the layered picture: a fixed column, narrower on a phone. */
export function tierGutter(canvasWidth: number): number {
  return Math.round(Math.min(150, canvasWidth * 0.3));
}

function place(cy: Core, positions: ReadonlyMap<string, Point>, gutter: boolean): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const point = positions.get(node.id());
      if (point) node.position({ x: point.x, y: point.y });
    });
  });
  fitToPositions(cy, positions, 40, gutter ? tierGutter(cy.width()) : 0);
}

export function useRunLayout(
  cy: Core | null,
  { layout, positions, structure, onBusyChange }: RunLayoutOptions,
): void {
  // The latest positions are read at run time: they change identity with the data, but the layout
  // only has to rerun when `structure` does.
  const positionsRef = useRef(positions);
  const busyRef = useRef(onBusyChange);
  useEffect(() => {
    positionsRef.current = positions;
    busyRef.current = onBusyChange;
  });

  useEffect(() => {
    if (!cy) return undefined;
    const layered = positionsRef.current;
    place(cy, layered, layout === 'layered');
    if (layout !== 'force' || cy.nodes().length === 0) return undefined;
    const controller = new AbortController();
    busyRef.current?.(true);
    computeForceLayout(
      {
        nodes: cy.nodes().map((node) => ({ id: node.id(), ...(layered.get(node.id()) ?? node.position()) })),
        edges: cy
          .edges()
          .map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
      },
      controller.signal,
    )
      .then((forced) => {
        if (!controller.signal.aborted && !cy.destroyed()) place(cy, forced, false);
      })
      .catch((error: unknown) => {
        // The layered picture stays; the failure is reported, not swallowed.
        console.warn(error);
      })
      .finally(() => {
        if (!controller.signal.aborted) busyRef.current?.(false);
      });
    return () => {
      controller.abort();
      busyRef.current?.(false);
    };
  }, [cy, layout, structure]);
}

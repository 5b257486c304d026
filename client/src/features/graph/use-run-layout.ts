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

function place(cy: Core, positions: ReadonlyMap<string, Point>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const point = positions.get(node.id());
      if (point) node.position({ x: point.x, y: point.y });
    });
  });
  cy.fit(undefined, 30);
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
    place(cy, layered);
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
        if (!controller.signal.aborted && !cy.destroyed()) place(cy, forced);
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

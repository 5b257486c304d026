/**
 * Brings a set of nodes (the found path, the impact set, the focus) into the part of the canvas
 * the user can see. On a phone the details sheet lies over the lower part of the canvas, and a
 * plain `cy.fit` would put half of a found path under it.
 */
import type { Core, NodeCollection } from 'cytoscape';

/** Screen pixels at the bottom of the canvas that something lies over (a bottom sheet). */
export function coveredBottom(canvas: HTMLElement, cover: HTMLElement | null): number {
  if (!cover) return 0;
  const area = canvas.getBoundingClientRect();
  const sheet = cover.getBoundingClientRect();
  const overlapWidth = Math.min(area.right, sheet.right) - Math.max(area.left, sheet.left);
  // Only a sheet across (most of) the canvas from below counts; a panel beside it does not.
  if (sheet.height === 0 || overlapWidth < area.width * 0.8 || sheet.top <= area.top) return 0;
  return Math.max(0, area.bottom - sheet.top);
}

export interface FitOptions {
  padding: number;
  /** A small set would otherwise fill the screen with three giant nodes. */
  maxZoom: number;
  /** Screen pixels at the bottom to keep the nodes out of. */
  bottomInset: number;
  /** Screen pixels on the left to keep the nodes out of (the tier names of the layered picture). */
  leftInset: number;
}

/** Zooms and pans so that `nodes` (with their labels) fill the visible part of the canvas. */
export function fitNodes(
  cy: Core,
  nodes: NodeCollection,
  { padding, maxZoom, bottomInset, leftInset }: FitOptions,
): void {
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeLabels: true });
  const width = cy.width() - leftInset - 2 * padding;
  // A sheet over nearly all of the canvas leaves nothing to fit into: then keep a strip.
  const visibleHeight = Math.max(Math.min(cy.height(), 120), cy.height() - bottomInset);
  const height = visibleHeight - 2 * padding;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(maxZoom, width / Math.max(1, box.w), height / Math.max(1, box.h)),
  );
  cy.viewport({
    zoom,
    pan: {
      x: leftInset + (cy.width() - leftInset) / 2 - zoom * ((box.x1 + box.x2) / 2),
      y: visibleHeight / 2 - zoom * ((box.y1 + box.y2) / 2),
    },
  });
}

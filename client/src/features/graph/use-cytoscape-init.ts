/** Creates the Cytoscape core in a container and destroys it on unmount or renderer change. */
import cytoscape from 'cytoscape';
import type { CytoscapeOptions, Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface CytoscapeInitOptions {
  /** Cytoscape's WebGL renderer (3.31+): much faster above a few thousand elements. */
  webgl: boolean;
  /** Performance mode: texture and hide edges while the viewport moves. */
  large: boolean;
}

declare global {
  interface Window {
    /** The live core, for the browser console and the end-to-end tests. */
    __aftalegrafCy?: Core;
  }
}

export const WHEEL_SENSITIVITY = 4;

/**
 * Renderer options for a canvas of this size; shared with the benchmark so that it measures
 * exactly what users get.
 */
export function coreOptions({ webgl, large }: CytoscapeInitOptions): CytoscapeOptions {
  return {
    webgl,
    hideEdgesOnViewport: large,
    hideLabelsOnViewport: large,
    // While the user drags or wheel-zooms, the 2D canvas shows a snapshot of the picture instead
    // of redrawing every element (at any size: at 1,000 nodes a full redraw takes longer than a
    // frame). The WebGL renderer draws from its own atlas and has no use for it.
    textureOnViewport: !webgl,
    pixelRatio: large ? 1 : 'auto',
    minZoom: 0.02,
    maxZoom: 4,
    // Cytoscape treats a mouse (wheel steps of 100) as an "inaccurate" device and zooms about 3 %
    // a notch; 4 makes it about 12 %, what map and diagram tools do.
    wheelSensitivity: WHEEL_SENSITIVITY,
    boxSelectionEnabled: false,
    selectionType: 'single',
  };
}

export function useCytoscapeInit(
  container: RefObject<HTMLDivElement | null>,
  { webgl, large }: CytoscapeInitOptions,
): Core | null {
  const [core, setCore] = useState<Core | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const cy = cytoscape({ container: element, ...coreOptions({ webgl, large }) });
    window.__aftalegrafCy = cy;
    setCore(cy);
    return () => {
      setCore(null);
      if (window.__aftalegrafCy === cy) delete window.__aftalegrafCy;
      cy.destroy();
    };
  }, [container, webgl, large]);
  return core;
}

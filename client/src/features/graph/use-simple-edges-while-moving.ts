/**
 * Simpler edges while the viewport moves: dashed and dotted strokes and arrow heads cost the 2D
 * canvas about twice a plain line on every frame, so during a pan or zoom every edge is drawn as
 * a plain straight line (colour and width still tell the families apart) and the full look comes
 * back 180 ms after the last move. Performance mode (`large`) draws plain lines all the time.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';

export const MOVING_CLASS = 'moving';
const SETTLE_MS = 180;

/** Installs the behaviour on a core; returns the uninstaller. Shared with the benchmark. */
export function simplifyEdgesWhileMoving(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let moving = false;
  const settle = (): void => {
    timer = null;
    moving = false;
    if (!cy.destroyed()) cy.edges().removeClass(MOVING_CLASS);
  };
  const onViewport = (): void => {
    if (!moving) {
      moving = true;
      cy.edges().addClass(MOVING_CLASS);
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(settle, SETTLE_MS);
  };
  cy.on('viewport', onViewport);
  return () => {
    cy.off('viewport', onViewport);
    if (timer) clearTimeout(timer);
  };
}

export function useSimpleEdgesWhileMoving(cy: Core | null, large: boolean): void {
  useEffect(() => {
    if (!cy || large) return undefined;
    return simplifyEdgesWhileMoving(cy);
  }, [cy, large]);
}

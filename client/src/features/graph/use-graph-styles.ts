/** Applies the stylesheet, and the decoration classes (selection, focus, impact, path). */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { buildStylesheet } from './graph-stylesheet.js';

export function useGraphStyles(cy: Core | null, large: boolean): void {
  useEffect(() => {
    if (!cy) return;
    cy.style(buildStylesheet(large));
  }, [cy, large]);
}

/** The decoration classes this hook owns; anything else on an element is left alone. */
export const DECORATION_CLASSES = [
  'dimmed',
  'context',
  'focus-root',
  'impact-DIRECT',
  'impact-INDIRECT',
  'impact-INHERITED',
  'impact-changed',
  'path',
] as const;
export type DecorationClass = (typeof DECORATION_CLASSES)[number];

/**
 * `classes` maps element ids to their decorations; `structure` changes when elements come and go,
 * so that new elements get theirs too.
 */
export function useGraphDecorations(
  cy: Core | null,
  classes: ReadonlyMap<string, readonly DecorationClass[]>,
  selectedId: string | null,
  structure: string,
): void {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass(DECORATION_CLASSES.join(' '));
      for (const [id, names] of classes) {
        const element = cy.getElementById(id);
        if (element.nonempty()) element.addClass(names.join(' '));
      }
      cy.elements(':selected').unselect();
      if (selectedId) cy.getElementById(selectedId).select();
    });
  }, [cy, classes, selectedId, structure]);
}

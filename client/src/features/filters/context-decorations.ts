/** Adds the `context` decoration to what a filter kept for context (`filter-context.ts`). */
import type { DecorationClass } from '../graph/use-graph-styles.js';

export function withContextDecorations(
  decorations: ReadonlyMap<string, readonly DecorationClass[]>,
  context: ReadonlySet<string>,
): Map<string, DecorationClass[]> {
  const result = new Map<string, DecorationClass[]>();
  for (const [id, names] of decorations) result.set(id, [...names]);
  for (const id of context) {
    const names = result.get(id);
    if (!names) result.set(id, ['context']);
    else if (!names.includes('context')) names.push('context');
  }
  return result;
}

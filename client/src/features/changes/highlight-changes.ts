/** The graph's decorations with what changed lit (as the changed node of an impact) and the rest dimmed. */
import type { DecorationClass } from '../graph/use-graph-styles.js';

export function highlightChanged(
  decorations: ReadonlyMap<string, DecorationClass[]>,
  elementIds: readonly string[],
  changed: ReadonlySet<string> | null,
): Map<string, DecorationClass[]> {
  const out = new Map(decorations);
  if (!changed) return out;
  for (const id of elementIds) {
    const current = out.get(id) ?? [];
    out.set(id, [...current, changed.has(id) ? 'impact-changed' : 'dimmed']);
  }
  return out;
}

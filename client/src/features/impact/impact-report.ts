/** Affected-node entries as the impact panel lists them. */
import type { CanvasNode } from '../graph/graph-elements.js';
import type { ImpactClass } from '../graph/graph-style.js';
import type { PathEdge } from '../focus/explorer-view.js';

export interface ImpactEntry {
  node: CanvasNode;
  classification: ImpactClass;
  depth: number;
  /** The rule of the strongest path, in words in the current language. */
  rule: string;
  consequence: string | null;
  paths: readonly (readonly PathEdge[])[];
}

const CLASS_ORDER: Readonly<Record<ImpactClass, number>> = { DIRECT: 0, INDIRECT: 1, INHERITED: 2 };

/** Strongest class first, then nearest, then by id: the same report always reads the same way. */
export function sortImpactEntries(entries: readonly ImpactEntry[]): ImpactEntry[] {
  return [...entries].sort(
    (a, b) =>
      CLASS_ORDER[a.classification] - CLASS_ORDER[b.classification] ||
      a.depth - b.depth ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
}

/** A path as text, each step named by `relationName` (the dictionary's words for the type). */
export function pathText(
  path: readonly PathEdge[],
  relationName: (type: PathEdge['type']) => string,
): string {
  return path.map((edge) => `${edge.source} → ${relationName(edge.type)} → ${edge.target}`).join('; ');
}

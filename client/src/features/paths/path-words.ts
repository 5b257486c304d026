/**
 * A path read aloud: "A — er del af → B ← afventer — C", each hop's relation in the language's
 * own words, the arrow showing which way the relation points (an edge walked against its
 * direction reads right to left). Shared by the impact board, the path finder and the exports.
 */
import type { RelationType } from '../../shared/domain.js';

export interface WordHop {
  from: { name: string };
  to: { name: string };
  type: RelationType;
  forward: boolean;
}

/** `relation` gives the relation's words read from source to target ("afventer"). */
export function pathWords(hops: readonly WordHop[], relation: (type: RelationType) => string): string {
  const first = hops[0];
  if (!first) return '';
  const parts = [first.from.name];
  for (const hop of hops) {
    const words = relation(hop.type);
    parts.push(hop.forward ? `— ${words} →` : `← ${words} —`, hop.to.name);
  }
  return parts.join(' ');
}

/** The relation's words in running text: the dictionary's label with a lower-case first letter. */
export function inlineRelation(label: string): string {
  return label.length > 0 ? `${label[0]?.toLocaleLowerCase('da') ?? ''}${label.slice(1)}` : label;
}

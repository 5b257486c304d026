/**
 * A path as people read it: hops in walking order, each from one named node to the next over a
 * relation (with or against its direction), each with the sources that state it. Built from
 * what the API returns for impact paths and for `path`: the nodes in walking order and the edges.
 */
import type { RelationType } from '../../shared/domain.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import { displayName } from '../graph/graph-elements.js';

export interface NamedRef {
  id: string;
  name: string;
}

export interface HopSource {
  quote: string | null;
  /** Stated, inferred or unverified: the last two are said in words where shown. */
  confidence: 'STATED' | 'INFERRED' | 'UNVERIFIED';
  document: { id: string; title: string; asOf: string };
}

/** One step of a path, read in walking order: `from` — relation → `to`. */
export interface Hop {
  from: NamedRef;
  to: NamedRef;
  type: RelationType;
  /** True when the edge points from `from` to `to`; false when the walk goes against it. */
  forward: boolean;
  sources: HopSource[];
}

export interface ApiPathNode {
  id: string;
  nameDa: string;
  nameEn?: string | null;
}

export interface ApiPathEdge {
  source: string;
  target: string;
  type: RelationType;
  sources: readonly {
    quote?: string | null;
    confidence: HopSource['confidence'];
    document: { id: string; nameDa: string; asOf: string };
  }[];
}

/**
 * Hops from the nodes in walking order and the edges between them. A node missing from `nodes`
 * (not readable) is named by `names`, else by its id, so a path is never cut short.
 */
export function hopsAlong(
  nodes: readonly ApiPathNode[],
  edges: readonly ApiPathEdge[],
  lang: Lang,
  names: ReadonlyMap<string, string> = new Map(),
): Hop[] {
  const byId = new Map(
    nodes.map((node) => [node.id, displayName({ nameDa: node.nameDa, nameEn: node.nameEn ?? null }, lang)]),
  );
  const ref = (id: string): NamedRef => ({ id, name: byId.get(id) ?? names.get(id) ?? id });
  const first = edges[0];
  if (!first) return [];
  let at = nodes[0]?.id ?? first.source;
  if (at !== first.source && at !== first.target) at = first.source;
  return edges.map((edge) => {
    const forward = edge.source === at;
    const to = forward ? edge.target : edge.source;
    const hop: Hop = {
      from: ref(at),
      to: ref(to),
      type: edge.type,
      forward,
      sources: edge.sources.map((source) => ({
        quote: source.quote ?? null,
        confidence: source.confidence,
        document: { id: source.document.id, title: source.document.nameDa, asOf: source.document.asOf },
      })),
    };
    at = to;
    return hop;
  });
}

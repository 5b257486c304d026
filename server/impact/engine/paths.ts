/**
 * Why a node is in the report: every path, bounded. PART_OF chains from the change (or the
 * asked-about node) are built once per analysis; the walks ending at a node are enumerated only
 * when a caller reads that node's paths.
 */
import type { EdgeLite } from '../../store/graph-store.js';
import { RULE_CLASS, type ImpactRule } from '../impact.rules.js';
import type { ImpactPath, NodeState, Reason } from './types.js';

const compareIds = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Reasons by edge id, then by the node the walk came from: an order no store's listing decides. */
export function compareReasons(a: Reason, b: Reason): number {
  return compareIds(a.edge, b.edge) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
}

export function path(rule: ImpactRule, edges: EdgeLite[]): ImpactPath {
  return { rule, classification: RULE_CLASS[rule], edges };
}

/**
 * PART_OF chains, as edge lists in walking order from a root to each node of `tree` (edges from
 * a `reach` over PART_OF), at most `limit` per node. `down` is true when the walk goes from the
 * root to its descendants (child PART_OF parent read backwards).
 */
export function partOfChains(
  roots: readonly string[],
  tree: EdgeLite[],
  down: boolean,
  limit: number,
): Map<string, EdgeLite[][]> {
  const next = new Map<string, EdgeLite[]>();
  // In edge-id order, not the store's crossing order: the chains kept under `limit` are then the
  // same on every store.
  for (const edge of [...tree].sort(compareIds)) {
    const from = down ? edge.target : edge.source;
    const list = next.get(from) ?? [];
    list.push(edge);
    next.set(from, list);
  }
  const chains = new Map<string, EdgeLite[][]>();
  const visit = (id: string, prefix: EdgeLite[], seen: Set<string>): void => {
    const list = chains.get(id) ?? [];
    if (list.length < limit) list.push(prefix);
    chains.set(id, list);
    for (const edge of next.get(id) ?? []) {
      const to = down ? edge.source : edge.target;
      if (seen.has(to) || (chains.get(to)?.length ?? 0) >= limit) continue;
      visit(to, [...prefix, edge], new Set(seen).add(to));
    }
  };
  for (const root of roots) visit(root, [], new Set([root]));
  return chains;
}

/** The paths of one analysis's nodes, from their reasons (`NodeState`) and the root chains. */
export class PathFinder {
  constructor(
    private readonly kind: 'impact' | 'upstream',
    private readonly state: (id: string) => NodeState | undefined,
    private readonly rootChains: Map<string, EdgeLite[][]>,
    private readonly hopBudget: number,
    private readonly stopAtRoot: boolean,
  ) {}

  /** Paths ending at `id`, strongest first, at most `limit`, through none of `visiting`. */
  allPaths(id: string, visiting: Set<string>, limit: number): ImpactPath[] {
    const state = this.state(id);
    if (!state) return [];
    const out: ImpactPath[] = [];
    for (const reason of state.roots) {
      for (const chain of this.rootChains.get(reason.from) ?? [[]]) {
        if (out.length >= limit) return out;
        out.push(path(reason.rule, [...chain, reason.edge]));
      }
    }
    if (state.hops.length > 0) {
      const hopRule: ImpactRule = this.kind === 'impact' ? 'INDIRECT_HOP' : 'UPSTREAM_TRANSITIVE';
      for (const edges of this.hopPaths(id, this.hopBudget, visiting, limit - out.length)) {
        out.push(path(hopRule, edges));
      }
    }
    for (const reason of state.inherits) {
      if (out.length >= limit || visiting.has(reason.from)) continue;
      const rule: ImpactRule = this.kind === 'impact' ? 'INHERITED_PART_OF' : 'UPSTREAM_PART';
      const through = new Set(visiting).add(reason.from);
      for (const prefix of this.allPaths(reason.from, through, limit - out.length)) {
        out.push(path(rule, [...prefix.edges, reason.edge]));
      }
    }
    return out.slice(0, limit);
  }

  /** Walks of at most `budget` hop edges ending at `id`, each starting at a node's root reason. */
  private hopPaths(id: string, budget: number, visiting: Set<string>, limit: number): EdgeLite[][] {
    const out: EdgeLite[][] = [];
    const state = this.state(id);
    if (!state || budget < 1 || limit <= 0) return out;
    for (const reason of state.hops) {
      if (out.length >= limit) break;
      const from = this.state(reason.from);
      if (!from || visiting.has(reason.from)) continue;
      for (const root of from.roots) {
        for (const chain of this.rootChains.get(root.from) ?? [[]]) {
          if (out.length >= limit) return out;
          out.push([...chain, root.edge, reason.edge]);
        }
      }
      if (this.stopAtRoot && from.roots.length > 0) continue;
      const through = new Set(visiting).add(reason.from);
      for (const prefix of this.hopPaths(reason.from, budget - 1, through, limit - out.length)) {
        out.push([...prefix, reason.edge]);
      }
    }
    return out;
  }
}

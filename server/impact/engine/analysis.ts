import type { EdgeLite } from '../../store/graph-store.js';
import type { ChangeEffect, ImpactClass, ImpactRule } from '../impact.rules.js';
import { CLASS_OF_CODE, HOPS, INHERITS, ROOTS, RULES } from './codes.js';
import type { Findings } from './findings.js';
import { compareReasons, PathFinder } from './paths.js';
import { SortedKeys } from './sorted-keys.js';
import type { AffectedNode, Consequence, NodeState, PathSet } from './types.js';

/** The result of one analysis. Affected nodes are ordered by class, depth and id. */
export class ImpactAnalysis {
  private readonly pathCache = new Map<string, PathSet>();
  private readonly nodeCache = new Map<number, AffectedNode>();
  private readonly stateCache = new Map<number, NodeState>();
  private sorted: SortedKeys | undefined;
  private all: AffectedNode[] | undefined;
  private readonly pathFinder: PathFinder;

  constructor(
    readonly kind: 'impact' | 'upstream',
    /** The changed nodes (impact) or the asked-about node (upstream). */
    readonly subjectIds: readonly string[],
    readonly effect: ChangeEffect,
    readonly pathLimit: number,
    private readonly f: Findings,
    rootChains: Map<string, EdgeLite[][]>,
    hopBudget: number,
    stopAtRoot: boolean,
    private readonly rootOrder: (rule: ImpactRule) => number,
    private readonly consequenceOf: (state: NodeState) => Consequence,
  ) {
    this.pathFinder = new PathFinder(kind, (id) => this.state(id), rootChains, hopBudget, stopAtRoot);
  }

  /** How many nodes are affected. */
  get count(): number {
    return this.f.flagged.length;
  }

  /** Every affected node, in order (builds them all: prefer `slice` for a page). */
  get affected(): AffectedNode[] {
    this.all ??= this.slice(0, this.count);
    return this.all;
  }

  /** Affected nodes `start .. end - 1` in order, of `classes` only when given. */
  slice(start: number, end: number, classes?: readonly ImpactClass[]): AffectedNode[] {
    const order = this.order();
    const out: AffectedNode[] = [];
    let skip = start;
    let want = end - start;
    for (const [from, to] of order.segments(classes)) {
      if (want <= 0) break;
      const n = to - from;
      if (skip >= n) {
        skip -= n;
        continue;
      }
      const a = from + skip;
      const b = Math.min(to, a + want);
      order.sortRange(a, b);
      for (let i = a; i < b; i++) out.push(this.node(order.keys[i]));
      want -= b - a;
      skip = 0;
    }
    return out;
  }

  /** Where `id` stands among all affected nodes, or -1. */
  positionOf(id: string): number {
    const key = this.f.lookup(id);
    if (key < 0 || this.f.cls[key] === 0) return -1;
    return this.order().positionOf(key);
  }

  get(id: string): AffectedNode | undefined {
    const key = this.f.lookup(id);
    return key >= 0 && this.f.cls[key] !== 0 ? this.node(key) : undefined;
  }

  private order(): SortedKeys {
    this.sorted ??= new SortedKeys(this.f);
    return this.sorted;
  }

  private node(key: number): AffectedNode {
    let node = this.nodeCache.get(key);
    if (!node) {
      const state = this.stateOf(key);
      node = {
        id: this.f.id(key),
        classification: state.classification,
        depth: state.depth,
        rule: state.rule,
        consequence: this.consequenceOf(state),
      };
      this.nodeCache.set(key, node);
    }
    return node;
  }

  private stateOf(key: number): NodeState {
    let state = this.stateCache.get(key);
    if (!state) {
      const f = this.f;
      state = {
        classification: CLASS_OF_CODE[f.cls[key]],
        depth: f.depth[key],
        rule: RULES[f.rule[key]],
        // By rule, then edge and origin: never in the order a store happened to list its edges,
        // so both stores explain a node with the same paths in the same order.
        roots: f
          .reasons(ROOTS, key)
          .sort((a, b) => this.rootOrder(a.rule) - this.rootOrder(b.rule) || compareReasons(a, b)),
        hops: f.reasons(HOPS, key).sort(compareReasons),
        inherits: f.reasons(INHERITS, key).sort(compareReasons),
      };
      this.stateCache.set(key, state);
    }
    return state;
  }

  private state(id: string): NodeState | undefined {
    const key = this.f.lookup(id);
    return key >= 0 && this.f.cls[key] !== 0 ? this.stateOf(key) : undefined;
  }

  /** Every path that put `id` in the report, strongest first, at most `pathLimit`. */
  paths(id: string): PathSet {
    let set = this.pathCache.get(id);
    if (!set) {
      const all = this.pathFinder.allPaths(id, new Set([id]), this.pathLimit + 1);
      set = { paths: all.slice(0, this.pathLimit), truncated: all.length > this.pathLimit };
      this.pathCache.set(id, set);
    }
    return set;
  }
}

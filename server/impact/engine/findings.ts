import { dateStart, RELATION_TYPES, type EdgeProps, type IsoDate } from '../../../schema/domain.js';
import type { Direction, EdgeLite, KeyedReach, NodeKeys } from '../../store/graph-store.js';
import type { ImpactRule } from '../impact.rules.js';
import { code, COUPLED_WITH, RULES } from './codes.js';
import type { Reason } from './types.js';

/** A write replaced the store's key space between two calls of one analysis. */
export class KeySpaceChanged extends Error {}

/** Key → local-index tables, per key space, reused by later analyses (all zero when free). */
const localTables = new WeakMap<NodeKeys, Int32Array[]>();

/**
 * An analysis's state. Nodes get local indices in the order the port's answers mention them
 * (a pooled key → local table, all zero between analyses, translates), so every per-node array
 * is as long as the subgraph the analysis saw, not the graph: an analysis allocates what it
 * visits, and nothing of the graph's size that would make the collector walk a big heap. Holds
 * class, depth, rule and reason lists per node (reasons as singly linked lists), and the edges
 * the port returned, appended into one table over local indices.
 */
export class Findings {
  keys: NodeKeys | undefined;
  /** key → local index + 1 while the analysis runs; returned to the pool by `release`. */
  private table: Int32Array | undefined;
  private byKey: Map<number, number> | undefined;
  /** Per local index: its key, class (0: not affected), depth, rule, anchor, scope, reason heads. */
  readonly nodeKey: number[] = [];
  readonly cls: number[] = [];
  readonly depth: number[] = [];
  readonly rule: number[] = [];
  /** Anchor rule code + 1, 0 for none (impact); start marks (upstream). */
  readonly anchor: number[] = [];
  readonly scope: number[] = [];
  readonly heads: number[][] = [[], [], []];
  /** Affected nodes, in the order they were first flagged. */
  readonly flagged: number[] = [];
  // Reasons: index 0 is the empty list.
  readonly rRule: number[] = [0];
  readonly rEdge: number[] = [0];
  readonly rFrom: number[] = [0];
  readonly rNext: number[] = [0];
  // Edges.
  readonly eSource: number[] = [];
  readonly eTarget: number[] = [];
  readonly eType: number[] = [];
  readonly eProps: (EdgeProps | undefined)[] = [];

  constructor(private readonly asOf: IsoDate | undefined) {}

  get count(): number {
    return this.nodeKey.length;
  }

  /** Adopts a port answer: checks the key space, appends its edges; returns their first index. */
  take(reach: KeyedReach): number {
    if (this.keys === undefined) this.keys = reach.keys;
    else if (this.keys !== reach.keys) throw new KeySpaceChanged();
    for (const key of reach.nodes) this.local(key);
    const base = this.eSource.length;
    const n = reach.edgeSource.length;
    for (let i = 0; i < n; i++) {
      this.eSource.push(this.local(reach.edgeSource[i]));
      this.eTarget.push(this.local(reach.edgeTarget[i]));
      this.eType.push(reach.edgeType[i]);
      this.eProps.push(reach.edgeProps[i]);
    }
    return base;
  }

  /** The local index of `key`, given one on first sight. */
  local(key: number): number {
    let table = this.table;
    if (table === undefined || key >= table.length) table = this.acquire(key + 1);
    const known = table[key];
    if (known !== 0) return known - 1;
    const l = this.nodeKey.length;
    table[key] = l + 1;
    this.nodeKey.push(key);
    this.cls.push(0);
    this.depth.push(0);
    this.rule.push(0);
    this.anchor.push(0);
    this.scope.push(0);
    for (const h of this.heads) h.push(0);
    return l;
  }

  locals(keys: Int32Array): number[] {
    return Array.from(keys, (key) => this.local(key));
  }

  /** The store keys of local nodes, as seeds for the port. */
  keysOf(locals: Iterable<number>): Int32Array {
    return Int32Array.from(locals, (l) => this.nodeKey[l]);
  }

  /** The local index of `id`, or -1 when the analysis never met it. */
  lookup(id: string): number {
    const key = this.keys?.keyOf(id) ?? -1;
    if (key < 0) return -1;
    if (this.table !== undefined) return key < this.table.length ? this.table[key] - 1 : -1;
    this.byKey ??= new Map(this.nodeKey.map((k, l) => [k, l]));
    return this.byKey.get(key) ?? -1;
  }

  private acquire(size: number): Int32Array {
    const keys = this.keys as NodeKeys;
    const pool = localTables.get(keys) ?? [];
    localTables.set(keys, pool);
    const wanted = Math.max(size, keys.size);
    let table = this.table;
    if (table === undefined) table = pool.pop();
    if (table === undefined || table.length < wanted) {
      const grown = new Int32Array(Math.max(wanted, (table?.length ?? 0) * 2));
      if (table) grown.set(table);
      table = grown;
    }
    this.table = table;
    return table;
  }

  /**
   * Ends the traversal part: clears the key → local table and gives it back to the pool. (An
   * analysis that throws drops its table instead, so the pool only ever holds clean ones.)
   */
  release(): void {
    const table = this.table;
    if (table === undefined || this.keys === undefined) return;
    for (const key of this.nodeKey) table[key] = 0;
    localTables.get(this.keys)?.push(table);
    this.table = undefined;
  }

  id(l: number): string {
    return (this.keys as NodeKeys).id(this.nodeKey[l]);
  }

  /** Flags `key` unless it already is; returns whether it was new. */
  flag(key: number, cls: number, depth: number, rule: ImpactRule): boolean {
    if (this.cls[key] !== 0) return false;
    this.cls[key] = cls;
    this.depth[key] = depth;
    this.rule[key] = code(rule);
    this.flagged.push(key);
    return true;
  }

  addReason(list: number, key: number, rule: ImpactRule, edge: number, from: number): void {
    const r = this.rRule.length;
    this.rRule.push(code(rule));
    this.rEdge.push(edge);
    this.rFrom.push(from);
    this.rNext.push(this.heads[list][key]);
    this.heads[list][key] = r;
  }

  /** The reasons of `key` in `list`, in the order they were added. */
  reasons(list: number, key: number): Reason[] {
    const out: Reason[] = [];
    for (let r = this.heads[list][key]; r !== 0; r = this.rNext[r]) {
      out.push({ rule: RULES[this.rRule[r]], edge: this.edge(this.rEdge[r]), from: this.id(this.rFrom[r]) });
    }
    return out.reverse();
  }

  edge(e: number): EdgeLite {
    const source = this.id(this.eSource[e]);
    const target = this.id(this.eTarget[e]);
    const type = RELATION_TYPES[this.eType[e]];
    const props = this.eProps[e];
    return { id: `${source}|${type}|${target}`, type, source, target, props: props ? { ...props } : {} };
  }

  /** The relationship had started by `asOf` (or no date was asked). */
  live(e: number): boolean {
    if (!this.asOf) return true;
    const since = this.eProps[e]?.since;
    return since === undefined || dateStart(since) <= this.asOf;
  }

  /** Hop edges usable from `from` in `direction`; COUPLED_WITH is symmetric. */
  canHop(e: number, from: number, direction: Direction): boolean {
    if (direction === 'BOTH' || this.eType[e] === COUPLED_WITH) return true;
    return direction === 'OUT' ? this.eSource[e] === from : this.eTarget[e] === from;
  }
}

/** The edges `base .. base + count - 1` of `f` that had started by `asOf`. */
export function liveEdges(f: Findings, base: number, count: number): number[] {
  const out: number[] = [];
  for (let e = base; e < base + count; e++) if (f.live(e)) out.push(e);
  return out;
}

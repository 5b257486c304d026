/**
 * Impact analysis (konsekvensanalyse): which nodes a landing, delayed or withdrawn change
 * touches, how (DIRECT > INDIRECT > INHERITED, domain.md §4), why (every path, bounded) and what
 * it means for their work. Also the reverse question, `upstream`: what a node waits on.
 *
 * Pure logic over a narrow port. An analysis makes a fixed handful of port calls whatever the
 * graph's size (each is a round trip on Neo4j): it fetches the few subgraphs the rules need, as
 * typed arrays in the store's key space (`KeyedReach`), and classifies locally on ints: no
 * string ids, edge objects or per-node objects on the hot path. Classes and depths are computed
 * for every affected node at once; ids, consequences and paths only for the nodes a caller reads
 * (`slice`, `get`, `paths`), because a hub change at scale affects far more nodes than anyone
 * reads. See docs/adr/0003-impact-engine.md.
 */
import {
  dateStart,
  RELATION_TYPES,
  type EdgeProps,
  type GraphNodeRecord,
  type IsoDate,
  type RelationType,
} from '../../schema/domain.js';
import { ValidationError } from '../errors.js';
import { keyedEdges } from '../store/adjacency/keyed-reach.js';
import type { Direction, EdgeLite, GraphStore, KeyedReach, NodeKeys } from '../store/graph-store.js';
import {
  CLASS_RANK,
  DEFAULT_DIRECT_TYPES,
  DEFAULT_PROPAGATION_TYPES,
  IMPACT_CLASSES,
  IMPACT_RULES,
  RELATION_TEXT,
  RULE_CLASS,
  type ChangeEffect,
  type ConsequenceCode,
  type ImpactClass,
  type ImpactRule,
} from './impact.rules.js';

/**
 * What the engine needs from a store: node records, and `reach`/`expand` answered in the
 * store's key space. `impactPort` makes one from any `GraphStore`.
 */
export interface ImpactPort {
  getNodes: GraphStore['getNodes'];
  reach(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
  ): Promise<KeyedReach>;
  expand(
    ids: readonly string[] | Int32Array,
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<KeyedReach>;
}

/**
 * The engine's port over a store: `reach` is `reachKeys`, `expand` is `reachKeys` at depth 1;
 * with `asOf`, the store leaves out what did not exist yet.
 */
export function impactPort(store: Pick<GraphStore, 'getNodes' | 'reachKeys'>, asOf?: IsoDate): ImpactPort {
  return {
    getNodes: (ids) => store.getNodes(ids),
    reach: (seeds, direction, maxDepth, types) => store.reachKeys(seeds, direction, maxDepth, types, asOf),
    expand: (ids, direction, types) => store.reachKeys(ids, direction, 1, types, asOf),
  };
}

/** The change: one or more nodes (a reform element, a law, a plan, any node), and what happens. */
export interface ImpactChange {
  nodeIds: readonly string[];
  /** Default LANDS. */
  effect?: ChangeEffect;
  /** When it happens; used in the consequence wording. */
  date?: IsoDate;
}

export interface ImpactOptions {
  /** Indirect hops from a direct node. Default 1 (domain.md §4). */
  maxDepth?: number;
  /** Relationships that make a node direct when they point at the change. Default AWAITS, DEPENDS_ON, DERIVES_FROM. */
  directTypes?: readonly RelationType[];
  /** Relationships indirect hops follow. Default AWAITS, DEPENDS_ON, COUPLED_WITH, REVISES, RESPONSIBLE, IMPLEMENTED_BY, CONCERNS. */
  propagationTypes?: readonly RelationType[];
  /** Direction of indirect hops, seen from the direct node. Default BOTH (hops ignore direction). */
  direction?: Direction;
  /** Nodes the change SUPERSEDES are direct. Default true. */
  includeSuperseded?: boolean;
  /** What points at the change's parent reform is direct. Default true. */
  includeParent?: boolean;
  /** PART_OF-descendants inherit their parent's flag. Default true. */
  inherit?: boolean;
  /** Relationships that started (`since`) after this date are not there yet. */
  asOf?: IsoDate;
  /** Paths reported per node, at most. Default 20. */
  maxPathsPerNode?: number;
}

export interface UpstreamOptions {
  /** Hops followed from the node. Default 50 (transitive, bounded). */
  maxDepth?: number;
  /** Relationships that mean "waits on". Default AWAITS, DEPENDS_ON, DERIVES_FROM. */
  types?: readonly RelationType[];
  /** Include what the node's PART_OF-ancestors wait on and the parts of what it waits on. Default true. */
  inherit?: boolean;
  asOf?: IsoDate;
  maxPathsPerNode?: number;
}

/** One reason a node is in the report: its edges in walking order from the change (or, upstream, from the node). */
export interface ImpactPath {
  rule: ImpactRule;
  classification: ImpactClass;
  edges: EdgeLite[];
}

export interface Consequence {
  code: ConsequenceCode;
  da: string;
  en: string;
  /** Who should take the work over (successors of a superseded owner or forum). */
  handoverTargets: string[];
}

export interface AffectedNode {
  id: string;
  classification: ImpactClass;
  /** DIRECT 1; INDIRECT 1 + hops; INHERITED the flagged ancestor's depth + PART_OF levels (upstream: hops from the node). */
  depth: number;
  /** The rule behind the strongest path. */
  rule: ImpactRule;
  consequence: Consequence;
}

export interface PathSet {
  paths: ImpactPath[];
  /** More paths exist than `maxPathsPerNode` allows. */
  truncated: boolean;
}

/** Bounds that keep PART_OF walks finite even on a malformed (cyclic) hierarchy. */
const PART_OF_MAX_DEPTH = 64;
const MAX_HOPS = 6;
const MAX_UPSTREAM_DEPTH = 50;
const DEFAULT_PATHS = 20;
const MAX_PATHS = 200;
/** Analyses restarted when the store's key space changes under them (a write rebuilt it). */
const KEY_SPACE_ATTEMPTS = 3;

interface Reason {
  rule: ImpactRule;
  edge: EdgeLite;
  /** The node the walk came from: an anchor (root reasons), a hop source or a parent. */
  from: string;
}

/** One affected node's findings with ids and edges, built when a caller reads the node. */
interface NodeState {
  classification: ImpactClass;
  depth: number;
  rule: ImpactRule;
  roots: Reason[];
  hops: Reason[];
  inherits: Reason[];
}

const RULES = Object.keys(IMPACT_RULES) as ImpactRule[];
const RULE_CODE = new Map(RULES.map((rule, code) => [rule, code]));
const code = (rule: ImpactRule): number => RULE_CODE.get(rule) as number;
/** Class codes: 0 is "not affected". */
const DIRECT = 1;
const INDIRECT = 2;
const INHERITED = 3;
const CLASS_OF_CODE: readonly ImpactClass[] = ['DIRECT', 'DIRECT', 'INDIRECT', 'INHERITED'];
const CODE_OF_CLASS: Record<ImpactClass, number> = { DIRECT, INDIRECT, INHERITED };
const ROOTS = 0;
const HOPS = 1;
const INHERITS = 2;
const TYPE_CODE = new Map(RELATION_TYPES.map((type, i) => [type, i]));
const PART_OF = TYPE_CODE.get('PART_OF') as number;
const SUPERSEDES = TYPE_CODE.get('SUPERSEDES') as number;
const COUPLED_WITH = TYPE_CODE.get('COUPLED_WITH') as number;

/** A write replaced the store's key space between two calls of one analysis. */
class KeySpaceChanged extends Error {}

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
class Findings {
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

/**
 * The undirected adjacency of a list of edges of `Findings` (CSR over the key space), for the
 * engine's own walks: unlike the store's reach, they never enter a blocked node (an anchor).
 */
class LocalGraph {
  private readonly offsets: Int32Array;
  private readonly slots: Int32Array;

  constructor(
    private readonly f: Findings,
    edges: readonly number[],
  ) {
    const size = f.count;
    const offsets = new Int32Array(size + 1);
    for (const e of edges) {
      offsets[f.eSource[e] + 1]++;
      if (f.eTarget[e] !== f.eSource[e]) offsets[f.eTarget[e] + 1]++;
    }
    for (let u = 0; u < size; u++) offsets[u + 1] += offsets[u];
    const next = offsets.slice(0, size);
    const slots = new Int32Array(offsets[size]);
    for (const e of edges) {
      slots[next[f.eSource[e]]++] = e;
      if (f.eTarget[e] !== f.eSource[e]) slots[next[f.eTarget[e]]++] = e;
    }
    this.offsets = offsets;
    this.slots = slots;
  }

  /** BFS from `seeds`: `order` in visiting order, `dist[key]` its hops (-1 when not reached). */
  bfs(
    seeds: readonly number[],
    maxDepth: number,
    usable: (e: number, from: number) => boolean,
    blocked: (key: number) => boolean,
  ): { order: number[]; dist: Int32Array } {
    const { f, offsets, slots } = this;
    const dist = new Int32Array(f.count).fill(-1);
    const order: number[] = [];
    for (const seed of seeds) {
      if (dist[seed] === -1) {
        dist[seed] = 0;
        order.push(seed);
      }
    }
    for (let head = 0; head < order.length; head++) {
      const from = order[head];
      const d = dist[from];
      if (d >= maxDepth) continue;
      for (let s = offsets[from], end = offsets[from + 1]; s < end; s++) {
        const e = slots[s];
        if (!usable(e, from)) continue;
        const to = f.eSource[e] === from ? f.eTarget[e] : f.eSource[e];
        if (dist[to] !== -1 || blocked(to)) continue;
        dist[to] = d + 1;
        order.push(to);
      }
    }
    return { order, dist };
  }
}

/** The edges `base .. base + count - 1` of `f` that had started by `asOf`. */
function liveEdges(f: Findings, base: number, count: number): number[] {
  const out: number[] = [];
  for (let e = base; e < base + count; e++) if (f.live(e)) out.push(e);
  return out;
}

/** The result of one analysis. Affected nodes are ordered by class, depth and id. */
export class ImpactAnalysis {
  private readonly pathCache = new Map<string, PathSet>();
  private readonly nodeCache = new Map<number, AffectedNode>();
  private readonly stateCache = new Map<number, NodeState>();
  private sorted: SortedKeys | undefined;
  private all: AffectedNode[] | undefined;

  constructor(
    readonly kind: 'impact' | 'upstream',
    /** The changed nodes (impact) or the asked-about node (upstream). */
    readonly subjectIds: readonly string[],
    readonly effect: ChangeEffect,
    readonly pathLimit: number,
    private readonly f: Findings,
    private readonly rootChains: Map<string, EdgeLite[][]>,
    private readonly hopBudget: number,
    private readonly stopAtRoot: boolean,
    private readonly rootOrder: (rule: ImpactRule) => number,
    private readonly consequenceOf: (state: NodeState) => Consequence,
  ) {}

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
        roots: f.reasons(ROOTS, key).sort((a, b) => this.rootOrder(a.rule) - this.rootOrder(b.rule)),
        hops: f.reasons(HOPS, key),
        inherits: f.reasons(INHERITS, key),
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
      const all = this.allPaths(id, new Set([id]), this.pathLimit + 1);
      set = { paths: all.slice(0, this.pathLimit), truncated: all.length > this.pathLimit };
      this.pathCache.set(id, set);
    }
    return set;
  }

  private allPaths(id: string, visiting: Set<string>, limit: number): ImpactPath[] {
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

/**
 * The affected keys ordered by class and depth (one numeric sort), and by id within each run of
 * equal class and depth only when a caller reads into that run: a page of 50 sorts the ids of
 * the runs it touches, not all of them.
 */
class SortedKeys {
  readonly keys: Int32Array;
  /** Start of each run of equal (class, depth), plus the end. */
  private readonly runs: number[] = [];
  private readonly runSorted: Uint8Array;
  private readonly classStart: number[];

  constructor(private readonly f: Findings) {
    const n = f.flagged.length;
    const packed = new Float64Array(n);
    const rank = (key: number): number => f.cls[key] * 1024 + Math.min(f.depth[key], 1023);
    for (let i = 0; i < n; i++) packed[i] = rank(f.flagged[i]) * 2 ** 24 + i;
    packed.sort();
    this.keys = new Int32Array(n);
    this.classStart = [0, 0, 0, 0, n];
    let last = -1;
    for (let i = 0; i < n; i++) {
      const key = f.flagged[packed[i] % 2 ** 24];
      this.keys[i] = key;
      const r = rank(key);
      if (r !== last) {
        this.runs.push(i);
        last = r;
      }
    }
    this.runs.push(n);
    for (let c = INHERITED; c >= DIRECT; c--) {
      let i = this.classStart[c + 1];
      while (i > 0 && f.cls[this.keys[i - 1]] >= c) i--;
      this.classStart[c] = i;
    }
    this.runSorted = new Uint8Array(this.runs.length);
  }

  /** Ranges of `keys` holding `classes` (all when omitted), in order. */
  segments(classes?: readonly ImpactClass[]): [number, number][] {
    const wanted = classes ? IMPACT_CLASSES.filter((c) => classes.includes(c)) : IMPACT_CLASSES;
    return wanted.map((c) => [this.classStart[CODE_OF_CLASS[c]], this.classStart[CODE_OF_CLASS[c] + 1]]);
  }

  /** Sorts by id every run that overlaps `start .. end - 1`. */
  sortRange(start: number, end: number): void {
    for (let r = this.runOf(start); r < this.runs.length - 1 && this.runs[r] < end; r++) this.sortRun(r);
  }

  positionOf(key: number): number {
    const i = this.keys.indexOf(key);
    if (i < 0) return -1;
    const r = this.runOf(i);
    if (this.runSorted[r] === 1) return i;
    this.sortRun(r);
    return this.keys.indexOf(key);
  }

  private runOf(i: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo < hi - 1) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid] <= i) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  private sortRun(r: number): void {
    if (this.runSorted[r] === 1) return;
    this.runSorted[r] = 1;
    const run = this.keys.subarray(this.runs[r], this.runs[r + 1]);
    const byId = Array.from(run, (key) => ({ key, id: this.f.id(key) }));
    byId.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    byId.forEach((x, i) => (run[i] = x.key));
  }
}

function path(rule: ImpactRule, edges: EdgeLite[]): ImpactPath {
  return { rule, classification: RULE_CLASS[rule], edges };
}

function intOption(
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
  field: string,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(
      field,
      `skal være et heltal fra ${min} til ${max} / must be an integer from ${min} to ${max}`,
    );
  }
  return value;
}

async function requireNodes(
  port: ImpactPort,
  ids: readonly string[],
  field: string,
): Promise<Map<string, GraphNodeRecord>> {
  if (ids.length === 0) throw new ValidationError(field, 'mindst ét id / at least one id');
  const found = await port.getNodes(ids);
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length > 0) {
    throw new ValidationError(field, `ukendt id / unknown id: ${unknown.map((id) => `'${id}'`).join(', ')}`);
  }
  return found;
}

/** Runs `analyse` again when a write replaced the store's key space under it. */
async function withStableKeys<T>(analyse: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await analyse();
    } catch (error) {
      if (!(error instanceof KeySpaceChanged) || attempt >= KEY_SPACE_ATTEMPTS) throw error;
    }
  }
}

/**
 * PART_OF chains, as edge lists in walking order from a root to each node of `tree` (edges from
 * a `reach` over PART_OF), at most `limit` per node. `down` is true when the walk goes from the
 * root to its descendants (child PART_OF parent read backwards).
 */
function partOfChains(
  roots: readonly string[],
  tree: EdgeLite[],
  down: boolean,
  limit: number,
): Map<string, EdgeLite[][]> {
  const next = new Map<string, EdgeLite[]>();
  for (const edge of tree) {
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

/** domain.md §4, with the options that widen or narrow it. */
export async function analyseImpact(
  port: ImpactPort,
  change: ImpactChange,
  options: ImpactOptions = {},
): Promise<ImpactAnalysis> {
  return withStableKeys(() => impactOnce(port, change, options));
}

async function impactOnce(
  port: ImpactPort,
  change: ImpactChange,
  options: ImpactOptions,
): Promise<ImpactAnalysis> {
  const changeIds = [...new Set(change.nodeIds)];
  const changeNodes = await requireNodes(port, changeIds, 'change.nodeIds');
  const effect = change.effect ?? 'LANDS';
  const maxDepth = intOption(options.maxDepth, 1, 0, MAX_HOPS, 'options.maxDepth');
  const pathLimit = intOption(
    options.maxPathsPerNode,
    DEFAULT_PATHS,
    1,
    MAX_PATHS,
    'options.maxPathsPerNode',
  );
  const directTypes = options.directTypes ?? DEFAULT_DIRECT_TYPES;
  const propagationTypes = options.propagationTypes ?? DEFAULT_PROPAGATION_TYPES;
  const direction = options.direction ?? 'BOTH';
  const f = new Findings(options.asOf);

  // 1. The change's scope (it and its PART_OF-descendants) and its parents: the anchors.
  const scope = await port.reach(changeIds, 'IN', PART_OF_MAX_DEPTH, ['PART_OF']);
  f.take(scope);
  const scopeChains = partOfChains(changeIds, keyedEdges(scope), true, pathLimit);
  const rootChains = new Map(scopeChains);
  const changeKeys = new Set(changeIds.map((id) => f.lookup(id)));
  /** Anchors in the order first met; `f.anchor[key]` is their rule code + 1. */
  const anchors: number[] = [];
  for (const key of f.locals(scope.nodes)) {
    f.scope[key] = 1;
    f.anchor[key] = code(changeKeys.has(key) ? 'DIRECT_ON_CHANGE' : 'DIRECT_ON_PART') + 1;
    anchors.push(key);
  }
  const onParent = code('DIRECT_ON_PARENT') + 1;
  if (options.includeParent !== false) {
    const parents = await port.expand(changeIds, 'OUT', ['PART_OF']);
    const base = f.take(parents);
    const parentEdges = keyedEdges(parents);
    parentEdges.forEach((edge, i) => {
      const target = f.eTarget[base + i];
      const known = f.anchor[target];
      if (known !== 0 && known !== onParent) return;
      if (known === 0) anchors.push(target);
      f.anchor[target] = onParent;
      const chains = rootChains.get(edge.target) ?? [];
      for (const chain of scopeChains.get(edge.source) ?? [[]]) chains.push([...chain, edge]);
      rootChains.set(edge.target, chains);
    });
  }
  const isAnchor = (key: number): boolean => f.anchor[key] !== 0;

  // 2. Direct: what points at an anchor, and what the scope supersedes.
  const includeSuperseded = options.includeSuperseded !== false;
  let directMask = 0;
  for (const type of directTypes) directMask |= 1 << (TYPE_CODE.get(type) as number);
  const anchorReach = await port.expand(f.keysOf(anchors), 'BOTH', [
    ...directTypes,
    ...(includeSuperseded ? (['SUPERSEDES'] as const) : []),
  ]);
  const anchorBase = f.take(anchorReach);
  const superseded = new Set<number>();
  const supersededOn = new Map<string, string>();
  const addRoot = (node: number, rule: ImpactRule, e: number, from: number): void => {
    f.flag(node, DIRECT, 1, rule);
    f.addReason(ROOTS, node, rule, e, from);
    if (ruleOrder(rule) < ruleOrder(RULES[f.rule[node]])) f.rule[node] = code(rule);
  };
  for (let e = anchorBase; e < anchorBase + anchorReach.edgeSource.length; e++) {
    if (!f.live(e)) continue;
    const source = f.eSource[e];
    const target = f.eTarget[e];
    const type = f.eType[e];
    if (type === SUPERSEDES && includeSuperseded && f.scope[source] === 1 && !isAnchor(target)) {
      addRoot(target, 'DIRECT_SUPERSEDED', e, source);
      superseded.add(target);
      const effective = f.eProps[e]?.effective;
      if (effective) supersededOn.set(f.id(target), effective);
    }
    if (((directMask >>> type) & 1) === 0) continue;
    for (const [node, anchor] of type === COUPLED_WITH
      ? [
          [source, target],
          [target, source],
        ]
      : [[source, target]]) {
      const rule = f.anchor[anchor];
      if (rule === 0 || isAnchor(node)) continue;
      addRoot(node, RULES[rule - 1], e, anchor);
    }
  }
  const direct = [...f.flagged];

  // 3. Indirect: up to `maxDepth` hops from a direct node, never through an anchor.
  if (maxDepth > 0 && direct.length > 0) {
    const hood = await port.reach(f.keysOf(direct), direction, maxDepth, propagationTypes);
    const base = f.take(hood);
    const live = liveEdges(f, base, hood.edgeSource.length);
    const { order, dist } = new LocalGraph(f, live).bfs(
      direct,
      maxDepth,
      (e, from) => f.canHop(e, from, direction),
      isAnchor,
    );
    for (const key of order) if (dist[key] > 0) f.flag(key, INDIRECT, 1 + dist[key], 'INDIRECT_HOP');
    for (const e of live) {
      const source = f.eSource[e];
      const target = f.eTarget[e];
      if (source === target) continue;
      for (const [from, to] of [
        [source, target],
        [target, source],
      ]) {
        const d = dist[from];
        if (d < 0 || d >= maxDepth || !f.canHop(e, from, direction)) continue;
        if (f.cls[to] !== 0 && !isAnchor(to)) f.addReason(HOPS, to, 'INDIRECT_HOP', e, from);
      }
    }
  }

  // 4. Inherited: PART_OF-descendants of flagged nodes.
  if (options.inherit !== false && f.flagged.length > 0) {
    await inheritDown(port, f, isAnchor, 'INHERITED_PART_OF');
  }

  // 5. Consequences, with the names and successors their wording needs.
  const successors = new Map<string, string[]>();
  if (superseded.size > 0) {
    const after = await port.expand(f.keysOf(superseded), 'IN', ['SUPERSEDES']);
    const base = f.take(after);
    for (let e = base; e < base + after.edgeSource.length; e++) {
      if (f.scope[f.eSource[e]] === 1) continue;
      const target = f.id(f.eTarget[e]);
      successors.set(target, [...(successors.get(target) ?? []), f.id(f.eSource[e])]);
    }
  }
  const supersededIds = new Set([...superseded].map((key) => f.id(key)));
  const named = new Set([
    ...anchors.map((key) => f.id(key)),
    ...supersededIds,
    ...[...successors.values()].flat(),
  ]);
  const names = await port.getNodes([...named].filter((id) => !changeNodes.has(id)));
  for (const [id, record] of changeNodes) names.set(id, record);
  const words = new Wording(effect, change.date, names);
  f.release();
  return new ImpactAnalysis(
    'impact',
    changeIds,
    effect,
    pathLimit,
    f,
    rootChains,
    maxDepth,
    true,
    ruleOrder,
    (state) => impactConsequence(state, words, supersededIds, successors, supersededOn),
  );
}

/** Everything `id` waits on or depends on, transitively, explained like an impact report. */
export async function analyseUpstream(
  port: ImpactPort,
  id: string,
  options: UpstreamOptions = {},
): Promise<ImpactAnalysis> {
  return withStableKeys(() => upstreamOnce(port, id, options));
}

async function upstreamOnce(port: ImpactPort, id: string, options: UpstreamOptions): Promise<ImpactAnalysis> {
  const nodes = await requireNodes(port, [id], 'id');
  const maxDepth = intOption(options.maxDepth, MAX_UPSTREAM_DEPTH, 1, MAX_UPSTREAM_DEPTH, 'options.maxDepth');
  const pathLimit = intOption(
    options.maxPathsPerNode,
    DEFAULT_PATHS,
    1,
    MAX_PATHS,
    'options.maxPathsPerNode',
  );
  const types = options.types ?? DEFAULT_DIRECT_TYPES;
  const inherit = options.inherit !== false;
  const f = new Findings(options.asOf);

  // The node and its PART_OF-ancestors: what they wait on, the node waits on.
  const ancestry = inherit ? await port.reach([id], 'OUT', PART_OF_MAX_DEPTH, ['PART_OF']) : undefined;
  if (ancestry) f.take(ancestry);
  const rootChains = partOfChains([id], ancestry ? keyedEdges(ancestry) : [], false, pathLimit);
  const deps = await port.reach(ancestry ? ancestry.nodes : [id], 'OUT', maxDepth, types);
  const base = f.take(deps);
  const self = f.lookup(id);
  const starts = ancestry ? f.locals(ancestry.nodes) : [self];
  /** PART_OF levels above the node, for each start (the node itself at 0). */
  const levels = new Map<number, number>();
  if (ancestry) {
    let level = 0;
    starts.forEach((start, i) => {
      while (i >= ancestry.levelEnds[level]) level++;
      levels.set(start, level);
    });
  } else levels.set(self, 0);
  for (const key of starts) f.anchor[key] = 1;
  const isStart = (key: number): boolean => f.anchor[key] !== 0;
  const graph = new LocalGraph(f, liveEdges(f, base, deps.edgeSource.length));
  const follows = (e: number, from: number): boolean => f.canHop(e, from, 'OUT');

  const own = graph.bfs([self], maxDepth, follows, (key) => key !== self && isStart(key));
  for (const key of own.order) {
    const distance = own.dist[key];
    if (distance === 0) continue;
    const rule: ImpactRule = distance === 1 ? 'UPSTREAM_DIRECT' : 'UPSTREAM_TRANSITIVE';
    f.flag(key, CODE_OF_CLASS[RULE_CLASS[rule]], distance, rule);
  }
  // What the ancestors wait on, at the node's distance: PART_OF levels up plus hops from there.
  for (const ancestor of starts) {
    if (ancestor === self) continue;
    const up = levels.get(ancestor) ?? 0;
    const reached = graph.bfs([ancestor], maxDepth, follows, (key) => key === self);
    for (const key of reached.order) {
      const distance = reached.dist[key];
      if (distance === 0 || key === self || isStart(key)) continue;
      if (f.cls[key] !== 0 && f.cls[key] !== INHERITED) continue;
      if (f.cls[key] !== 0) f.depth[key] = Math.min(f.depth[key], up + distance);
      else f.flag(key, INHERITED, up + distance, 'UPSTREAM_VIA_PARENT');
    }
  }
  for (const e of liveEdges(f, base, deps.edgeSource.length)) {
    for (const [from, to] of [
      [f.eSource[e], f.eTarget[e]],
      [f.eTarget[e], f.eSource[e]],
    ]) {
      if (f.cls[to] === 0 || from === to || !follows(e, from)) continue;
      if (from === self) f.addReason(ROOTS, to, 'UPSTREAM_DIRECT', e, from);
      else if (isStart(from)) f.addReason(ROOTS, to, 'UPSTREAM_VIA_PARENT', e, from);
      else if (f.cls[from] !== 0) f.addReason(HOPS, to, 'UPSTREAM_TRANSITIVE', e, from);
    }
  }
  if (inherit && f.flagged.length > 0) {
    await inheritDown(port, f, (key) => key === self || isStart(key), 'UPSTREAM_PART');
  }
  const words = new Wording('LANDS', undefined, nodes);
  f.release();
  return new ImpactAnalysis(
    'upstream',
    [id],
    'LANDS',
    pathLimit,
    f,
    rootChains,
    maxDepth - 1,
    false,
    (rule) => CLASS_RANK[RULE_CLASS[rule]],
    (state) => upstreamConsequence(state, words, id),
  );
}

/** Marks PART_OF-descendants of the flagged nodes as inherited and records every parent link. */
async function inheritDown(
  port: ImpactPort,
  f: Findings,
  blocked: (key: number) => boolean,
  rule: 'INHERITED_PART_OF' | 'UPSTREAM_PART',
): Promise<void> {
  const flagged = [...f.flagged];
  const tree = await port.reach(f.keysOf(flagged), 'IN', PART_OF_MAX_DEPTH, ['PART_OF']);
  const base = f.take(tree);
  const edges: number[] = [];
  for (let e = base; e < base + tree.edgeSource.length; e++) edges.push(e);
  const reached = new LocalGraph(f, edges).bfs(
    flagged,
    PART_OF_MAX_DEPTH,
    (e, from) => f.eTarget[e] === from,
    blocked,
  );
  for (const key of reached.order) {
    if (reached.dist[key] > 0) f.flag(key, INHERITED, Infinity, rule);
  }
  for (const e of edges) {
    const child = f.eSource[e];
    const parent = f.eTarget[e];
    if (f.eType[e] === PART_OF && child !== parent && f.cls[child] !== 0 && f.cls[parent] !== 0) {
      f.addReason(INHERITS, child, rule, e, parent);
    }
  }
  // Depth of an inherited node: its shallowest parent's depth + 1. Relaxed in BFS order until
  // stable, since a parent reached later by the BFS may still be shallower by class depth.
  const inherited = reached.order.filter((key) => f.cls[key] === INHERITED);
  for (let pass = 0, changed = true; changed && pass < PART_OF_MAX_DEPTH; pass++) {
    changed = false;
    for (const key of inherited) {
      for (let r = f.heads[INHERITS][key]; r !== 0; r = f.rNext[r]) {
        const depth = f.depth[f.rFrom[r]] + 1;
        if (depth < f.depth[key]) {
          f.depth[key] = depth;
          changed = true;
        }
      }
    }
  }
}

function ruleOrder(rule: ImpactRule): number {
  return ['DIRECT_SUPERSEDED', 'DIRECT_ON_CHANGE', 'DIRECT_ON_PART', 'DIRECT_ON_PARENT'].indexOf(rule);
}

/** Names and dates for consequence texts. */
class Wording {
  constructor(
    readonly effect: ChangeEffect,
    readonly date: IsoDate | undefined,
    private readonly records: Map<string, GraphNodeRecord>,
  ) {}

  name(id: string): string {
    return `«${this.records.get(id)?.nameDa ?? id}»`;
  }

  nameEn(id: string): string {
    const record = this.records.get(id);
    return `“${record?.nameEn ?? record?.nameDa ?? id}”`;
  }

  /** " fra 2027-01-01" / " from 2027-01-01", or nothing. */
  when(edge?: EdgeLite, id?: string, fallback?: string): { da: string; en: string } {
    const date =
      this.date ??
      edge?.props.effective ??
      (id ? this.records.get(id)?.props.effectiveFrom : undefined) ??
      fallback;
    return date ? { da: ` fra ${date}`, en: ` from ${date}` } : { da: '', en: '' };
  }
}

function consequence(
  code: ConsequenceCode,
  da: string,
  en: string,
  handoverTargets: string[] = [],
): Consequence {
  return { code, da, en, handoverTargets };
}

function impactConsequence(
  state: NodeState,
  w: Wording,
  superseded: ReadonlySet<string>,
  successors: ReadonlyMap<string, string[]>,
  supersededOn: ReadonlyMap<string, string>,
): Consequence {
  const { effect } = w;
  if (state.classification === 'DIRECT') {
    const reason = pickDirect(state.roots);
    const x = reason.rule === 'DIRECT_SUPERSEDED' ? reason.edge.source : reason.from;
    const [da, en] = [w.name(x), w.nameEn(x)];
    if (reason.rule === 'DIRECT_SUPERSEDED') {
      const when = w.when(reason.edge, x);
      if (effect === 'DELAYED')
        return consequence(
          'SUPERSESSION_DELAYED',
          `Afløsningen ved ${da} udskydes: fortsætter indtil videre`,
          `Replacement by ${en} is delayed: continues for now`,
        );
      if (effect === 'WITHDRAWN')
        return consequence(
          'NOT_SUPERSEDED',
          `Afløses ikke af ${da}: fortsætter`,
          `Not superseded by ${en}: continues`,
        );
      return consequence(
        'SUPERSEDED',
        `Afløses af ${da}${when.da}: afvikles eller overdrages`,
        `Superseded by ${en}${when.en}: wind down or hand over`,
      );
    }
    const edge = reason.edge;
    if (edge.type === 'AWAITS' && edge.props.mode === 'adjust') {
      const why =
        effect === 'LANDS' ? 'lander' : effect === 'DELAYED' ? 'er forsinket' : 'er trukket tilbage';
      const whyEn = effect === 'LANDS' ? 'lands' : effect === 'DELAYED' ? 'is delayed' : 'is withdrawn';
      return consequence('REPLAN', `Skal omplanlægges: ${da} ${why}`, `Re-plan: ${en} ${whyEn}`);
    }
    if (edge.type === 'AWAITS') {
      if (effect === 'DELAYED')
        return consequence(
          'BLOCKED_LONGER',
          `Afventer ${da}, som er forsinket: forbliver blokeret`,
          `Awaits ${en}, which is delayed: stays blocked`,
        );
      if (effect === 'WITHDRAWN')
        return consequence(
          'BASIS_WITHDRAWN',
          `Afventede ${da}, som er trukket tilbage: tag stilling til nyt grundlag eller lukning`,
          `Awaited ${en}, which is withdrawn: decide on a new basis or closure`,
        );
      if (reason.rule === 'DIRECT_ON_PARENT') {
        return consequence(
          'REPLAN',
          `Afventer ${da}, som ændringen er en del af: vurder om arbejdet kan starte eller skal omplanlægges`,
          `Awaits ${en}, which the change is part of: assess whether the work can start or must be re-planned`,
        );
      }
      const when = w.when();
      return consequence(
        'READY_TO_START',
        `Afventede ${da}: klar til opstart${when.da}`,
        `Was awaiting ${en}: ready to start${when.en}`,
      );
    }
    if (edge.type === 'DEPENDS_ON') {
      const kind = edge.props.dependencyKind;
      const [what, whatEn] =
        kind === 'legal'
          ? ['Hjemmel', 'Legal basis']
          : kind === 'funding'
            ? ['Finansiering', 'Funding']
            : ['Forudsætning', 'Prerequisite'];
      if (effect === 'DELAYED')
        return consequence(
          'PREREQUISITE_DELAYED',
          `${what} (${da}) er forsinket: tidsplanen skubbes`,
          `${whatEn} (${en}) is delayed: the schedule slips`,
        );
      if (effect === 'WITHDRAWN')
        return consequence(
          'PREREQUISITE_LOST',
          `${what} (${da}) bortfalder: tag stilling`,
          `${whatEn} (${en}) is gone: decide what to do`,
        );
      return consequence('PREREQUISITE_MET', `${what} på plads: ${da}`, `${whatEn} in place: ${en}`);
    }
    if (effect === 'DELAYED')
      return consequence('REPLAN', `Omplanlæg: ${da} er forsinket`, `Re-plan: ${en} is delayed`);
    if (effect === 'WITHDRAWN')
      return consequence(
        'BASIS_WITHDRAWN',
        `Grundlaget ${da} er trukket tilbage: tag stilling`,
        `The basis ${en} is withdrawn: decide what to do`,
      );
    return consequence('ALIGN_WITH_NATIONAL', `Skal tilpasses ${da}`, `Align with ${en}`);
  }
  if (state.classification === 'INDIRECT') {
    const owners = [
      ...new Set(
        state.hops
          .filter(
            (r) =>
              superseded.has(r.from) &&
              ((r.edge.type === 'IMPLEMENTED_BY' && r.edge.target === r.from) ||
                (r.edge.type === 'RESPONSIBLE' && r.edge.source === r.from)),
          )
          .map((r) => r.from),
      ),
    ];
    if (owners.length > 0) {
      const targets = [...new Set(owners.flatMap((o) => successors.get(o) ?? []))];
      const da = owners.map((o) => w.name(o)).join(', ');
      const en = owners.map((o) => w.nameEn(o)).join(', ');
      const when = w.when(undefined, undefined, supersededOn.get(owners[0]));
      if (effect === 'DELAYED')
        return consequence(
          'HANDOVER_DELAYED',
          `Overdragelsen fra ${da} udskydes`,
          `The handover from ${en} is delayed`,
          targets,
        );
      if (effect === 'WITHDRAWN')
        return consequence(
          'KEEPS_OWNER',
          `Beholder ejer/forum ${da}`,
          `Keeps its owner/forum ${en}`,
          targets,
        );
      const to = targets.length > 0 ? targets.map((t) => w.name(t)).join(', ') : 'ny ejer (skal udpeges)';
      const toEn =
        targets.length > 0 ? targets.map((t) => w.nameEn(t)).join(', ') : 'a new owner (to be named)';
      return consequence(
        'LOSES_OWNER',
        `Mister ejer/forum ${da}${when.da}: kræver overdragelse til ${to}`,
        `Loses its owner/forum ${en}${when.en}: needs a handover to ${toEn}`,
        targets,
      );
    }
    const via = state.hops[0]?.edge.type;
    const relation = via ? RELATION_TEXT[via] : { da: 'en relation', en: 'a relationship' };
    return consequence(
      'REVIEW',
      `Berørt via «${relation.da}» til et direkte berørt element: gennemgå konsekvensen`,
      `Touched via “${relation.en}” to a directly affected item: review`,
    );
  }
  const parent = state.inherits[0]?.from;
  return consequence(
    'FOLLOWS_PARENT',
    `Del af et berørt element${parent ? ` (${parent})` : ''}: følger dets konsekvens`,
    `Part of an affected item${parent ? ` (${parent})` : ''}: follows its consequence`,
  );
}

function pickDirect(roots: readonly Reason[]): Reason {
  const score = (r: Reason): number =>
    r.rule === 'DIRECT_SUPERSEDED'
      ? 0
      : r.edge.type === 'AWAITS'
        ? r.edge.props.mode === 'adjust'
          ? 2
          : 1
        : r.edge.type === 'DEPENDS_ON'
          ? 3
          : 4;
  return [...roots].sort((a, b) => score(a) - score(b))[0] as Reason;
}

function upstreamConsequence(state: NodeState, w: Wording, id: string): Consequence {
  const [da, en] = [w.name(id), w.nameEn(id)];
  const reason = state.roots[0] ?? state.hops[0];
  if (!reason) {
    return consequence('FOLLOWS_PARENT', `Del af noget, ${da} venter på`, `Part of something ${en} waits on`);
  }
  const edge = reason.edge;
  const prefix = reason.rule === 'UPSTREAM_DIRECT' ? '' : 'Indirekte: ';
  const prefixEn = reason.rule === 'UPSTREAM_DIRECT' ? '' : 'Indirectly: ';
  if (edge.type === 'AWAITS' && edge.props.mode === 'adjust')
    return consequence(
      'UPSTREAM_ADJUSTMENT',
      `${prefix}${da} skal tilpasses, når dette lander`,
      `${prefixEn}${en} must adjust when this lands`,
    );
  if (edge.type === 'AWAITS')
    return consequence(
      'UPSTREAM_BLOCKER',
      `${prefix}skal lande, før ${da} kan starte`,
      `${prefixEn}must land before ${en} can start`,
    );
  if (edge.type === 'DEPENDS_ON')
    return consequence(
      'UPSTREAM_PREREQUISITE',
      `${prefix}forudsætning for ${da}`,
      `${prefixEn}a prerequisite of ${en}`,
    );
  return consequence('UPSTREAM_BASIS', `${prefix}grundlag for ${da}`, `${prefixEn}the basis of ${en}`);
}

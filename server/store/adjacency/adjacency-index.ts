/**
 * A compact, immutable in-memory adjacency index (CSR: compressed sparse rows) over the graph's
 * edges. The embedded store answers every traversal of the `GraphStore` port from it, while
 * SQLite stays the durable record; it is rebuilt whenever the edge set changes (see ADR 0003).
 *
 * Layout: node ids are interned to ints `0..n-1`; each edge `e` is three typed-array cells
 * (`edgeSource`, `edgeTarget`, `edgeType`); for each direction a CSR block lists, per node, the
 * slots `(neighbour, edge, type)` of the edges touching it. `COUPLED_WITH` is symmetric, so at
 * build time it is written into the OUT and IN rows of both of its ends: OUT and IN traversals
 * then follow it both ways with no special case in the hot loop. Edge properties are kept in an
 * array indexed by edge, with holes where an edge has none (an array read, not a map lookup, per
 * crossed edge). At 1M nodes / 5M edges this is about 35 bytes per edge plus the id strings and
 * the props objects, well under the 1 GiB budget.
 *
 * All traversals are synchronous and share scratch that each call clears behind itself (from the
 * list of what it touched): byte-per-node and byte-per-edge marks, the BFS queue and the list of
 * crossed edges. A call costs what it visits, not what the graph holds, and allocates only its
 * result. The node ints are also the store's key space (`NodeKeys`) for `reachKeys`, so the
 * engine can keep typed-array state across calls. Results list edges in their stored orientation.
 */
import {
  dateStart,
  edgeId,
  RELATION_TYPES,
  type EdgeProps,
  type IsoDate,
  type RelationType,
  type Validity,
} from '../../../schema/domain.js';
import type { Direction, EdgeLite, KeyedReach, NodeKeys, ReachResult } from '../graph-store.js';
import { keyedEdges, toReachResult } from './keyed-reach.js';

const TYPE_CODE: ReadonlyMap<RelationType, number> = new Map(
  RELATION_TYPES.map((type, code) => [type, code]),
);
const COUPLED_WITH = RELATION_TYPES.indexOf('COUPLED_WITH');
/** Bit mask with every relation type set (there are fewer than 32). */
export const ALL_TYPES_MASK = (1 << RELATION_TYPES.length) - 1;

/** The bit mask of `types`; all types when omitted, none when empty. */
export function typeMask(types?: readonly RelationType[]): number {
  if (types === undefined) return ALL_TYPES_MASK;
  let mask = 0;
  for (const type of types) {
    const code = TYPE_CODE.get(type);
    if (code === undefined) throw new RangeError(`unknown relation type ${String(type)}`);
    mask |= 1 << code;
  }
  return mask;
}

/** A node and the first day it exists, for indexes that answer `asOf` traversals. */
export interface NodeStart {
  id: string;
  validFrom: IsoDate;
}

/** `2024-09-01` → 20240901: first days compare as ints in the traversal loop; 0 is "always". */
function dayNumber(isoDate: IsoDate): number {
  return (
    Number(isoDate.slice(0, 4)) * 10_000 + Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10))
  );
}

/** Options of `shortestPaths`, as on the port. */
export interface ShortestPathOptions {
  types?: readonly RelationType[];
  maxDepth: number;
  maxPaths: number;
}

/** A growable Int32Array, for building from an iterable of unknown length. */
class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** One direction's CSR block: row `u` is slots `offsets[u] .. offsets[u+1]-1`. */
interface CsrBlock {
  offsets: Int32Array;
  neighbour: Int32Array;
  edge: Int32Array;
  type: Uint8Array;
}

export class AdjacencyIndex implements NodeKeys {
  private readonly idToIndex: Map<string, number>;
  private readonly ids: string[];
  private readonly edgeSource: Int32Array;
  private readonly edgeTarget: Int32Array;
  private readonly edgeType: Uint8Array;
  /** Per edge, its props, or a hole when it has none. */
  private readonly edgeProps: (EdgeProps | undefined)[];
  /** Per edge, its validity, or a hole. */
  private readonly edgeValidity: (Validity | undefined)[];
  /** First day (`dayNumber`) each edge and node exists; 0 when always. */
  private readonly edgeStart: Int32Array;
  private readonly nodeStart: Int32Array;
  private readonly out: CsrBlock;
  private readonly in: CsrBlock;

  // Scratch, reused by every call and all zero between calls.
  private readonly nodeSeen: Uint8Array;
  private readonly nodeDepth: Int32Array;
  private readonly queue: Int32Array;
  private edgeSeenMarks: Uint8Array | undefined;
  private crossedEdges: Int32Array | undefined;

  private constructor(
    idToIndex: Map<string, number>,
    ids: string[],
    edgeSource: Int32Array,
    edgeTarget: Int32Array,
    edgeType: Uint8Array,
    edgeProps: (EdgeProps | undefined)[],
    edgeValidity: (Validity | undefined)[],
    edgeStart: Int32Array,
    nodeStart: Int32Array,
  ) {
    this.idToIndex = idToIndex;
    this.ids = ids;
    this.edgeSource = edgeSource;
    this.edgeTarget = edgeTarget;
    this.edgeType = edgeType;
    this.edgeProps = edgeProps;
    this.edgeValidity = edgeValidity;
    this.edgeStart = edgeStart;
    this.nodeStart = nodeStart;
    this.out = buildBlock(ids.length, edgeSource, edgeTarget, edgeType);
    this.in = buildBlock(ids.length, edgeTarget, edgeSource, edgeType);
    this.nodeSeen = new Uint8Array(ids.length);
    this.nodeDepth = new Int32Array(ids.length);
    this.queue = new Int32Array(ids.length);
  }

  /**
   * Builds the index. Edge ids must be unique (they are in a store: `source|type|target` is its
   * key). `nodeIds` adds nodes without edges, so that a traversal from them finds the node itself
   * rather than treating it as unknown; given with its first day, `asOf` traversals do not enter
   * it before then (edges' first days come from their `validity`).
   */
  static build(edges: Iterable<EdgeLite>, nodeIds?: Iterable<string | NodeStart>): AdjacencyIndex {
    const idToIndex = new Map<string, number>();
    const ids: string[] = [];
    const intern = (id: string): number => {
      let index = idToIndex.get(id);
      if (index === undefined) {
        index = ids.length;
        idToIndex.set(id, index);
        ids.push(id);
      }
      return index;
    };
    const nodeStarts = new Map<number, number>();
    if (nodeIds) {
      for (const node of nodeIds) {
        if (typeof node === 'string') intern(node);
        else nodeStarts.set(intern(node.id), dayNumber(node.validFrom));
      }
    }
    const sources = new IntBuffer();
    const targets = new IntBuffer();
    const types = new IntBuffer();
    const starts = new IntBuffer();
    const edgeProps: (EdgeProps | undefined)[] = [];
    const edgeValidity: (Validity | undefined)[] = [];
    for (const edge of edges) {
      const code = TYPE_CODE.get(edge.type);
      if (code === undefined)
        throw new RangeError(`unknown relation type ${String(edge.type)} on ${edge.id}`);
      if (hasAny(edge.props)) edgeProps[sources.length] = { ...edge.props };
      if (edge.validity) edgeValidity[sources.length] = edge.validity;
      starts.push(edge.validity?.from === undefined ? 0 : dayNumber(dateStart(edge.validity.from)));
      sources.push(intern(edge.source));
      targets.push(intern(edge.target));
      types.push(code);
    }
    const nodeStart = new Int32Array(ids.length);
    for (const [index, day] of nodeStarts) nodeStart[index] = day;
    return new AdjacencyIndex(
      idToIndex,
      ids,
      sources.toArray(),
      targets.toArray(),
      Uint8Array.from(types.toArray()),
      edgeProps,
      edgeValidity,
      starts.toArray(),
      nodeStart,
    );
  }

  get nodeCount(): number {
    return this.ids.length;
  }

  get edgeCount(): number {
    return this.edgeType.length;
  }

  /** As `NodeKeys`: the index's node ints are the keys. */
  get size(): number {
    return this.ids.length;
  }

  id(key: number): string {
    return this.idAt(key);
  }

  keyOf(id: string): number {
    return this.idToIndex.get(id) ?? -1;
  }

  has(id: string): boolean {
    return this.idToIndex.has(id);
  }

  /** The interned int of `id`, or -1 when the index does not know it. */
  indexOf(id: string): number {
    return this.idToIndex.get(id) ?? -1;
  }

  idAt(index: number): string {
    const id = this.ids[index];
    if (id === undefined) throw new RangeError(`no node ${index}`);
    return id;
  }

  /** The lightweight edge `e` as the port returns it (a fresh object each time). */
  edgeAt(e: number): EdgeLite {
    const source = this.idAt(this.edgeSource[e]);
    const target = this.idAt(this.edgeTarget[e]);
    const type = RELATION_TYPES[this.edgeType[e]];
    const props = this.edgeProps[e];
    const validity = this.edgeValidity[e];
    return {
      id: edgeId(source, type, target),
      type,
      source,
      target,
      props: props ? { ...props } : {},
      ...(validity ? { validity } : {}),
    };
  }

  /**
   * One hop from `ids`: every edge of `types` touching them in `direction`, each once, listed by
   * the frontier's order and then by the order the edges were built in. Unknown ids are skipped.
   */
  expand(ids: readonly string[], direction: Direction, types?: readonly RelationType[]): EdgeLite[] {
    return keyedEdges(this.reachKeys(ids, direction, 1, types));
  }

  /**
   * Breadth-first reach from `seeds` up to `maxDepth` hops: every node reached with the hop count
   * at which it was first reached (seeds at 0), in BFS order, and every edge crossed from a node
   * closer than `maxDepth` (so both its ends are reached), each once, in crossing order.
   */
  reach(
    seeds: readonly string[],
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: IsoDate,
  ): ReachResult {
    return toReachResult(this.reachKeys(seeds, direction, maxDepth, types, asOf));
  }

  /** `reach` over ints (`KeyedReach`): seeds are ids or keys; unknown ones are skipped. */
  reachKeys(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: IsoDate,
  ): KeyedReach {
    const { order, levelEnds, crossedCount } = this.reachIndices(
      seeds,
      direction,
      maxDepth,
      typeMask(types),
      true,
      asOf === undefined ? undefined : dayNumber(asOf),
    );
    const crossed = this.crossedEdges as Int32Array;
    const edgeSource = new Int32Array(crossedCount);
    const edgeTarget = new Int32Array(crossedCount);
    const edgeType = new Uint8Array(crossedCount);
    const edgeProps = new Array<EdgeProps | undefined>(crossedCount);
    const props = this.edgeProps;
    for (let i = 0; i < crossedCount; i++) {
      const e = crossed[i];
      edgeSource[i] = this.edgeSource[e];
      edgeTarget[i] = this.edgeTarget[e];
      edgeType[i] = this.edgeType[e];
      edgeProps[i] = props[e];
    }
    return { keys: this, nodes: order, levelEnds, edgeSource, edgeTarget, edgeType, edgeProps };
  }

  /**
   * The floor every traversal is measured against: a plain BFS that only counts the nodes it
   * reaches, with no results to build.
   */
  countReach(
    seeds: readonly string[],
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
  ): number {
    return this.reachIndices(seeds, direction, maxDepth, typeMask(types), false).order.length;
  }

  /**
   * Every shortest path between `from` and `to`, ignoring edge direction (as "how are these two
   * connected?" is asked), each as its edges in walking order from `from`, ordered by their edge
   * ids; the first `maxPaths`, none longer than `maxDepth`. Parallel edges give distinct paths. `from === to` gives the one
   * empty path; an unknown end gives none.
   */
  shortestPaths(from: string, to: string, options: ShortestPathOptions): EdgeLite[][] {
    const start = this.idToIndex.get(from);
    const goal = this.idToIndex.get(to);
    if (start === undefined || goal === undefined || options.maxPaths <= 0) return [];
    if (start === goal) return [[]];
    const mask = typeMask(options.types);
    const { nodeSeen, nodeDepth, queue } = this;
    nodeSeen[start] = 1;
    nodeDepth[start] = 0;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    let found = false;
    while (head < tail) {
      const u = queue[head++];
      const d = nodeDepth[u];
      // Finish the level where the goal appeared, then stop: longer paths are not shortest.
      if (d >= options.maxDepth || (found && d >= nodeDepth[goal])) break;
      this.forEachSlot(u, 'BOTH', mask, (v) => {
        if (nodeSeen[v] === 1) return;
        nodeSeen[v] = 1;
        nodeDepth[v] = d + 1;
        queue[tail++] = v;
        if (v === goal) found = true;
      });
    }

    // The nodes on some shortest path: walk back from the goal over edges that step exactly one
    // level down (every such walk ends at `from`).
    const onPath = new Set<number>();
    const back = found ? [goal] : [];
    onPath.add(goal);
    while (back.length > 0) {
      const v = back.pop() as number;
      const below = nodeDepth[v] - 1;
      this.forEachSlot(v, 'BOTH', mask, (w) => {
        if (nodeSeen[w] === 1 && nodeDepth[w] === below && !onPath.has(w)) {
          onPath.add(w);
          back.push(w);
        }
      });
    }
    // Then walk forward from `from` over those nodes, edges in id order at each step: the paths
    // come out ordered by their edge ids, so the first `maxPaths` are the same on every store.
    // Every step can be completed to the goal, so enumeration costs only the paths it emits.
    const paths: number[][] = [];
    const stack: number[] = [];
    const walk = (u: number): boolean => {
      if (u === goal) {
        paths.push([...stack]);
        return paths.length < options.maxPaths;
      }
      const above = nodeDepth[u] + 1;
      const steps: { w: number; e: number; id: string }[] = [];
      this.forEachSlot(u, 'BOTH', mask, (w, e) => {
        if (onPath.has(w) && nodeDepth[w] === above) steps.push({ w, e, id: this.edgeAt(e).id });
      });
      steps.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const { w, e } of steps) {
        stack.push(e);
        const more = walk(w);
        stack.pop();
        if (!more) return false;
      }
      return true;
    };
    if (found) walk(start);
    clear(nodeSeen, queue.subarray(0, tail));
    return paths.map((path) => path.map((e) => this.edgeAt(e)));
  }

  /**
   * BFS over ints. Levels are contiguous in `order`: level `d` ends before `levelEnds[d]`, so no
   * per-node depth is written.
   */
  private reachIndices(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    mask: number,
    collectEdges: boolean,
    asOfDay?: number,
  ): { order: Int32Array; levelEnds: number[]; crossedCount: number } {
    const { nodeSeen, queue } = this;
    const edgeSeen = collectEdges ? this.edgeSeen() : undefined;
    if (collectEdges) this.crossedEdges ??= new Int32Array(this.edgeCount);
    const size = this.ids.length;
    let tail = 0;
    for (let i = 0; i < seeds.length; i++) {
      const seed = seeds[i];
      const u = typeof seed === 'number' ? (seed >= 0 && seed < size ? seed : -1) : this.keyOf(seed);
      if (u < 0 || nodeSeen[u] === 1) continue;
      nodeSeen[u] = 1;
      queue[tail++] = u;
    }
    // Within one BOTH traversal a COUPLED_WITH edge is met from both rows; the seen marks make the
    // second meeting a no-op, which is cheaper than testing for it on every slot.
    const checkTypes = mask !== ALL_TYPES_MASK;
    const outRows = direction !== 'IN';
    const inRows = direction !== 'OUT';
    const scratch: EdgeScratch = { crossed: this.crossedEdges as Int32Array, crossedCount: 0 };
    const dated: DatedScan | undefined =
      asOfDay === undefined
        ? undefined
        : { day: asOfDay, edgeStart: this.edgeStart, nodeStart: this.nodeStart };
    const levelEnds = [tail];
    let head = 0;
    for (let depth = 0; depth < maxDepth && head < tail; depth++) {
      const levelEnd = tail;
      // Two loops rather than a per-slot test: the floor (no edges) stays a bare BFS.
      if (edgeSeen === undefined) {
        for (; head < levelEnd; head++) {
          const u = queue[head];
          if (outRows) tail = visitRow(this.out, u, nodeSeen, queue, tail, checkTypes, mask);
          if (inRows) tail = visitRow(this.in, u, nodeSeen, queue, tail, checkTypes, mask);
        }
      } else {
        for (; head < levelEnd; head++) {
          const u = queue[head];
          if (outRows)
            tail = crossRow(this.out, u, nodeSeen, queue, tail, checkTypes, mask, edgeSeen, scratch, dated);
          if (inRows)
            tail = crossRow(this.in, u, nodeSeen, queue, tail, checkTypes, mask, edgeSeen, scratch, dated);
        }
      }
      if (tail > levelEnd) levelEnds.push(tail);
    }
    const order = queue.slice(0, tail);
    clear(nodeSeen, order);
    if (edgeSeen) clear(edgeSeen, scratch.crossed.subarray(0, scratch.crossedCount));
    return { order, levelEnds, crossedCount: scratch.crossedCount };
  }

  /**
   * Calls `visit(neighbour, edge)` for each slot of `u` in `direction` whose type is in `mask`.
   * BOTH reads the OUT row and then the IN row without `COUPLED_WITH`, which the OUT row already
   * holds both ways.
   */
  private forEachSlot(
    u: number,
    direction: Direction,
    mask: number,
    visit: (v: number, e: number) => void,
  ): void {
    if (direction !== 'IN') scan(this.out, u, mask, false, visit);
    if (direction !== 'OUT') scan(this.in, u, mask, direction === 'BOTH', visit);
  }

  private edgeSeen(): Uint8Array {
    // Allocated on first use: a plain BFS never needs it.
    this.edgeSeenMarks ??= new Uint8Array(this.edgeCount);
    return this.edgeSeenMarks;
  }
}

/** An `asOf` traversal: edges and nodes whose first day is after `day` are not crossed. */
interface DatedScan {
  day: number;
  edgeStart: Int32Array;
  nodeStart: Int32Array;
}

/** The crossed-edge list one BFS appends to (reused across calls; `crossedCount` are this call's). */
interface EdgeScratch {
  crossed: Int32Array;
  crossedCount: number;
}

/** Visits row `u` of `block`: enqueues unseen neighbours; returns the new queue tail. */
function visitRow(
  block: CsrBlock,
  u: number,
  nodeSeen: Uint8Array,
  queue: Int32Array,
  tail: number,
  checkTypes: boolean,
  mask: number,
): number {
  const { neighbour, type } = block;
  const end = block.offsets[u + 1];
  for (let slot = block.offsets[u]; slot < end; slot++) {
    if (checkTypes && ((mask >>> type[slot]) & 1) === 0) continue;
    const v = neighbour[slot];
    if (nodeSeen[v] === 0) {
      nodeSeen[v] = 1;
      queue[tail++] = v;
    }
  }
  return tail;
}

/** `visitRow` that also records each unseen edge in `s`. */
function crossRow(
  block: CsrBlock,
  u: number,
  nodeSeen: Uint8Array,
  queue: Int32Array,
  tail: number,
  checkTypes: boolean,
  mask: number,
  edgeSeen: Uint8Array,
  s: EdgeScratch,
  dated?: DatedScan,
): number {
  const { neighbour, type, edge } = block;
  const { crossed } = s;
  let count = s.crossedCount;
  const end = block.offsets[u + 1];
  for (let slot = block.offsets[u]; slot < end; slot++) {
    if (checkTypes && ((mask >>> type[slot]) & 1) === 0) continue;
    const v = neighbour[slot];
    if (dated && (dated.edgeStart[edge[slot]] > dated.day || dated.nodeStart[v] > dated.day)) continue;
    if (nodeSeen[v] === 0) {
      nodeSeen[v] = 1;
      queue[tail++] = v;
    }
    const e = edge[slot];
    if (edgeSeen[e] === 0) {
      edgeSeen[e] = 1;
      crossed[count++] = e;
    }
  }
  s.crossedCount = count;
  return tail;
}

function clear(marks: Uint8Array, touched: ArrayLike<number>): void {
  for (let i = 0; i < touched.length; i++) marks[touched[i]] = 0;
}

function scan(
  block: CsrBlock,
  u: number,
  mask: number,
  skipCoupled: boolean,
  visit: (v: number, e: number) => void,
): void {
  const end = block.offsets[u + 1];
  for (let slot = block.offsets[u]; slot < end; slot++) {
    const type = block.type[slot];
    if (((mask >>> type) & 1) === 0 || (skipCoupled && type === COUPLED_WITH)) continue;
    visit(block.neighbour[slot], block.edge[slot]);
  }
}

/**
 * The CSR block for edges leaving `from` (OUT when `from` is the sources, IN when it is the
 * targets). `COUPLED_WITH` edges are also written into the row of their other end, once.
 */
function buildBlock(nodeCount: number, from: Int32Array, to: Int32Array, types: Uint8Array): CsrBlock {
  const offsets = new Int32Array(nodeCount + 1);
  const edgeCount = types.length;
  for (let e = 0; e < edgeCount; e++) {
    offsets[from[e] + 1]++;
    if (types[e] === COUPLED_WITH && from[e] !== to[e]) offsets[to[e] + 1]++;
  }
  for (let u = 0; u < nodeCount; u++) offsets[u + 1] = offsets[u + 1] + offsets[u];
  const slots = offsets[nodeCount];
  const neighbour = new Int32Array(slots);
  const edge = new Int32Array(slots);
  const type = new Uint8Array(slots);
  const next = offsets.slice(0, nodeCount);
  const place = (u: number, v: number, e: number, t: number): void => {
    const slot = next[u]++;
    neighbour[slot] = v;
    edge[slot] = e;
    type[slot] = t;
  };
  for (let e = 0; e < edgeCount; e++) {
    const u = from[e];
    const v = to[e];
    const t = types[e];
    place(u, v, e, t);
    if (t === COUPLED_WITH && u !== v) place(v, u, e, t);
  }
  return { offsets, neighbour, edge, type };
}

function hasAny(props: EdgeProps | undefined): props is EdgeProps {
  if (!props) return false;
  for (const key in props) if (props[key as keyof EdgeProps] !== undefined) return true;
  return false;
}

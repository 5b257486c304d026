import type { Findings } from './findings.js';

/**
 * The undirected adjacency of a list of edges of `Findings` (CSR over the key space), for the
 * engine's own walks: unlike the store's reach, they never enter a blocked node (an anchor).
 */
export class LocalGraph {
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

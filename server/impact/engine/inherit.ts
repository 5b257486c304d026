import { INHERITED, INHERITS, PART_OF } from './codes.js';
import type { Findings } from './findings.js';
import { LocalGraph } from './local-graph.js';
import { PART_OF_MAX_DEPTH } from './options.js';
import type { ImpactPort } from './port.js';

/** Marks PART_OF-descendants of the flagged nodes as inherited and records every parent link. */
export async function inheritDown(
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

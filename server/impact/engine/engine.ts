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
 *
 * This folder, by part: `port.ts` (what the engine needs of a store), `options.ts` (what a
 * caller asks, bounded and validated), `codes.ts` and `findings.ts` (the int state of one
 * analysis), `local-graph.ts` (its own anchor-blocking BFS), `classify-impact.ts`,
 * `classify-upstream.ts` and `inherit.ts` (the rules), `analysis.ts` and `sorted-keys.ts` (the
 * result, read lazily), `paths.ts` (why), `wording.ts` and `consequences.ts` (what it means).
 */
import type { ImpactAnalysis } from './analysis.js';
import { impactOnce } from './classify-impact.js';
import { upstreamOnce } from './classify-upstream.js';
import { KeySpaceChanged } from './findings.js';
import type { ImpactChange, ImpactOptions, UpstreamOptions } from './options.js';
import type { ImpactPort } from './port.js';

export { ImpactAnalysis } from './analysis.js';
export type { ImpactChange, ImpactOptions, UpstreamOptions } from './options.js';
export { impactPort, type ImpactPort } from './port.js';
export type { AffectedNode, Consequence, ImpactPath, PathSet } from './types.js';

/** Analyses restarted when the store's key space changes under them (a write rebuilt it). */
const KEY_SPACE_ATTEMPTS = 3;

/** domain.md §4, with the options that widen or narrow it. */
export async function analyseImpact(
  port: ImpactPort,
  change: ImpactChange,
  options: ImpactOptions = {},
): Promise<ImpactAnalysis> {
  return withStableKeys(() => impactOnce(port, change, options));
}

/** Everything `id` waits on or depends on, transitively, explained like an impact report. */
export async function analyseUpstream(
  port: ImpactPort,
  id: string,
  options: UpstreamOptions = {},
): Promise<ImpactAnalysis> {
  return withStableKeys(() => upstreamOnce(port, id, options));
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

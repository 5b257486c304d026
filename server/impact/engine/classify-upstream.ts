import { keyedEdges } from '../../store/adjacency/keyed-reach.js';
import { CLASS_RANK, DEFAULT_DIRECT_TYPES, RULE_CLASS, type ImpactRule } from '../impact.rules.js';
import { ImpactAnalysis } from './analysis.js';
import { CODE_OF_CLASS, HOPS, INHERITED, ROOTS } from './codes.js';
import { upstreamConsequence } from './consequences.js';
import { Findings, liveEdges } from './findings.js';
import { inheritDown } from './inherit.js';
import { LocalGraph } from './local-graph.js';
import {
  DEFAULT_PATHS,
  intOption,
  MAX_PATHS,
  MAX_UPSTREAM_DEPTH,
  PART_OF_MAX_DEPTH,
  requireNodes,
  type UpstreamOptions,
} from './options.js';
import { partOfChains } from './paths.js';
import type { ImpactPort } from './port.js';
import { Wording } from './wording.js';

/** One upstream analysis on one key space; `analyseUpstream` retries it. */
export async function upstreamOnce(
  port: ImpactPort,
  id: string,
  options: UpstreamOptions,
): Promise<ImpactAnalysis> {
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

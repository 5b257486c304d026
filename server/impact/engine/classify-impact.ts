import { keyedEdges } from '../../store/adjacency/keyed-reach.js';
import {
  DEFAULT_DIRECT_TYPES,
  DEFAULT_PROPAGATION_TYPES,
  OWNER_LABELS,
  type ImpactRule,
} from '../impact.rules.js';
import { ImpactAnalysis } from './analysis.js';
import {
  code,
  COUPLED_WITH,
  DIRECT,
  HOPS,
  INDIRECT,
  INHERITED,
  INHERITS,
  RESPONSIBLE,
  ROOTS,
  ruleOrder,
  RULES,
  SUPERSEDES,
  TYPE_CODE,
} from './codes.js';
import { impactConsequence } from './consequences.js';
import { Findings, liveEdges } from './findings.js';
import { inheritDown } from './inherit.js';
import { LocalGraph } from './local-graph.js';
import {
  DEFAULT_PATHS,
  intOption,
  MAX_HOPS,
  MAX_PATHS,
  PART_OF_MAX_DEPTH,
  requireNodes,
  type ImpactChange,
  type ImpactOptions,
} from './options.js';
import { partOfChains } from './paths.js';
import type { ImpactPort } from './port.js';
import { Wording } from './wording.js';

/** One impact analysis (domain.md §4) on one key space; `analyseImpact` retries it. */
export async function impactOnce(
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
    // The party responsible for an affected item is who must act on it: not a hop.
    const owners = await ownerKeys(port, f, live);
    const toOwner = (e: number, from: number): boolean =>
      f.eType[e] === RESPONSIBLE && f.eTarget[e] === from && owners.has(f.eSource[e]);
    const hops = (e: number, from: number): boolean => f.canHop(e, from, direction) && !toOwner(e, from);
    const { order, dist } = new LocalGraph(f, live).bfs(direct, maxDepth, hops, isAnchor);
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
        if (d < 0 || d >= maxDepth || !hops(e, from)) continue;
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
  // Consequences name what an item was reached through: the direct items (indirect ones are
  // reached through them) and every parent of an inherited part.
  const parents = new Set<number>();
  for (const key of f.flagged) {
    if (f.cls[key] !== INHERITED) continue;
    for (let r = f.heads[INHERITS][key]; r !== 0; r = f.rNext[r]) parents.add(f.rFrom[r]);
  }
  const named = new Set([
    ...anchors.map((key) => f.id(key)),
    ...supersededIds,
    ...[...successors.values()].flat(),
    ...direct.map((key) => f.id(key)),
    ...[...parents].map((key) => f.id(key)),
  ]);
  const names = await port.getNodes([...named].filter((id) => !changeNodes.has(id)));
  for (const [id, record] of changeNodes) names.set(id, record);
  const words = new Wording(effect, change.date, names, changeIds);
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

/**
 * The acting parties (`OWNER_LABELS`) among the sources of RESPONSIBLE edges in `edges` that are
 * not flagged yet: one port call, and none when no such edge is there.
 */
async function ownerKeys(port: ImpactPort, f: Findings, edges: readonly number[]): Promise<Set<number>> {
  const candidates = new Set<number>();
  for (const e of edges)
    if (f.eType[e] === RESPONSIBLE && f.cls[f.eSource[e]] === 0) candidates.add(f.eSource[e]);
  if (candidates.size === 0) return candidates;
  const records = await port.getNodes([...candidates].map((key) => f.id(key)));
  const owners = new Set<number>();
  for (const key of candidates) {
    const label = records.get(f.id(key))?.label;
    if (label && OWNER_LABELS.includes(label)) owners.add(key);
  }
  return owners;
}

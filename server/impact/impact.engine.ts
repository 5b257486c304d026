/**
 * Impact analysis (konsekvensanalyse): which nodes a landing, delayed or withdrawn change
 * touches, how (DIRECT > INDIRECT > INHERITED, domain.md §4), why (every path, bounded) and what
 * it means for their work. Also the reverse question, `upstream`: what a node waits on.
 *
 * Pure logic over a narrow port. An analysis makes a fixed handful of port calls whatever the
 * graph's size (each is a round trip on Neo4j): it fetches the few small subgraphs the rules
 * need and classifies locally. Classes, depths and consequences are computed for every affected
 * node at once; paths only when asked for (`paths(id)`), because a hub change at scale affects
 * far more nodes than anyone reads the paths of.
 */
import { dateStart, type GraphNodeRecord, type IsoDate, type RelationType } from '../../schema/domain.js';
import { ValidationError } from '../errors.js';
import type { Direction, EdgeLite, GraphStore } from '../store/graph-store.js';
import {
  CLASS_RANK,
  DEFAULT_DIRECT_TYPES,
  DEFAULT_PROPAGATION_TYPES,
  RELATION_TEXT,
  RULE_CLASS,
  type ChangeEffect,
  type ConsequenceCode,
  type ImpactClass,
  type ImpactRule,
} from './impact.rules.js';

/** What the engine needs from a store: the embedded store answers these from its CSR index. */
export type ImpactPort = Pick<GraphStore, 'getNodes' | 'expand' | 'reach'>;

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

interface Reason {
  rule: ImpactRule;
  edge: EdgeLite;
  /** The node the walk came from: an anchor (root reasons), a hop source or a parent. */
  from: string;
}

interface NodeState {
  classification: ImpactClass;
  depth: number;
  rule: ImpactRule;
  roots: Reason[];
  hops: Reason[];
  inherits: Reason[];
}

/** The result of one analysis. Affected nodes are ordered by class, depth and id. */
export class ImpactAnalysis {
  readonly affected: AffectedNode[];
  private readonly pathCache = new Map<string, PathSet>();

  constructor(
    readonly kind: 'impact' | 'upstream',
    /** The changed nodes (impact) or the asked-about node (upstream). */
    readonly subjectIds: readonly string[],
    readonly effect: ChangeEffect,
    readonly pathLimit: number,
    private readonly states: Map<string, NodeState>,
    private readonly rootChains: Map<string, EdgeLite[][]>,
    private readonly hopBudget: number,
    private readonly stopAtRoot: boolean,
    consequences: Map<string, Consequence>,
  ) {
    this.affected = [...states]
      .map(([id, s]) => ({
        id,
        classification: s.classification,
        depth: s.depth,
        rule: s.rule,
        consequence: consequences.get(id) as Consequence,
      }))
      .sort(
        (a, b) =>
          CLASS_RANK[a.classification] - CLASS_RANK[b.classification] ||
          a.depth - b.depth ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }

  get(id: string): AffectedNode | undefined {
    return this.affected.find((a) => a.id === id);
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
    const state = this.states.get(id);
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
    const state = this.states.get(id);
    if (!state || budget < 1 || limit <= 0) return out;
    for (const reason of state.hops) {
      if (out.length >= limit) break;
      const from = this.states.get(reason.from);
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

function path(rule: ImpactRule, edges: EdgeLite[]): ImpactPath {
  return { rule, classification: RULE_CLASS[rule], edges };
}

/** The other end of `edge` from `id`. */
function other(edge: EdgeLite, id: string): string {
  return edge.source === id ? edge.target : edge.source;
}

function startedBy(asOf: IsoDate | undefined): (edge: EdgeLite) => boolean {
  if (!asOf) return () => true;
  return (edge) => edge.props.since === undefined || dateStart(edge.props.since) <= asOf;
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

/** Hop edges usable from `from` in `direction`; COUPLED_WITH is symmetric. */
function canHop(edge: EdgeLite, from: string, direction: Direction): boolean {
  if (direction === 'BOTH' || edge.type === 'COUPLED_WITH') return true;
  return direction === 'OUT' ? edge.source === from : edge.target === from;
}

/** domain.md §4, with the options that widen or narrow it. */
export async function analyseImpact(
  port: ImpactPort,
  change: ImpactChange,
  options: ImpactOptions = {},
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
  const live = startedBy(options.asOf);

  // 1. The change's scope (it and its PART_OF-descendants) and its parents: the anchors.
  const scope = await port.reach(changeIds, 'IN', PART_OF_MAX_DEPTH, ['PART_OF']);
  const scopeChains = partOfChains(changeIds, scope.edges, true, pathLimit);
  const parentEdges = options.includeParent === false ? [] : await port.expand(changeIds, 'OUT', ['PART_OF']);
  const rootChains = new Map(scopeChains);
  const anchorRule = new Map<string, ImpactRule>();
  for (const id of scope.depthById.keys())
    anchorRule.set(id, changeNodes.has(id) ? 'DIRECT_ON_CHANGE' : 'DIRECT_ON_PART');
  for (const edge of parentEdges) {
    const known = anchorRule.get(edge.target);
    if (known !== undefined && known !== 'DIRECT_ON_PARENT') continue;
    anchorRule.set(edge.target, 'DIRECT_ON_PARENT');
    const chains = rootChains.get(edge.target) ?? [];
    for (const chain of scopeChains.get(edge.source) ?? [[]]) chains.push([...chain, edge]);
    rootChains.set(edge.target, chains);
  }
  const isAnchor = (id: string): boolean => anchorRule.has(id);

  // 2. Direct: what points at an anchor, and what the scope supersedes.
  const states = new Map<string, NodeState>();
  const stateOf = (id: string, classification: ImpactClass, depth: number, rule: ImpactRule): NodeState => {
    let state = states.get(id);
    if (!state) {
      state = { classification, depth, rule, roots: [], hops: [], inherits: [] };
      states.set(id, state);
    }
    return state;
  };
  const includeSuperseded = options.includeSuperseded !== false;
  const directTypeSet = new Set(directTypes);
  const anchorEdges = await port.expand([...anchorRule.keys()], 'BOTH', [
    ...directTypes,
    ...(includeSuperseded ? (['SUPERSEDES'] as const) : []),
  ]);
  const superseded = new Set<string>();
  const supersededOn = new Map<string, string>();
  for (const edge of anchorEdges) {
    if (!live(edge)) continue;
    if (
      edge.type === 'SUPERSEDES' &&
      includeSuperseded &&
      scope.depthById.has(edge.source) &&
      !isAnchor(edge.target)
    ) {
      stateOf(edge.target, 'DIRECT', 1, 'DIRECT_SUPERSEDED').roots.push({
        rule: 'DIRECT_SUPERSEDED',
        edge,
        from: edge.source,
      });
      superseded.add(edge.target);
      if (edge.props.effective) supersededOn.set(edge.target, edge.props.effective);
    }
    if (!directTypeSet.has(edge.type)) continue;
    const pairs: [string, string][] = [[edge.source, edge.target]];
    if (edge.type === 'COUPLED_WITH') pairs.push([edge.target, edge.source]);
    for (const [node, anchor] of pairs) {
      const rule = anchorRule.get(anchor);
      if (!rule || isAnchor(node)) continue;
      stateOf(node, 'DIRECT', 1, rule).roots.push({ rule, edge, from: anchor });
    }
  }
  const direct = [...states.keys()];
  for (const state of states.values()) {
    state.roots.sort((a, b) => ruleOrder(a.rule) - ruleOrder(b.rule));
    state.rule = state.roots[0]?.rule ?? state.rule;
  }

  // 3. Indirect: up to `maxDepth` hops from a direct node, never through an anchor.
  if (maxDepth > 0 && direct.length > 0) {
    const hood = await port.reach(direct, direction, maxDepth, propagationTypes);
    const hopDistance = localBfs(
      direct,
      hood.edges.filter(live),
      maxDepth,
      (edge, from) => canHop(edge, from, direction),
      isAnchor,
    );
    for (const [id, distance] of hopDistance) {
      if (distance > 0 && !states.has(id)) stateOf(id, 'INDIRECT', 1 + distance, 'INDIRECT_HOP');
    }
    for (const edge of hood.edges) {
      if (!live(edge)) continue;
      for (const [from, to] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        const fromDistance = hopDistance.get(from);
        if (
          from === to ||
          fromDistance === undefined ||
          fromDistance >= maxDepth ||
          !canHop(edge, from, direction)
        )
          continue;
        const target = states.get(to);
        if (target && !isAnchor(to)) target.hops.push({ rule: 'INDIRECT_HOP', edge, from });
      }
    }
  }

  // 4. Inherited: PART_OF-descendants of flagged nodes.
  if (options.inherit !== false && states.size > 0) {
    await inheritDown(port, states, isAnchor, 'INHERITED_PART_OF');
  }

  // 5. Consequences, with the names and successors their wording needs.
  const successors = new Map<string, string[]>();
  if (superseded.size > 0) {
    for (const edge of await port.expand([...superseded], 'IN', ['SUPERSEDES'])) {
      if (scope.depthById.has(edge.source)) continue;
      successors.set(edge.target, [...(successors.get(edge.target) ?? []), edge.source]);
    }
  }
  const named = new Set([...anchorRule.keys(), ...superseded, ...[...successors.values()].flat()]);
  const names = await port.getNodes([...named].filter((id) => !changeNodes.has(id)));
  for (const [id, record] of changeNodes) names.set(id, record);
  const words = new Wording(effect, change.date, names);
  const consequences = new Map<string, Consequence>();
  for (const [id, state] of states) {
    consequences.set(id, impactConsequence(state, words, superseded, successors, supersededOn));
  }
  return new ImpactAnalysis(
    'impact',
    changeIds,
    effect,
    pathLimit,
    states,
    rootChains,
    maxDepth,
    true,
    consequences,
  );
}

/** Everything `id` waits on or depends on, transitively, explained like an impact report. */
export async function analyseUpstream(
  port: ImpactPort,
  id: string,
  options: UpstreamOptions = {},
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
  const live = startedBy(options.asOf);

  // The node and its PART_OF-ancestors: what they wait on, the node waits on.
  const ancestry = inherit
    ? await port.reach([id], 'OUT', PART_OF_MAX_DEPTH, ['PART_OF'])
    : { depthById: new Map([[id, 0]]), edges: [] };
  const rootChains = partOfChains([id], ancestry.edges, false, pathLimit);
  const starts = [...ancestry.depthById.keys()];
  const isStart = (node: string): boolean => ancestry.depthById.has(node);
  const deps = (await port.reach(starts, 'OUT', maxDepth, types)).edges.filter(live);
  const follows = (edge: EdgeLite, from: string): boolean => canHop(edge, from, 'OUT');

  const states = new Map<string, NodeState>();
  const own = localBfs([id], deps, maxDepth, follows, (node) => node !== id && isStart(node));
  for (const [node, distance] of own) {
    if (distance === 0) continue;
    const rule: ImpactRule = distance === 1 ? 'UPSTREAM_DIRECT' : 'UPSTREAM_TRANSITIVE';
    states.set(node, {
      classification: RULE_CLASS[rule],
      depth: distance,
      rule,
      roots: [],
      hops: [],
      inherits: [],
    });
  }
  // What the ancestors wait on, at the node's distance: PART_OF levels up plus hops from there.
  for (const ancestor of starts) {
    if (ancestor === id) continue;
    const up = ancestry.depthById.get(ancestor) ?? 0;
    for (const [node, distance] of localBfs([ancestor], deps, maxDepth, follows, (n) => n === id)) {
      if (distance === 0 || node === id || isStart(node)) continue;
      const known = states.get(node);
      if (known && known.classification !== 'INHERITED') continue;
      if (known) known.depth = Math.min(known.depth, up + distance);
      else {
        states.set(node, {
          classification: 'INHERITED',
          depth: up + distance,
          rule: 'UPSTREAM_VIA_PARENT',
          roots: [],
          hops: [],
          inherits: [],
        });
      }
    }
  }
  for (const edge of deps) {
    for (const [from, to] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const target = states.get(to);
      if (!target || from === to || !follows(edge, from)) continue;
      if (from === id) target.roots.push({ rule: 'UPSTREAM_DIRECT', edge, from });
      else if (isStart(from)) target.roots.push({ rule: 'UPSTREAM_VIA_PARENT', edge, from });
      else if (states.has(from)) target.hops.push({ rule: 'UPSTREAM_TRANSITIVE', edge, from });
    }
  }
  for (const state of states.values()) {
    state.roots.sort((a, b) => CLASS_RANK[RULE_CLASS[a.rule]] - CLASS_RANK[RULE_CLASS[b.rule]]);
  }
  if (inherit && states.size > 0) {
    await inheritDown(port, states, (node) => node === id || isStart(node), 'UPSTREAM_PART');
  }
  const words = new Wording('LANDS', undefined, nodes);
  const consequences = new Map<string, Consequence>();
  for (const [node, state] of states) consequences.set(node, upstreamConsequence(state, words, id));
  return new ImpactAnalysis(
    'upstream',
    [id],
    'LANDS',
    pathLimit,
    states,
    rootChains,
    maxDepth - 1,
    false,
    consequences,
  );
}

/** Marks PART_OF-descendants of the flagged nodes as inherited and records every parent link. */
async function inheritDown(
  port: ImpactPort,
  states: Map<string, NodeState>,
  blocked: (id: string) => boolean,
  rule: 'INHERITED_PART_OF' | 'UPSTREAM_PART',
): Promise<void> {
  const flagged = [...states.keys()];
  const tree = await port.reach(flagged, 'IN', PART_OF_MAX_DEPTH, ['PART_OF']);
  const reached = localBfs(
    flagged,
    tree.edges,
    PART_OF_MAX_DEPTH,
    (edge, from) => edge.target === from,
    blocked,
  );
  for (const [id, distance] of reached) {
    if (distance > 0 && !states.has(id)) {
      states.set(id, {
        classification: 'INHERITED',
        depth: Infinity,
        rule,
        roots: [],
        hops: [],
        inherits: [],
      });
    }
  }
  for (const edge of tree.edges) {
    const child = states.get(edge.source);
    if (child && states.has(edge.target) && edge.source !== edge.target) {
      child.inherits.push({ rule, edge, from: edge.target });
    }
  }
  // Depth of an inherited node: its shallowest parent's depth + 1. Relaxed in BFS order until
  // stable, since a parent reached later by the BFS may still be shallower by class depth.
  const inherited = [...reached.keys()].filter((id) => states.get(id)?.classification === 'INHERITED');
  for (let pass = 0, changed = true; changed && pass < PART_OF_MAX_DEPTH; pass++) {
    changed = false;
    for (const id of inherited) {
      const state = states.get(id) as NodeState;
      for (const reason of state.inherits) {
        const depth = (states.get(reason.from) as NodeState).depth + 1;
        if (depth < state.depth) {
          state.depth = depth;
          changed = true;
        }
      }
    }
  }
}

/** BFS over a fetched edge list, from `seeds`, never entering a `blocked` node. */
function localBfs(
  seeds: readonly string[],
  edges: readonly EdgeLite[],
  maxDepth: number,
  usable: (edge: EdgeLite, from: string) => boolean,
  blocked: (id: string) => boolean,
): Map<string, number> {
  const adjacent = new Map<string, EdgeLite[]>();
  const add = (id: string, edge: EdgeLite): void => {
    const list = adjacent.get(id);
    if (list) list.push(edge);
    else adjacent.set(id, [edge]);
  };
  for (const edge of edges) {
    add(edge.source, edge);
    if (edge.target !== edge.source) add(edge.target, edge);
  }
  const distance = new Map<string, number>();
  const queue: string[] = [];
  for (const seed of seeds) {
    if (!distance.has(seed)) {
      distance.set(seed, 0);
      queue.push(seed);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head];
    const d = distance.get(from) as number;
    if (d >= maxDepth) continue;
    for (const edge of adjacent.get(from) ?? []) {
      if (!usable(edge, from)) continue;
      const to = other(edge, from);
      if (distance.has(to) || blocked(to)) continue;
      distance.set(to, d + 1);
      queue.push(to);
    }
  }
  return distance;
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

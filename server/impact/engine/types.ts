/** What an analysis reports per node, and the per-node state it builds when a node is read. */
import type { EdgeLite } from '../../store/graph-store.js';
import type { ConsequenceCode, ImpactClass, ImpactRule } from '../impact.rules.js';

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
  /** When it takes effect (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known. */
  effective?: string;
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

export interface Reason {
  rule: ImpactRule;
  edge: EdgeLite;
  /** The node the walk came from: an anchor (root reasons), a hop source or a parent. */
  from: string;
}

/** One affected node's findings with ids and edges, built when a caller reads the node. */
export interface NodeState {
  classification: ImpactClass;
  depth: number;
  rule: ImpactRule;
  roots: Reason[];
  hops: Reason[];
  inherits: Reason[];
}

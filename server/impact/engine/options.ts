/** What a caller asks of the engine, the bounds on it, and the validation of both. */
import type { GraphNodeRecord, IsoDate, RelationType } from '../../../schema/domain.js';
import { ValidationError } from '../../errors.js';
import type { Direction } from '../../store/graph-store.js';
import type { ChangeEffect } from '../impact.rules.js';
import type { ImpactPort } from './port.js';

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

/** Bounds that keep PART_OF walks finite even on a malformed (cyclic) hierarchy. */
export const PART_OF_MAX_DEPTH = 64;
export const MAX_HOPS = 6;
export const MAX_UPSTREAM_DEPTH = 50;
export const DEFAULT_PATHS = 20;
export const MAX_PATHS = 200;

export function intOption(
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

export async function requireNodes(
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

/**
 * The explorer's visual vocabulary, in one place so that the canvas, the legend and the SVG
 * export cannot disagree: colour by status family, shape by label, line by relationship type,
 * halo by impact class.
 */
import type { NodeLabel, RelationType, StatusFamily } from '../../shared/domain.js';

export interface FamilyStyle {
  fill: string;
  border: string;
  borderWidth: number;
  borderStyle: 'solid' | 'dashed' | 'dotted';
}

/**
 * AWAITING is the one users scan for ("what waits for the reform?"), so it alone combines a
 * saturated orange with a thick dashed dark border: it reads as different even in greyscale.
 */
export const FAMILY_STYLES: { readonly [F in StatusFamily]: FamilyStyle } = {
  ACTIVE: { fill: '#22a05a', border: '#14532d', borderWidth: 1.5, borderStyle: 'solid' },
  AWAITING: { fill: '#f97316', border: '#431407', borderWidth: 5, borderStyle: 'dashed' },
  PAUSED: { fill: '#a855f7', border: '#4c1d95', borderWidth: 1.5, borderStyle: 'solid' },
  DONE: { fill: '#2563eb', border: '#1e3a8a', borderWidth: 1.5, borderStyle: 'solid' },
  DROPPED: { fill: '#52525b', border: '#18181b', borderWidth: 1.5, borderStyle: 'dotted' },
  INACTIVE: { fill: '#cbd5e1', border: '#475569', borderWidth: 1.5, borderStyle: 'solid' },
  UNKNOWN: { fill: '#ffffff', border: '#64748b', borderWidth: 1.5, borderStyle: 'solid' },
};

/** Cytoscape node shapes, one per label. */
export type NodeShape =
  | 'star'
  | 'round-rectangle'
  | 'hexagon'
  | 'diamond'
  | 'ellipse'
  | 'triangle'
  | 'octagon'
  | 'cut-rectangle'
  | 'concave-hexagon'
  | 'rectangle'
  | 'tag'
  | 'barrel'
  | 'vee'
  | 'pentagon'
  | 'rhomboid'
  | 'right-rhomboid'
  | 'round-triangle'
  | 'bottom-round-rectangle'
  | 'round-tag'
  | 'round-diamond'
  | 'heptagon';

/**
 * One shape per label, and within a tier of the layered picture no two alike (tag and round-tag,
 * triangle and round-triangle sit in different tiers), so a kind reads from its outline alone.
 */
export const LABEL_SHAPES: { readonly [L in NodeLabel]: NodeShape } = {
  Vision: 'star',
  Agreement: 'round-rectangle',
  FocusArea: 'hexagon',
  Goal: 'diamond',
  Initiative: 'ellipse',
  WorkingGroup: 'triangle',
  Body: 'octagon',
  Organisation: 'cut-rectangle',
  Cluster: 'concave-hexagon',
  Municipality: 'rectangle',
  Hospital: 'round-tag',
  Region: 'bottom-round-rectangle',
  NationalReform: 'pentagon',
  ReformElement: 'round-triangle',
  NationalPlan: 'rhomboid',
  RegionalScheme: 'right-rhomboid',
  Task: 'vee',
  Plan: 'barrel',
  WorkPlan: 'tag',
  Artifact: 'round-diamond',
  SourceDocument: 'heptagon',
};

export type ArrowShape = 'triangle' | 'triangle-backcurve' | 'tee' | 'square' | 'circle' | 'vee' | 'none';

export interface EdgeStyle {
  colour: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  arrow: ArrowShape;
}

/**
 * Eighteen relation types in four visual families a reader can tell apart at a glance, each by
 * colour, stroke pattern and arrow head together (so they differ in greyscale too):
 * - structure: what is part of, concretises or replaces what (slate, solid, triangle);
 * - delivery: who implements, owns, decides or reports (blue, dashed, square head);
 * - impact: what waits for, depends on or follows from what (orange, heavy, vee head);
 * - provenance: where something is mentioned (light violet, dotted, small circle).
 */
export type RelationFamily = 'structure' | 'delivery' | 'impact' | 'provenance';
export const RELATION_FAMILIES: readonly RelationFamily[] = ['structure', 'delivery', 'impact', 'provenance'];

export const RELATION_FAMILY: { readonly [R in RelationType]: RelationFamily } = {
  PART_OF: 'structure',
  CONCRETIZES: 'structure',
  REVISES: 'structure',
  SUPERSEDES: 'structure',
  MEMBER_OF: 'structure',
  LOCATED_IN: 'structure',
  PRIORITIZED_IN: 'structure',
  IMPLEMENTED_BY: 'delivery',
  RESPONSIBLE: 'delivery',
  ESTABLISHED_BY: 'delivery',
  REPORTS_TO: 'delivery',
  DECIDED_BY: 'delivery',
  AWAITS: 'impact',
  DEPENDS_ON: 'impact',
  DERIVES_FROM: 'impact',
  CONCERNS: 'impact',
  COUPLED_WITH: 'impact',
  MENTIONED_IN: 'provenance',
};

export const FAMILY_EDGE_STYLES: { readonly [F in RelationFamily]: EdgeStyle } = {
  structure: { colour: '#94a3b8', width: 1.2, lineStyle: 'solid', arrow: 'triangle' },
  delivery: { colour: '#2563eb', width: 1.4, lineStyle: 'dashed', arrow: 'square' },
  impact: { colour: '#f59e0b', width: 1.4, lineStyle: 'solid', arrow: 'vee' },
  provenance: { colour: '#a78bfa', width: 1, lineStyle: 'dotted', arrow: 'circle' },
};

/** The two relations impact analysis is about: the heaviest lines on the canvas. */
export const HEAVY_RELATIONS: readonly RelationType[] = ['AWAITS', 'DEPENDS_ON'];

function relationStyle(type: RelationType): EdgeStyle {
  const style = FAMILY_EDGE_STYLES[RELATION_FAMILY[type]];
  return HEAVY_RELATIONS.includes(type) ? { ...style, colour: '#c2410c', width: 3.5 } : style;
}

export const RELATION_STYLES: { readonly [R in RelationType]: EdgeStyle } = {
  PART_OF: relationStyle('PART_OF'),
  CONCRETIZES: relationStyle('CONCRETIZES'),
  REVISES: relationStyle('REVISES'),
  SUPERSEDES: relationStyle('SUPERSEDES'),
  MEMBER_OF: relationStyle('MEMBER_OF'),
  LOCATED_IN: relationStyle('LOCATED_IN'),
  PRIORITIZED_IN: relationStyle('PRIORITIZED_IN'),
  IMPLEMENTED_BY: relationStyle('IMPLEMENTED_BY'),
  RESPONSIBLE: relationStyle('RESPONSIBLE'),
  ESTABLISHED_BY: relationStyle('ESTABLISHED_BY'),
  REPORTS_TO: relationStyle('REPORTS_TO'),
  DECIDED_BY: relationStyle('DECIDED_BY'),
  AWAITS: relationStyle('AWAITS'),
  DEPENDS_ON: relationStyle('DEPENDS_ON'),
  DERIVES_FROM: relationStyle('DERIVES_FROM'),
  CONCERNS: relationStyle('CONCERNS'),
  COUPLED_WITH: relationStyle('COUPLED_WITH'),
  MENTIONED_IN: relationStyle('MENTIONED_IN'),
};

export type ImpactClass = 'DIRECT' | 'INDIRECT' | 'INHERITED';

/** Halos drawn under affected nodes; hues chosen apart from every status fill. */
export const IMPACT_HALOS: { readonly [C in ImpactClass]: string } = {
  DIRECT: '#dc2626',
  INDIRECT: '#d946ef',
  INHERITED: '#0ea5e9',
};
export const CHANGED_HALO = '#111827';
export const PATH_COLOUR = '#dc2626';

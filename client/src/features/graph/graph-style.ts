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
  Hospital: 'tag',
  Region: 'barrel',
  NationalReform: 'vee',
  ReformElement: 'pentagon',
  NationalPlan: 'rhomboid',
  RegionalScheme: 'right-rhomboid',
  Task: 'round-triangle',
  Plan: 'bottom-round-rectangle',
  WorkPlan: 'round-tag',
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

/** Impact relations (AWAITS, DEPENDS_ON, DERIVES_FROM) are the heaviest lines. */
export const RELATION_STYLES: { readonly [R in RelationType]: EdgeStyle } = {
  PART_OF: { colour: '#94a3b8', width: 1.5, lineStyle: 'solid', arrow: 'triangle' },
  CONCRETIZES: { colour: '#0d9488', width: 1.5, lineStyle: 'solid', arrow: 'vee' },
  REVISES: { colour: '#0d9488', width: 1.5, lineStyle: 'dashed', arrow: 'vee' },
  SUPERSEDES: { colour: '#7f1d1d', width: 2, lineStyle: 'solid', arrow: 'tee' },
  IMPLEMENTED_BY: { colour: '#3b82f6', width: 1.2, lineStyle: 'dotted', arrow: 'triangle' },
  RESPONSIBLE: { colour: '#1d4ed8', width: 1.5, lineStyle: 'solid', arrow: 'square' },
  ESTABLISHED_BY: { colour: '#1e40af', width: 1.2, lineStyle: 'dotted', arrow: 'square' },
  REPORTS_TO: { colour: '#1e40af', width: 1.2, lineStyle: 'dashed', arrow: 'triangle' },
  MEMBER_OF: { colour: '#cbd5e1', width: 1, lineStyle: 'solid', arrow: 'circle' },
  LOCATED_IN: { colour: '#94a3b8', width: 1, lineStyle: 'dotted', arrow: 'circle' },
  CONCERNS: { colour: '#a16207', width: 1.2, lineStyle: 'dashed', arrow: 'triangle' },
  DEPENDS_ON: { colour: '#b45309', width: 2.5, lineStyle: 'solid', arrow: 'triangle' },
  AWAITS: { colour: '#ea580c', width: 3, lineStyle: 'dashed', arrow: 'triangle' },
  DERIVES_FROM: { colour: '#7c3aed', width: 2, lineStyle: 'solid', arrow: 'triangle-backcurve' },
  COUPLED_WITH: { colour: '#be185d', width: 1.5, lineStyle: 'dashed', arrow: 'none' },
  DECIDED_BY: { colour: '#475569', width: 1, lineStyle: 'dotted', arrow: 'tee' },
  PRIORITIZED_IN: { colour: '#0f766e', width: 1, lineStyle: 'dotted', arrow: 'triangle' },
  MENTIONED_IN: { colour: '#d4d4d8', width: 0.8, lineStyle: 'dotted', arrow: 'triangle' },
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

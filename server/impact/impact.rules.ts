/**
 * The vocabulary of impact analysis (konsekvensanalyse): classes, rules and consequences, each a
 * stable code with the Danish wording a secretariat uses and an English gloss. Texts live here so
 * that the engine, the GraphQL enums and the CSV/Markdown report say the same thing.
 */
import type { NodeLabel, RelationType } from '../../schema/domain.js';

/** How a node came to be affected, strongest first (domain.md §4). */
export const IMPACT_CLASSES = ['DIRECT', 'INDIRECT', 'INHERITED'] as const;
export type ImpactClass = (typeof IMPACT_CLASSES)[number];
export const CLASS_RANK: Record<ImpactClass, number> = { DIRECT: 0, INDIRECT: 1, INHERITED: 2 };
export const CLASS_TEXT: Record<ImpactClass, { da: string; en: string }> = {
  DIRECT: { da: 'Direkte', en: 'Direct' },
  INDIRECT: { da: 'Indirekte', en: 'Indirect' },
  INHERITED: { da: 'Arvet', en: 'Inherited' },
};

/** What happens to the changed nodes. */
export const CHANGE_EFFECTS = ['LANDS', 'DELAYED', 'WITHDRAWN'] as const;
export type ChangeEffect = (typeof CHANGE_EFFECTS)[number];

export const IMPACT_RULES = {
  DIRECT_ON_CHANGE: {
    da: 'Direkte: afventer, afhænger af eller udspringer af ændringen',
    en: 'Direct: awaits, depends on or derives from the change',
  },
  DIRECT_ON_PART: {
    da: 'Direkte: afventer, afhænger af eller udspringer af en del af ændringen',
    en: 'Direct: awaits, depends on or derives from a part of the change',
  },
  DIRECT_ON_PARENT: {
    da: 'Direkte: afventer, afhænger af eller udspringer af den reform, ændringen er en del af',
    en: 'Direct: awaits, depends on or derives from the reform the change is part of',
  },
  DIRECT_SUPERSEDED: { da: 'Direkte: afløses af ændringen', en: 'Direct: superseded by the change' },
  INDIRECT_HOP: {
    da: 'Indirekte: forbundet med et direkte berørt element',
    en: 'Indirect: connected to a directly affected item',
  },
  INHERITED_PART_OF: { da: 'Arvet: del af et berørt element', en: 'Inherited: part of an affected item' },
  UPSTREAM_DIRECT: {
    da: 'Direkte: elementet venter på eller afhænger af dette',
    en: 'Direct: the item waits on or depends on this',
  },
  UPSTREAM_TRANSITIVE: {
    da: 'Indirekte: noget, elementet venter på, venter på eller afhænger af dette',
    en: 'Indirect: something the item waits on waits on or depends on this',
  },
  UPSTREAM_PART: {
    da: 'Arvet: del af noget, elementet venter på',
    en: 'Inherited: part of something the item waits on',
  },
  UPSTREAM_VIA_PARENT: {
    da: 'Arvet: det overordnede element venter på eller afhænger af dette',
    en: 'Inherited: the parent item waits on or depends on this',
  },
} as const satisfies Record<string, { da: string; en: string }>;
export type ImpactRule = keyof typeof IMPACT_RULES;

export const RULE_CLASS: Record<ImpactRule, ImpactClass> = {
  DIRECT_ON_CHANGE: 'DIRECT',
  DIRECT_ON_PART: 'DIRECT',
  DIRECT_ON_PARENT: 'DIRECT',
  DIRECT_SUPERSEDED: 'DIRECT',
  INDIRECT_HOP: 'INDIRECT',
  INHERITED_PART_OF: 'INHERITED',
  UPSTREAM_DIRECT: 'DIRECT',
  UPSTREAM_TRANSITIVE: 'INDIRECT',
  UPSTREAM_PART: 'INHERITED',
  UPSTREAM_VIA_PARENT: 'INHERITED',
};

/** What the change means for the node's work, in secretariat terms. */
export const CONSEQUENCE_CODES = [
  'READY_TO_START',
  'BLOCKED_LONGER',
  'BASIS_WITHDRAWN',
  'REPLAN',
  'PREREQUISITE_MET',
  'PREREQUISITE_DELAYED',
  'PREREQUISITE_LOST',
  'ALIGN_WITH_NATIONAL',
  'SUPERSEDED',
  'SUPERSESSION_DELAYED',
  'NOT_SUPERSEDED',
  'LOSES_OWNER',
  'HANDOVER_DELAYED',
  'KEEPS_OWNER',
  'REVIEW',
  'FOLLOWS_PARENT',
  'UPSTREAM_BLOCKER',
  'UPSTREAM_ADJUSTMENT',
  'UPSTREAM_PREREQUISITE',
  'UPSTREAM_BASIS',
] as const;
export type ConsequenceCode = (typeof CONSEQUENCE_CODES)[number];

/** Danish and English words for a relationship, read from → to. */
export const RELATION_TEXT: Record<RelationType, { da: string; en: string }> = {
  PART_OF: { da: 'er del af', en: 'is part of' },
  CONCRETIZES: { da: 'konkretiserer', en: 'concretizes' },
  REVISES: { da: 'reviderer', en: 'revises' },
  SUPERSEDES: { da: 'afløser', en: 'supersedes' },
  IMPLEMENTED_BY: { da: 'implementeres af', en: 'is implemented by' },
  RESPONSIBLE: { da: 'er ansvarlig for', en: 'is responsible for' },
  ESTABLISHED_BY: { da: 'er nedsat af', en: 'is established by' },
  REPORTS_TO: { da: 'refererer til', en: 'reports to' },
  MEMBER_OF: { da: 'er medlem af', en: 'is a member of' },
  LOCATED_IN: { da: 'ligger i', en: 'is located in' },
  CONCERNS: { da: 'vedrører', en: 'concerns' },
  DEPENDS_ON: { da: 'afhænger af', en: 'depends on' },
  AWAITS: { da: 'afventer', en: 'awaits' },
  DERIVES_FROM: { da: 'udspringer af', en: 'derives from' },
  COUPLED_WITH: { da: 'kobles med', en: 'is coupled with' },
  DECIDED_BY: { da: 'er besluttet af', en: 'is decided by' },
  PRIORITIZED_IN: { da: 'er prioriteret i', en: 'is prioritised in' },
  MENTIONED_IN: { da: 'er nævnt i', en: 'is mentioned in' },
};

/**
 * Labels of the parties that act: a node of these labels RESPONSIBLE for an affected item is
 * its owner (who must act on it), reported as such, not an affected item with its own members
 * inheriting (issue 13). A working group does the work itself and stays affected (domain.md §4
 * example B: `wg-demens`).
 */
export const OWNER_LABELS: readonly NodeLabel[] = [
  'Body',
  'Organisation',
  'Region',
  'Municipality',
  'Hospital',
];

/** domain.md §4 defaults. */
export const DEFAULT_DIRECT_TYPES: readonly RelationType[] = ['AWAITS', 'DEPENDS_ON', 'DERIVES_FROM'];
export const DEFAULT_PROPAGATION_TYPES: readonly RelationType[] = [
  'AWAITS',
  'DEPENDS_ON',
  'COUPLED_WITH',
  'REVISES',
  'RESPONSIBLE',
  'IMPLEMENTED_BY',
  'CONCERNS',
];

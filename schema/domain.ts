/**
 * The vocabulary of the agreement complex (aftalekomplekset), from `shared/domain.md` §1–2.
 *
 * This file is the single source for node labels, relationship types, status codes and the
 * record shapes that cross the store port. The GraphQL enums, the seed validator and both
 * stores are built from these lists, so a new code is added here and nowhere else.
 */
import type { AuditEntry, RecordVersions } from './audit.js';

/** Node labels of the graph model (domain.md §2). `SourceDocument` nodes are the documents. */
export const NODE_LABELS = [
  'Vision',
  'Agreement',
  'FocusArea',
  'Goal',
  'Initiative',
  'WorkingGroup',
  'Body',
  'Organisation',
  'Cluster',
  'Municipality',
  'Hospital',
  'Region',
  'NationalReform',
  'ReformElement',
  'NationalPlan',
  'RegionalScheme',
  'Task',
  'Plan',
  'WorkPlan',
  'Artifact',
  'SourceDocument',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** What "awaiting national work" points at: national reforms, their elements, national plans. */
export const NATIONAL_LABELS: readonly NodeLabel[] = ['NationalReform', 'ReformElement', 'NationalPlan'];

/**
 * Relationship types (domain.md §2), written from → to. `COUPLED_WITH` is symmetric: it is
 * stored once and traversed both ways.
 */
export const RELATION_TYPES = [
  // structure
  'PART_OF',
  'CONCRETIZES',
  'REVISES',
  'SUPERSEDES',
  // delivery
  'IMPLEMENTED_BY',
  'RESPONSIBLE',
  'ESTABLISHED_BY',
  'REPORTS_TO',
  'MEMBER_OF',
  'LOCATED_IN',
  'CONCERNS',
  // impact
  'DEPENDS_ON',
  'AWAITS',
  'DERIVES_FROM',
  'COUPLED_WITH',
  // provenance
  'DECIDED_BY',
  'PRIORITIZED_IN',
  'MENTIONED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Status codes (domain.md §2 "Status vocabulary"), with the Danish wording they stand for. */
export const STATUS_CODES = {
  NOT_STARTED: { da: 'Ikke igangsat', en: 'Not started', family: 'inactive' },
  PROPOSED: { da: 'Nyt forslag', en: 'Proposed', family: 'inactive' },
  PLANNED: { da: 'Planlagt', en: 'Planned', family: 'inactive' },
  STARTED: { da: 'Igangsat', en: 'Started', family: 'active' },
  WG_SET_UP: { da: 'Arbejdsgruppe nedsat', en: 'Working group set up', family: 'active' },
  DRAFTING: { da: 'Under udarbejdelse', en: 'Drafting', family: 'active' },
  IN_DEVELOPMENT: { da: 'I udviklingsfasen', en: 'In development', family: 'active' },
  IN_PILOT: { da: 'Afprøvning', en: 'In pilot', family: 'active' },
  PENDING_APPROVAL: { da: 'Til godkendelse', en: 'Pending approval', family: 'active' },
  APPROVAL_EXPECTED: { da: 'Forventes godkendt', en: 'Approval expected', family: 'active' },
  APPROVED: { da: 'Godkendt', en: 'Approved', family: 'active' },
  IN_FORCE: { da: 'Trådt i kraft', en: 'In force', family: 'active' },
  IMPLEMENTING: { da: 'Under implementering', en: 'Implementing', family: 'active' },
  RESUMED: { da: 'Genoptaget', en: 'Resumed', family: 'active' },
  CONTINUE: { da: 'Videreførelse', en: 'Continue', family: 'active' },
  EVALUATION_DUE: { da: 'Evaluering/opfølgning', en: 'Evaluation due', family: 'active' },
  IMPLEMENTED: { da: 'Implementeret', en: 'Implemented', family: 'done' },
  COMPLETED: { da: 'Udarbejdet', en: 'Completed', family: 'done' },
  NOT_IMPLEMENTED: { da: 'Ikke fuldt implementeret', en: 'Not (fully) implemented', family: 'paused' },
  PAUSED: { da: 'Pauseret', en: 'Paused', family: 'paused' },
  POSTPONED: { da: 'Udskudt', en: 'Postponed', family: 'paused' },
  AWAITING_REGIONAL: {
    da: 'Afventer regional afklaring',
    en: 'Awaiting regional clarification',
    family: 'awaiting',
  },
  AWAITING_NATIONAL: {
    da: 'Afventer reform/nationalt arbejde',
    en: 'Awaiting national work',
    family: 'awaiting',
  },
  DROPPED: { da: 'Udgår', en: 'Dropped', family: 'dropped' },
  WILL_NOT_START: { da: 'Sættes ikke i gang', en: 'Will not start', family: 'dropped' },
  UNKNOWN: { da: 'Ukendt', en: 'Unknown', family: 'unknown' },
} as const satisfies Record<string, { da: string; en: string; family: StatusFamily }>;
export type StatusCode = keyof typeof STATUS_CODES;
export const STATUS_CODE_LIST = Object.keys(STATUS_CODES) as StatusCode[];

/** Colour families the explorer draws; `awaiting` is what must be unmistakable. */
export const STATUS_FAMILIES = [
  'active',
  'awaiting',
  'paused',
  'done',
  'dropped',
  'inactive',
  'unknown',
] as const;
export type StatusFamily = (typeof STATUS_FAMILIES)[number];

/** Who said it: a stated fact, a plan, the chair's recommendation (indstilling), or a decision. */
export const OBSERVATION_KINDS = ['fact', 'plan', 'recommendation', 'decision'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** How sure the data is: stated in a document, inferred [inf], or not verified [unv]. */
export const CONFIDENCES = ['stated', 'inferred', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A date as a document gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Comparisons use the first
 * day it covers (see `dateStart`), so "2024-09" is observed from 1 September 2024.
 */
export type PartialDate = string;

/** Label-specific properties (domain.md §2). Only the ones that belong to a label are set. */
export interface NodeProps {
  validFrom?: PartialDate;
  validTo?: PartialDate;
  ownerBody?: string;
  horizonRaw?: string;
  horizonStart?: IsoDate;
  horizonEnd?: IsoDate;
  establishedOn?: PartialDate;
  torStatus?: string;
  activeFrom?: PartialDate;
  activeTo?: PartialDate;
  agreedOn?: PartialDate;
  lawRef?: string;
  effectiveFrom?: PartialDate;
  level?: 'municipal' | 'regional';
  /** Free text the inventory attaches, e.g. why a mapping is unverified. */
  note?: string;
}

/** Every key of `NodeProps`, in the order declared: what exports write and edits may set. */
export const NODE_PROP_KEYS = [
  'validFrom',
  'validTo',
  'ownerBody',
  'horizonRaw',
  'horizonStart',
  'horizonEnd',
  'establishedOn',
  'torStatus',
  'activeFrom',
  'activeTo',
  'agreedOn',
  'lawRef',
  'effectiveFrom',
  'level',
  'note',
] as const satisfies readonly (keyof NodeProps)[];

/** Where a fact comes from: a source document, the sentence, and how sure it is. */
export interface SourceRef {
  documentId: string;
  quote?: string;
  confidence: Confidence;
}

/** One statement about a node's status in one document (never a single status property). */
export interface StatusObservation {
  code: StatusCode;
  /** The document's own words, verbatim Danish. */
  textDa: string;
  /** The date the statement refers to, as precise as the document is. */
  date: PartialDate;
  kind: ObservationKind;
  documentId: string;
  /** Order of statements with the same date, e.g. drafted → paused → resumed in one cell. */
  seq: number;
}

/** What marks the start of a node's or relation's life, from the best evidence the documents give. */
export const VALIDITY_FROM_BASES = ['established', 'agreed', 'in_force', 'first_mention'] as const;
export type ValidityFromBasis = (typeof VALIDITY_FROM_BASES)[number];
/** What ended it: ended by its own terms or a decision, superseded by another, retired by an edit. */
export const VALIDITY_TO_BASES = ['ended', 'superseded', 'retired'] as const;
export type ValidityToBasis = (typeof VALIDITY_TO_BASES)[number];

/**
 * When a node or relation exists in the complex. `from` absent: since before the documents
 * begin; `to` absent: still in force. `first_mention` marks a start that is only the first
 * document naming it, not a stated date. Under `asOf`, what did not exist yet is left out.
 */
export interface Validity {
  from?: PartialDate;
  fromBasis?: ValidityFromBasis;
  to?: PartialDate;
  toBasis?: ValidityToBasis;
  /** The source document that states the dates, when one does. */
  documentId?: string;
}

export interface GraphNodeRecord {
  id: string;
  label: NodeLabel;
  kind: string;
  nameDa: string;
  nameEn?: string;
  aliases: string[];
  props: NodeProps;
  sources: SourceRef[];
  statusHistory: StatusObservation[];
  /** Absent: no validity known (treated as always valid). */
  validity?: Validity;
}

/** Properties an edge may carry (domain.md §2 relationship table). */
export interface EdgeProps {
  /** AWAITS: does the awaited thing block the work or only change it. */
  mode?: 'blocking' | 'adjust';
  since?: PartialDate;
  /** AWAITS: the document's words that say so (verbatim Danish). */
  quote?: string;
  /** DEPENDS_ON: prerequisite / funding / legal. */
  dependencyKind?: 'prerequisite' | 'funding' | 'legal';
  /** SUPERSEDES: when the new one takes over. */
  effective?: PartialDate;
  /** RESPONSIBLE: owner / approver / follow_up. LOCATED_IN: pilot_site / host. */
  role?: string;
  /** DECIDED_BY: date of the decision. */
  date?: PartialDate;
  /** PRIORITIZED_IN: the work plan's wording. */
  text?: string;
}

export interface GraphEdgeRecord {
  /** Stable: `${source}|${type}|${target}`. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  props: EdgeProps;
  sources: SourceRef[];
  /** Absent: no validity known (treated as always valid). */
  validity?: Validity;
}

export interface SourceDocumentRecord {
  id: string;
  /** File name in `shared/seeds/`. */
  file: string;
  title: string;
  asOf: PartialDate;
  asOfConfidence: Confidence;
}

/**
 * The whole graph as one document: what the seed loader produces, what export writes and what
 * import reads. Arrays are sorted by id so that export → import → export is byte-identical.
 */
export interface GraphDocument {
  format: 'aftalegraf-graph';
  /**
   * 1: the graph only. 2: also record versions and the audit trail. A graph with no edit history
   * (every version 1, no entries) is written as version 1, so older readers still read it.
   */
  version: 1 | 2;
  documents: SourceDocumentRecord[];
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  /** Version 2: versions other than 1 (absent ids are at 1). */
  recordVersions?: RecordVersions;
  /** Version 2: the audit trail, oldest first. */
  audit?: AuditEntry[];
}

export function edgeId(source: string, type: RelationType, target: string): string {
  return `${source}|${type}|${target}`;
}

/** The source and target node ids an `edgeId` names. */
export function edgeEnds(id: string): string[] {
  const [source, , target] = id.split('|');
  return [source, target].filter((end): end is string => end !== undefined);
}

/** First day a partial date covers: "2024" → "2024-01-01", "2024-09" → "2024-09-01". */
export function dateStart(date: PartialDate): IsoDate {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

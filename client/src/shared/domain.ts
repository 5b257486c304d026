/**
 * The explorer's one door to the shared vocabulary in `schema/domain.ts`: the lists of labels,
 * relationship types and status families the UI iterates over (legend, filters, dictionary).
 * The GraphQL enums are generated from the same lists, so the values agree by construction.
 */
import {
  NODE_LABELS,
  RELATION_TYPES,
  STATUS_CODE_LIST,
  STATUS_CODES,
  STATUS_FAMILIES,
} from '../../../schema/domain.js';
import type {
  NodeLabel,
  RelationType,
  StatusCode,
  StatusFamily as DomainStatusFamily,
} from '../../../schema/domain.js';
import type { FlagCode } from '../gql/graphql.js';

export { NODE_LABELS, RELATION_TYPES, STATUS_CODE_LIST, STATUS_CODES };
export type { NodeLabel, RelationType, StatusCode };

/** A status family as the API spells it (`AWAITING`), one of domain.md's colour families. */
export type StatusFamily = Uppercase<DomainStatusFamily>;

const UPPER_FAMILY: { readonly [F in DomainStatusFamily]: Uppercase<F> } = {
  active: 'ACTIVE',
  awaiting: 'AWAITING',
  paused: 'PAUSED',
  done: 'DONE',
  dropped: 'DROPPED',
  inactive: 'INACTIVE',
  unknown: 'UNKNOWN',
};

export const STATUS_FAMILY_LIST: readonly StatusFamily[] = STATUS_FAMILIES.map(
  (family) => UPPER_FAMILY[family],
);

/** What "awaiting" filters on: national work, regional clarification, or either. */
export type AwaitingScope = 'NATIONAL' | 'REGIONAL' | 'ANY';
export const AWAITING_SCOPES: readonly AwaitingScope[] = ['ANY', 'NATIONAL', 'REGIONAL'];

export type Direction = 'OUT' | 'IN' | 'BOTH';

/**
 * The derived flags (advarsler), in the API's order. Every code is listed once: the record below
 * fails to compile when the API's `FlagCode` gains or loses one.
 */
const FLAG_ORDER: { readonly [C in FlagCode]: number } = {
  STALE_STATUS: 0,
  AGREEMENT_LAPSED: 1,
  AWAITED_WORK_LANDED: 2,
  NO_RESPONSIBLE_BODY: 3,
  OWNER_BEING_ABOLISHED: 4,
};
export const FLAG_CODES: readonly FlagCode[] = (Object.keys(FLAG_ORDER) as FlagCode[]).sort(
  (a, b) => FLAG_ORDER[a] - FLAG_ORDER[b],
);
export type { FlagCode };

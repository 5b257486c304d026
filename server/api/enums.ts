/**
 * GraphQL enums, registered from the vocabulary in `schema/domain.ts` so the two never drift.
 * Lower-case domain values (status families, observation kinds, confidences) are exposed as
 * upper-case GraphQL names.
 */
import { registerEnumType } from 'type-graphql';
import {
  CONFIDENCES,
  NODE_LABELS,
  OBSERVATION_KINDS,
  RELATION_TYPES,
  STATUS_CODE_LIST,
  STATUS_FAMILIES,
  type Confidence,
  type NodeLabel,
  type ObservationKind,
  type RelationType,
  type StatusCode,
  type StatusFamily,
} from '../../schema/domain.js';
import type { AwaitingScope, Direction } from '../store/graph-store.js';

function identityEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}
function upperCaseEnum<T extends string>(values: readonly T[]): Record<Uppercase<T>, T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<Uppercase<T>, T>;
}

export const NodeLabelEnum: Record<NodeLabel, NodeLabel> = identityEnum(NODE_LABELS);
export const RelationTypeEnum: Record<RelationType, RelationType> = identityEnum(RELATION_TYPES);
export const StatusCodeEnum: Record<StatusCode, StatusCode> = identityEnum(STATUS_CODE_LIST);
export const StatusFamilyEnum = upperCaseEnum<StatusFamily>(STATUS_FAMILIES);
export const ObservationKindEnum = upperCaseEnum<ObservationKind>(OBSERVATION_KINDS);
export const ConfidenceEnum = upperCaseEnum<Confidence>(CONFIDENCES);
export const DirectionEnum: Record<Direction, Direction> = identityEnum<Direction>(['OUT', 'IN', 'BOTH']);
export const AwaitingScopeEnum: Record<AwaitingScope, AwaitingScope> = identityEnum<AwaitingScope>([
  'NATIONAL',
  'REGIONAL',
  'ANY',
]);

registerEnumType(NodeLabelEnum, { name: 'NodeLabel', description: 'Nodetype i grafmodellen / node label' });
registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: 'Relationstype / relationship type',
});
registerEnumType(StatusCodeEnum, { name: 'StatusCode', description: 'Statuskode (domain.md §2)' });
registerEnumType(StatusFamilyEnum, { name: 'StatusFamily', description: 'Statusfamilie til farvelægning' });
registerEnumType(ObservationKindEnum, {
  name: 'ObservationKind',
  description: 'Faktum, plan, indstilling eller beslutning / fact, plan, recommendation or decision',
});
registerEnumType(ConfidenceEnum, {
  name: 'Confidence',
  description: 'Angivet, udledt [inf] eller ikke verificeret [unv]',
});
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Retning set fra noden / direction seen from the node',
});
registerEnumType(AwaitingScopeEnum, {
  name: 'AwaitingScope',
  description: 'Afventer nationalt, regionalt eller begge',
});

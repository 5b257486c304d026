/**
 * A node's status history (statushistorik), one observation at a time: when two are the same,
 * adding one in date order under the next `seq`, and finding one by its `seq`.
 */
import type {
  GraphNodeRecord,
  ObservationKind,
  PartialDate,
  StatusCode,
  StatusObservation,
} from '../../../schema/domain.js';
import { compareObservations } from '../../../schema/graph-document.js';
import { ValidationError } from '../../errors.js';

/** Same code, words, date, kind and document: the observation a repeated request would add. */
export function sameObservation(
  stored: Omit<StatusObservation, 'seq'>,
  candidate: Omit<StatusObservation, 'seq'>,
): boolean {
  return (
    stored.code === candidate.code &&
    stored.textDa === candidate.textDa &&
    stored.date === candidate.date &&
    stored.kind === candidate.kind &&
    stored.documentId === candidate.documentId
  );
}

export function withObservation(
  node: GraphNodeRecord,
  observation: {
    code: StatusCode;
    textDa: string;
    date: PartialDate;
    kind: ObservationKind;
    documentId: string;
  },
): GraphNodeRecord {
  const seq = node.statusHistory.reduce((next, o) => Math.max(next, o.seq + 1), 0);
  const added: StatusObservation = { ...observation, seq };
  return { ...node, statusHistory: [...node.statusHistory, added].sort(compareObservations) };
}

export function observationIndex(node: GraphNodeRecord, seq: number): number {
  const index = node.statusHistory.findIndex((o) => o.seq === seq);
  if (index < 0)
    throw new ValidationError('seq', `noden har ingen status nr. ${seq} / no status with seq ${seq}`);
  return index;
}

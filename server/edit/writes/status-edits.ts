/** Statuses (statushistorik): record an observation on a node, correct one, or retract one. */
import type { StatusCode } from '../../../schema/domain.js';
import { compareObservations } from '../../../schema/graph-document.js';
import { ConflictError } from '../../errors.js';
import {
  checkObservationDate,
  correctStatusSchema,
  parseInput,
  recordStatusSchema,
  retractStatusSchema,
} from '../edit.validation.js';
import { currentNode, requireDocument } from './current-records.js';
import { observationIndex, sameObservation, withObservation } from './observations.js';
import { empty } from './record-builders.js';
import type { EditOutcome, WritePath } from './write-path.js';

/** How many times an unversioned append (`recordStatus` without `expectedVersion`) is retried. */
const APPEND_RETRIES = 20;

/**
 * Appends an observation. With `expectedVersion` it is checked like any update; without it
 * (the first API's form) it is an append that retries on a concurrent write, since appending
 * to the newest history is what the caller meant.
 */
export async function recordStatus(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(recordStatusSchema, raw);
  const prior = await writes.prior('recordStatus', input.idempotencyKey);
  if (prior) return prior;
  const document = await requireDocument(writes.store, input.documentId, 'documentId');
  checkObservationDate(input, document, writes.today());
  const observation = {
    code: input.code as StatusCode,
    textDa: input.textDa,
    date: input.date,
    kind: input.kind,
    documentId: input.documentId,
  };
  for (let attempt = 0; ; attempt += 1) {
    const { record: node, version } = await currentNode(
      writes.store,
      input.nodeId,
      'nodeId',
      input.expectedVersion,
    );
    // The exact observation is already there (a repeat without an idempotency key, or the
    // loser of two identical requests, which lands here on its retry): refused, not stored twice.
    if (node.statusHistory.some((stored) => sameObservation(stored, observation))) {
      throw new ConflictError(
        'Node',
        input.nodeId,
        'denne status er allerede registreret / this status is already recorded',
      );
    }
    try {
      return await writes.commit(
        'recordStatus',
        input,
        { nodes: [{ record: withObservation(node, observation), expectedVersion: version }] },
        { ...empty(), nodes: [{ record: node, version }] },
      );
    } catch (error) {
      const retry = input.expectedVersion === undefined && error instanceof ConflictError;
      if (!retry || attempt >= APPEND_RETRIES) throw error;
    }
  }
}

export async function correctStatus(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(correctStatusSchema, raw);
  const prior = await writes.prior('correctStatus', input.idempotencyKey);
  if (prior) return prior;
  const { record: node } = await currentNode(writes.store, input.nodeId, 'nodeId', input.expectedVersion);
  const index = observationIndex(node, input.seq);
  const document = await requireDocument(writes.store, input.documentId, 'documentId');
  checkObservationDate(input, document, writes.today());
  const statusHistory = [...node.statusHistory];
  statusHistory[index] = {
    code: input.code as StatusCode,
    textDa: input.textDa,
    date: input.date,
    kind: input.kind,
    documentId: input.documentId,
    seq: input.seq,
  };
  return writes.commit(
    'correctStatus',
    input,
    {
      nodes: [
        {
          record: { ...node, statusHistory: statusHistory.sort(compareObservations) },
          expectedVersion: input.expectedVersion,
        },
      ],
    },
    { ...empty(), nodes: [{ record: node, version: input.expectedVersion }] },
  );
}

export async function retractStatus(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(retractStatusSchema, raw);
  const prior = await writes.prior('retractStatus', input.idempotencyKey);
  if (prior) return prior;
  const { record: node } = await currentNode(writes.store, input.nodeId, 'nodeId', input.expectedVersion);
  const index = observationIndex(node, input.seq);
  const statusHistory = node.statusHistory.filter((_, i) => i !== index);
  return writes.commit(
    'retractStatus',
    input,
    { nodes: [{ record: { ...node, statusHistory }, expectedVersion: input.expectedVersion }] },
    { ...empty(), nodes: [{ record: node, version: input.expectedVersion }] },
  );
}

/**
 * Relations: add one (an ended one between the same two nodes comes back as a new version of the
 * same edge), end one, or end an AWAITS relation because the awaited work has landed.
 */
import {
  edgeId as makeEdgeId,
  type GraphEdgeRecord,
  type RelationType,
  type StatusCode,
} from '../../../schema/domain.js';
import { ValidationError } from '../../errors.js';
import {
  addRelationSchema,
  checkObservationDate,
  endAwaitingSchema,
  endRelationSchema,
  parseInput,
} from '../edit.validation.js';
import {
  currentEdge,
  currentNode,
  edgeVersion,
  requireDocument,
  requireDocuments,
  requireNode,
} from './current-records.js';
import { withObservation } from './observations.js';
import { empty, endedEdge, toSourceRef } from './record-builders.js';
import type { EditOutcome, WritePath } from './write-path.js';

export async function addRelation(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(addRelationSchema, raw);
  const prior = await writes.prior('addRelation', input.idempotencyKey);
  if (prior) return prior;
  const type = input.type as RelationType;
  await requireNode(writes.store, input.source, 'source');
  await requireNode(writes.store, input.target, 'target');
  if (input.source === input.target) {
    throw new ValidationError(
      'target',
      'en relation skal gå mellem to noder / must join two different nodes',
    );
  }
  if (input.evidence) {
    await requireDocuments(writes.store, [input.evidence.documentId], 'evidence.documentId');
  }
  checkPropsForType(type, input);
  const id = makeEdgeId(input.source, type, input.target);
  const existing = (await writes.store.getEdgesById([id])).get(id);
  if (existing && existing.validity?.to === undefined) {
    throw new ValidationError('target', `relationen findes allerede / the relation already exists: '${id}'`);
  }
  const props = Object.fromEntries(
    (['mode', 'since', 'quote', 'dependencyKind', 'effective', 'role', 'date', 'text'] as const)
      .filter((key) => input[key] !== undefined)
      .map((key) => [key, input[key]]),
  );
  const record: GraphEdgeRecord = {
    id,
    type,
    source: input.source,
    target: input.target,
    props,
    sources: input.evidence ? [toSourceRef(input.evidence)] : [],
    validity: {
      from: input.validFrom ?? writes.today(),
      fromBasis: 'first_mention',
      ...(input.evidence ? { documentId: input.evidence.documentId } : {}),
    },
  };
  // An ended relation between the same two nodes comes back as a new version of the same edge.
  const before = empty();
  let expectedVersion: number | null = null;
  if (existing) {
    expectedVersion = await edgeVersion(writes.store, id);
    before.edges.push({ record: existing, version: expectedVersion });
  }
  return writes.commit('addRelation', input, { edges: [{ record, expectedVersion }] }, before);
}

export async function endRelation(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(endRelationSchema, raw);
  const prior = await writes.prior('endRelation', input.idempotencyKey);
  if (prior) return prior;
  const { record: current } = await currentEdge(writes.store, input.edgeId, input.expectedVersion);
  if (input.documentId) await requireDocuments(writes.store, [input.documentId], 'documentId');
  const record = endedEdge(current, input.endedOn ?? writes.today(), 'ended', input.documentId);
  return writes.commit(
    'endRelation',
    input,
    { edges: [{ record, expectedVersion: input.expectedVersion }] },
    { ...empty(), edges: [{ record: current, version: input.expectedVersion }] },
  );
}

/**
 * "Afslut afventer": the awaited work has landed. Ends the AWAITS relation on `landedOn` and
 * records the awaiting node's new status in the same transaction and audit entry.
 */
export async function endAwaiting(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(endAwaitingSchema, raw);
  const prior = await writes.prior('endAwaiting', input.idempotencyKey);
  if (prior) return prior;
  const { record: edge } = await currentEdge(writes.store, input.edgeId, input.expectedVersion);
  if (edge.type !== 'AWAITS') {
    throw new ValidationError(
      'edgeId',
      `er ikke en AWAITS-relation / is not an AWAITS relation (${edge.type})`,
    );
  }
  const document = await requireDocument(writes.store, input.documentId, 'documentId');
  checkObservationDate({ date: input.landedOn, kind: input.kind }, document, writes.today());
  const { record: node, version: nodeVersion } = await currentNode(
    writes.store,
    edge.source,
    'edgeId',
    input.nodeExpectedVersion,
  );
  const observation = {
    code: input.statusCode as StatusCode,
    textDa: input.textDa,
    date: input.landedOn,
    kind: input.kind,
    documentId: input.documentId,
  };
  return writes.commit(
    'endAwaiting',
    input,
    {
      nodes: [{ record: withObservation(node, observation), expectedVersion: nodeVersion }],
      edges: [
        {
          record: endedEdge(edge, input.landedOn, 'ended', input.documentId),
          expectedVersion: input.expectedVersion,
        },
      ],
    },
    {
      ...empty(),
      nodes: [{ record: node, version: nodeVersion }],
      edges: [{ record: edge, version: input.expectedVersion }],
    },
  );
}

/** The typed props belong to their relation types: refuse one given to the wrong type. */
function checkPropsForType(type: RelationType, input: Record<string, unknown>): void {
  const allowed: Record<string, readonly RelationType[]> = {
    mode: ['AWAITS'],
    since: ['AWAITS'],
    dependencyKind: ['DEPENDS_ON'],
    effective: ['SUPERSEDES'],
    role: ['RESPONSIBLE', 'LOCATED_IN'],
    date: ['DECIDED_BY'],
    text: ['PRIORITIZED_IN'],
  };
  for (const [key, types] of Object.entries(allowed)) {
    if (input[key] !== undefined && !types.includes(type)) {
      throw new ValidationError(
        key,
        `gælder kun for ${types.join('/')} / applies only to ${types.join('/')}`,
      );
    }
  }
  if (type === 'AWAITS' && input.mode === undefined) {
    throw new ValidationError(
      'mode',
      'AWAITS kræver blocking eller adjust / AWAITS needs blocking or adjust',
    );
  }
  if (type === 'DEPENDS_ON' && input.dependencyKind === undefined) {
    throw new ValidationError('dependencyKind', 'DEPENDS_ON kræver en art / DEPENDS_ON needs a kind');
  }
}

/** Nodes: create one, update its names, props and sources, or retire it (its validity ends). */
import {
  NODE_PROP_KEYS,
  type GraphNodeRecord,
  type NodeLabel,
  type NodeProps,
} from '../../../schema/domain.js';
import { parseHorizon } from '../../../seed/horizon.js';
import { ValidationError } from '../../errors.js';
import { createNodeSchema, parseInput, retireNodeSchema, updateNodeSchema } from '../edit.validation.js';
import { currentNode, freshNodeId, requireDocuments, requireNode } from './current-records.js';
import { empty, toSourceRef } from './record-builders.js';
import type { EditOutcome, WritePath } from './write-path.js';

export async function createNode(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(createNodeSchema, raw);
  const prior = await writes.prior('createNode', input.idempotencyKey);
  if (prior) return prior;
  const label = input.label as NodeLabel;
  const sources = input.sources ?? [];
  await requireDocuments(
    writes.store,
    sources.map((s) => s.documentId),
    'sources',
  );
  if (input.ownerBody) await requireNode(writes.store, input.ownerBody, 'ownerBody');
  const id = input.id ?? (await freshNodeId(writes.store, label, input.nameDa));
  if (input.id !== undefined && (await writes.store.getNodes([id])).has(id)) {
    throw new ValidationError('id', `findes allerede / already exists: '${id}'`);
  }
  const record: GraphNodeRecord = {
    id,
    label,
    kind: input.kind ?? label.toLowerCase(),
    nameDa: input.nameDa,
    ...(input.nameEn ? { nameEn: input.nameEn } : {}),
    aliases: input.aliases ?? [],
    props: applyProps({}, input),
    sources: sources.map(toSourceRef),
    statusHistory: [],
    validity: { from: writes.today(), fromBasis: 'first_mention' },
  };
  return writes.commit('createNode', input, { nodes: [{ record, expectedVersion: null }] }, empty());
}

export async function updateNode(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(updateNodeSchema, raw);
  const prior = await writes.prior('updateNode', input.idempotencyKey);
  if (prior) return prior;
  const { record: current } = await currentNode(writes.store, input.id, 'id', input.expectedVersion);
  if (input.sources) {
    await requireDocuments(
      writes.store,
      input.sources.map((s) => s.documentId),
      'sources',
    );
  }
  if (input.ownerBody) await requireNode(writes.store, input.ownerBody, 'ownerBody');
  const record: GraphNodeRecord = {
    ...current,
    nameDa: input.nameDa ?? current.nameDa,
    kind: input.kind ?? current.kind,
    aliases: input.aliases === null ? [] : (input.aliases ?? current.aliases),
    props: applyProps(current.props, input),
    sources: input.sources === null ? [] : input.sources ? input.sources.map(toSourceRef) : current.sources,
  };
  delete record.nameEn;
  const nameEn = input.nameEn === undefined ? current.nameEn : (input.nameEn ?? undefined);
  if (nameEn) record.nameEn = nameEn;
  return writes.commit(
    'updateNode',
    input,
    { nodes: [{ record, expectedVersion: input.expectedVersion }] },
    { ...empty(), nodes: [{ record: current, version: input.expectedVersion }] },
  );
}

export async function retireNode(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(retireNodeSchema, raw);
  const prior = await writes.prior('retireNode', input.idempotencyKey);
  if (prior) return prior;
  const { record: current } = await currentNode(writes.store, input.id, 'id', input.expectedVersion);
  if (current.validity?.to !== undefined) {
    throw new ValidationError(
      'id',
      `noden er allerede afsluttet / the node has already ended (${current.validity.to})`,
    );
  }
  if (input.documentId) await requireDocuments(writes.store, [input.documentId], 'documentId');
  const record: GraphNodeRecord = {
    ...current,
    validity: {
      ...current.validity,
      to: input.retiredOn ?? writes.today(),
      toBasis: 'retired',
      ...(input.documentId ? { documentId: input.documentId } : {}),
    },
  };
  return writes.commit(
    'retireNode',
    input,
    { nodes: [{ record, expectedVersion: input.expectedVersion }] },
    { ...empty(), nodes: [{ record: current, version: input.expectedVersion }] },
  );
}

/**
 * `props` with the input's fields applied: absent keeps, `null` clears, a value sets. A new
 * horizon text without dates gets its period read from the text, as the seed reads it.
 */
function applyProps(
  props: NodeProps,
  input: Partial<Record<(typeof NODE_PROP_KEYS)[number], unknown>>,
): NodeProps {
  const next: Record<string, unknown> = { ...props };
  for (const key of NODE_PROP_KEYS) {
    const value = input[key];
    if (value === null || value === '') delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  if (
    typeof input.horizonRaw === 'string' &&
    input.horizonStart === undefined &&
    input.horizonEnd === undefined
  ) {
    const range = parseHorizon(input.horizonRaw);
    delete next.horizonStart;
    delete next.horizonEnd;
    if (range) Object.assign(next, { horizonStart: range.start, horizonEnd: range.end });
  }
  return next as NodeProps;
}

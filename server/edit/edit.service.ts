/**
 * The one path of every write (STYLE.md rule 13): validate once, read what the change is based
 * on, build the new records, and hand them with their audit entry to the store, which checks
 * the versions and writes both in one transaction. After the commit the change is published on
 * the app's `GraphEvents` bus. Resolvers are thin and call this.
 */
import { randomUUID } from 'node:crypto';
import type { AuditActor, AuditEntry, AuditSnapshot } from '../../schema/audit.js';
import {
  dateStart,
  edgeEnds,
  edgeId as makeEdgeId,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type NodeProps,
  type ObservationKind,
  type PartialDate,
  type RelationType,
  type SourceDocumentRecord,
  type SourceRef,
  type StatusCode,
  type StatusObservation,
} from '../../schema/domain.js';
import { compareObservations } from '../../schema/graph-document.js';
import { parseHorizon } from '../../seed/horizon.js';
import type { Actor } from '../auth/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type { GraphEvents } from '../events/graph-events.js';
import { markLocalWrite } from './foreign-writes.js';
import type { GraphStore } from '../store/graph-store.js';
import type { RecordWrite, WriteSet } from '../store/graph-write.js';
import { fold } from '../search/fold.js';
import {
  addRelationSchema,
  checkObservationDate,
  correctStatusSchema,
  createNodeSchema,
  endAwaitingSchema,
  endRelationSchema,
  parseInput,
  recordStatusSchema,
  registerDocumentSchema,
  retireNodeSchema,
  retractStatusSchema,
  revertChangeSchema,
  updateNodeSchema,
} from './edit.validation.js';

/** What every edit returns: the entry that recorded it (its `after` holds the written records). */
export interface EditOutcome {
  entry: AuditEntry;
  /** True when an earlier call with the same idempotency key had already applied it. */
  replayed: boolean;
}

/** The node props an input may set, by key. */
const NODE_PROP_KEYS = [
  'ownerBody',
  'horizonRaw',
  'horizonStart',
  'horizonEnd',
  'validFrom',
  'validTo',
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

/** How many times an unversioned append (`recordStatus` without `expectedVersion`) is retried. */
const APPEND_RETRIES = 20;

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

export class EditService {
  constructor(
    private readonly store: GraphStore,
    private readonly events: GraphEvents,
    private readonly actor: Actor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  // -------------------------------------------------------------------------------------------
  // Nodes

  async createNode(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(createNodeSchema, raw);
    const prior = await this.prior('createNode', input.idempotencyKey);
    if (prior) return prior;
    const label = input.label as NodeLabel;
    const sources = input.sources ?? [];
    await this.requireDocuments(
      sources.map((s) => s.documentId),
      'sources',
    );
    if (input.ownerBody) await this.requireNode(input.ownerBody, 'ownerBody');
    const id = input.id ?? (await this.freshNodeId(label, input.nameDa));
    if (input.id !== undefined && (await this.store.getNodes([id])).has(id)) {
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
      validity: { from: this.today(), fromBasis: 'first_mention' },
    };
    return this.commit('createNode', input, { nodes: [{ record, expectedVersion: null }] }, empty());
  }

  async updateNode(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(updateNodeSchema, raw);
    const prior = await this.prior('updateNode', input.idempotencyKey);
    if (prior) return prior;
    const { record: current } = await this.currentNode(input.id, 'id', input.expectedVersion);
    if (input.sources) {
      await this.requireDocuments(
        input.sources.map((s) => s.documentId),
        'sources',
      );
    }
    if (input.ownerBody) await this.requireNode(input.ownerBody, 'ownerBody');
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
    return this.commit(
      'updateNode',
      input,
      { nodes: [{ record, expectedVersion: input.expectedVersion }] },
      { ...empty(), nodes: [{ record: current, version: input.expectedVersion }] },
    );
  }

  async retireNode(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(retireNodeSchema, raw);
    const prior = await this.prior('retireNode', input.idempotencyKey);
    if (prior) return prior;
    const { record: current } = await this.currentNode(input.id, 'id', input.expectedVersion);
    if (current.validity?.to !== undefined) {
      throw new ValidationError(
        'id',
        `noden er allerede afsluttet / the node has already ended (${current.validity.to})`,
      );
    }
    if (input.documentId) await this.requireDocuments([input.documentId], 'documentId');
    const record: GraphNodeRecord = {
      ...current,
      validity: {
        ...current.validity,
        to: input.retiredOn ?? this.today(),
        toBasis: 'retired',
        ...(input.documentId ? { documentId: input.documentId } : {}),
      },
    };
    return this.commit(
      'retireNode',
      input,
      { nodes: [{ record, expectedVersion: input.expectedVersion }] },
      { ...empty(), nodes: [{ record: current, version: input.expectedVersion }] },
    );
  }

  // -------------------------------------------------------------------------------------------
  // Relations

  async addRelation(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(addRelationSchema, raw);
    const prior = await this.prior('addRelation', input.idempotencyKey);
    if (prior) return prior;
    const type = input.type as RelationType;
    await this.requireNode(input.source, 'source');
    await this.requireNode(input.target, 'target');
    if (input.source === input.target) {
      throw new ValidationError(
        'target',
        'en relation skal gå mellem to noder / must join two different nodes',
      );
    }
    if (input.evidence) await this.requireDocuments([input.evidence.documentId], 'evidence.documentId');
    checkPropsForType(type, input);
    const id = makeEdgeId(input.source, type, input.target);
    const existing = (await this.store.getEdgesById([id])).get(id);
    if (existing && existing.validity?.to === undefined) {
      throw new ValidationError(
        'target',
        `relationen findes allerede / the relation already exists: '${id}'`,
      );
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
        from: input.validFrom ?? this.today(),
        fromBasis: 'first_mention',
        ...(input.evidence ? { documentId: input.evidence.documentId } : {}),
      },
    };
    // An ended relation between the same two nodes comes back as a new version of the same edge.
    const before = empty();
    let expectedVersion: number | null = null;
    if (existing) {
      expectedVersion = await this.edgeVersion(id);
      before.edges.push({ record: existing, version: expectedVersion });
    }
    return this.commit('addRelation', input, { edges: [{ record, expectedVersion }] }, before);
  }

  async endRelation(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(endRelationSchema, raw);
    const prior = await this.prior('endRelation', input.idempotencyKey);
    if (prior) return prior;
    const { record: current } = await this.currentEdge(input.edgeId, input.expectedVersion);
    if (input.documentId) await this.requireDocuments([input.documentId], 'documentId');
    const record = endedEdge(current, input.endedOn ?? this.today(), 'ended', input.documentId);
    return this.commit(
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
  async endAwaiting(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(endAwaitingSchema, raw);
    const prior = await this.prior('endAwaiting', input.idempotencyKey);
    if (prior) return prior;
    const { record: edge } = await this.currentEdge(input.edgeId, input.expectedVersion);
    if (edge.type !== 'AWAITS') {
      throw new ValidationError(
        'edgeId',
        `er ikke en AWAITS-relation / is not an AWAITS relation (${edge.type})`,
      );
    }
    const document = await this.requireDocument(input.documentId, 'documentId');
    checkObservationDate({ date: input.landedOn, kind: input.kind }, document, this.today());
    const { record: node, version: nodeVersion } = await this.currentNode(
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
    return this.commit(
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

  // -------------------------------------------------------------------------------------------
  // Statuses

  /**
   * Appends an observation. With `expectedVersion` it is checked like any update; without it
   * (the first API's form) it is an append that retries on a concurrent write, since appending
   * to the newest history is what the caller meant.
   */
  async recordStatus(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(recordStatusSchema, raw);
    const prior = await this.prior('recordStatus', input.idempotencyKey);
    if (prior) return prior;
    const document = await this.requireDocument(input.documentId, 'documentId');
    checkObservationDate(input, document, this.today());
    const observation = {
      code: input.code as StatusCode,
      textDa: input.textDa,
      date: input.date,
      kind: input.kind,
      documentId: input.documentId,
    };
    for (let attempt = 0; ; attempt += 1) {
      const { record: node, version } = await this.currentNode(input.nodeId, 'nodeId', input.expectedVersion);
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
        return await this.commit(
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

  async correctStatus(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(correctStatusSchema, raw);
    const prior = await this.prior('correctStatus', input.idempotencyKey);
    if (prior) return prior;
    const { record: node } = await this.currentNode(input.nodeId, 'nodeId', input.expectedVersion);
    const index = observationIndex(node, input.seq);
    const document = await this.requireDocument(input.documentId, 'documentId');
    checkObservationDate(input, document, this.today());
    const statusHistory = [...node.statusHistory];
    statusHistory[index] = {
      code: input.code as StatusCode,
      textDa: input.textDa,
      date: input.date,
      kind: input.kind,
      documentId: input.documentId,
      seq: input.seq,
    };
    return this.commit(
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

  async retractStatus(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(retractStatusSchema, raw);
    const prior = await this.prior('retractStatus', input.idempotencyKey);
    if (prior) return prior;
    const { record: node } = await this.currentNode(input.nodeId, 'nodeId', input.expectedVersion);
    const index = observationIndex(node, input.seq);
    const statusHistory = node.statusHistory.filter((_, i) => i !== index);
    return this.commit(
      'retractStatus',
      input,
      { nodes: [{ record: { ...node, statusHistory }, expectedVersion: input.expectedVersion }] },
      { ...empty(), nodes: [{ record: node, version: input.expectedVersion }] },
    );
  }

  // -------------------------------------------------------------------------------------------
  // Documents and undo

  async registerDocument(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(registerDocumentSchema, raw);
    const prior = await this.prior('registerDocument', input.idempotencyKey);
    if (prior) return prior;
    const documents = await this.store.getDocuments();
    if (documents.some((d) => d.id === input.id)) {
      throw new ValidationError('id', `findes allerede / already exists: '${input.id}'`);
    }
    if (dateStart(input.asOf) > this.today()) {
      throw new ValidationError(
        'asOf',
        `et dokument kan ikke være dateret efter i dag / cannot be dated after today`,
      );
    }
    const document: SourceDocumentRecord = {
      id: input.id,
      file: input.file ?? '',
      title: input.title,
      asOf: input.asOf,
      asOfConfidence: input.asOfConfidence,
    };
    return this.commit('registerDocument', input, { documents: [document] }, empty());
  }

  /**
   * Undo: a new, audited change that puts back what `auditId` replaced. Refused with CONFLICT
   * when any record it touched has changed since (its version is no longer the one the entry
   * wrote). What the entry created is retired or ended, never deleted.
   */
  async revertChange(raw: unknown): Promise<EditOutcome> {
    const input = parseInput(revertChangeSchema, raw);
    const prior = await this.prior('revertChange', input.idempotencyKey);
    if (prior) return prior;
    const entry = await this.store.getAuditEntry(input.auditId);
    if (!entry) throw new ValidationError('auditId', `ukendt ændring / unknown change '${input.auditId}'`);
    if (entry.after.documents.length > 0) {
      throw new ValidationError(
        'auditId',
        'et registreret kildedokument kan ikke fortrydes / a registered document cannot be reverted',
      );
    }
    const versions = await this.store.getVersions(
      entry.after.nodes.map((n) => n.record.id),
      entry.after.edges.map((e) => e.record.id),
    );
    const set: Pick<WriteSet, 'nodes' | 'edges'> = { nodes: [], edges: [] };
    const before = empty();
    const stale = (entity: string, id: string, written: number, current: number | undefined): void => {
      const expected = input.expectedVersion ?? written;
      if (current !== written || current !== expected) {
        throw new ConflictError(
          entity,
          id,
          `ændret siden ændringen / changed since the change (version ${current ?? '–'}, ændringen skrev ${written})`,
        );
      }
    };
    for (const { record: written, version } of entry.after.nodes) {
      const current = versions.nodes.get(written.id);
      stale('Node', written.id, version, current);
      const prior = entry.before.nodes.find((n) => n.record.id === written.id);
      const record: GraphNodeRecord = prior
        ? prior.record
        : {
            ...written,
            validity: { ...written.validity, to: this.today(), toBasis: 'retired' },
          };
      set.nodes.push({ record, expectedVersion: version });
      before.nodes.push({ record: written, version });
    }
    for (const { record: written, version } of entry.after.edges) {
      const current = versions.edges.get(written.id);
      stale('Edge', written.id, version, current);
      const prior = entry.before.edges.find((e) => e.record.id === written.id);
      const record = prior ? prior.record : endedEdge(written, this.today(), 'retired', undefined);
      set.edges.push({ record, expectedVersion: version });
      before.edges.push({ record: written, version });
    }
    return this.commit('revertChange', { ...input, revertOf: entry.id }, set, before);
  }

  // -------------------------------------------------------------------------------------------
  // The write itself

  /**
   * A retry of a change already applied under `key`: its first outcome, before any check that
   * the first call's own write would now fail (its version is no longer current). The store
   * checks the key again inside the write transaction, for two retries racing each other.
   */
  private async prior(mutation: string, key: string | undefined): Promise<EditOutcome | undefined> {
    if (key === undefined) return undefined;
    const [entry] = (await this.store.queryAudit({ idempotencyKey: key }, { limit: 1 })).entries;
    if (!entry) return undefined;
    return this.replay(mutation, entry);
  }

  private replay(mutation: string, entry: AuditEntry): EditOutcome {
    if (entry.mutation !== mutation) {
      throw new ValidationError(
        'idempotencyKey',
        `nøglen er brugt til ${entry.mutation} / the key was used for ${entry.mutation}`,
      );
    }
    return { entry, replayed: true };
  }

  private async commit(
    mutation: string,
    input: { idempotencyKey?: string | undefined; reason?: string | undefined; revertOf?: string },
    set: Partial<Pick<WriteSet, 'nodes' | 'edges' | 'documents'>>,
    before: AuditSnapshot,
  ): Promise<EditOutcome> {
    const nodes = set.nodes ?? [];
    const edges = set.edges ?? [];
    const documents = set.documents ?? [];
    const audit = {
      id: randomUUID(),
      at: this.clock().toISOString(),
      actor: auditActor(this.actor),
      mutation,
      nodeIds: nodes.map((n) => n.record.id),
      edgeIds: edges.map((e) => e.record.id),
      documentIds: documents.map((d) => d.id),
      before,
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.revertOf ? { revertOf: input.revertOf } : {}),
      ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
    };
    let result;
    markLocalWrite(this.events, audit.id);
    try {
      result = await this.store.applyWrite({ nodes, edges, documents, audit });
    } catch (error) {
      if (error instanceof ConflictError) throw await this.withCurrentState(error, nodes, edges);
      throw error;
    }
    const { entry, replayed } = result;
    if (replayed) return this.replay(mutation, entry);
    this.events.publish({
      nodeIds: [...new Set([...entry.nodeIds, ...entry.edgeIds.flatMap(edgeEnds)])],
      edgeIds: entry.edgeIds,
      auditId: entry.id,
      actor: this.actor,
      at: entry.at,
    });
    return { entry, replayed };
  }

  /** A version conflict, with the record as it is stored now, for the client's conflict dialog. */
  private async withCurrentState(
    error: ConflictError,
    nodes: readonly RecordWrite<GraphNodeRecord>[],
    edges: readonly RecordWrite<GraphEdgeRecord>[],
  ): Promise<ConflictError> {
    if (error.current !== undefined) return error;
    const isNode = nodes.some((n) => n.record.id === error.id);
    const isEdge = edges.some((e) => e.record.id === error.id);
    if (!isNode && !isEdge) return error;
    const { record, version } = await this.versioned(isNode ? 'node' : 'edge', error.id);
    return new ConflictError(error.entity, error.id, error.reason, { version, record });
  }

  /**
   * A record and the version it is at, read consistently: the version is read before and after
   * the record, and the pair is kept only when both agree (every write raises it), so a write
   * committing in between can never pair an old record with a new version.
   */
  private async versioned<K extends 'node' | 'edge'>(
    kind: K,
    id: string,
  ): Promise<{
    record: (K extends 'node' ? GraphNodeRecord : GraphEdgeRecord) | undefined;
    version: number | undefined;
  }> {
    const versionOf = async (): Promise<number | undefined> => {
      const versions = await this.store.getVersions(kind === 'node' ? [id] : [], kind === 'edge' ? [id] : []);
      return (kind === 'node' ? versions.nodes : versions.edges).get(id);
    };
    for (;;) {
      const before = await versionOf();
      const record =
        kind === 'node'
          ? (await this.store.getNodes([id])).get(id)
          : (await this.store.getEdgesById([id])).get(id);
      const after = await versionOf();
      if (before === after) {
        return {
          record: record as (K extends 'node' ? GraphNodeRecord : GraphEdgeRecord) | undefined,
          version: after,
        };
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Reads the edits are based on

  private async currentNode(
    id: string,
    field: string,
    expectedVersion: number | undefined,
  ): Promise<{ record: GraphNodeRecord; version: number }> {
    const { record, version } = await this.versioned('node', id);
    if (!record || version === undefined)
      throw new ValidationError(field, `ukendt node / unknown node '${id}'`);
    if (expectedVersion !== undefined && expectedVersion !== version) {
      throw new ConflictError('Node', id, staleReason(expectedVersion, version), { version, record });
    }
    return { record, version };
  }

  private async currentEdge(
    id: string,
    expectedVersion: number,
  ): Promise<{ record: GraphEdgeRecord; version: number }> {
    const { record, version } = await this.versioned('edge', id);
    if (!record || version === undefined)
      throw new ValidationError('edgeId', `ukendt relation / unknown relation '${id}'`);
    if (expectedVersion !== version) {
      throw new ConflictError('Edge', id, staleReason(expectedVersion, version), { version, record });
    }
    if (record.validity?.to !== undefined) {
      throw new ValidationError(
        'edgeId',
        `relationen er allerede afsluttet / the relation has already ended (${record.validity.to})`,
      );
    }
    return { record, version };
  }

  private async edgeVersion(id: string): Promise<number> {
    const version = (await this.store.getVersions([], [id])).edges.get(id);
    if (version === undefined) throw new NotFoundError('Edge', id);
    return version;
  }

  private async requireNode(id: string, field: string): Promise<GraphNodeRecord> {
    const record = (await this.store.getNodes([id])).get(id);
    if (!record) throw new ValidationError(field, `ukendt node / unknown node '${id}'`);
    return record;
  }

  private async requireDocument(id: string, field: string): Promise<SourceDocumentRecord> {
    const document = (await this.store.getDocuments()).find((d) => d.id === id);
    if (!document) throw new ValidationError(field, `ukendt kildedokument / unknown source document '${id}'`);
    return document;
  }

  private async requireDocuments(ids: readonly string[], field: string): Promise<void> {
    const known = new Set((await this.store.getDocuments()).map((d) => d.id));
    ids.forEach((id, i) => {
      if (!known.has(id)) {
        throw new ValidationError(
          field === 'sources' ? `sources.${i}.documentId` : field,
          `ukendt kildedokument / unknown source document '${id}'`,
        );
      }
    });
  }

  /** `<label>-<folded name>`, with `-2`, `-3`, … when taken. */
  private async freshNodeId(label: NodeLabel, nameDa: string): Promise<string> {
    const slug = fold(nameDa)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
    const base = `${label.toLowerCase()}-${slug || 'ny'}`;
    const candidates = [base, ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`)];
    const taken = await this.store.getNodes(candidates);
    const free = candidates.find((id) => !taken.has(id));
    return free ?? `${base}-${randomUUID().slice(0, 8)}`;
  }

  private today(): string {
    return this.clock().toISOString().slice(0, 10);
  }
}

function empty(): AuditSnapshot {
  return { nodes: [], edges: [], documents: [] };
}

function auditActor(actor: Actor): AuditActor {
  return { kind: actor.kind, id: actor.id, name: actor.name };
}

function staleReason(expected: number, current: number): string {
  return `ændret af en anden: du har version ${expected}, den gemte er ${current} / changed by someone else: yours is version ${expected}, stored is ${current}`;
}

function toSourceRef(source: {
  documentId: string;
  quote?: string | undefined;
  confidence: SourceRef['confidence'];
}): SourceRef {
  return {
    documentId: source.documentId,
    ...(source.quote ? { quote: source.quote } : {}),
    confidence: source.confidence,
  };
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

function endedEdge(
  edge: GraphEdgeRecord,
  to: PartialDate,
  toBasis: 'ended' | 'retired',
  documentId: string | undefined,
): GraphEdgeRecord {
  return {
    ...edge,
    validity: { ...edge.validity, to, toBasis, ...(documentId ? { documentId } : {}) },
  };
}

function withObservation(
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

function observationIndex(node: GraphNodeRecord, seq: number): number {
  const index = node.statusHistory.findIndex((o) => o.seq === seq);
  if (index < 0)
    throw new ValidationError('seq', `noden har ingen status nr. ${seq} / no status with seq ${seq}`);
  return index;
}

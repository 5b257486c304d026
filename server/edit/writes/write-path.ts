/**
 * The write itself, shared by every edit: the replay of a change already applied under its
 * idempotency key, and the commit that hands the new records with their audit entry to the store
 * (which checks the versions and writes both in one transaction), then publishes the change on
 * the app's `GraphEvents` bus.
 */
import { randomUUID } from 'node:crypto';
import type { AuditActor, AuditEntry, AuditSnapshot } from '../../../schema/audit.js';
import { edgeEnds, type GraphEdgeRecord, type GraphNodeRecord } from '../../../schema/domain.js';
import type { Actor } from '../../auth/actor.js';
import { ConflictError, ValidationError } from '../../errors.js';
import type { GraphEvents } from '../../events/graph-events.js';
import type { GraphStore } from '../../store/graph-store.js';
import type { RecordWrite, WriteSet } from '../../store/graph-write.js';
import { markLocalWrite } from '../foreign-writes.js';
import { versioned } from './current-records.js';

/** What every edit returns: the entry that recorded it (its `after` holds the written records). */
export interface EditOutcome {
  entry: AuditEntry;
  /** True when an earlier call with the same idempotency key had already applied it. */
  replayed: boolean;
}

/** The store, the bus, who is writing and their clock: what one `EditService` writes with. */
export class WritePath {
  constructor(
    readonly store: GraphStore,
    private readonly events: GraphEvents,
    private readonly actor: Actor,
    private readonly clock: () => Date,
  ) {}

  /**
   * A retry of a change already applied under `key`: its first outcome, before any check that
   * the first call's own write would now fail (its version is no longer current). The store
   * checks the key again inside the write transaction, for two retries racing each other.
   */
  async prior(mutation: string, key: string | undefined): Promise<EditOutcome | undefined> {
    if (key === undefined) return undefined;
    const [entry] = (await this.store.queryAudit({ idempotencyKey: key }, { limit: 1 })).entries;
    if (!entry) return undefined;
    return this.replay(mutation, entry);
  }

  async commit(
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

  today(): string {
    return this.clock().toISOString().slice(0, 10);
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
    const { record, version } = await versioned(this.store, isNode ? 'node' : 'edge', error.id);
    return new ConflictError(error.entity, error.id, error.reason, { version, record });
  }
}

function auditActor(actor: Actor): AuditActor {
  return { kind: actor.kind, id: actor.id, name: actor.name };
}

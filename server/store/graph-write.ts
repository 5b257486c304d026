/**
 * The write half of the store port: one unit of work (`WriteSet`) that the store applies in one
 * transaction together with its audit entry, after checking every record's version. The edit
 * service computes the records; the store only checks versions, writes, and appends the entry.
 * See docs/adr/0006-editing-audit-versions.md.
 */
import type { AuditEntry } from '../../schema/audit.js';
import type { GraphEdgeRecord, GraphNodeRecord, SourceDocumentRecord } from '../../schema/domain.js';

/**
 * A record to write. `expectedVersion` is the version the change was based on: the store
 * refuses the whole set with a `ConflictError` when the stored version differs. `null` means
 * the record must not exist yet (a create).
 */
export interface RecordWrite<T> {
  record: T;
  expectedVersion: number | null;
}

/** The entry as the service prepares it; the store adds `seq` and `after` (with the new versions). */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'after'>;

export interface WriteSet {
  nodes: RecordWrite<GraphNodeRecord>[];
  edges: RecordWrite<GraphEdgeRecord>[];
  /** New source documents (documents are never changed once registered). */
  documents: SourceDocumentRecord[];
  audit: AuditDraft;
}

export interface WriteResult {
  entry: AuditEntry;
  /** True when `audit.idempotencyKey` had been applied before: nothing was written now. */
  replayed: boolean;
}

/** What `auditLog` filters on; every field narrows. */
export interface AuditQuery {
  /** Changes to the node, and to relations it is an end of. */
  nodeId?: string;
  /**
   * Changes to any of these nodes, and to relations any of them is an end of (what was recorded
   * upstream of a watched node, given its upstream ids). An empty list matches nothing.
   */
  nodeIdsAny?: readonly string[];
  edgeId?: string;
  actorId?: string;
  mutation?: string;
  idempotencyKey?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
}

/** Newest first: `afterSeq` continues below that seq. */
export interface AuditPage {
  entries: AuditEntry[];
  totalCount: number;
}

/** The write, audit and version methods every store implements (part of `GraphStore`). */
export interface GraphStoreWrites {
  /**
   * Applies the set in one transaction with its audit entry: every version checked first
   * (`ConflictError` naming the first stale record; nothing written), each written record's
   * version raised by one (a create gets 1). With an idempotency key already applied, writes
   * nothing and returns the first entry.
   */
  applyWrite(set: WriteSet): Promise<WriteResult>;
  /** Stored versions of nodes and edges; unknown ids are absent. */
  getVersions(
    nodeIds: readonly string[],
    edgeIds: readonly string[],
  ): Promise<{ nodes: Map<string, number>; edges: Map<string, number> }>;
  /** Full edge records by id; unknown ids are absent. */
  getEdgesById(ids: readonly string[]): Promise<Map<string, GraphEdgeRecord>>;
  getAuditEntry(id: string): Promise<AuditEntry | undefined>;
  /** Newest first, at most `limit`, below `afterSeq` when given. */
  queryAudit(query: AuditQuery, page: { afterSeq?: number; limit: number }): Promise<AuditPage>;
  /**
   * Every entry that wrote one of `nodeIds` or `edgeIds`, oldest first, in one round trip: how a
   * page of `changes` finds who recorded each of them. Empty lists match nothing.
   */
  auditTouching(nodeIds: readonly string[], edgeIds: readonly string[]): Promise<AuditEntry[]>;
  /**
   * Entries with `seq` above `afterSeq`, oldest first, at most `limit`: how an app instance
   * learns of writes made by another process on the same store. Also refreshes any in-memory
   * index the store keeps when another process has written.
   */
  auditSince(afterSeq: number, limit: number): Promise<AuditEntry[]>;
  /** The highest `seq` in the trail (0 when empty). */
  lastAuditSeq(): Promise<number>;
}

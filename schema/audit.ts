/**
 * The audit trail's record shapes (issue 11): what the stores keep, what the API shows and
 * what a version-2 graph export carries. Every change to the graph appends one `AuditEntry` in
 * the same transaction as the change; entries are never updated or removed.
 */
import type { GraphEdgeRecord, GraphNodeRecord, SourceDocumentRecord } from './domain.js';

/** A record with the version it had in the store (1 for imported data). */
export interface Versioned<T> {
  record: T;
  version: number;
}

/** What an audit entry keeps of the records it touched, before and after the change. */
export interface AuditSnapshot {
  nodes: Versioned<GraphNodeRecord>[];
  edges: Versioned<GraphEdgeRecord>[];
  documents: SourceDocumentRecord[];
}

export const AUDIT_ACTOR_KINDS = ['user', 'token', 'local', 'anonymous'] as const;

/** Who made a change, as the trail shows it ("ændret af …"). */
export interface AuditActor {
  kind: (typeof AUDIT_ACTOR_KINDS)[number];
  id: string;
  name: string;
}

/** One change (ændring) to the graph. */
export interface AuditEntry {
  id: string;
  /** Position in the store's trail: one more than the entry before, across every app instance. */
  seq: number;
  /** ISO timestamp, server time. */
  at: string;
  actor: AuditActor;
  /** The GraphQL mutation, e.g. `updateNode`. */
  mutation: string;
  nodeIds: string[];
  edgeIds: string[];
  documentIds: string[];
  before: AuditSnapshot;
  after: AuditSnapshot;
  reason?: string;
  /** Set on the compensating entry an undo writes: the entry it reverts. */
  revertOf?: string;
  /** The client's key: a retry with the same key gets this entry back instead of a second write. */
  idempotencyKey?: string;
}

/** Record versions other than 1, by id (what a version-2 export carries). */
export interface RecordVersions {
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

/**
 * The one path of every write (STYLE.md rule 13): validate once, read what the change is based
 * on, build the new records, and hand them with their audit entry to the store, which checks
 * the versions and writes both in one transaction. After the commit the change is published on
 * the app's `GraphEvents` bus. Resolvers are thin and call this.
 *
 * This class is the API; the work is in `writes/`, by part: `node-edits.ts`,
 * `relation-edits.ts`, `status-edits.ts`, `document-edits.ts` and `revert-change.ts` (the
 * mutations), `current-records.ts` (the reads an edit is based on), `write-path.ts` (replay and
 * commit), `observations.ts` and `record-builders.ts` (what the edits build with).
 */
import type { Actor } from '../auth/actor.js';
import type { GraphEvents } from '../events/graph-events.js';
import type { GraphStore } from '../store/graph-store.js';
import { registerDocument } from './writes/document-edits.js';
import { createNode, retireNode, updateNode } from './writes/node-edits.js';
import { addRelation, endAwaiting, endRelation } from './writes/relation-edits.js';
import { revertChange } from './writes/revert-change.js';
import { correctStatus, recordStatus, retractStatus } from './writes/status-edits.js';
import { WritePath, type EditOutcome } from './writes/write-path.js';

export type { EditOutcome } from './writes/write-path.js';

export class EditService {
  private readonly writes: WritePath;

  constructor(store: GraphStore, events: GraphEvents, actor: Actor, clock: () => Date = () => new Date()) {
    this.writes = new WritePath(store, events, actor, clock);
  }

  // Nodes

  createNode(raw: unknown): Promise<EditOutcome> {
    return createNode(this.writes, raw);
  }

  updateNode(raw: unknown): Promise<EditOutcome> {
    return updateNode(this.writes, raw);
  }

  retireNode(raw: unknown): Promise<EditOutcome> {
    return retireNode(this.writes, raw);
  }

  // Relations

  addRelation(raw: unknown): Promise<EditOutcome> {
    return addRelation(this.writes, raw);
  }

  endRelation(raw: unknown): Promise<EditOutcome> {
    return endRelation(this.writes, raw);
  }

  /** "Afslut afventer": ends an AWAITS relation and records the node's new status, in one change. */
  endAwaiting(raw: unknown): Promise<EditOutcome> {
    return endAwaiting(this.writes, raw);
  }

  // Statuses

  /** Appends an observation; without `expectedVersion`, retried on a concurrent write. */
  recordStatus(raw: unknown): Promise<EditOutcome> {
    return recordStatus(this.writes, raw);
  }

  correctStatus(raw: unknown): Promise<EditOutcome> {
    return correctStatus(this.writes, raw);
  }

  retractStatus(raw: unknown): Promise<EditOutcome> {
    return retractStatus(this.writes, raw);
  }

  // Documents and undo

  registerDocument(raw: unknown): Promise<EditOutcome> {
    return registerDocument(this.writes, raw);
  }

  /** Undo: puts back what `auditId` replaced, refused when anything it touched changed since. */
  revertChange(raw: unknown): Promise<EditOutcome> {
    return revertChange(this.writes, raw);
  }
}

/**
 * Who recorded a change, and when: the audit entry whose write produced it. A change computed
 * from the documents alone (the seed, an import without a trail) has none.
 *
 * - STATUS_CHANGED: the entry that wrote the `after` observation (record, correct, end awaiting,
 *   or an undo that brought it back). A change whose `after` is an older observation that a
 *   retraction uncovered has none: nobody recorded that status.
 * - APPEARED / RETIRED: the entry that set the node's validity start / end to the change's date.
 * - RELATION_ADDED / RELATION_ENDED: the same for the relation's validity.
 *
 * When several entries did, the newest counts: it wrote what the store holds now.
 */
import type { AuditEntry } from '../../schema/audit.js';
import { dateStart, type StatusObservation, type Validity } from '../../schema/domain.js';
import { statusesRecorded } from '../edit/statuses-recorded.js';
import { sameObservation } from '../edit/writes/observations.js';
import type { ChangeRecord, GraphStore } from '../store/graph-store.js';

/** Who recorded one change, as the audit trail has it. */
export interface Recording {
  /** The audit entry's id (`Change.id`). */
  id: string;
  /** The actor's display name ("registreret af …"). */
  by: string;
  /** ISO timestamp, server time. */
  at: string;
}

/** The entry (of `entries`, oldest first) that produced `change`, if an app edit did. */
export function recordingEntry(change: ChangeRecord, entries: readonly AuditEntry[]): AuditEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i];
    if (entry && produced(change, entry)) return entry;
  }
  return undefined;
}

function produced(change: ChangeRecord, entry: AuditEntry): boolean {
  switch (change.kind) {
    case 'STATUS_CHANGED':
      return change.after !== undefined && addedObservation(entry, change.nodeId, change.after);
    case 'APPEARED':
      return movedValidity(nodeValidities(entry, change.nodeId), 'from', change.date);
    case 'RETIRED':
      return movedValidity(nodeValidities(entry, change.nodeId), 'to', change.date);
    case 'RELATION_ADDED':
      return movedValidity(edgeValidities(entry, change.edgeId), 'from', change.date);
    case 'RELATION_ENDED':
      return movedValidity(edgeValidities(entry, change.edgeId), 'to', change.date);
  }
}

/** The entry recorded the observation on the node: it is among the statuses the entry added or corrected. */
function addedObservation(entry: AuditEntry, nodeId: string, observation: StatusObservation): boolean {
  return statusesRecorded(entry.before, entry.after).some(
    (recorded) =>
      recorded.nodeId === nodeId &&
      recorded.observation.seq === observation.seq &&
      sameObservation(recorded.observation, observation),
  );
}

interface ValidityWrite {
  before: Validity | undefined;
  /** False: the entry created the record. */
  existedBefore: boolean;
  after: Validity | undefined;
}

function nodeValidities(entry: AuditEntry, nodeId: string): ValidityWrite | undefined {
  const after = entry.after.nodes.find((n) => n.record.id === nodeId);
  if (!after) return undefined;
  const before = entry.before.nodes.find((n) => n.record.id === nodeId);
  return {
    before: before?.record.validity,
    existedBefore: before !== undefined,
    after: after.record.validity,
  };
}

function edgeValidities(entry: AuditEntry, edgeId: string | undefined): ValidityWrite | undefined {
  const after = entry.after.edges.find((e) => e.record.id === edgeId);
  if (!after) return undefined;
  const before = entry.before.edges.find((e) => e.record.id === edgeId);
  return {
    before: before?.record.validity,
    existedBefore: before !== undefined,
    after: after.record.validity,
  };
}

/** The entry set the validity's `side` to a value starting on `date`, which it was not before. */
function movedValidity(write: ValidityWrite | undefined, side: 'from' | 'to', date: string): boolean {
  const value = write?.after?.[side];
  if (!write || value === undefined || dateStart(value) !== date) return false;
  return !write.existedBefore || write.before?.[side] !== value;
}

/**
 * Who recorded each change of one page, read lazily with one store call for the whole page (no
 * call per change), and only when a field asks for it.
 */
export class PageRecordings {
  private loaded: Promise<readonly AuditEntry[]> | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly changes: readonly ChangeRecord[],
  ) {}

  async of(change: ChangeRecord): Promise<Recording | null> {
    this.loaded ??= this.store.auditTouching(
      [...new Set(this.changes.filter((c) => c.edgeId === undefined).map((c) => c.nodeId))],
      [...new Set(this.changes.flatMap((c) => (c.edgeId === undefined ? [] : [c.edgeId])))],
    );
    const entry = recordingEntry(change, await this.loaded);
    return entry ? { id: entry.id, by: entry.actor.name, at: entry.at } : null;
  }
}

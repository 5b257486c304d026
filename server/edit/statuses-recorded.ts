/**
 * The statuses one audit entry recorded: observations a node has after the entry that it did not
 * have, the same, under the same `seq` before it (an added status, or a corrected one). What
 * "Fulgte" says was recorded, beside who recorded it and when.
 */
import type { AuditSnapshot } from '../../schema/audit.js';
import type { StatusObservation } from '../../schema/domain.js';
import { sameObservation } from './writes/observations.js';

export interface StatusRecorded {
  nodeId: string;
  observation: StatusObservation;
}

export function statusesRecorded(before: AuditSnapshot, after: AuditSnapshot): StatusRecorded[] {
  return after.nodes.flatMap(({ record }) => {
    const earlier = before.nodes.find((n) => n.record.id === record.id)?.record.statusHistory ?? [];
    return record.statusHistory
      .filter((o) => !earlier.some((e) => e.seq === o.seq && sameObservation(e, o)))
      .map((observation) => ({ nodeId: record.id, observation }));
  });
}

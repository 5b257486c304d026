import { describe, expect, it } from 'vitest';
import type { AuditSnapshot } from '../../schema/audit.js';
import type { GraphNodeRecord, StatusObservation } from '../../schema/domain.js';
import { statusesRecorded } from './statuses-recorded.js';

const status = (seq: number, code: StatusObservation['code'], date: string): StatusObservation => ({
  seq,
  code,
  date,
  textDa: `status ${seq}`,
  kind: 'fact',
  documentId: 'doc',
});

const snapshot = (...nodes: [string, StatusObservation[]][]): AuditSnapshot => ({
  nodes: nodes.map(([id, statusHistory]) => ({
    record: { id, statusHistory } as unknown as GraphNodeRecord,
    version: 1,
  })),
  edges: [],
  documents: [],
});

describe('statusesRecorded', () => {
  it('names the statuses an entry added or corrected, and not those it left as they were', () => {
    const before = snapshot(['a', [status(0, 'STARTED', '2024'), status(1, 'PAUSED', '2025-02')]]);
    const after = snapshot(
      ['a', [status(0, 'STARTED', '2024'), status(1, 'IN_FORCE', '2025-02'), status(2, 'COMPLETED', '2026')]],
      ['b', [status(0, 'PLANNED', '2026-01-01')]],
    );
    expect(statusesRecorded(before, after)).toStrictEqual([
      { nodeId: 'a', observation: status(1, 'IN_FORCE', '2025-02') },
      { nodeId: 'a', observation: status(2, 'COMPLETED', '2026') },
      { nodeId: 'b', observation: status(0, 'PLANNED', '2026-01-01') },
    ]);
  });

  it('an entry that only removed a status or renamed the node recorded none', () => {
    const before = snapshot(['a', [status(0, 'STARTED', '2024'), status(1, 'PAUSED', '2025')]]);
    expect(statusesRecorded(before, snapshot(['a', [status(0, 'STARTED', '2024')]]))).toStrictEqual([]);
  });
});

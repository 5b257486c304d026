/**
 * Which audit entry recorded a change: the one whose write produced what the change shows, the
 * newest when several did, and none for what the documents alone say.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../schema/audit.js';
import type { GraphEdgeRecord, GraphNodeRecord, StatusObservation } from '../../schema/domain.js';
import type { ChangeRecord } from '../store/graph-store.js';
import { recordingEntry } from './change-recording.js';

const seeded: StatusObservation = {
  code: 'STARTED',
  textDa: 'Igangsat',
  date: '2024-02',
  kind: 'fact',
  documentId: 'doc-a',
  seq: 0,
};
const recorded: StatusObservation = {
  ...seeded,
  code: 'PAUSED',
  textDa: 'Sat på pause',
  date: '2024-06-01',
  seq: 1,
};

function node(statusHistory: StatusObservation[], validity?: GraphNodeRecord['validity']): GraphNodeRecord {
  return {
    id: 'ini-a',
    label: 'Initiative',
    kind: 'initiative',
    nameDa: 'A',
    aliases: [],
    props: {},
    sources: [],
    statusHistory,
    ...(validity ? { validity } : {}),
  };
}

function edge(validity: GraphEdgeRecord['validity']): GraphEdgeRecord {
  return {
    id: 'ini-a|PART_OF|ag-b',
    type: 'PART_OF',
    source: 'ini-a',
    target: 'ag-b',
    props: {},
    sources: [],
    ...(validity ? { validity } : {}),
  };
}

let seq = 0;
function entry(
  mutation: string,
  before: { nodes?: GraphNodeRecord[]; edges?: GraphEdgeRecord[] },
  after: { nodes?: GraphNodeRecord[]; edges?: GraphEdgeRecord[] },
): AuditEntry {
  seq += 1;
  const snapshot = (s: { nodes?: GraphNodeRecord[]; edges?: GraphEdgeRecord[] }) => ({
    nodes: (s.nodes ?? []).map((record) => ({ record, version: seq })),
    edges: (s.edges ?? []).map((record) => ({ record, version: seq })),
    documents: [],
  });
  return {
    id: `e-${seq}`,
    seq,
    at: `2026-11-30T10:00:0${seq}.000Z`,
    actor: { kind: 'user', id: `u-${seq}`, name: `Bruger ${seq}` },
    mutation,
    nodeIds: (after.nodes ?? []).map((n) => n.id),
    edgeIds: (after.edges ?? []).map((e) => e.id),
    documentIds: [],
    before: snapshot(before),
    after: snapshot(after),
  };
}

const statusChange: ChangeRecord = {
  kind: 'STATUS_CHANGED',
  date: '2024-06-01',
  nodeId: 'ini-a',
  before: seeded,
  after: recorded,
};

describe('recordingEntry', () => {
  it('is the entry that added the after status, not a later edit that kept it', () => {
    const record = entry('recordStatus', { nodes: [node([seeded])] }, { nodes: [node([seeded, recorded])] });
    const rename = entry(
      'updateNode',
      { nodes: [node([seeded, recorded])] },
      { nodes: [{ ...node([seeded, recorded]), nameDa: 'B' }] },
    );
    expect(recordingEntry(statusChange, [record, rename])).toStrictEqual(record);
  });

  it('is none when the after status came from the documents and a retraction uncovered it', () => {
    const retract = entry(
      'retractStatus',
      { nodes: [node([seeded, recorded])] },
      { nodes: [node([seeded])] },
    );
    const uncovered: ChangeRecord = { ...statusChange, date: '2024-02-01', before: undefined, after: seeded };
    expect(recordingEntry(uncovered, [retract])).toBeUndefined();
  });

  it('is the newest entry that wrote it: an undo that brought a retracted status back', () => {
    const record = entry('recordStatus', { nodes: [node([seeded])] }, { nodes: [node([seeded, recorded])] });
    const retract = entry(
      'retractStatus',
      { nodes: [node([seeded, recorded])] },
      { nodes: [node([seeded])] },
    );
    const undo = entry('revertChange', { nodes: [node([seeded])] }, { nodes: [node([seeded, recorded])] });
    expect(recordingEntry(statusChange, [record, retract, undo])).toStrictEqual(undo);
  });

  it('is the entry that set the validity end for RETIRED, matched on the first day of its date', () => {
    const retire = entry(
      'retireNode',
      { nodes: [node([seeded], { from: '2020' })] },
      { nodes: [node([seeded], { from: '2020', to: '2025-03', toBasis: 'retired' })] },
    );
    const retired: ChangeRecord = { kind: 'RETIRED', date: '2025-03-01', nodeId: 'ini-a' };
    expect(recordingEntry(retired, [retire])).toStrictEqual(retire);
    expect(recordingEntry({ ...retired, date: '2025-04-01' }, [retire])).toBeUndefined();
    // The start did not move in that entry: it recorded no APPEARED.
    expect(
      recordingEntry({ kind: 'APPEARED', date: '2020-01-01', nodeId: 'ini-a' }, [retire]),
    ).toBeUndefined();
  });

  it('tells a relation added again after it ended from the first time', () => {
    const add = entry(
      'addRelation',
      {},
      { edges: [edge({ from: '2024-01-01', fromBasis: 'first_mention' })] },
    );
    const end = entry(
      'endRelation',
      { edges: [edge({ from: '2024-01-01' })] },
      { edges: [edge({ from: '2024-01-01', to: '2024-05-01', toBasis: 'ended' })] },
    );
    const again = entry(
      'addRelation',
      { edges: [edge({ from: '2024-01-01', to: '2024-05-01', toBasis: 'ended' })] },
      { edges: [edge({ from: '2024-09-01', fromBasis: 'first_mention' })] },
    );
    const added = (date: string): ChangeRecord => ({
      kind: 'RELATION_ADDED',
      date,
      nodeId: 'ini-a',
      edgeId: 'ini-a|PART_OF|ag-b',
    });
    const entries = [add, end, again];
    expect(recordingEntry(added('2024-01-01'), entries)).toStrictEqual(add);
    expect(recordingEntry(added('2024-09-01'), entries)).toStrictEqual(again);
    expect(recordingEntry({ ...added('2024-05-01'), kind: 'RELATION_ENDED' }, entries)).toStrictEqual(end);
  });
});

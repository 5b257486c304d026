/**
 * The write half of the store contract (issue 11), run inside `describeGraphStoreContract` so
 * every adapter proves it: versions checked and raised atomically with the audit entry, a
 * refused or failing write leaves nothing behind, idempotent replays, 50 racing writers of one
 * version of which exactly one wins, and the trail's reads.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../schema/audit.js';
import { edgeId, type GraphDocument, type GraphNodeRecord } from '../../schema/domain.js';
import { ConflictError, ValidationError } from '../../server/errors.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import type { AuditDraft, AuditQuery, WriteSet } from '../../server/store/graph-write.js';

export interface WriteContractSubject {
  store: GraphStore;
  p: string;
  fixture: GraphDocument;
}

let drafts = 0;
function draft(mutation: string, extra: Partial<AuditDraft> = {}): AuditDraft {
  drafts += 1;
  return {
    id: `audit-${drafts}-${Math.random().toString(36).slice(2, 8)}`,
    at: '2025-06-01T10:00:00.000Z',
    actor: { kind: 'user', id: 'u-1', name: 'Test Bruger' },
    mutation,
    nodeIds: [],
    edgeIds: [],
    documentIds: [],
    before: { nodes: [], edges: [], documents: [] },
    ...extra,
  };
}

export function describeWriteContract(subject: () => WriteContractSubject): void {
  describe('writes, versions and the audit trail', () => {
    const node = (id: string): GraphNodeRecord => {
      const { fixture, p } = subject();
      const found = fixture.nodes.find((n) => n.id === `${p}${id}`);
      if (!found) throw new Error(`fixture has no ${id}`);
      return found;
    };
    const reset = async (): Promise<void> => {
      await subject().store.replaceAll(subject().fixture);
    };

    it('imported records are at version 1; a write raises it and appends one entry with the new versions', async () => {
      await reset();
      const { store, p } = subject();
      expect(
        await store.getVersions(
          [`${p}ssg`, `${p}nope`],
          [edgeId(`${p}ssg`, 'RESPONSIBLE', `${p}ag-overvaegt`)],
        ),
      ).toStrictEqual({
        nodes: new Map([[`${p}ssg`, 1]]),
        edges: new Map([[edgeId(`${p}ssg`, 'RESPONSIBLE', `${p}ag-overvaegt`), 1]]),
      });
      const before = node('ssg');
      const changed = {
        ...before,
        nameDa: 'Sundhedsstyregruppen (ny)',
        validity: { from: '2020', fromBasis: 'established' as const },
      };
      const audit = draft('updateNode', {
        nodeIds: [before.id],
        before: { nodes: [{ record: before, version: 1 }], edges: [], documents: [] },
      });
      const result = await store.applyWrite({
        nodes: [{ record: changed, expectedVersion: 1 }],
        edges: [],
        documents: [],
        audit,
      });
      const expected: AuditEntry = {
        ...audit,
        seq: 1,
        after: { nodes: [{ record: changed, version: 2 }], edges: [], documents: [] },
      };
      expect(result).toStrictEqual({ entry: expected, replayed: false });
      expect((await store.getNodes([before.id])).get(before.id)).toStrictEqual(changed);
      expect((await store.getVersions([before.id], [])).nodes.get(before.id)).toBe(2);
      expect(await store.getAuditEntry(audit.id)).toStrictEqual(expected);
      expect(await store.lastAuditSeq()).toBe(1);
      expect(await store.auditSince(0, 10)).toStrictEqual([expected]);
    });

    it('a stale version is refused whole: nothing of the set and no entry is written', async () => {
      await reset();
      const { store, p } = subject();
      const exported = await store.exportGraph();
      const set: WriteSet = {
        nodes: [
          { record: { ...node('cl-vest'), nameDa: 'A' }, expectedVersion: 1 },
          { record: { ...node('ssg'), nameDa: 'B' }, expectedVersion: 7 },
        ],
        edges: [],
        documents: [],
        audit: draft('updateNode'),
      };
      await expect(store.applyWrite(set)).rejects.toBeInstanceOf(ConflictError);
      await expect(store.applyWrite(set)).rejects.toMatchObject({ entity: 'Node', id: `${p}ssg` });
      expect(await store.exportGraph()).toStrictEqual(exported);
      expect(await store.lastAuditSeq()).toBe(0);
    });

    it('a write that fails half-way (an edge to an unknown node) leaves no change and no entry', async () => {
      await reset();
      const { store, p } = subject();
      const exported = await store.exportGraph();
      const set: WriteSet = {
        nodes: [{ record: { ...node('cl-vest'), nameDa: 'Halvt skrevet' }, expectedVersion: 1 }],
        edges: [
          {
            record: {
              id: edgeId(`${p}cl-vest`, 'PART_OF', `${p}missing`),
              type: 'PART_OF',
              source: `${p}cl-vest`,
              target: `${p}missing`,
              props: {},
              sources: [],
            },
            expectedVersion: null,
          },
        ],
        documents: [],
        audit: draft('addRelation'),
      };
      await expect(store.applyWrite(set)).rejects.toBeInstanceOf(ValidationError);
      expect(await store.exportGraph()).toStrictEqual(exported);
      expect(await store.queryAudit({}, { limit: 10 })).toStrictEqual({ entries: [], totalCount: 0 });
    });

    it('creating what exists is a conflict; a new edge and document are written at version 1', async () => {
      await reset();
      const { store, p } = subject();
      await expect(
        store.applyWrite({
          nodes: [{ record: node('ssg'), expectedVersion: null }],
          edges: [],
          documents: [],
          audit: draft('createNode'),
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      const edge = {
        id: edgeId(`${p}ini-sub`, 'AWAITS', `${p}reform`),
        type: 'AWAITS' as const,
        source: `${p}ini-sub`,
        target: `${p}reform`,
        props: { mode: 'adjust' as const, quote: 'afventer' },
        sources: [{ documentId: `${p}doc-b`, confidence: 'stated' as const }],
        validity: { from: '2025-06-01', fromBasis: 'first_mention' as const },
      };
      const document = {
        id: `${p}doc-b`,
        file: 'b.txt',
        title: 'Referat',
        asOf: '2025-05',
        asOfConfidence: 'stated' as const,
      };
      await store.applyWrite({
        nodes: [],
        edges: [{ record: edge, expectedVersion: null }],
        documents: [document],
        audit: draft('addRelation', { edgeIds: [edge.id], documentIds: [document.id] }),
      });
      // The relation's change is in the trail of both its ends.
      for (const end of [edge.source, edge.target]) {
        const trail = await store.queryAudit({ nodeId: end }, { limit: 5 });
        expect(trail.entries.map((e) => e.mutation)).toStrictEqual(['addRelation']);
      }
      expect((await store.getEdgesById([edge.id, 'nope'])).get(edge.id)).toStrictEqual(edge);
      expect((await store.getVersions([], [edge.id])).edges.get(edge.id)).toBe(1);
      expect((await store.getDocuments()).map((d) => d.id)).toStrictEqual([`${p}doc-a`, `${p}doc-b`]);
      // The traversal index sees the new edge at once.
      expect((await store.expand([`${p}reform`], 'IN', ['AWAITS'])).map((e) => e.source)).toStrictEqual([
        `${p}ini-sub`,
      ]);
    });

    it('a second write with the same idempotency key writes nothing and returns the first entry', async () => {
      await reset();
      const { store } = subject();
      const first = await store.applyWrite({
        nodes: [{ record: { ...node('ssg'), aliases: ['SSG', 'Styregruppen'] }, expectedVersion: 1 }],
        edges: [],
        documents: [],
        audit: draft('updateNode', { idempotencyKey: 'contract-key-1' }),
      });
      const retry = await store.applyWrite({
        nodes: [{ record: { ...node('ssg'), aliases: ['SSG', 'Styregruppen'] }, expectedVersion: 1 }],
        edges: [],
        documents: [],
        audit: draft('updateNode', { idempotencyKey: 'contract-key-1' }),
      });
      expect(retry).toStrictEqual({ entry: first.entry, replayed: true });
      expect((await store.queryAudit({ idempotencyKey: 'contract-key-1' }, { limit: 5 })).totalCount).toBe(1);
      expect(await store.lastAuditSeq()).toBe(1);
    });

    it('50 concurrent writes from the same version: exactly one wins, the others conflict', async () => {
      await reset();
      const { store } = subject();
      const base = node('wg-psyk');
      const attempts = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          store.applyWrite({
            nodes: [
              { record: { ...base, props: { ...base.props, note: `skriver ${i}` } }, expectedVersion: 1 },
            ],
            edges: [],
            documents: [],
            audit: draft('updateNode', { nodeIds: [base.id] }),
          }),
        ),
      );
      const won = attempts.filter((a) => a.status === 'fulfilled');
      const lost = attempts.filter((a) => a.status === 'rejected');
      expect([won.length, lost.length]).toStrictEqual([1, 49]);
      expect(lost.every((a) => a.reason instanceof ConflictError)).toBe(true);
      const winner = (won[0] as PromiseFulfilledResult<{ entry: AuditEntry }>).value.entry;
      const stored = (await store.getNodes([base.id])).get(base.id);
      expect(stored?.props.note).toBe(winner.after.nodes[0]?.record.props.note);
      expect((await store.getVersions([base.id], [])).nodes.get(base.id)).toBe(2);
      expect((await store.queryAudit({ nodeId: base.id }, { limit: 100 })).totalCount).toBe(1);
    });

    it('the trail filters by node and pages newest first', async () => {
      await reset();
      const { store } = subject();
      let record = node('ini-sub');
      for (let version = 1; version <= 3; version += 1) {
        record = { ...record, nameDa: `Spor ${version}` };
        await store.applyWrite({
          nodes: [{ record, expectedVersion: version }],
          edges: [],
          documents: [],
          audit: draft('updateNode', { nodeIds: [record.id] }),
        });
      }
      await store.applyWrite({
        nodes: [{ record: { ...node('ssg'), nameDa: 'x' }, expectedVersion: 1 }],
        edges: [],
        documents: [],
        audit: draft('updateNode', { nodeIds: [node('ssg').id] }),
      });
      const page = await store.queryAudit({ nodeId: record.id }, { limit: 2 });
      expect([page.totalCount, page.entries.map((e) => e.seq)]).toStrictEqual([3, [3, 2]]);
      const next = await store.queryAudit({ nodeId: record.id }, { afterSeq: 2, limit: 2 });
      expect(next.entries.map((e) => e.seq)).toStrictEqual([1]);
      expect((await store.queryAudit({ actorId: 'nobody' }, { limit: 2 })).totalCount).toBe(0);
      expect((await store.auditSince(2, 10)).map((e) => e.seq)).toStrictEqual([3, 4]);
      await reset();
      expect(await store.lastAuditSeq()).toBe(0);
    });

    it('the trail filters by any of several nodes (relations by either end) and by time', async () => {
      await reset();
      const { store, p } = subject();
      const write = (record: GraphNodeRecord, at: string) =>
        store.applyWrite({
          nodes: [{ record: { ...record, nameDa: `${record.nameDa} (rettet)` }, expectedVersion: 1 }],
          edges: [],
          documents: [],
          audit: draft('updateNode', { nodeIds: [record.id], at }),
        });
      await write(node('ssg'), '2025-06-01T08:00:00.000Z');
      await write(node('wg-psyk'), '2025-06-02T08:00:00.000Z');
      const relation = edgeId(`${p}ini-sub`, 'AWAITS', `${p}reform`);
      await store.applyWrite({
        nodes: [],
        edges: [
          {
            record: {
              id: relation,
              type: 'AWAITS',
              source: `${p}ini-sub`,
              target: `${p}reform`,
              props: { mode: 'adjust', quote: 'afventer' },
              sources: [{ documentId: `${p}doc-a`, confidence: 'stated' }],
              validity: { from: '2025-06-01', fromBasis: 'first_mention' },
            },
            expectedVersion: null,
          },
        ],
        documents: [],
        audit: draft('addRelation', { edgeIds: [relation], at: '2025-06-03T08:00:00.000Z' }),
      });
      const seqs = async (query: AuditQuery) => {
        const page = await store.queryAudit(query, { limit: 10 });
        return [page.totalCount, page.entries.map((e) => e.mutation + ':' + e.seq)];
      };
      expect(await seqs({ nodeIdsAny: [`${p}ssg`, `${p}reform`] })).toStrictEqual([
        2,
        ['addRelation:3', 'updateNode:1'],
      ]);
      expect(await seqs({ nodeIdsAny: [`${p}ini-sub`] })).toStrictEqual([1, ['addRelation:3']]);
      expect(
        await seqs({ nodeIdsAny: [`${p}ssg`, `${p}wg-psyk`], from: '2025-06-01T08:00:00.001Z' }),
      ).toStrictEqual([1, ['updateNode:2']]);
      expect(await seqs({ nodeIdsAny: [] })).toStrictEqual([0, []]);
      expect(await seqs({ nodeIdsAny: [`${p}nope`] })).toStrictEqual([0, []]);
    });
  });
}

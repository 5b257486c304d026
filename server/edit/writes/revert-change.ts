/** Undo (fortryd) of one audited change, as a new audited change. */
import type { GraphNodeRecord } from '../../../schema/domain.js';
import { ConflictError, ValidationError } from '../../errors.js';
import type { WriteSet } from '../../store/graph-write.js';
import { parseInput, revertChangeSchema } from '../edit.validation.js';
import { empty, endedEdge } from './record-builders.js';
import type { EditOutcome, WritePath } from './write-path.js';

/**
 * Undo: a new, audited change that puts back what `auditId` replaced. Refused with CONFLICT
 * when any record it touched has changed since (its version is no longer the one the entry
 * wrote). What the entry created is retired or ended, never deleted.
 */
export async function revertChange(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(revertChangeSchema, raw);
  const prior = await writes.prior('revertChange', input.idempotencyKey);
  if (prior) return prior;
  const entry = await writes.store.getAuditEntry(input.auditId);
  if (!entry) throw new ValidationError('auditId', `ukendt ændring / unknown change '${input.auditId}'`);
  if (entry.after.documents.length > 0) {
    throw new ValidationError(
      'auditId',
      'et registreret kildedokument kan ikke fortrydes / a registered document cannot be reverted',
    );
  }
  const versions = await writes.store.getVersions(
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
          validity: { ...written.validity, to: writes.today(), toBasis: 'retired' },
        };
    set.nodes.push({ record, expectedVersion: version });
    before.nodes.push({ record: written, version });
  }
  for (const { record: written, version } of entry.after.edges) {
    const current = versions.edges.get(written.id);
    stale('Edge', written.id, version, current);
    const prior = entry.before.edges.find((e) => e.record.id === written.id);
    const record = prior ? prior.record : endedEdge(written, writes.today(), 'retired', undefined);
    set.edges.push({ record, expectedVersion: version });
    before.edges.push({ record: written, version });
  }
  return writes.commit('revertChange', { ...input, revertOf: entry.id }, set, before);
}

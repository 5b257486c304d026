/**
 * Small builders several edits share: the empty audit snapshot a change starts from, a stored
 * source reference from an input's, and an edge with its validity ended.
 */
import type { AuditSnapshot } from '../../../schema/audit.js';
import type { GraphEdgeRecord, PartialDate, SourceRef } from '../../../schema/domain.js';

export function empty(): AuditSnapshot {
  return { nodes: [], edges: [], documents: [] };
}

export function toSourceRef(source: {
  documentId: string;
  quote?: string | undefined;
  confidence: SourceRef['confidence'];
}): SourceRef {
  return {
    documentId: source.documentId,
    ...(source.quote ? { quote: source.quote } : {}),
    confidence: source.confidence,
  };
}

export function endedEdge(
  edge: GraphEdgeRecord,
  to: PartialDate,
  toBasis: 'ended' | 'retired',
  documentId: string | undefined,
): GraphEdgeRecord {
  return {
    ...edge,
    validity: { ...edge.validity, to, toBasis, ...(documentId ? { documentId } : {}) },
  };
}

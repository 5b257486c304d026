/**
 * A small graph with validity and a dated status history, for the time part of the store
 * contract: what existed when, what changed between two dates. Ids carry a prefix, as the
 * contract fixture's do.
 */
import {
  edgeId,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type RelationType,
  type StatusObservation,
  type Validity,
} from '../../schema/domain.js';
import { canonicalizeGraphDocument } from '../../schema/graph-document.js';

export function timeFixture(prefix: string): GraphDocument {
  const id = (local: string): string => `${prefix}${local}`;
  const doc = id('doc-t');
  const status = (
    code: StatusObservation['code'],
    date: string,
    kind: StatusObservation['kind'],
    seq: number,
  ): StatusObservation => ({
    code,
    textDa: `${code.toLowerCase()} ${date}`,
    date,
    kind,
    documentId: doc,
    seq,
  });
  const node = (
    local: string,
    label: GraphNodeRecord['label'],
    statusHistory: StatusObservation[],
    validity?: Validity,
  ): GraphNodeRecord => ({
    id: id(local),
    label,
    kind: label.toLowerCase(),
    nameDa: `Tid ${local}`,
    aliases: [],
    props: {},
    sources: [{ documentId: doc, confidence: 'stated' }],
    statusHistory,
    ...(validity ? { validity: { ...validity, documentId: doc } } : {}),
  });
  const edge = (source: string, type: RelationType, target: string, validity: Validity): GraphEdgeRecord => ({
    id: edgeId(id(source), type, id(target)),
    type,
    source: id(source),
    target: id(target),
    props: {},
    sources: [{ documentId: doc, confidence: 'stated' }],
    validity: { ...validity, documentId: doc },
  });
  return canonicalizeGraphDocument({
    format: 'aftalegraf-graph',
    version: 1,
    documents: [
      { id: doc, file: '009_time.txt', title: 'Tidsdokument', asOf: '2024-01-01', asOfConfidence: 'stated' },
    ],
    nodes: [
      node('old-ag', 'Agreement', [], {
        from: '2019-07-01',
        fromBasis: 'in_force',
        to: '2024',
        toBasis: 'superseded',
      }),
      node('new-ag', 'Agreement', [], { from: '2024', fromBasis: 'in_force' }),
      node(
        'ini-a',
        'Initiative',
        [
          status('STARTED', '2020-03', 'fact', 0),
          status('PAUSED', '2022-05', 'fact', 1),
          status('RESUMED', '2023-02', 'decision', 2),
          status('APPROVAL_EXPECTED', '2023-06', 'plan', 3),
        ],
        { from: '2020-01', fromBasis: 'first_mention' },
      ),
      node('ini-b', 'Initiative', [status('STARTED', '2023-05-01', 'fact', 0)], {
        from: '2023-05-01',
        fromBasis: 'first_mention',
      }),
      node('ini-c', 'Initiative', [
        status('IMPLEMENTING', '2021', 'fact', 0),
        status('IMPLEMENTING', '2023-09', 'fact', 1),
      ]),
    ],
    edges: [
      edge('new-ag', 'SUPERSEDES', 'old-ag', { from: '2024', fromBasis: 'in_force' }),
      edge('ini-a', 'PART_OF', 'old-ag', {
        from: '2020-01',
        fromBasis: 'first_mention',
        to: '2024',
        toBasis: 'superseded',
      }),
      edge('ini-b', 'PART_OF', 'new-ag', { from: '2024', fromBasis: 'in_force' }),
      edge('ini-c', 'COUPLED_WITH', 'ini-a', { from: '2020-01', fromBasis: 'first_mention' }),
      // Upstream for `changes(upstreamOf)`; after every other window's end, so those stay as they are.
      edge('ini-b', 'DEPENDS_ON', 'ini-a', { from: '2024-07-01', fromBasis: 'agreed' }),
    ],
  });
}

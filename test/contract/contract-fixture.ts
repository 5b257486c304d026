/**
 * A small graph shaped like the real complex, for the store contract. Ids carry a prefix so
 * that a run against a shared Neo4j database can isolate its data.
 */
import {
  edgeId,
  type EdgeProps,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type RelationType,
  type StatusObservation,
} from '../../schema/domain.js';
import { canonicalizeGraphDocument } from '../../schema/graph-document.js';

export function contractFixture(prefix: string): GraphDocument {
  const id = (local: string): string => `${prefix}${local}`;
  const doc = id('doc-a');
  const node = (
    local: string,
    label: NodeLabel,
    nameDa: string,
    extra: Partial<Omit<GraphNodeRecord, 'id' | 'label' | 'nameDa'>> = {},
  ): GraphNodeRecord => ({
    id: id(local),
    label,
    kind: extra.kind ?? label.toLowerCase(),
    nameDa,
    ...(extra.nameEn === undefined ? {} : { nameEn: extra.nameEn }),
    aliases: extra.aliases ?? [],
    props: extra.props ?? {},
    sources: extra.sources ?? [{ documentId: doc, confidence: 'stated' }],
    statusHistory: extra.statusHistory ?? [],
  });
  const status = (
    code: StatusObservation['code'],
    date: string,
    kind: StatusObservation['kind'],
    seq: number,
  ): StatusObservation => ({ code, textDa: `${code} tekst`, date, kind, documentId: doc, seq });
  const edge = (
    source: string,
    type: RelationType,
    target: string,
    props: EdgeProps = {},
  ): GraphEdgeRecord => ({
    id: edgeId(id(source), type, id(target)),
    type,
    source: id(source),
    target: id(target),
    props,
    sources: [{ documentId: doc, quote: `${source} ${type} ${target}`, confidence: 'stated' }],
  });

  return canonicalizeGraphDocument({
    format: 'aftalegraf-graph',
    version: 1,
    documents: [
      { id: doc, file: 'a.txt', title: 'Kontraktdokument', asOf: '2025-01-09', asOfConfidence: 'stated' },
    ],
    nodes: [
      node('reform', 'NationalReform', 'Sundhedsreform 2024', {
        nameEn: 'Health reform 2024',
        props: { agreedOn: '2024-11-15' },
      }),
      node('reform-96t', 'ReformElement', '96-timers behandlingsansvar', {
        props: { effectiveFrom: '2027' },
      }),
      node('reg-72t', 'RegionalScheme', 'Udvidet behandlingsansvar 72 timer'),
      node('ssg', 'Body', 'Sundhedsstyregruppen', { aliases: ['SSG'], kind: 'administrative' }),
      node('cl-vest', 'Cluster', 'Gødstrupklyngen', { aliases: ['Klynge Vest'] }),
      node('mun-herning', 'Municipality', 'Herning Kommune'),
      node('ag-overvaegt', 'Agreement', 'Samarbejdsaftale om overvægt hos børn og unge', {
        kind: 'cooperation',
        props: { validFrom: '2024', ownerBody: id('ssg') },
        statusHistory: [
          status('DRAFTING', '2024-02', 'fact', 0),
          status('APPROVED', '2024-09-20', 'decision', 1),
        ],
      }),
      node('ini-psyk', 'Initiative', 'Prøvehandling psykiatri og botilbud', {
        kind: 'trial',
        props: { horizonRaw: 'Primo 2025', horizonStart: '2025-01-01', horizonEnd: '2025-04-30' },
        statusHistory: [
          status('DRAFTING', '2024-02', 'fact', 0),
          status('PAUSED', '2024-05', 'fact', 1),
          status('RESUMED', '2024-09', 'fact', 2),
          status('PAUSED', '2025-01-09', 'recommendation', 3),
        ],
      }),
      node('ini-hjemmebesoeg', 'Initiative', 'Revision af opfølgende hjemmebesøg', {
        statusHistory: [
          status('NOT_STARTED', '2022-10-14', 'fact', 0),
          status('AWAITING_REGIONAL', '2022-10-14', 'fact', 1),
        ],
      }),
      node('wg-psyk', 'WorkingGroup', 'Arbejdsgruppe psykiatri', {
        props: { torStatus: 'under udarbejdelse' },
      }),
      node('ini-sub', 'Initiative', 'Spor 1', { kind: 'track' }),
    ],
    edges: [
      edge('reform-96t', 'PART_OF', 'reform'),
      edge('reform-96t', 'SUPERSEDES', 'reg-72t', { effective: '2027-01-01' }),
      edge('ini-psyk', 'AWAITS', 'reform-96t', { mode: 'blocking', quote: 'afventer 96 timer' }),
      edge('ini-hjemmebesoeg', 'AWAITS', 'reg-72t', { mode: 'blocking' }),
      edge('wg-psyk', 'RESPONSIBLE', 'ini-psyk', { role: 'owner' }),
      edge('ssg', 'RESPONSIBLE', 'ag-overvaegt', { role: 'follow_up' }),
      edge('ag-overvaegt', 'IMPLEMENTED_BY', 'cl-vest'),
      edge('mun-herning', 'MEMBER_OF', 'cl-vest'),
      edge('ini-psyk', 'COUPLED_WITH', 'ini-hjemmebesoeg'),
      edge('ini-sub', 'PART_OF', 'ini-psyk'),
    ],
  });
}

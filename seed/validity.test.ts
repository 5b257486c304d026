/**
 * Validity derived from the documents: the rules on small graphs, and the real seed's dates
 * checked against what the documents and domain.md state.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  dateStart,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type SourceDocumentRecord,
} from '../schema/domain.js';
import { loadSeed } from './load-seed.js';
import { dayAfter, deriveValidity } from './validity.js';

const SEED_DOC: SourceDocumentRecord = {
  id: 'doc-s',
  file: '009_seed.txt',
  title: 'seed',
  asOf: '2022-10-14',
  asOfConfidence: 'stated',
};
const PAGE_DOC: SourceDocumentRecord = {
  id: 'doc-page',
  file: 'https://example.dk',
  title: 'page',
  asOf: '2025',
  asOfConfidence: 'unverified',
};

function node(id: string, label: NodeLabel, extra: Partial<GraphNodeRecord> = {}): GraphNodeRecord {
  return {
    id,
    label,
    kind: 'k',
    nameDa: id,
    aliases: [],
    props: {},
    sources: [{ documentId: 'doc-s', confidence: 'stated' }],
    statusHistory: [],
    ...extra,
  };
}

function edge(
  source: string,
  type: GraphEdgeRecord['type'],
  target: string,
  extra: Partial<GraphEdgeRecord> = {},
) {
  const record: GraphEdgeRecord = {
    id: `${source}|${type}|${target}`,
    type,
    source,
    target,
    props: {},
    sources: [{ documentId: 'doc-page', confidence: 'stated' }],
    ...extra,
  };
  return record;
}

describe('deriveValidity rules', () => {
  test('an agreement runs from validFrom (in force) to the day after validTo (ended)', () => {
    const ag = node('ag', 'Agreement', {
      props: { validFrom: '2023-07-01', validTo: '2024-12-31' },
      sources: [],
    });
    deriveValidity([SEED_DOC], [ag], [], new Map([['ag', { validFrom: 'doc-s', validTo: 'doc-s' }]]));
    expect(ag.validity).toStrictEqual({
      from: '2023-07-01',
      fromBasis: 'in_force',
      to: '2025-01-01',
      toBasis: 'ended',
      documentId: 'doc-s',
    });
  });

  test('a node only the reference pages name has no start; a seed mention gives first_mention', () => {
    const onlyPage = node('page-only', 'Municipality', {
      sources: [{ documentId: 'doc-page', confidence: 'stated' }],
    });
    const mentioned = node('mentioned', 'Initiative');
    deriveValidity([SEED_DOC, PAGE_DOC], [onlyPage, mentioned], [], new Map());
    expect(onlyPage.validity).toBeUndefined();
    expect(mentioned.validity).toStrictEqual({
      from: '2022-10-14',
      fromBasis: 'first_mention',
      documentId: 'doc-s',
    });
  });

  test('a status dated before the first mention moves the first mention back', () => {
    const ini = node('ini', 'Initiative', {
      statusHistory: [
        {
          code: 'STARTED',
          textDa: 'igangsat',
          date: '2021-03',
          kind: 'fact',
          documentId: 'doc-page',
          seq: 0,
        },
      ],
    });
    deriveValidity([SEED_DOC, PAGE_DOC], [ini], [], new Map());
    expect(ini.validity).toStrictEqual({
      from: '2021-03',
      fromBasis: 'first_mention',
      documentId: 'doc-page',
    });
  });

  test('a reform element without its own date takes the agreement date of its reform', () => {
    const reform = node('reform', 'NationalReform', { props: { agreedOn: '2024-11-15' }, sources: [] });
    const element = node('element', 'ReformElement', { props: { effectiveFrom: '2027-01-01' }, sources: [] });
    deriveValidity(
      [SEED_DOC],
      [reform, element],
      [edge('element', 'PART_OF', 'reform')],
      new Map([['reform', { agreedOn: 'doc-page' }]]),
    );
    expect(element.validity).toStrictEqual({
      from: '2024-11-15',
      fromBasis: 'agreed',
      documentId: 'doc-page',
    });
  });

  test('established by a law takes the law in-force date; superseded ends on effective, and the SUPERSEDES relation outlives it', () => {
    const law = node('law', 'ReformElement', { props: { effectiveFrom: '2022-07-01' }, sources: [] });
    const cluster = node('cluster', 'Cluster', { sources: [] });
    const council = node('council', 'Body', { props: { activeFrom: '2026-01-01' }, sources: [] });
    const supersedes = edge('council', 'SUPERSEDES', 'cluster', { props: { effective: '2027-01-01' } });
    const member = edge('mun', 'MEMBER_OF', 'cluster');
    const mun = node('mun', 'Municipality', { sources: [] });
    deriveValidity(
      [SEED_DOC, PAGE_DOC],
      [law, cluster, council, mun],
      [edge('cluster', 'ESTABLISHED_BY', 'law'), supersedes, member],
      new Map([['law', { effectiveFrom: 'doc-page' }]]),
    );
    expect(cluster.validity).toStrictEqual({
      from: '2022-07-01',
      fromBasis: 'established',
      to: '2027-01-01',
      toBasis: 'superseded',
      documentId: 'doc-page',
    });
    expect(supersedes.validity).toStrictEqual({
      from: '2027-01-01',
      fromBasis: 'in_force',
      documentId: 'doc-page',
    });
    expect(member.validity).toStrictEqual({
      from: '2022-07-01',
      fromBasis: 'established',
      to: '2027-01-01',
      toBasis: 'superseded',
      documentId: 'doc-page',
    });
  });

  test('dayAfter steps over month and year ends and partial dates', () => {
    expect(
      ['2019-06-30', '2026-12-31', '2024-02-28', '2024', '2024-12', '2024-05'].map(dayAfter),
    ).toStrictEqual(['2019-07-01', '2027-01-01', '2024-02-29', '2025', '2025-01', '2024-06']);
  });
});

describe('validity of the real seed', () => {
  let graph: GraphDocument;
  let nodes: Map<string, GraphNodeRecord>;
  beforeAll(() => {
    graph = loadSeed();
    nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  });

  test('dates the documents and domain.md state', () => {
    const validity = (id: string) => nodes.get(id)?.validity;
    // domain.md key facts 2: SA 2015–18 ran until 30 Jun 2019; SA 2019–23 in force 1 Jul 2019
    // (approved 30 Apr 2019, the earliest statement about it); SSU approved SA 2024–27's
    // drafting on 10 Aug 2022; L214 abolishes the health agreements from 1 Jan 2027.
    expect(validity('ag-sa-2015-18')).toStrictEqual({
      from: '2015',
      fromBasis: 'in_force',
      to: '2019-07-01',
      toBasis: 'ended',
      documentId: 'doc-002',
    });
    expect(validity('ag-sa-2019-23')).toStrictEqual({
      from: '2019-04-30',
      fromBasis: 'first_mention',
      to: '2024',
      toBasis: 'superseded',
      documentId: 'doc-ref-sa-rm-godkendelse-2019',
    });
    expect(validity('ag-sa-2024-27')).toStrictEqual({
      from: '2022-08-10',
      fromBasis: 'first_mention',
      to: '2027-01-01',
      toBasis: 'ended',
      documentId: 'doc-ref-sa-rm-sa-2024-27',
    });
    // SSU active 2022-07-01 to 2026-12-31; SKU ran until 2022-06-30.
    expect(validity('body-ssu')).toStrictEqual({
      from: '2022-07-01',
      fromBasis: 'established',
      to: '2027-01-01',
      toBasis: 'ended',
      documentId: 'doc-ref-ft-l191',
    });
    expect(validity('body-sku')?.to).toBe('2022-07-01');
    // The clusters are named in 002 (≈2015-01) and superseded by the health councils from 2027.
    expect(validity('cl-vest')).toStrictEqual({
      from: '2015-01',
      fromBasis: 'first_mention',
      to: '2027-01-01',
      toBasis: 'superseded',
      documentId: 'doc-002',
    });
    // 2024 reform agreed 15 Nov 2024; its abolition element with it.
    expect(validity('nat-2024-afskaffelse')).toStrictEqual({
      from: '2024-11-15',
      fromBasis: 'agreed',
      documentId: 'doc-ref-ft-reformaftale-2024',
    });
    // 001: temporary hearing agreement 2023-07-01 → 2024-12-31.
    expect(validity('ag-midl-hoere')).toStrictEqual({
      from: '2023-07-01',
      fromBasis: 'in_force',
      to: '2025-01-01',
      toBasis: 'ended',
      documentId: 'doc-001',
    });
    // 001: trial started 2023-09-15 (nothing earlier names the orthoses trial).
    expect(validity('ini-ortoser-cp')).toStrictEqual({
      from: '2023-09-15',
      fromBasis: 'first_mention',
      documentId: 'doc-001',
    });
  });

  test('nothing ends before it starts, and no status predates its node', () => {
    const backwards = [...graph.nodes, ...graph.edges].filter(
      (x) =>
        x.validity?.from !== undefined &&
        x.validity.to !== undefined &&
        dateStart(x.validity.to) <= dateStart(x.validity.from),
    );
    expect(backwards.map((x) => x.id)).toStrictEqual([]);
    const early = graph.nodes.flatMap((n) =>
      n.statusHistory
        .filter((o) => n.validity?.from !== undefined && dateStart(o.date) < dateStart(n.validity.from))
        .map((o) => `${n.id} ${o.date}`),
    );
    expect(early).toStrictEqual([]);
  });

  test('no relation starts before both its ends exist', () => {
    const start = (id: string) => dateStart(nodes.get(id)?.validity?.from ?? '0000');
    const early = graph.edges.filter(
      (e) =>
        dateStart(e.validity?.from ?? '0000') < start(e.source) ||
        dateStart(e.validity?.from ?? '0000') < start(e.target),
    );
    expect(early.map((e) => e.id)).toStrictEqual([]);
  });
});

/**
 * Integrity of the real seed dataset: what `loadSeed()` returns for `seed/data`. The id list
 * below is every id domain.md §3 names (ranges such as `sec-2015-1…7` written out), with the
 * label the spec gives it; the counts are exact so that any added or lost entity shows up here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  RELATION_TYPES,
  STATUS_CODE_LIST,
  type GraphDocument,
  type GraphNodeRecord,
  type RelationType,
} from '../schema/domain.js';
import { DEFAULT_SEED_DIR, loadSeed } from './load-seed.js';
import { quoteOccursIn } from './quote-check.js';

const SOURCES_DIR = join(DEFAULT_SEED_DIR, '..', 'sources');

/** Every id named in domain.md §3 and the label it must have. */
const SPEC_IDS: [id: string, label: string][] = [
  ['ag-fp-bu-psyk', 'Agreement'],
  ['ag-fp-hjerte', 'Agreement'],
  ['ag-fp-psyk-generisk', 'Agreement'],
  ['ag-he-rygestop-ap', 'Agreement'],
  ['ag-hp-aeldre-akut', 'Agreement'],
  ['ag-ip-overvaegt', 'Agreement'],
  ['ag-midl-hoere', 'Agreement'],
  ['ag-pol-2015', 'Agreement'],
  ['ag-ps-tobaksfri', 'Agreement'],
  ['ag-ra-korrespondance', 'Agreement'],
  ['ag-ra-udgaaende-teams', 'Agreement'],
  ['ag-sa-2015-18', 'Agreement'],
  ['ag-sa-2019-23', 'Agreement'],
  ['ag-sa-2024-27', 'Agreement'],
  ['ag-sa-akutfunktioner', 'Agreement'],
  ['ag-sa-bu-mistrivsel', 'Agreement'],
  ['ag-sa-demens', 'Agreement'],
  ['ag-sa-dobbeltdiagnose', 'Agreement'],
  ['ag-sa-god-indlaeggelse', 'Agreement'],
  ['ag-sa-hoere', 'Agreement'],
  ['ag-sa-infektionshygiejne', 'Agreement'],
  ['ag-sa-opf-hjemmebesoeg', 'Agreement'],
  ['ag-sa-overvaegt-bu', 'Agreement'],
  ['ag-sa-rygestop', 'Agreement'],
  ['ag-sa-sundhedsvisitation', 'Agreement'],
  ['ag-sa-tidlig-opsporing', 'Agreement'],
  ['ag-vaerktoejskasse-2015', 'Agreement'],
  ['art-kommunikationspakke', 'Artifact'],
  ['body-alliance-naere-psyk', 'Body'],
  ['body-byraad', 'Body'],
  ['body-faellessekretariat', 'Body'],
  ['body-folkesundhed-i-midten', 'Body'],
  ['body-kkr', 'Body'],
  ['body-kosu', 'Body'],
  ['body-ksg-aarhus', 'Body'],
  ['body-ksg-horsens', 'Body'],
  ['body-ksg-midt', 'Body'],
  ['body-ksg-randers', 'Body'],
  ['body-ksg-vest', 'Body'],
  ['body-piu', 'Body'],
  ['body-plo-m', 'Body'],
  ['body-ppu', 'Body'],
  ['body-psykiatriforum', 'Body'],
  ['body-regionsraad', 'Body'],
  ['body-sku', 'Body'],
  ['body-ssg', 'Body'],
  ['body-ssg-chair', 'Body'],
  ['body-ssu', 'Body'],
  ['body-ssu-chair', 'Body'],
  ['body-temagruppe-forebyggelse', 'Body'],
  ['chk-hjemmel-hoere', 'Initiative'],
  ['cl-aarhus', 'Cluster'],
  ['cl-horsens', 'Cluster'],
  ['cl-midt', 'Cluster'],
  ['cl-randers', 'Cluster'],
  ['cl-vest', 'Cluster'],
  ['fa-2019-aeldre', 'FocusArea'],
  ['fa-2019-forebyggelse', 'FocusArea'],
  ['fa-2019-proposed-digital', 'FocusArea'],
  ['fa-2019-psykiatri', 'FocusArea'],
  ['fa-2024-digital', 'FocusArea'],
  ['fa-2024-kronisk', 'FocusArea'],
  ['fa-2024-psyk-trivsel', 'FocusArea'],
  ['goal-2015-boern-overvaegt', 'Goal'],
  ['goal-2015-henvisninger', 'Goal'],
  ['goal-2015-kronisk', 'Goal'],
  ['goal-2015-operation', 'Goal'],
  ['goal-2015-psyk-forebyg', 'Goal'],
  ['goal-2015-raadgivning', 'Goal'],
  ['goal-2015-rygning-alkohol-overvaegt', 'Goal'],
  ['goal-2015-unge', 'Goal'],
  ['goal-2019-akut-aeldre', 'Goal'],
  ['goal-2019-mental-bu', 'Goal'],
  ['goal-2019-overvaegt', 'Goal'],
  ['goal-2019-svaer-psyk', 'Goal'],
  ['goal-2024-adgang', 'Goal'],
  ['goal-2024-digital-komm', 'Goal'],
  ['goal-2024-kronisk', 'Goal'],
  ['goal-2024-mental-bu', 'Goal'],
  ['goal-2024-svaer-psyk', 'Goal'],
  ['hosp-auh', 'Hospital'],
  ['hosp-horsens', 'Hospital'],
  ['hosp-midt', 'Hospital'],
  ['hosp-randers', 'Hospital'],
  ['hosp-vest', 'Hospital'],
  ['idea-et-sundhedsvaesen', 'Initiative'],
  ['idea-faelles-strategi', 'Initiative'],
  ['idea-helbred-67', 'Initiative'],
  ['idea-lavthaengende-frugter', 'Initiative'],
  ['idea-oekonomimodel-opgaveflytning', 'Initiative'],
  ['idea-politisk-ejerskab', 'Initiative'],
  ['idea-rykke-sammen', 'Initiative'],
  ['idea-scenarier', 'Initiative'],
  ['idea-sprint-forebyggelse', 'Initiative'],
  ['idea-uth-feedback', 'Initiative'],
  ['ini-112-saarbare', 'Initiative'],
  ['ini-72t-psyk-botilbud', 'Initiative'],
  ['ini-arbejdsspor-digital', 'Initiative'],
  ['ini-axon', 'Initiative'],
  ['ini-bu-kommunikationsvej', 'Initiative'],
  ['ini-bup-raadgivning', 'Initiative'],
  ['ini-de-naere-behandlingstilbud', 'Initiative'],
  ['ini-dobbeltdiagnose', 'Initiative'],
  ['ini-erfaringsopsamling-data', 'Initiative'],
  ['ini-evaluering-72t', 'Initiative'],
  ['ini-faelles-forpligtende-forloeb', 'Initiative'],
  ['ini-forebyg-kronisk-forvaerring', 'Initiative'],
  ['ini-fornyelse-hp-akut', 'Initiative'],
  ['ini-fornyelse-hp-akut-dataspor', 'Initiative'],
  ['ini-fornyelse-hp-akut-udviklingsspor', 'Initiative'],
  ['ini-henvisningsstroemme', 'Initiative'],
  ['ini-kampagne-rygestop-ap', 'Initiative'],
  ['ini-kronisk-droeftelse', 'Initiative'],
  ['ini-laeger-botilbud', 'Initiative'],
  ['ini-midtjysk-samarbejdsmodel', 'Initiative'],
  ['ini-modernisering-laegevagten', 'Initiative'],
  ['ini-monitorering-overvaegt-bu', 'Initiative'],
  ['ini-naerhospitalspulje-ansoegning', 'Initiative'],
  ['ini-nye-akut-initiativer', 'Initiative'],
  ['ini-opf-fp-psyk', 'Initiative'],
  ['ini-ortoser-cp', 'Initiative'],
  ['ini-overblik-bu-indsatser', 'Initiative'],
  ['ini-overdragelsespakke', 'Initiative'],
  ['ini-overvaegt-indikatorer', 'Initiative'],
  ['ini-piu-faellesmoede', 'Initiative'],
  ['ini-praehospital-kommune', 'Initiative'],
  ['ini-prioriteringer-2025', 'Initiative'],
  ['ini-proeve-kronisk', 'Initiative'],
  ['ini-raadgivningsbehov', 'Initiative'],
  ['ini-rev-fp-hjerte', 'Initiative'],
  ['ini-rev-opf-hjemmebesoeg', 'Initiative'],
  ['ini-rev-sa-demens', 'Initiative'],
  ['ini-rev-sa-infektionshygiejne', 'Initiative'],
  ['ini-revitalisering-opf-hjemmebesoeg', 'Initiative'],
  ['ini-roegfri-nikotin', 'Initiative'],
  ['ini-rygere-rekruttering', 'Initiative'],
  ['ini-samarbejdsstruktur-kar', 'Initiative'],
  ['ini-selvskade', 'Initiative'],
  ['ini-selvskade-faelles-funktioner', 'Initiative'],
  ['ini-selvskade-taskforces', 'Initiative'],
  ['ini-selvskade-teams', 'Initiative'],
  ['ini-telehjerte', 'Initiative'],
  ['ini-tryghed-ansoegning', 'Initiative'],
  ['ini-tvaerfaglige-opstartsmoeder', 'Initiative'],
  ['ini-tvaersektoriel-audit', 'Initiative'],
  ['ini-udmoentning-10aar', 'Initiative'],
  ['ini-ungemodtagelser', 'Initiative'],
  ['ini-vaccinationskampagne', 'Initiative'],
  ['mun-aarhus', 'Municipality'],
  ['mun-favrskov', 'Municipality'],
  ['mun-hedensted', 'Municipality'],
  ['mun-herning', 'Municipality'],
  ['mun-holstebro', 'Municipality'],
  ['mun-horsens', 'Municipality'],
  ['mun-ikast-brande', 'Municipality'],
  ['mun-lemvig', 'Municipality'],
  ['mun-norddjurs', 'Municipality'],
  ['mun-odder', 'Municipality'],
  ['mun-randers', 'Municipality'],
  ['mun-ringkoebing-skjern', 'Municipality'],
  ['mun-samsoe', 'Municipality'],
  ['mun-silkeborg', 'Municipality'],
  ['mun-skanderborg', 'Municipality'],
  ['mun-skive', 'Municipality'],
  ['mun-struer', 'Municipality'],
  ['mun-syddjurs', 'Municipality'],
  ['mun-viborg', 'Municipality'],
  ['nat-10aar-afstigmatisering', 'ReformElement'],
  ['nat-10aar-forskning', 'ReformElement'],
  ['nat-10aar-lettilgaengeligt', 'ReformElement'],
  ['nat-10aar-miljoeer', 'ReformElement'],
  ['nat-10aar-psyk', 'NationalPlan'],
  ['nat-10aar-svaer-psyk', 'ReformElement'],
  ['nat-10aar-tvaersektoriel', 'ReformElement'],
  ['nat-2022-apoteker', 'ReformElement'],
  ['nat-2022-data', 'ReformElement'],
  ['nat-2022-hjemmebehandling', 'ReformElement'],
  ['nat-2022-klyngelov', 'ReformElement'],
  ['nat-2022-kp-akut', 'ReformElement'],
  ['nat-2022-kp-forebyggelse', 'ReformElement'],
  ['nat-2022-kvalitetsplan', 'ReformElement'],
  ['nat-2022-laegedaekning', 'ReformElement'],
  ['nat-2022-naerhospitaler', 'ReformElement'],
  ['nat-2022-oevrige', 'ReformElement'],
  ['nat-2022-patientansvarlig', 'ReformElement'],
  ['nat-2024-96t', 'ReformElement'],
  ['nat-2024-afskaffelse', 'ReformElement'],
  ['nat-2024-kronikerpakker', 'ReformElement'],
  ['nat-2024-naersundhedsplan', 'ReformElement'],
  ['nat-2024-opgaveflytning', 'ReformElement'],
  ['nat-2024-sundhedsraad', 'ReformElement'],
  ['nat-demens-anbefalinger', 'NationalPlan'],
  ['nat-dobbeltdiagnose', 'NationalPlan'],
  ['nat-kvalitetsstandard-akut', 'ReformElement'],
  ['nat-nkr-rehab-2019', 'NationalPlan'],
  ['nat-oekonomiaftaler', 'NationalPlan'],
  ['nat-ok-plo', 'NationalPlan'],
  ['nat-reform-2022', 'NationalReform'],
  ['nat-reform-2024', 'NationalReform'],
  ['nat-roegfri-skoletid', 'NationalPlan'],
  ['nat-sst-hjerte-2018', 'NationalPlan'],
  ['nat-sundhedsstrukturkommissionen', 'NationalPlan'],
  ['org-bup', 'Organisation'],
  ['org-praehospitalet', 'Organisation'],
  ['org-psykiatrien-rm', 'Organisation'],
  ['org-sst', 'Organisation'],
  ['reg-72t', 'RegionalScheme'],
  ['reg-midtjylland', 'Region'],
  ['task-akutsygepleje', 'Task'],
  ['task-borgerrettet-forebyggelse', 'Task'],
  ['task-patientrettet-forebyggelse', 'Task'],
  ['val-2015-borgeren-foerst', 'Vision'],
  ['val-2015-resultater', 'Vision'],
  ['val-2015-vanetaenkning', 'Vision'],
  ['vis-2015-borgerens-praemisser', 'Vision'],
  ['vis-2015-lighed', 'Vision'],
  ['vis-2015-taet-paa', 'Vision'],
  ['vis-2019-borgernes-praemisser', 'Vision'],
  ['vis-2019-lighed', 'Vision'],
  ['vis-2019-sundhed-for-pengene', 'Vision'],
  ['vis-2019-taet-paa', 'Vision'],
  ['wg-72t-psyk', 'WorkingGroup'],
  ['wg-akut-handleplan', 'WorkingGroup'],
  ['wg-demens', 'WorkingGroup'],
  ['wg-dobbeltdiagnose', 'WorkingGroup'],
  ['wg-foelgegruppe-botilbud', 'WorkingGroup'],
  ['wg-god-indlaeggelse', 'WorkingGroup'],
  ['wg-naerhospitalspulje', 'WorkingGroup'],
  ['wg-opf-hjemmebesoeg', 'WorkingGroup'],
  ['wg-overvaegt', 'WorkingGroup'],
  ['wg-praehospital', 'WorkingGroup'],
  ['wp-2024', 'WorkPlan'],
  ['wp-ssg-2023', 'WorkPlan'],
  ['wp-temagruppe-2015', 'WorkPlan'],
];

let graph: GraphDocument;
let nodes: Map<string, GraphNodeRecord>;
beforeAll(() => {
  graph = loadSeed();
  nodes = new Map(graph.nodes.map((n) => [n.id, n]));
});

const edgesOf = (type: RelationType) => graph.edges.filter((e) => e.type === type);
const countBy = (values: readonly string[]) =>
  Object.fromEntries(
    [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort(([a], [b]) =>
      a < b ? -1 : 1,
    ),
  );

describe('seed integrity', () => {
  test('every edge endpoint exists', () => {
    expect(
      graph.edges.filter((e) => !nodes.has(e.source) || !nodes.has(e.target)).map((e) => e.id),
    ).toStrictEqual([]);
  });

  test('every node and edge cites at least one existing document', () => {
    const docs = new Set(graph.documents.map((d) => d.id));
    const uncited = [...graph.nodes, ...graph.edges]
      .filter((x) => x.sources.length === 0 || x.sources.some((s) => !docs.has(s.documentId)))
      .map((x) => x.id);
    expect(uncited).toStrictEqual([]);
  });

  test('every status observation uses a code of the vocabulary and an existing document', () => {
    const docs = new Set(graph.documents.map((d) => d.id));
    const bad = graph.nodes.flatMap((n) =>
      n.statusHistory
        .filter((o) => !STATUS_CODE_LIST.includes(o.code) || !docs.has(o.documentId))
        .map(() => n.id),
    );
    expect(bad).toStrictEqual([]);
  });

  test('ids are unique and every edge id is source|TYPE|target', () => {
    const nodeIds = graph.nodes.map((n) => n.id);
    const edgeIds = graph.edges.map((e) => e.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    expect(graph.edges.filter((e) => e.id !== `${e.source}|${e.type}|${e.target}`)).toStrictEqual([]);
    expect(graph.edges.filter((e) => !RELATION_TYPES.includes(e.type))).toStrictEqual([]);
  });

  test('no orphan node: every node but a SourceDocument has an edge', () => {
    const touched = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(
      graph.nodes.filter((n) => n.label !== 'SourceDocument' && !touched.has(n.id)).map((n) => n.id),
    ).toStrictEqual([]);
  });

  test('COUPLED_WITH is stored once per pair', () => {
    const pairs = edgesOf('COUPLED_WITH').map((e) => [e.source, e.target].sort().join('~'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  test('every id named in domain.md §3 exists with its label', () => {
    const actual = SPEC_IDS.map(([id]) => [id, nodes.get(id)?.label ?? 'MISSING']);
    expect(actual).toStrictEqual(SPEC_IDS);
  });

  test('node and edge totals, per label and per relationship type', () => {
    expect({
      documents: graph.documents.length,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    }).toStrictEqual({
      documents: 27,
      nodes: 285,
      edges: 474,
    });
    expect(countBy(graph.nodes.map((n) => n.label))).toStrictEqual({
      Agreement: 27,
      Artifact: 1,
      Body: 27,
      Cluster: 5,
      FocusArea: 14,
      Goal: 17,
      Hospital: 5,
      Initiative: 74,
      Municipality: 19,
      NationalPlan: 9,
      NationalReform: 2,
      Organisation: 4,
      ReformElement: 24,
      Region: 1,
      RegionalScheme: 1,
      SourceDocument: 27,
      Task: 5,
      Vision: 10,
      WorkPlan: 3,
      WorkingGroup: 10,
    });
    expect(countBy(graph.edges.map((e) => e.type))).toStrictEqual({
      AWAITS: 11,
      CONCERNS: 7,
      CONCRETIZES: 38,
      COUPLED_WITH: 12,
      DECIDED_BY: 17,
      DEPENDS_ON: 6,
      DERIVES_FROM: 11,
      ESTABLISHED_BY: 18,
      IMPLEMENTED_BY: 36,
      LOCATED_IN: 41,
      MEMBER_OF: 35,
      MENTIONED_IN: 12,
      PART_OF: 102,
      PRIORITIZED_IN: 31,
      REPORTS_TO: 16,
      RESPONSIBLE: 46,
      REVISES: 7,
      SUPERSEDES: 28,
    });
    expect(graph.nodes.reduce((sum, n) => sum + n.statusHistory.length, 0)).toBe(172);
  });

  test('every quote and every status text from a seed document is verbatim from that document', () => {
    const texts = new Map(
      graph.documents
        .filter((d) => /^\d{3}_/.test(d.file))
        .map((d) => [d.id, readFileSync(join(SOURCES_DIR, d.file), 'utf8')]),
    );
    expect([...texts.keys()]).toStrictEqual(['doc-000', 'doc-001', 'doc-002', 'doc-003', 'doc-004']);
    const notFound: string[] = [];
    const check = (where: string, documentId: string, quote: string | undefined) => {
      const text = texts.get(documentId);
      if (text !== undefined && quote && !quoteOccursIn(quote, text)) notFound.push(`${where}: ${quote}`);
    };
    for (const n of graph.nodes) {
      n.sources.forEach((s) => check(n.id, s.documentId, s.quote));
      n.statusHistory.forEach((o) => check(`${n.id} status`, o.documentId, o.textDa));
    }
    for (const e of graph.edges) e.sources.forEach((s) => check(e.id, s.documentId, s.quote));
    expect(notFound).toStrictEqual([]);
  });

  test('every AWAITS edge carries a mode and a Danish quote', () => {
    expect(edgesOf('AWAITS').filter((e) => !e.props.mode || !e.sources.some((s) => s.quote))).toStrictEqual(
      [],
    );
  });

  test('documents carry the as-of dates of domain.md §0.5', () => {
    expect(
      graph.documents
        .filter((d) => /^doc-\d{3}$/.test(d.id))
        .map((d) => [d.id, d.file, d.asOf, d.asOfConfidence]),
    ).toStrictEqual([
      ['doc-000', '000_85a85ecd242f7b09.txt', '2022-10-14', 'stated'],
      ['doc-001', '001_919a094f1f89bf03.txt', '2025-01-09', 'stated'],
      ['doc-002', '002_55e669800823a1a2.txt', '2015-01', 'inferred'],
      ['doc-003', '003_5cc8f17ebb6039f5.txt', '2022-08', 'inferred'],
      ['doc-004', '004_d626d25daafe638f.txt', '2024', 'stated'],
    ]);
  });
});

describe('structure the spec requires', () => {
  const MUNICIPALITY_CLUSTER: Record<string, string> = {
    'mun-hedensted': 'cl-horsens',
    'mun-horsens': 'cl-horsens',
    'mun-odder': 'cl-horsens',
    'mun-skanderborg': 'cl-horsens',
    'mun-silkeborg': 'cl-midt',
    'mun-skive': 'cl-midt',
    'mun-viborg': 'cl-midt',
    'mun-favrskov': 'cl-randers',
    'mun-norddjurs': 'cl-randers',
    'mun-randers': 'cl-randers',
    'mun-syddjurs': 'cl-randers',
    'mun-herning': 'cl-vest',
    'mun-holstebro': 'cl-vest',
    'mun-ikast-brande': 'cl-vest',
    'mun-lemvig': 'cl-vest',
    'mun-ringkoebing-skjern': 'cl-vest',
    'mun-struer': 'cl-vest',
    'mun-aarhus': 'cl-aarhus',
    'mun-samsoe': 'cl-aarhus',
    'hosp-horsens': 'cl-horsens',
    'hosp-midt': 'cl-midt',
    'hosp-randers': 'cl-randers',
    'hosp-vest': 'cl-vest',
    'hosp-auh': 'cl-aarhus',
  };

  test('municipalities and hospitals are MEMBER_OF their cluster and LOCATED_IN the region', () => {
    const memberOf = Object.fromEntries(
      edgesOf('MEMBER_OF')
        .filter((e) => e.target.startsWith('cl-'))
        .map((e) => [e.source, e.target]),
    );
    expect(memberOf).toStrictEqual(MUNICIPALITY_CLUSTER);
    const inRegion = new Set(
      edgesOf('LOCATED_IN')
        .filter((e) => e.target === 'reg-midtjylland')
        .map((e) => e.source),
    );
    expect(Object.keys(MUNICIPALITY_CLUSTER).filter((id) => !inRegion.has(id))).toStrictEqual([]);
  });

  test('every reform element is PART_OF something', () => {
    const parts = new Set(edgesOf('PART_OF').map((e) => e.source));
    expect(
      graph.nodes.filter((n) => n.label === 'ReformElement' && !parts.has(n.id)).map((n) => n.id),
    ).toStrictEqual([]);
  });

  test('each cluster is superseded from 2027 by exactly one health council and by L214', () => {
    const supersededBy = (cl: string) =>
      edgesOf('SUPERSEDES')
        .filter((e) => e.target === cl)
        .map((e) => [e.source, e.props.effective, e.sources.map((s) => s.confidence).join()]);
    expect(['cl-horsens', 'cl-midt', 'cl-randers', 'cl-vest', 'cl-aarhus'].map(supersededBy)).toStrictEqual([
      [
        ['body-sundhedsraad-rm-1', '2027-01-01', 'unverified'],
        ['nat-2024-afskaffelse', '2027-01-01', 'stated'],
      ],
      [
        ['body-sundhedsraad-rm-2', '2027-01-01', 'unverified'],
        ['nat-2024-afskaffelse', '2027-01-01', 'stated'],
      ],
      [
        ['body-sundhedsraad-rm-3', '2027-01-01', 'unverified'],
        ['nat-2024-afskaffelse', '2027-01-01', 'stated'],
      ],
      [
        ['body-sundhedsraad-rm-4', '2027-01-01', 'unverified'],
        ['nat-2024-afskaffelse', '2027-01-01', 'stated'],
      ],
      [
        ['body-sundhedsraad-rm-5', '2027-01-01', 'unverified'],
        ['nat-2024-afskaffelse', '2027-01-01', 'stated'],
      ],
    ]);
  });

  test('L214 supersedes SSU, every cluster and SA 2024–27 from 2027-01-01', () => {
    expect(
      edgesOf('SUPERSEDES')
        .filter((e) => e.source === 'nat-2024-afskaffelse')
        .map((e) => [e.target, e.props.effective]),
    ).toStrictEqual([
      ['ag-sa-2024-27', '2027-01-01'],
      ['body-ssu', '2027-01-01'],
      ['cl-aarhus', '2027-01-01'],
      ['cl-horsens', '2027-01-01'],
      ['cl-midt', '2027-01-01'],
      ['cl-randers', '2027-01-01'],
      ['cl-vest', '2027-01-01'],
    ]);
  });

  test('the CONCERNS edges of domain.md §3.0', () => {
    expect(edgesOf('CONCERNS').map((e) => `${e.source} → ${e.target}`)).toStrictEqual([
      'ag-he-rygestop-ap → task-patientrettet-forebyggelse',
      'ag-ps-tobaksfri → task-borgerrettet-forebyggelse',
      'ag-sa-akutfunktioner → task-akutsygepleje',
      'ag-sa-rygestop → task-patientrettet-forebyggelse',
      'ini-de-naere-behandlingstilbud → task-akutsygepleje',
      'ini-praehospital-kommune → task-akutsygepleje',
      'ini-roegfri-nikotin → task-borgerrettet-forebyggelse',
    ]);
  });
});

describe('worked facts', () => {
  test('ag-sa-tidlig-opsporing was drafted, paused and resumed, in that order', () => {
    expect(nodes.get('ag-sa-tidlig-opsporing')?.statusHistory).toStrictEqual([
      {
        code: 'PLANNED',
        textDa: 'Udarbejdelse af Samarbejdsaftale om børn og unge i risikogrupper',
        date: '2024',
        kind: 'plan',
        documentId: 'doc-004',
        seq: 0,
      },
      {
        code: 'DRAFTING',
        textDa: 'Arbejdet blev påbegyndt i februar 2024',
        date: '2024-02',
        kind: 'fact',
        documentId: 'doc-001',
        seq: 1,
      },
      {
        code: 'PAUSED',
        textDa: 'har været pauseret i forbindelse med udarbejdelse af den midtjyske samarbejdsmodel.',
        date: '2024-02',
        kind: 'fact',
        documentId: 'doc-001',
        seq: 2,
      },
      {
        code: 'RESUMED',
        textDa: 'Arbejdet er genoptaget i september 2024.',
        date: '2024-09',
        kind: 'fact',
        documentId: 'doc-001',
        seq: 3,
      },
      {
        code: 'DRAFTING',
        textDa: 'Aftalen er under udarbejdelse.',
        date: '2025-01-09',
        kind: 'fact',
        documentId: 'doc-001',
        seq: 4,
      },
      {
        code: 'PENDING_APPROVAL',
        textDa:
          'Indstilles til behandling i Sundhedsstyregruppen 2. kvartal 2025. Efterfølgende træffes beslutning om den politiske stillingtagen i Sundhedssamarbejdsudvalget',
        date: '2025-01-09',
        kind: 'recommendation',
        documentId: 'doc-001',
        seq: 5,
      },
      {
        code: 'APPROVAL_EXPECTED',
        textDa: 'Forventes klar til godkendelse i 2. kvartal 2025',
        date: '2025-04',
        kind: 'plan',
        documentId: 'doc-001',
        seq: 6,
      },
    ]);
  });

  test('ini-72t-psyk-botilbud AWAITS{blocking} nat-2024-96t, with the Danish quote', () => {
    expect(graph.edges.find((e) => e.id === 'ini-72t-psyk-botilbud|AWAITS|nat-2024-96t')).toStrictEqual({
      id: 'ini-72t-psyk-botilbud|AWAITS|nat-2024-96t',
      type: 'AWAITS',
      source: 'ini-72t-psyk-botilbud',
      target: 'nat-2024-96t',
      props: { mode: 'blocking', since: '2025-01-09' },
      sources: [
        {
          documentId: 'doc-001',
          quote:
            'Indstilling: Pauseres og afventer det nationale arbejde med 96 timers behandlingsansvar herunder udvidelse til en bredere målgruppe',
          confidence: 'stated',
        },
      ],
      validity: { from: '2025-01-09', fromBasis: 'established', documentId: 'doc-001' },
    });
  });

  test('body-ssu is active 2022-07-01 to 2026-12-31 and supersedes SKU and PPU', () => {
    expect(nodes.get('body-ssu')?.props).toStrictEqual({ activeFrom: '2022-07-01', activeTo: '2026-12-31' });
    expect(
      edgesOf('SUPERSEDES')
        .filter((e) => e.source === 'body-ssu')
        .map((e) => [e.target, e.props]),
    ).toStrictEqual([
      ['body-ppu', { effective: '2022-07-01' }],
      ['body-sku', { effective: '2022-07-01' }],
    ]);
  });

  test('ini-ortoser-cp keeps its raw horizon and gets the parsed range', () => {
    expect(nodes.get('ini-ortoser-cp')?.props).toStrictEqual({
      horizonRaw: 'Primo 2025',
      horizonStart: '2025-01-01',
      horizonEnd: '2025-04-30',
    });
  });

  test('a node mentioned in several documents merges its sources: ag-sa-god-indlaeggelse', () => {
    const node = nodes.get('ag-sa-god-indlaeggelse');
    expect([...new Set(node?.sources.map((s) => s.documentId))]).toStrictEqual([
      'doc-000',
      'doc-001',
      'doc-003',
      'doc-004',
    ]);
    expect(node?.props).toStrictEqual({
      horizonRaw: '2. kvartal 2025',
      horizonStart: '2025-04-01',
      horizonEnd: '2025-06-30',
    });
  });

  /**
   * domain.md §4's examples depend on the data's shape: the nodes one hop from the direct set via
   * the propagating types must be exactly the ones the examples list (besides X and its reform).
   */
  const PROPAGATING: RelationType[] = [
    'AWAITS',
    'DEPENDS_ON',
    'COUPLED_WITH',
    'REVISES',
    'RESPONSIBLE',
    'IMPLEMENTED_BY',
    'CONCERNS',
  ];
  const oneHop = (ids: string[]) =>
    [
      ...new Set(
        graph.edges
          .filter((e) => PROPAGATING.includes(e.type) && (ids.includes(e.source) || ids.includes(e.target)))
          .flatMap((e) => [e.source, e.target])
          .filter((id) => !ids.includes(id)),
      ),
    ].sort();
  const pointingAt = (targets: string[]) =>
    graph.edges
      .filter((e) => ['AWAITS', 'DEPENDS_ON', 'DERIVES_FROM'].includes(e.type) && targets.includes(e.target))
      .map((e) => e.source)
      .sort();

  test('example A (kronikerpakker): the data yields the listed direct, indirect and inherited nodes', () => {
    expect(pointingAt(['nat-2024-kronikerpakker', 'nat-reform-2024'])).toStrictEqual([
      'ini-kronisk-droeftelse',
      'ini-prioriteringer-2025',
    ]);
    expect(oneHop(['ini-kronisk-droeftelse', 'ini-prioriteringer-2025'])).toStrictEqual([
      'ini-proeve-kronisk',
      'nat-2024-kronikerpakker',
      'nat-reform-2024',
    ]);
    expect(
      edgesOf('PART_OF')
        .filter((e) => e.target === 'ini-proeve-kronisk')
        .map((e) => e.source),
    ).toStrictEqual(['ini-revitalisering-opf-hjemmebesoeg', 'ini-tvaerfaglige-opstartsmoeder']);
  });

  test('example B (dementia recommendations): direct ini-rev-sa-demens, indirect ag-sa-demens and wg-demens', () => {
    expect(pointingAt(['nat-demens-anbefalinger'])).toStrictEqual(['ini-rev-sa-demens']);
    expect(oneHop(['ini-rev-sa-demens'])).toStrictEqual([
      'ag-sa-demens',
      'nat-demens-anbefalinger',
      'wg-demens',
    ]);
    expect(
      graph.edges.filter((e) => e.type === 'PART_OF' && ['ag-sa-demens', 'wg-demens'].includes(e.target)),
    ).toStrictEqual([]);
  });
});

/**
 * A hand-built slice of the agreement complex (domain.md §3) around the reform elements the
 * impact tests change: enough neighbours of every kind that "not flagged" means something.
 */
import {
  edgeId,
  type EdgeProps,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type RelationType,
} from '../../schema/domain.js';

export function node(id: string, label: NodeLabel, nameDa = id, kind = ''): GraphNodeRecord {
  return { id, label, kind, nameDa, aliases: [], props: {}, sources: [], statusHistory: [] };
}

export function edge(
  source: string,
  type: RelationType,
  target: string,
  props: EdgeProps = {},
): GraphEdgeRecord {
  return {
    id: edgeId(source, type, target),
    type,
    source,
    target,
    props,
    sources: [{ documentId: 'doc-001', confidence: 'stated' }],
  };
}

const CLUSTERS = ['horsens', 'midt', 'randers', 'vest', 'aarhus'];

export function domainFixture(): { nodes: GraphNodeRecord[]; edges: GraphEdgeRecord[] } {
  const nodes: GraphNodeRecord[] = [
    node('nat-reform-2024', 'NationalReform', 'Sundhedsreform 2024'),
    ...['sundhedsraad', 'afskaffelse', '96t', 'opgaveflytning', 'naersundhedsplan'].map((e) =>
      node(`nat-2024-${e}`, 'ReformElement'),
    ),
    node('nat-2024-kronikerpakker', 'ReformElement', 'Kronikerpakker'),
    node('nat-demens-anbefalinger', 'NationalPlan', 'Nationale demensanbefalinger'),
    node('nat-10aar-psyk', 'NationalPlan'),
    node('nat-10aar-svaer-psyk', 'NationalPlan'),
    node('nat-dobbeltdiagnose', 'NationalPlan'),
    node('nat-ok-plo', 'NationalPlan'),
    node('reg-72t', 'RegionalScheme', '72-timers behandlingsansvar'),
    node('ini-prioriteringer-2025', 'Initiative'),
    node('ini-kronisk-droeftelse', 'Initiative'),
    node('ini-proeve-kronisk', 'Initiative'),
    node('ini-tvaerfaglige-opstartsmoeder', 'Initiative'),
    node('ini-revitalisering-opf-hjemmebesoeg', 'Initiative'),
    node('ini-rev-opf-hjemmebesoeg', 'Initiative'),
    node('ag-sa-opf-hjemmebesoeg', 'Agreement'),
    node('wg-opf-hjemmebesoeg', 'WorkingGroup'),
    node('ag-hp-aeldre-akut', 'Agreement'),
    node('ini-evaluering-72t', 'Initiative'),
    node('ini-rev-sa-demens', 'Initiative'),
    node('ag-sa-demens', 'Agreement'),
    node('wg-demens', 'WorkingGroup'),
    node('ini-72t-psyk-botilbud', 'Initiative'),
    node('wg-72t-psyk', 'WorkingGroup'),
    node('ini-dobbeltdiagnose', 'Initiative'),
    node('wg-dobbeltdiagnose', 'WorkingGroup'),
    node('ini-udmoentning-10aar', 'Initiative'),
    node('ag-ra-udgaaende-teams', 'Agreement'),
    node('ag-sa-god-indlaeggelse', 'Agreement'),
    node('ini-piu-faellesmoede', 'Initiative'),
    node('body-ssu', 'Body', 'Sundhedssamarbejdsudvalget'),
    node('body-ssg', 'Body', 'Sundhedsstyregruppen'),
    node('ini-roegfri-nikotin', 'Initiative'),
    node('ag-sa-overvaegt-bu', 'Agreement'),
    node('ag-sa-2024-27', 'Agreement'),
    node('ag-sa-2019-23', 'Agreement'),
    node('fa-2024-kronisk', 'FocusArea'),
    node('goal-2024-kronisk', 'Goal'),
    node('mun-herning', 'Municipality'),
    node('task-akutsygepleje', 'Task'),
    node('task-patientrettet-forebyggelse', 'Task'),
    node('task-borgerrettet-forebyggelse', 'Task'),
    node('ag-sa-akutfunktioner', 'Agreement'),
    node('ini-praehospital-kommune', 'Initiative'),
    node('ini-de-naere-behandlingstilbud', 'Initiative'),
    node('ag-sa-rygestop', 'Agreement'),
    node('ag-he-rygestop-ap', 'Agreement'),
    node('ag-ps-tobaksfri', 'Agreement'),
    ...CLUSTERS.map((c) => node(`cl-${c}`, 'Cluster', `Klynge ${c}`)),
    ...CLUSTERS.map((_, i) => node(`body-sundhedsraad-rm-${i + 1}`, 'Body', `Sundhedsråd ${i + 1}`)),
  ];
  const effective = { effective: '2027-01-01' };
  const edges: GraphEdgeRecord[] = [
    ...['sundhedsraad', 'afskaffelse', '96t', 'kronikerpakker', 'opgaveflytning', 'naersundhedsplan'].map(
      (e) => edge(`nat-2024-${e}`, 'PART_OF', 'nat-reform-2024'),
    ),
    edge('nat-10aar-svaer-psyk', 'PART_OF', 'nat-10aar-psyk'),
    edge('ini-prioriteringer-2025', 'AWAITS', 'nat-reform-2024', { mode: 'blocking' }),
    edge('ini-kronisk-droeftelse', 'AWAITS', 'nat-2024-kronikerpakker', {
      mode: 'blocking',
      since: '2024-05',
    }),
    edge('ini-proeve-kronisk', 'COUPLED_WITH', 'ini-rev-opf-hjemmebesoeg'),
    edge('ini-proeve-kronisk', 'COUPLED_WITH', 'ini-kronisk-droeftelse'),
    edge('ini-proeve-kronisk', 'DECIDED_BY', 'body-ssu', { date: '2024-10-25' }),
    edge('ini-tvaerfaglige-opstartsmoeder', 'PART_OF', 'ini-proeve-kronisk'),
    edge('ini-revitalisering-opf-hjemmebesoeg', 'PART_OF', 'ini-proeve-kronisk'),
    edge('ini-rev-opf-hjemmebesoeg', 'AWAITS', 'reg-72t', { mode: 'blocking' }),
    edge('ini-rev-opf-hjemmebesoeg', 'REVISES', 'ag-sa-opf-hjemmebesoeg'),
    edge('wg-opf-hjemmebesoeg', 'RESPONSIBLE', 'ini-rev-opf-hjemmebesoeg'),
    edge('ag-hp-aeldre-akut', 'COUPLED_WITH', 'reg-72t'),
    edge('ag-hp-aeldre-akut', 'COUPLED_WITH', 'ini-rev-opf-hjemmebesoeg'),
    edge('ini-evaluering-72t', 'REVISES', 'reg-72t'),
    edge('ini-evaluering-72t', 'CONCRETIZES', 'goal-2024-kronisk'),
    edge('nat-2024-96t', 'SUPERSEDES', 'reg-72t', effective),
    edge('ini-rev-sa-demens', 'AWAITS', 'nat-demens-anbefalinger', { mode: 'blocking' }),
    edge('ini-rev-sa-demens', 'REVISES', 'ag-sa-demens'),
    edge('wg-demens', 'RESPONSIBLE', 'ini-rev-sa-demens'),
    edge('ini-rev-sa-demens', 'DECIDED_BY', 'body-ssu'),
    edge('ini-72t-psyk-botilbud', 'AWAITS', 'nat-2024-96t', { mode: 'blocking' }),
    edge('wg-72t-psyk', 'RESPONSIBLE', 'ini-72t-psyk-botilbud'),
    edge('ini-72t-psyk-botilbud', 'DECIDED_BY', 'body-ssg'),
    edge('ini-dobbeltdiagnose', 'DERIVES_FROM', 'nat-10aar-svaer-psyk'),
    edge('ini-dobbeltdiagnose', 'DERIVES_FROM', 'nat-dobbeltdiagnose'),
    edge('wg-dobbeltdiagnose', 'RESPONSIBLE', 'ini-dobbeltdiagnose'),
    edge('ini-udmoentning-10aar', 'DERIVES_FROM', 'nat-10aar-psyk'),
    edge('ini-piu-faellesmoede', 'AWAITS', 'nat-2024-sundhedsraad', { mode: 'blocking' }),
    edge('nat-2024-afskaffelse', 'SUPERSEDES', 'body-ssu', effective),
    edge('nat-2024-afskaffelse', 'SUPERSEDES', 'ag-sa-2024-27', effective),
    ...CLUSTERS.flatMap((c, i) => [
      edge('nat-2024-afskaffelse', 'SUPERSEDES', `cl-${c}`, effective),
      edge(`body-sundhedsraad-rm-${i + 1}`, 'SUPERSEDES', `cl-${c}`, effective),
      edge('ag-ra-udgaaende-teams', 'IMPLEMENTED_BY', `cl-${c}`),
      edge('ag-sa-god-indlaeggelse', 'IMPLEMENTED_BY', `cl-${c}`),
    ]),
    edge('mun-herning', 'MEMBER_OF', 'cl-vest'),
    edge('body-ssu', 'RESPONSIBLE', 'ini-roegfri-nikotin'),
    edge('body-ssu', 'RESPONSIBLE', 'ag-sa-overvaegt-bu', { role: 'follow_up' }),
    edge('body-ssg', 'RESPONSIBLE', 'ag-sa-overvaegt-bu', { role: 'follow_up' }),
    edge('body-ssg', 'REPORTS_TO', 'body-ssu'),
    edge('ag-sa-2024-27', 'SUPERSEDES', 'ag-sa-2019-23'),
    edge('fa-2024-kronisk', 'PART_OF', 'ag-sa-2024-27'),
    edge('goal-2024-kronisk', 'PART_OF', 'fa-2024-kronisk'),
    edge('nat-2024-opgaveflytning', 'SUPERSEDES', 'task-akutsygepleje', effective),
    edge('nat-2024-opgaveflytning', 'SUPERSEDES', 'task-patientrettet-forebyggelse', effective),
    edge('ag-sa-akutfunktioner', 'CONCERNS', 'task-akutsygepleje'),
    edge('ini-praehospital-kommune', 'CONCERNS', 'task-akutsygepleje'),
    edge('ini-de-naere-behandlingstilbud', 'CONCERNS', 'task-akutsygepleje'),
    edge('ag-sa-rygestop', 'CONCERNS', 'task-patientrettet-forebyggelse'),
    edge('ag-he-rygestop-ap', 'CONCERNS', 'task-patientrettet-forebyggelse'),
    edge('ag-he-rygestop-ap', 'DEPENDS_ON', 'ag-sa-rygestop'),
    edge('ag-ps-tobaksfri', 'CONCERNS', 'task-borgerrettet-forebyggelse'),
    edge('ini-roegfri-nikotin', 'CONCERNS', 'task-borgerrettet-forebyggelse'),
    edge('ag-sa-akutfunktioner', 'DEPENDS_ON', 'nat-ok-plo', { dependencyKind: 'funding' }),
  ];
  return { nodes, edges };
}

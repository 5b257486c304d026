/**
 * A synthetic agreement complex at national scale, for load tests and benchmarks: 5 regions, 98
 * municipalities, 21 clusters around acute hospitals, per-region SSU/SSG-like bodies, health
 * councils, two national reforms with elements, national plans, tasks, and then `n` minus that
 * skeleton of agreements, goals, initiatives, working groups and the rest in roughly the real
 * data's label and relationship mix. Targets are drawn with a strong bias towards early entries,
 * which gives the heavy-tailed degree distribution of the real graph (reforms, SSG and SSU are
 * hubs). Deterministic for a given `(n, seed)`; plain arrays and one PRNG, no per-node closures,
 * so a million nodes take seconds.
 */
import {
  STATUS_CODES,
  STATUS_CODE_LIST,
  edgeId,
  type EdgeProps,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type ObservationKind,
  type RelationType,
  type SourceDocumentRecord,
  type StatusObservation,
} from '../schema/domain.js';
import { deriveValidity } from './validity.js';

/** mulberry32: small, fast and good enough for test data (also the tests' seeded runs). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGION_MUNICIPALITIES = [29, 17, 22, 19, 11]; // 98, as in Denmark
const REGION_CLUSTERS = [5, 4, 4, 5, 3]; // 21 acute hospitals
const REGION_COUNCILS = [5, 3, 4, 3, 2]; // 17 health councils
const DOCUMENTS = 40;
const REFORMS = 2;
const ELEMENTS_PER_REFORM = 8;
const NATIONAL_PLANS = 12;
const TASKS = 5;
const AGREEMENTS_PER_REGION = 3;

/** The mix of the generated (non-skeleton) part, by label. */
const MIX: [NodeLabel, number][] = [
  ['Initiative', 0.5],
  ['Agreement', 0.16],
  ['Goal', 0.09],
  ['WorkingGroup', 0.08],
  ['FocusArea', 0.05],
  ['Vision', 0.03],
  ['Body', 0.03],
  ['WorkPlan', 0.03],
  ['Organisation', 0.02],
  ['Artifact', 0.01],
];
const PREFIX: Partial<Record<NodeLabel, string>> = {
  Initiative: 'ini',
  Agreement: 'ag',
  Goal: 'goal',
  WorkingGroup: 'wg',
  FocusArea: 'fa',
  Vision: 'vis',
  Body: 'body',
  WorkPlan: 'wp',
  Organisation: 'org',
  Artifact: 'art',
};
const AGREEMENT_KINDS = [
  'cooperation',
  'framework',
  'intention',
  'declaration',
  'partnership',
  'action_plan',
  'pathway',
];
const INITIATIVE_KINDS = ['initiative', 'initiative', 'initiative', 'trial', 'track', 'revision'];
const KINDS: readonly ObservationKind[] = ['fact', 'fact', 'fact', 'plan', 'recommendation', 'decision'];
const HORIZONS: [string, string, string][] = [
  ['Primo 2025', '2025-01-01', '2025-04-30'],
  ['Medio 2025', '2025-05-01', '2025-08-31'],
  ['2. kvartal 2025', '2025-04-01', '2025-06-30'],
  ['2026', '2026-01-01', '2026-12-31'],
  ['1.halvår 2025', '2025-01-01', '2025-06-30'],
];

/** The smallest `n` the skeleton fits in, with room for a few generated nodes. */
export const SYNTHETIC_MIN_NODES = 400;

/** What a benchmark may ask beyond the default mix. */
export interface SyntheticOptions {
  /** Status observations per node (default 1 to 3, drawn); `changes` benchmarks ask for 3. */
  observationsPerNode?: number;
  /** Derive validity as the seed loader does (`seed/validity.ts`); default off. */
  validity?: boolean;
}

export function generateSyntheticGraph(n: number, seed = 1, options: SyntheticOptions = {}): GraphDocument {
  if (!Number.isInteger(n) || n < SYNTHETIC_MIN_NODES) {
    throw new RangeError(`generateSyntheticGraph needs an integer n >= ${SYNTHETIC_MIN_NODES}, got ${n}`);
  }
  const rand = prng(seed);
  const int = (max: number) => Math.floor(rand() * max);
  /** Index biased towards 0: a few early entries collect most of the links. */
  const skewed = (length: number) => Math.floor(length * rand() ** 3);
  const pad = (i: number, w: number) => String(i).padStart(w, '0');

  const documents: SourceDocumentRecord[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const year = 2015 + (d % 11);
    documents.push({
      id: `doc-syn-${pad(d, 3)}`,
      file: `syn_${pad(d, 3)}.txt`,
      title: `Syntetisk dokument ${d}`,
      asOf: `${year}-${pad(1 + (d % 12), 2)}`,
      asOfConfidence: 'stated',
    });
  }
  const dates = documents.map((d) => d.asOf);

  const nodes: GraphNodeRecord[] = [];
  const edges: GraphEdgeRecord[] = [];

  const addNode = (id: string, label: NodeLabel, kind: string, nameDa: string): GraphNodeRecord => {
    const doc = int(DOCUMENTS);
    const node: GraphNodeRecord = {
      id,
      label,
      kind,
      nameDa,
      aliases: [],
      props: {},
      sources: [{ documentId: documents[doc]!.id, confidence: rand() < 0.9 ? 'stated' : 'inferred' }],
      statusHistory: [],
    };
    if (label !== 'SourceDocument') {
      const drawn = 1 + int(3);
      const count = options.observationsPerNode ?? drawn;
      const history: StatusObservation[] = [];
      for (let k = 0; k < count; k++) {
        const code = STATUS_CODE_LIST[int(STATUS_CODE_LIST.length)]!;
        const obsDoc = Math.min(DOCUMENTS - 1, doc + k);
        history.push({
          code,
          textDa: STATUS_CODES[code].da,
          date: dates[obsDoc]!,
          kind: KINDS[int(KINDS.length)]!,
          documentId: documents[obsDoc]!.id,
          seq: 0,
        });
      }
      // seq is the place in the node's date-ordered history, unique per node as the stores require.
      history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      for (let k = 0; k < history.length; k++) history[k]!.seq = k;
      node.statusHistory = history;
    }
    nodes.push(node);
    return node;
  };
  const addEdge = (type: RelationType, source: string, target: string, props: EdgeProps = {}) => {
    const [s, t] = type === 'COUPLED_WITH' && target < source ? [target, source] : [source, target];
    edges.push({
      id: edgeId(s, type, t),
      type,
      source: s,
      target: t,
      props,
      sources: [{ documentId: documents[int(DOCUMENTS)]!.id, confidence: 'stated' }],
    });
  };

  // --- skeleton -----------------------------------------------------------------------------
  for (const d of documents) {
    const node = addNode(d.id, 'SourceDocument', 'synthetic', d.title);
    node.sources = [{ documentId: d.id, confidence: 'stated' }];
  }
  const reforms: string[] = [];
  const elements: string[] = [];
  for (let r = 0; r < REFORMS; r++) {
    const id = `nat-syn-reform-${r + 1}`;
    addNode(id, 'NationalReform', 'reform', `Syntetisk reform ${r + 1}`);
    reforms.push(id);
    for (let e = 0; e < ELEMENTS_PER_REFORM; e++) {
      const el = `nat-syn-reform-${r + 1}-el-${e + 1}`;
      addNode(el, 'ReformElement', 'reform_element', `Reformelement ${r + 1}.${e + 1}`);
      addEdge('PART_OF', el, id);
      elements.push(el);
    }
  }
  const plans: string[] = [];
  for (let p = 0; p < NATIONAL_PLANS; p++) {
    const id = `nat-syn-plan-${pad(p + 1, 2)}`;
    addNode(id, 'NationalPlan', 'plan', `National plan ${p + 1}`);
    plans.push(id);
  }
  const tasks: string[] = [];
  for (let t = 0; t < TASKS; t++) {
    const id = `task-syn-${t + 1}`;
    addNode(id, 'Task', 'statutory_task', `Opgave ${t + 1}`).props.level = t < 3 ? 'municipal' : 'regional';
    tasks.push(id);
    if (t < 2) addEdge('SUPERSEDES', elements[ELEMENTS_PER_REFORM + 4]!, id, { effective: '2027-01-01' });
  }

  const municipalities: string[] = [];
  const clusters: string[] = [];
  const hubs: string[] = []; // SSU- and SSG-like bodies, one pair per region
  const healthAgreements: string[] = [];
  let mun = 0;
  let cl = 0;
  let council = 0;
  for (let r = 0; r < REGION_MUNICIPALITIES.length; r++) {
    const region = `reg-syn-${r + 1}`;
    addNode(region, 'Region', 'region', `Region ${r + 1}`);
    const ssu = `body-syn-ssu-${r + 1}`;
    const ssg = `body-syn-ssg-${r + 1}`;
    addNode(ssu, 'Body', 'political_committee', `Sundhedssamarbejdsudvalg ${r + 1}`).props = {
      activeFrom: '2022-07-01',
      activeTo: '2026-12-31',
    };
    addNode(ssg, 'Body', 'steering_group', `Sundhedsstyregruppe ${r + 1}`);
    addNode(`body-syn-ssg-chair-${r + 1}`, 'Body', 'chair', `Formandskab ${r + 1}`);
    addEdge('REPORTS_TO', ssg, ssu);
    addEdge('PART_OF', `body-syn-ssg-chair-${r + 1}`, ssg);
    addEdge('SUPERSEDES', elements[ELEMENTS_PER_REFORM + 1]!, ssu, { effective: '2027-01-01' });
    hubs.push(ssg, ssu);
    let previous: string | undefined;
    for (let a = 0; a < AGREEMENTS_PER_REGION; a++) {
      const ha = `ag-syn-sa-${r + 1}-${a + 1}`;
      addNode(ha, 'Agreement', 'health_agreement', `Sundhedsaftale ${r + 1}.${a + 1}`).props.ownerBody = ssu;
      addEdge('RESPONSIBLE', ssu, ha, { role: 'owner' });
      if (previous) addEdge('SUPERSEDES', ha, previous, { effective: `${2015 + 4 * a}` });
      previous = ha;
      healthAgreements.push(ha);
    }
    const regionClusters: string[] = [];
    for (let c = 0; c < REGION_CLUSTERS[r]!; c++) {
      cl++;
      const cluster = `cl-syn-${pad(cl, 2)}`;
      const hosp = `hosp-syn-${pad(cl, 2)}`;
      addNode(cluster, 'Cluster', 'health_cluster', `Klynge ${cl}`);
      addNode(hosp, 'Hospital', 'acute_hospital', `Hospital ${cl}`);
      addNode(`body-syn-ksg-${pad(cl, 2)}`, 'Body', 'cluster_steering_group', `Klyngestyregruppe ${cl}`);
      addEdge('LOCATED_IN', cluster, region);
      addEdge('MEMBER_OF', hosp, cluster);
      addEdge('LOCATED_IN', hosp, region);
      addEdge('PART_OF', `body-syn-ksg-${pad(cl, 2)}`, cluster);
      addEdge('SUPERSEDES', elements[ELEMENTS_PER_REFORM + 1]!, cluster, { effective: '2027-01-01' });
      regionClusters.push(cluster);
      clusters.push(cluster);
    }
    for (let m = 0; m < REGION_MUNICIPALITIES[r]!; m++) {
      mun++;
      const id = `mun-syn-${pad(mun, 3)}`;
      addNode(id, 'Municipality', 'municipality', `Kommune ${mun}`);
      addEdge('MEMBER_OF', id, regionClusters[m % regionClusters.length]!);
      addEdge('LOCATED_IN', id, region);
      municipalities.push(id);
    }
    for (let h = 0; h < REGION_COUNCILS[r]!; h++) {
      council++;
      const id = `body-syn-sundhedsraad-${pad(council, 2)}`;
      addNode(id, 'Body', 'health_council', `Sundhedsråd ${council}`);
      addEdge('ESTABLISHED_BY', id, elements[ELEMENTS_PER_REFORM]!);
      addEdge('SUPERSEDES', id, regionClusters[h % regionClusters.length]!, { effective: '2027-01-01' });
    }
  }

  // --- generated part -----------------------------------------------------------------------
  const pools: Record<string, string[]> = {};
  for (const [label] of MIX) pools[label] = [];
  const cumulative: number[] = [];
  let acc = 0;
  for (const [, w] of MIX) cumulative.push((acc += w));
  const hubFor = () => hubs[skewed(hubs.length)]!;
  const fromPool = (label: NodeLabel, fallback: string[]) => {
    const pool = pools[label]!;
    return pool.length > 0 ? pool[skewed(pool.length)]! : fallback[skewed(fallback.length)]!;
  };

  const remaining = n - nodes.length;
  for (let i = 0; i < remaining; i++) {
    const x = rand() * acc;
    let li = 0;
    while (cumulative[li]! < x) li++;
    const label = MIX[li]![0];
    const id = `${PREFIX[label]}-syn-${pad(i, 7)}`;
    switch (label) {
      case 'Initiative': {
        const [raw, start, end] = HORIZONS[int(HORIZONS.length)]!;
        addNode(id, label, INITIATIVE_KINDS[int(INITIATIVE_KINDS.length)]!, `Indsats ${i}`).props = {
          horizonRaw: raw,
          horizonStart: start,
          horizonEnd: end,
        };
        addEdge(
          rand() < 0.5 ? 'PART_OF' : 'CONCRETIZES',
          id,
          fromPool(rand() < 0.7 ? 'Agreement' : 'Goal', healthAgreements),
        );
        const wgs = pools.WorkingGroup!;
        if (rand() < 0.5)
          addEdge('RESPONSIBLE', wgs.length && rand() < 0.6 ? wgs[int(wgs.length)]! : hubFor(), id, {
            role: 'owner',
          });
        const roll = rand();
        if (roll < 0.12)
          addEdge('AWAITS', id, elements[skewed(elements.length)]!, {
            mode: rand() < 0.7 ? 'blocking' : 'adjust',
          });
        else if (roll < 0.22) addEdge('DERIVES_FROM', id, plans[skewed(plans.length)]!);
        else if (roll < 0.27)
          addEdge('DEPENDS_ON', id, plans[skewed(plans.length)]!, { dependencyKind: 'funding' });
        const inis = pools.Initiative!;
        if (inis.length > 0 && rand() < 0.08) addEdge('COUPLED_WITH', id, inis[int(inis.length)]!);
        if (pools.WorkPlan!.length > 0 && rand() < 0.12)
          addEdge('PRIORITIZED_IN', id, fromPool('WorkPlan', []));
        if (rand() < 0.06)
          addEdge('LOCATED_IN', id, municipalities[int(municipalities.length)]!, { role: 'pilot_site' });
        if (rand() < 0.03) addEdge('CONCERNS', id, tasks[int(tasks.length)]!);
        break;
      }
      case 'Agreement':
        addNode(id, label, AGREEMENT_KINDS[int(AGREEMENT_KINDS.length)]!, `Samarbejdsaftale ${i}`);
        addEdge('CONCRETIZES', id, fromPool('Goal', healthAgreements));
        if (rand() < 0.4)
          addEdge('RESPONSIBLE', hubFor(), id, { role: rand() < 0.5 ? 'approver' : 'follow_up' });
        if (rand() < 0.25) addEdge('IMPLEMENTED_BY', id, clusters[skewed(clusters.length)]!);
        if (pools.Agreement!.length > 0 && rand() < 0.05) addEdge('REVISES', id, fromPool('Agreement', []));
        break;
      case 'Goal':
        addNode(id, label, 'shared_goal', `Målsætning ${i}`);
        addEdge('PART_OF', id, fromPool('FocusArea', healthAgreements));
        break;
      case 'FocusArea':
        addNode(id, label, 'focus_area', `Indsatsområde ${i}`);
        addEdge('PART_OF', id, healthAgreements[skewed(healthAgreements.length)]!);
        break;
      case 'Vision':
        addNode(id, label, 'vision', `Vision ${i}`);
        addEdge('PART_OF', id, healthAgreements[int(healthAgreements.length)]!);
        break;
      case 'WorkingGroup': {
        addNode(id, label, 'working_group', `Arbejdsgruppe ${i}`);
        const hub = hubFor();
        addEdge('ESTABLISHED_BY', id, hub);
        if (rand() < 0.5) addEdge('REPORTS_TO', id, hub);
        break;
      }
      case 'Body':
        addNode(id, label, 'thematic_group', `Temagruppe ${i}`);
        addEdge('REPORTS_TO', id, hubFor());
        break;
      case 'WorkPlan':
        addNode(id, label, 'work_plan', `Arbejdsplan ${i}`);
        addEdge('RESPONSIBLE', hubFor(), id, { role: 'owner' });
        break;
      case 'Organisation':
        addNode(id, label, 'regional_service', `Organisation ${i}`);
        addEdge('PART_OF', id, `reg-syn-${1 + int(REGION_MUNICIPALITIES.length)}`);
        break;
      default:
        addNode(id, label, 'communication_pack', `Artefakt ${i}`);
        addEdge('PART_OF', id, fromPool('Agreement', healthAgreements));
    }
    pools[label]!.push(id);
  }

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  nodes.sort(byId);
  edges.sort(byId);
  if (options.validity) deriveValidity(documents, nodes, edges, new Map());
  return { format: 'aftalegraf-graph', version: 1, documents, nodes, edges };
}

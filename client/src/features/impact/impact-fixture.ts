/**
 * Test data in the impact query's shape: the 96-hour element withdrawn, as the seed has it in
 * small (a direct result with an owner and a cluster, an indirect one, and an inherited part
 * under it), and `syntheticImpact` for the board's benchmark. Not part of the app build.
 */
import type { ImpactQuery } from '../../gql/graphql.js';
import type { NodeLabel, RelationType } from '../../shared/domain.js';

type Report = ImpactQuery['impact'];
type Affected = Report['affected'][number];
type Node = Affected['node'];

const doc = {
  __typename: 'SourceDocument',
  id: 'doc-001',
  nameDa: 'Overblik over indsatser',
  asOf: '2025-01-09',
} as const;

export function node(
  id: string,
  nameDa: string,
  label: NodeLabel = 'Initiative',
  nameEn: string | null = null,
): Node {
  return {
    __typename: 'Initiative',
    id,
    label,
    kind: 'initiative',
    nameDa,
    nameEn,
    statusFamily: 'AWAITING',
    status: null,
    recommendation: null,
  };
}

function named(id: string, nameDa: string) {
  return { __typename: 'Initiative' as const, id, nameDa, nameEn: null };
}

function edge(source: string, type: RelationType, target: string, quote: string | null) {
  return {
    __typename: 'Edge' as const,
    source,
    target,
    type,
    sources: quote
      ? [{ __typename: 'Source' as const, quote, confidence: 'STATED' as const, document: doc }]
      : [],
  };
}

function affected(
  entry: Pick<Affected, 'classification' | 'depth' | 'consequence'> & {
    node: Node;
    path: { nodes: { id: string; nameDa: string }[]; edges: ReturnType<typeof edge>[] }[];
    owners?: { id: string; nameDa: string; role: string | null }[];
    clusters?: { id: string; nameDa: string }[];
    effectiveDate?: string | null;
  },
): Affected {
  return {
    __typename: 'AffectedNode',
    classification: entry.classification,
    depth: entry.depth,
    rule: 'RULE',
    ruleDa: 'Regel',
    ruleEn: 'Rule',
    consequence: entry.consequence,
    consequenceEn: `EN: ${entry.consequence}`,
    consequenceCode: 'REVIEW',
    effectiveDate: entry.effectiveDate ?? null,
    pathsTruncated: false,
    node: entry.node,
    owners: (entry.owners ?? []).map((owner) => ({
      __typename: 'ImpactOwner',
      role: owner.role,
      node: named(owner.id, owner.nameDa),
    })),
    clusters: (entry.clusters ?? []).map((cluster) => named(cluster.id, cluster.nameDa)),
    paths: entry.path.map((p) => ({
      __typename: 'ImpactPath',
      rule: 'RULE',
      nodes: p.nodes.map((n) => named(n.id, n.nameDa)),
      edges: p.edges,
    })),
  };
}

const change = { id: 'nat-2024-96t', nameDa: '96 timers behandlingsansvar' };
const botilbud = { id: 'ini-72t', nameDa: '72 timers behandlingsansvar på botilbud' };
const evaluering = { id: 'ini-evaluering-72t', nameDa: 'Evaluering af 72 timer' };
const spor = { id: 'ini-spor-1', nameDa: 'Spor 1: Akutte forløb' };

/** The 96-hour element withdrawn, in small. */
export function withdrawn96(): Report {
  return {
    __typename: 'ImpactReport',
    totalCount: 3,
    pathLimit: 3,
    subjects: [node(change.id, change.nameDa, 'ReformElement', '96-hour responsibility')],
    summary: {
      __typename: 'ImpactSummary',
      direct: 1,
      indirect: 1,
      inherited: 1,
      byResponsibleBody: [],
      byCluster: [],
    },
    affected: [
      affected({
        classification: 'INHERITED',
        depth: 3,
        consequence: 'Del af »Evaluering af 72 timer«: følger dens konsekvens',
        node: node(spor.id, spor.nameDa),
        path: [
          {
            nodes: [change, botilbud, evaluering, spor],
            edges: [
              edge(
                botilbud.id,
                'AWAITS',
                change.id,
                'afventer det nationale arbejde med 96 timers behandlingsansvar',
              ),
              edge(evaluering.id, 'CONCERNS', botilbud.id, 'evalueringen af 72-timersordningen'),
              edge(spor.id, 'PART_OF', evaluering.id, null),
            ],
          },
        ],
      }),
      affected({
        classification: 'DIRECT',
        depth: 1,
        consequence: 'Afventede »96 timers behandlingsansvar«, som er trukket tilbage: tag stilling',
        node: node(botilbud.id, botilbud.nameDa),
        owners: [{ id: 'body-ssg', nameDa: 'Sundhedsstyregruppen', role: 'approver' }],
        clusters: [{ id: 'cl-vest', nameDa: 'Klynge Vest' }],
        effectiveDate: '2026-11-30',
        path: [
          {
            nodes: [change, botilbud],
            edges: [
              edge(
                botilbud.id,
                'AWAITS',
                change.id,
                'afventer det nationale arbejde med 96 timers behandlingsansvar',
              ),
            ],
          },
        ],
      }),
      affected({
        classification: 'INDIRECT',
        depth: 2,
        consequence: 'Berørt via »72 timers behandlingsansvar på botilbud«: gennemgå konsekvensen',
        node: node(evaluering.id, evaluering.nameDa),
        owners: [{ id: 'body-ssg', nameDa: 'Sundhedsstyregruppen', role: null }],
        path: [
          {
            nodes: [change, botilbud, evaluering],
            edges: [
              edge(
                botilbud.id,
                'AWAITS',
                change.id,
                'afventer det nationale arbejde med 96 timers behandlingsansvar',
              ),
              edge(evaluering.id, 'CONCERNS', botilbud.id, 'evalueringen af 72-timersordningen'),
            ],
          },
        ],
      }),
    ],
  };
}

/**
 * `size` results for the board's benchmark: a third direct, a third indirect, a third inherited
 * under the direct ones, each with an owner, a cluster and a two- or three-hop path with quotes.
 */
export function syntheticImpact(size: number): Report {
  const third = Math.ceil(size / 3);
  const results: Affected[] = [];
  const bodies = ['Sundhedsstyregruppen', 'Sundhedssamarbejdsudvalget', 'Klyngestyregruppen Vest', 'PLO-M'];
  const clusters = ['Klynge Vest', 'Klynge Midt', 'Klynge Aarhus', 'Klynge Randers', 'Klynge Horsens'];
  for (let i = 0; i < size; i += 1) {
    const tier = i < third ? 'DIRECT' : i < 2 * third ? 'INDIRECT' : 'INHERITED';
    const id = `res-${i}`;
    const parentIndex = i % third;
    const parent = {
      id: `res-${parentIndex}`,
      nameDa: `Indsats nummer ${parentIndex} om sammenhængende forløb`,
    };
    const self = { id, nameDa: `Indsats nummer ${i} om sammenhængende forløb` };
    const first = edge(parent.id, 'AWAITS', change.id, `afventer reformens element, række ${parentIndex}`);
    const path =
      tier === 'DIRECT'
        ? {
            nodes: [change, self],
            edges: [edge(id, 'AWAITS', change.id, `afventer reformens element, række ${i}`)],
          }
        : tier === 'INDIRECT'
          ? {
              nodes: [change, parent, self],
              edges: [first, edge(id, 'DEPENDS_ON', parent.id, `forudsætter række ${i}`)],
            }
          : { nodes: [change, parent, self], edges: [first, edge(id, 'PART_OF', parent.id, null)] };
    results.push(
      affected({
        classification: tier,
        depth: tier === 'DIRECT' ? 1 : 2,
        consequence: `Konsekvens for indsats ${i}: vurder om arbejdet kan starte eller skal omplanlægges`,
        node: node(id, self.nameDa),
        owners: [{ id: `body-${i % bodies.length}`, nameDa: bodies[i % bodies.length] ?? '', role: 'owner' }],
        clusters: [{ id: `cl-${i % clusters.length}`, nameDa: clusters[i % clusters.length] ?? '' }],
        effectiveDate: '2027-01-01',
        path: [path],
      }),
    );
  }
  return {
    ...withdrawn96(),
    totalCount: size,
    affected: results,
  };
}

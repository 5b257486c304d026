/**
 * The impact analysis as the board, the canvas and the exports read it: each result with its
 * consequence, owners, clusters, date and its path in names with each hop's sources; the results
 * arranged in tiers (direct, indirect, inherited under their parent) and filtered by body or
 * cluster. Pure functions of the query's data and the language, so the board, the Word memo and
 * the CSV always say the same thing.
 */
import type { ImpactQuery } from '../../gql/graphql.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import type { CanvasNode } from '../graph/graph-elements.js';
import { displayName } from '../graph/graph-elements.js';
import type { ImpactClass } from '../graph/graph-style.js';
import type { PathEdge } from '../focus/explorer-view.js';
import { hopsAlong } from '../paths/hops.js';
import type { Hop, NamedRef } from '../paths/hops.js';

export type { Hop, HopSource, NamedRef } from '../paths/hops.js';

type ApiReport = ImpactQuery['impact'];

export interface ImpactResult {
  id: string;
  name: string;
  node: CanvasNode;
  classification: ImpactClass;
  depth: number;
  rule: string;
  consequence: string;
  /** When the consequence takes effect (the change's date, or the supersession's), if known. */
  effectiveDate: string | null;
  owners: { ref: NamedRef; role: string | null }[];
  clusters: NamedRef[];
  /** The strongest path, in names, from the change to this result. */
  path: Hop[];
  /** All listed paths (the strongest first), as edges for the canvas. */
  pathEdges: PathEdge[][];
  /** Further listed paths beyond the first, and whether the server had more than it listed. */
  otherPaths: Hop[][];
  morePaths: boolean;
  /** For an inherited result: the affected item it is part of. */
  parentId: string | null;
}

export interface ImpactModel {
  change: NamedRef & { node: CanvasNode | null };
  results: ImpactResult[];
  byId: ReadonlyMap<string, ImpactResult>;
  /** Per body: how many results it must act on (as owner, approver or follow-up). */
  byBody: GroupCount[];
  byCluster: GroupCount[];
}

export interface GroupCount {
  ref: NamedRef;
  count: number;
}

const CLASS_ORDER: Readonly<Record<ImpactClass, number>> = { DIRECT: 0, INDIRECT: 1, INHERITED: 2 };

function compareResults(a: ImpactResult, b: ImpactResult): number {
  return (
    CLASS_ORDER[a.classification] - CLASS_ORDER[b.classification] ||
    a.depth - b.depth ||
    a.name.localeCompare(b.name, 'da')
  );
}

function counted(refs: readonly NamedRef[][]): GroupCount[] {
  const counts = new Map<string, GroupCount>();
  for (const list of refs) {
    for (const ref of list) {
      const known = counts.get(ref.id);
      if (known) known.count += 1;
      else counts.set(ref.id, { ref, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.ref.name.localeCompare(b.ref.name, 'da'));
}

/** Builds the model from the query's answer, in the chosen language. */
export function buildImpactModel(report: ApiReport, changeId: string, lang: Lang): ImpactModel {
  const subject = report.subjects.find((node) => node.id === changeId) ?? report.subjects[0] ?? null;
  const names = new Map<string, string>();
  for (const entry of report.affected) names.set(entry.node.id, displayName(entry.node, lang));
  for (const node of report.subjects) names.set(node.id, displayName(node, lang));
  const results = report.affected.map((entry): ImpactResult => {
    const [first, ...others] = entry.paths;
    const path = first ? hopsAlong(first.nodes, first.edges, lang, names) : [];
    const last = first?.edges[first.edges.length - 1];
    return {
      id: entry.node.id,
      name: displayName(entry.node, lang),
      node: entry.node,
      classification: entry.classification,
      depth: entry.depth,
      rule: lang === 'en' ? entry.ruleEn : entry.ruleDa,
      consequence: lang === 'en' ? entry.consequenceEn : entry.consequence,
      effectiveDate: entry.effectiveDate ?? null,
      owners: entry.owners.map((owner) => ({
        ref: { id: owner.node.id, name: displayName(owner.node, lang) },
        role: owner.role ?? null,
      })),
      clusters: entry.clusters.map((cluster) => ({ id: cluster.id, name: displayName(cluster, lang) })),
      path,
      pathEdges: entry.paths.map((p) =>
        p.edges.map(({ source, target, type }) => ({ source, target, type })),
      ),
      otherPaths: others.map((p) => hopsAlong(p.nodes, p.edges, lang, names)),
      morePaths: entry.pathsTruncated,
      parentId:
        entry.classification === 'INHERITED' && last?.type === 'PART_OF' && last.source === entry.node.id
          ? last.target
          : null,
    };
  });
  results.sort(compareResults);
  return {
    change: {
      id: changeId,
      name: subject ? displayName(subject, lang) : changeId,
      node: subject,
    },
    results,
    byId: new Map(results.map((result) => [result.id, result])),
    byBody: counted(results.map((result) => result.owners.map((owner) => owner.ref))),
    byCluster: counted(results.map((result) => result.clusters)),
  };
}

/** The results a body must act on, or that belong to a cluster; all when neither is chosen. */
export function filterResults(
  results: readonly ImpactResult[],
  filter: { body: string | null; cluster: string | null },
): ImpactResult[] {
  return results.filter(
    (result) =>
      (filter.body === null || result.owners.some((owner) => owner.ref.id === filter.body)) &&
      (filter.cluster === null || result.clusters.some((cluster) => cluster.id === filter.cluster)),
  );
}

export interface InheritedGroup {
  parent: NamedRef;
  results: ImpactResult[];
}

export interface ImpactTiers {
  direct: ImpactResult[];
  indirect: ImpactResult[];
  /** Inherited results under the affected item they are part of, in the parent's order. */
  inherited: InheritedGroup[];
}

/** The board's columns: direct → indirect → inherited, the inherited grouped by parent. */
export function tiersOf(
  results: readonly ImpactResult[],
  all: ReadonlyMap<string, ImpactResult>,
): ImpactTiers {
  const groups = new Map<string, InheritedGroup>();
  for (const result of results) {
    if (result.classification !== 'INHERITED') continue;
    const parentId = result.parentId ?? '';
    const parent = all.get(parentId);
    const group = groups.get(parentId) ?? {
      parent: { id: parentId, name: parent?.name ?? parentId },
      results: [],
    };
    group.results.push(result);
    groups.set(parentId, group);
  }
  const rank = (id: string): number => {
    const parent = all.get(id);
    return parent ? CLASS_ORDER[parent.classification] * 1000 + parent.depth : 9999;
  };
  return {
    direct: results.filter((result) => result.classification === 'DIRECT'),
    indirect: results.filter((result) => result.classification === 'INDIRECT'),
    inherited: [...groups.values()].sort(
      (a, b) => rank(a.parent.id) - rank(b.parent.id) || a.parent.name.localeCompare(b.parent.name, 'da'),
    ),
  };
}

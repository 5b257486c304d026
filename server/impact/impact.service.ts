/**
 * Impact analysis for the API: runs the engine on the request's store, pages the affected nodes
 * and builds the summary and the CSV/Markdown report on demand (each costs a store call or two,
 * so a click that asks only for the first page pays for neither).
 */
import type { GraphNodeRecord } from '../../schema/domain.js';
import type { GraphStore } from '../store/graph-store.js';
import { ValidationError } from '../errors.js';
import { CURSOR_OFFSET_MAX, PAGE } from '../api/limits.js';
import {
  analyseImpact,
  analyseUpstream,
  impactPort,
  type AffectedNode,
  type ImpactAnalysis,
  type ImpactChange,
  type ImpactOptions,
  type UpstreamOptions,
} from './engine/engine.js';
import { impactCsv, impactMarkdown, type ImpactGroup, type ImpactSummaryData } from './impact.report.js';
import type { ImpactClass } from './impact.rules.js';

const MAX_PAGE = PAGE.impactAffected.max;

/** One analysis with its lazily computed extras, shared by the report's field resolvers. */
/** A body responsible for an affected item (RESPONSIBLE), with its role: who must act. */
export interface ImpactOwnerData {
  id: string;
  /** owner / approver / follow_up, as the source states it; null when it does not. */
  role: string | null;
}

/** The summary and, per affected node, its owners and clusters: one computation, two uses. */
interface Groupings {
  summary: ImpactSummaryData;
  ownersOf: ReadonlyMap<string, ImpactOwnerData[]>;
  clustersOf: ReadonlyMap<string, string[]>;
}

export class ImpactReportData {
  private groupings: Promise<Groupings> | undefined;
  private names: Promise<Map<string, GraphNodeRecord>> | undefined;

  constructor(
    readonly analysis: ImpactAnalysis,
    readonly asOf: string | undefined,
    private readonly store: Pick<GraphStore, 'getNodes' | 'expand'>,
  ) {}

  /** A page of affected nodes; `after` is the opaque cursor of the previous page's last node. */
  page(
    first: number,
    after: string | undefined,
    classes: readonly ImpactClass[] | undefined,
  ): AffectedNode[] {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
      throw new ValidationError(
        'first',
        `skal være mellem 0 og ${MAX_PAGE} / must be between 0 and ${MAX_PAGE}`,
      );
    }
    let start = 0;
    if (after) {
      const offset = decodeCursor(after);
      if (offset === undefined) throw new ValidationError('after', 'ugyldig cursor / invalid cursor');
      start = offset + 1;
    }
    // Only the page's nodes get ids, consequences and (when selected) paths.
    return this.analysis.slice(start, start + first, classes);
  }

  cursorOf(id: string): string {
    return encodeCursor(this.analysis.positionOf(id));
  }

  summary(): Promise<ImpactSummaryData> {
    return this.group().then((g) => g.summary);
  }

  /** The bodies responsible for `id` (who must act), strongest role first. */
  async ownersOf(id: string): Promise<ImpactOwnerData[]> {
    return (await this.group()).ownersOf.get(id) ?? [];
  }

  /** The clusters `id` is implemented by, located in or a member of (or itself, for a cluster). */
  async clustersOf(id: string): Promise<string[]> {
    return (await this.group()).clustersOf.get(id) ?? [];
  }

  private group(): Promise<Groupings> {
    this.groupings ??= summarise(this.analysis, this.store);
    return this.groupings;
  }

  async csv(): Promise<string> {
    return impactCsv(this.analysis, await this.allNames());
  }

  async markdown(): Promise<string> {
    const [names, summary] = await Promise.all([this.allNames(), this.summary()]);
    return impactMarkdown(this.analysis, names, summary);
  }

  private allNames(): Promise<Map<string, GraphNodeRecord>> {
    this.names ??= this.summary().then((summary) => {
      const ids = new Set([...this.analysis.subjectIds, ...this.analysis.affected.map((a) => a.id)]);
      for (const g of [...summary.byResponsibleBody, ...summary.byCluster]) ids.add(g.id);
      for (const a of this.analysis.affected) {
        for (const p of this.analysis.paths(a.id).paths.slice(0, 1))
          for (const e of p.edges) ids.add(e.source).add(e.target);
      }
      return this.store.getNodes([...ids]);
    });
    return this.names;
  }
}

function encodeCursor(offset: number): string {
  return Buffer.from(`impact:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
  const match = /^impact:(\d{1,16})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const offset = match ? Number(match[1]) : Number.NaN;
  return offset <= CURSOR_OFFSET_MAX ? offset : undefined;
}

const ROLE_ORDER = ['owner', 'approver', 'follow_up'];
const roleRank = (role: string | null): number => {
  const rank = role === null ? -1 : ROLE_ORDER.indexOf(role);
  return rank < 0 ? ROLE_ORDER.length : rank;
};

/** Counts per class, per responsible body and per cluster: two store calls. */
async function summarise(
  analysis: ImpactAnalysis,
  store: Pick<GraphStore, 'getNodes' | 'expand'>,
): Promise<Groupings> {
  const cls = new Map(analysis.affected.map((a) => [a.id, a.classification]));
  const count = (c: ImpactClass): number => analysis.affected.filter((a) => a.classification === c).length;
  const edges =
    cls.size === 0
      ? []
      : await store.expand([...cls.keys()], 'BOTH', [
          'RESPONSIBLE',
          'IMPLEMENTED_BY',
          'LOCATED_IN',
          'MEMBER_OF',
        ]);
  const bodiesOf = new Map<string, Set<string>>();
  const placesOf = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string): void => {
    map.set(key, (map.get(key) ?? new Set()).add(value));
  };
  const ownersOf = new Map<string, ImpactOwnerData[]>();
  for (const e of edges) {
    if (e.type === 'RESPONSIBLE' && cls.has(e.target)) {
      add(bodiesOf, e.target, e.source);
      const owners = ownersOf.get(e.target) ?? [];
      if (!owners.some((o) => o.id === e.source)) owners.push({ id: e.source, role: e.props.role ?? null });
      ownersOf.set(e.target, owners);
    }
    if (e.type !== 'RESPONSIBLE' && cls.has(e.source)) add(placesOf, e.source, e.target);
  }
  const places = new Set([...placesOf.values()].flatMap((s) => [...s]));
  const records = await store.getNodes([...new Set([...places, ...cls.keys()])]);
  const isCluster = (id: string): boolean => records.get(id)?.label === 'Cluster';
  const clustersOf = new Map<string, Set<string>>();
  for (const [id, targets] of placesOf) for (const t of targets) if (isCluster(t)) add(clustersOf, id, t);
  for (const id of cls.keys()) if (isCluster(id)) add(clustersOf, id, id);
  const group = (of: Map<string, Set<string>>): ImpactGroup[] => {
    const groups = new Map<string, ImpactGroup>();
    for (const [id, keys] of of) {
      for (const key of keys) {
        const g = groups.get(key) ?? { id: key, count: 0, direct: 0, indirect: 0, inherited: 0 };
        g.count++;
        const c = cls.get(id);
        if (c === 'DIRECT') g.direct++;
        else if (c === 'INDIRECT') g.indirect++;
        else g.inherited++;
        groups.set(key, g);
      }
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  };
  for (const owners of ownersOf.values()) {
    owners.sort((a, b) => roleRank(a.role) - roleRank(b.role) || (a.id < b.id ? -1 : 1));
  }
  const summary: ImpactSummaryData = {
    total: cls.size,
    direct: count('DIRECT'),
    indirect: count('INDIRECT'),
    inherited: count('INHERITED'),
    byResponsibleBody: group(bodiesOf),
    byCluster: group(clustersOf),
    withoutResponsibleBody: cls.size - bodiesOf.size,
    withoutCluster: cls.size - clustersOf.size,
  };
  const sortedIds = (of: Map<string, Set<string>>): Map<string, string[]> =>
    new Map([...of].map(([id, set]) => [id, [...set].sort()]));
  return { summary, ownersOf, clustersOf: sortedIds(clustersOf) };
}

export class ImpactService {
  constructor(private readonly store: GraphStore) {}

  async impact(change: ImpactChange, options: ImpactOptions = {}): Promise<ImpactReportData> {
    return new ImpactReportData(
      await analyseImpact(impactPort(this.store, options.asOf), change, options),
      options.asOf,
      this.store,
    );
  }

  async upstream(id: string, options: UpstreamOptions = {}): Promise<ImpactReportData> {
    return new ImpactReportData(
      await analyseUpstream(impactPort(this.store, options.asOf), id, options),
      options.asOf,
      this.store,
    );
  }
}

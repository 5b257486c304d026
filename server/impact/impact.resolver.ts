/** `impact` and `upstream` (issue 4). Thin: the work is in ImpactService and the engine. */
import { PAGE } from '../api/limits.js';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../api/context.js';
import { toEdge } from '../api/edge.type.js';
import type { EdgeLite } from '../store/graph-store.js';
import { NodeInterface, toNodeView, type NodeView } from '../api/node.type.js';
import {
  ImpactChangeInput,
  ImpactOptions,
  UpstreamOptions,
  toEngineImpactOptions,
  toEngineUpstreamOptions,
} from './impact.input.js';
import type { ChangeEffect, ImpactClass } from './impact.rules.js';
import { IMPACT_RULES } from './impact.rules.js';
import { ImpactReportData, ImpactService } from './impact.service.js';
import {
  AffectedNode,
  ChangeEffectEnum,
  ImpactClassEnum,
  ImpactReport,
  ImpactSummary,
} from './impact.type.js';

async function loadViews(
  context: ApiContext,
  ids: readonly string[],
  asOf: string | undefined,
): Promise<NodeView[]> {
  const records = await context.loaders.node.loadMany(ids);
  return records.flatMap((r) => (r && !(r instanceof Error) ? [toNodeView(r, asOf)] : []));
}

/**
 * The nodes a path visits in walking order. It starts at the end of the first edge that is a
 * subject of the analysis (edges may be walked against their direction).
 */
export function nodesAlong(edges: readonly EdgeLite[], subjects: readonly string[]): string[] {
  const first = edges[0];
  if (!first) return [];
  const second = edges[1];
  const touchesSecond = (id: string): boolean =>
    second !== undefined && (second.source === id || second.target === id);
  let at = subjects.includes(first.source)
    ? first.source
    : subjects.includes(first.target)
      ? first.target
      : touchesSecond(first.source) && !touchesSecond(first.target)
        ? first.target
        : first.source;
  const ids = [at];
  for (const edge of edges) {
    at = edge.source === at ? edge.target : edge.source;
    ids.push(at);
  }
  return ids;
}

@Resolver(() => ImpactReport)
export class ImpactResolver {
  @Query(() => ImpactReport, {
    description: 'Hvad en ændring berører, og hvorfor / what a change touches, and why',
  })
  impact(
    @Arg('change', () => ImpactChangeInput) change: ImpactChangeInput,
    @Arg('options', () => ImpactOptions, { nullable: true }) options: ImpactOptions | undefined,
    @Ctx() { store }: ApiContext,
  ): Promise<ImpactReportData> {
    return new ImpactService(store).impact(
      { nodeIds: change.nodeIds, effect: change.effect, ...(change.date ? { date: change.date } : {}) },
      toEngineImpactOptions(options),
    );
  }

  @Query(() => ImpactReport, { description: 'Alt et element venter på / everything a node waits on' })
  upstream(
    @Arg('id', () => ID) id: string,
    @Arg('options', () => UpstreamOptions, { nullable: true }) options: UpstreamOptions | undefined,
    @Ctx() { store }: ApiContext,
  ): Promise<ImpactReportData> {
    return new ImpactService(store).upstream(id, toEngineUpstreamOptions(options));
  }

  @FieldResolver(() => [AffectedNode], {
    description: 'Sorteret efter klasse, dybde, id; sideopdelt / paged',
  })
  async affected(
    @Root() report: ImpactReportData,
    @Arg('first', () => Int, {
      defaultValue: PAGE.impactAffected.default,
      description: `Højst / at most ${PAGE.impactAffected.max}`,
    })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('classifications', () => [ImpactClassEnum], { nullable: true }) classes: ImpactClass[] | undefined,
    @Ctx() context: ApiContext,
  ): Promise<AffectedNode[]> {
    const page = report.page(first, after ?? undefined, classes ?? undefined);
    const { analysis, asOf } = report;
    const ids = new Set(page.flatMap((a) => [a.id, ...a.consequence.handoverTargets]));
    const views = new Map((await loadViews(context, [...ids], asOf)).map((v) => [v.id, v]));
    return page.flatMap((a) => {
      const node = views.get(a.id);
      if (!node) return [];
      return [
        {
          node,
          classification: a.classification,
          depth: a.depth,
          rule: a.rule,
          ruleDa: IMPACT_RULES[a.rule].da,
          ruleEn: IMPACT_RULES[a.rule].en,
          consequence: a.consequence.da,
          consequenceEn: a.consequence.en,
          consequenceCode: a.consequence.code,
          effectiveDate: a.consequence.effective ?? null,
          handoverTargets: a.consequence.handoverTargets.flatMap((t) => views.get(t) ?? []),
          // Paths, owners and clusters are worked out only when the query selects them.
          get paths() {
            return analysis.paths(a.id).paths.map((p) => ({
              ...p,
              edges: p.edges.map(toEdge),
              get nodes() {
                return loadViews(context, nodesAlong(p.edges, analysis.subjectIds), asOf);
              },
            }));
          },
          get owners() {
            return report.ownersOf(a.id).then(async (owners) => {
              const found = new Map(
                (
                  await loadViews(
                    context,
                    owners.map((o) => o.id),
                    asOf,
                  )
                ).map((v) => [v.id, v]),
              );
              return owners.flatMap((o) => {
                const owner = found.get(o.id);
                return owner ? [{ node: owner, role: o.role }] : [];
              });
            });
          },
          get clusters() {
            return report.clustersOf(a.id).then((ids) => loadViews(context, ids, asOf));
          },
          get pathsTruncated() {
            return analysis.paths(a.id).truncated;
          },
          cursor: report.cursorOf(a.id),
        },
      ];
    });
  }

  @FieldResolver(() => [NodeInterface])
  async subjects(@Root() report: ImpactReportData, @Ctx() context: ApiContext): Promise<NodeView[]> {
    return loadViews(context, report.analysis.subjectIds, report.asOf);
  }

  @FieldResolver(() => ChangeEffectEnum)
  effect(@Root() report: ImpactReportData): ChangeEffect {
    return report.analysis.effect;
  }

  @FieldResolver(() => Int)
  totalCount(@Root() report: ImpactReportData): number {
    return report.analysis.count;
  }

  @FieldResolver(() => Int)
  pathLimit(@Root() report: ImpactReportData): number {
    return report.analysis.pathLimit;
  }

  @FieldResolver(() => ImpactSummary, { description: 'Efter klasse, ansvarligt organ og klynge' })
  async summary(@Root() report: ImpactReportData, @Ctx() context: ApiContext): Promise<ImpactSummary> {
    const data = await report.summary();
    const groupIds = [...data.byResponsibleBody, ...data.byCluster].map((g) => g.id);
    const views = new Map((await loadViews(context, groupIds, report.asOf)).map((v) => [v.id, v]));
    const groups = (list: typeof data.byCluster) =>
      list.flatMap((g) => (views.has(g.id) ? [{ ...g, node: views.get(g.id) as NodeView }] : []));
    return { ...data, byResponsibleBody: groups(data.byResponsibleBody), byCluster: groups(data.byCluster) };
  }

  @FieldResolver(() => String, { description: 'Hele rapporten som CSV / the whole report as CSV' })
  csv(@Root() report: ImpactReportData): Promise<string> {
    return report.csv();
  }

  @FieldResolver(() => String, { description: 'Hele rapporten som Markdown til et notat (dansk)' })
  markdown(@Root() report: ImpactReportData): Promise<string> {
    return report.markdown();
  }
}

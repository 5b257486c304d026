/**
 * Fields every node has that are derived rather than stored: the current status (never stored
 * twice: it is the latest fact or decision in the history), the history as of a date, the
 * horizon, the sources and the relations. Declared once on the interface; every type inherits.
 */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  STATUS_CODES,
  dateStart,
  type RelationType,
  type StatusFamily,
  type StatusObservation as StatusRecord,
} from '../../schema/domain.js';
import type { Direction } from '../store/graph-store.js';
import type { ApiContext } from './context.js';
import { Relation, toEdge } from './edge.type.js';
import { DateScalar } from './date.scalar.js';
import { DirectionEnum, RelationTypeEnum, StatusFamilyEnum } from './enums.js';
import { NodeInterface, toNodeView, type NodeView } from './node.type.js';
import { documentView } from './source-document.resolver.js';
import { Horizon, Source, StatusObservation } from './status.type.js';

/** The history up to `asOf` (all of it without a date), oldest first. */
export function historyAsOf(view: NodeView): StatusRecord[] {
  const asOf = view.asOf;
  return asOf === undefined
    ? view.record.statusHistory
    : view.record.statusHistory.filter((o) => dateStart(o.date) <= asOf);
}

/** Current status: the latest observation of kind fact or decision (domain.md §2). */
export function currentStatus(view: NodeView): StatusRecord | undefined {
  return historyAsOf(view).findLast((o) => o.kind === 'fact' || o.kind === 'decision');
}

export function toObservation(record: StatusRecord): StatusObservation {
  const vocabulary = STATUS_CODES[record.code];
  return {
    seq: record.seq,
    code: record.code,
    labelDa: vocabulary.da,
    labelEn: vocabulary.en,
    family: vocabulary.family,
    textDa: record.textDa,
    date: record.date,
    observedOn: dateStart(record.date),
    kind: record.kind,
    documentId: record.documentId,
  };
}

/**
 * The date of a date-dependent field. Given on the field, it is part of the field's identity,
 * so a normalised client cache keeps `status(asOf: "2024-06-01")` and `status(asOf:
 * "2024-10-01")` of one node apart; omitted, the date of the root field (`node(asOf)`,
 * `graph(asOf)`, …) applies, as before.
 */
const AS_OF_ARGUMENT = {
  nullable: true,
  description:
    'Datoen, feltet gælder for (standard: rodfeltets asOf) / the date (default: the root field’s asOf)',
} as const;

function atDate(view: NodeView, asOf: string | null | undefined): NodeView {
  return asOf === null || asOf === undefined ? view : { ...view, asOf };
}

@Resolver(() => NodeInterface)
export class NodeFieldsResolver {
  @FieldResolver(() => StatusObservation, {
    nullable: true,
    description: 'Nuværende status: seneste faktum eller beslutning (pr. asOf)',
  })
  status(
    @Root() view: NodeView,
    @Arg('asOf', () => DateScalar, AS_OF_ARGUMENT) asOf: string | null | undefined,
  ): StatusObservation | null {
    const current = currentStatus(atDate(view, asOf));
    return current ? toObservation(current) : null;
  }

  @FieldResolver(() => StatusFamilyEnum, { description: 'Statusfamilie til farvelægning (pr. asOf)' })
  statusFamily(
    @Root() view: NodeView,
    @Arg('asOf', () => DateScalar, AS_OF_ARGUMENT) asOf: string | null | undefined,
  ): StatusFamily {
    const current = currentStatus(atDate(view, asOf));
    return current ? STATUS_CODES[current.code].family : 'unknown';
  }

  @FieldResolver(() => [StatusObservation], { description: 'Statushistorik pr. asOf, ældste først' })
  statusHistory(
    @Root() view: NodeView,
    @Arg('asOf', () => DateScalar, AS_OF_ARGUMENT) asOf: string | null | undefined,
  ): StatusObservation[] {
    return historyAsOf(atDate(view, asOf)).map(toObservation);
  }

  @FieldResolver(() => StatusObservation, {
    nullable: true,
    description: 'Seneste indstilling (forslag til handling) pr. asOf / latest recommendation',
  })
  recommendation(
    @Root() view: NodeView,
    @Arg('asOf', () => DateScalar, AS_OF_ARGUMENT) asOf: string | null | undefined,
  ): StatusObservation | null {
    const latest = historyAsOf(atDate(view, asOf)).findLast((o) => o.kind === 'recommendation');
    return latest ? toObservation(latest) : null;
  }

  @FieldResolver(() => Horizon, { nullable: true, description: 'Tidshorisont' })
  horizon(@Root() view: NodeView): Horizon | null {
    const { horizonRaw, horizonStart, horizonEnd } = view.record.props;
    return horizonRaw === undefined
      ? null
      : { raw: horizonRaw, start: horizonStart ?? null, end: horizonEnd ?? null };
  }

  @FieldResolver(() => [Source], { description: 'Kilder med citat og sikkerhed' })
  sources(@Root() view: NodeView, @Ctx() context: ApiContext): Promise<Source[]> {
    return Promise.all(
      view.record.sources.map(async (source) => ({
        document: await documentView(source.documentId, context),
        quote: source.quote ?? null,
        confidence: source.confidence,
      })),
    );
  }

  @FieldResolver(() => [Relation], { description: 'Relationer set fra noden' })
  async relations(
    @Root() view: NodeView,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'BOTH' }) direction: Direction,
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | undefined,
    @Ctx() { loaders }: ApiContext,
  ): Promise<Relation[]> {
    const edges = await loaders.relations.load({ id: view.id, direction, types: types ?? undefined });
    const others = edges.map((e) => (e.source === view.id ? e.target : e.source));
    const records = await loaders.node.loadMany(others);
    return edges.flatMap((edge, i) => {
      const other = records[i];
      if (!other || other instanceof Error) return [];
      return [
        {
          edge: toEdge(edge),
          direction: edge.source === view.id ? ('OUT' as const) : ('IN' as const),
          other: toNodeView(other, view.asOf),
        },
      ];
    });
  }
}

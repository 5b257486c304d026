/** The read queries of the API contract (issue 2), and the status input. Thin: see GraphService. */
import { Arg, Ctx, ID, InputType, Field, Int, Query, Resolver } from 'type-graphql';
import type { ObservationKind, RelationType, StatusCode } from '../../schema/domain.js';
import type { Direction } from '../store/graph-store.js';
import type { ApiContext } from './context.js';
import { DateScalar } from './date.scalar.js';
import { Subgraph } from './edge.type.js';
import { DirectionEnum, ObservationKindEnum, RelationTypeEnum, StatusCodeEnum } from './enums.js';
import type { SubgraphView } from './graph.service.js';
import { PAGE, TEXT, TRAVERSAL } from './limits.js';
import { NodeConnection } from './node-connection.type.js';
import { NodeFilter, toNodeQuery } from './node-filter.input.js';
import { NodeInterface, SourceDocument, type NodeView } from './node.type.js';
import { toDocumentView } from './source-document.resolver.js';

@InputType({ description: 'En ny statusobservation / a new status observation' })
export class RecordStatusInput {
  @Field(() => ID)
  nodeId!: string;

  @Field(() => StatusCodeEnum)
  code!: StatusCode;

  @Field(() => String, {
    description: `Ordret tekst, højst ${TEXT.long} tegn / verbatim text, at most ${TEXT.long} characters`,
  })
  textDa!: string;

  @Field(() => String, { description: 'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD' })
  date!: string;

  @Field(() => ObservationKindEnum)
  kind!: ObservationKind;

  @Field(() => ID, { description: 'Kildedokumentet, udsagnet stammer fra' })
  documentId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Udeladt: tilføjes til den nyeste historik / omitted: appended to the newest history',
  })
  expectedVersion?: number;

  @Field(() => String, { nullable: true, description: 'Idempotensnøgle / idempotency key' })
  idempotencyKey?: string;

  @Field(() => String, { nullable: true, description: 'Begrundelse / reason' })
  reason?: string;
}

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Én node; null for et ukendt id' })
  node(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() { graph }: ApiContext,
  ): Promise<NodeView | null> {
    return graph.node(id, asOf ?? undefined);
  }

  @Query(() => NodeConnection, { description: 'Filtrerede noder, sideopdelt (Relay)' })
  nodes(
    @Arg('filter', () => NodeFilter, { nullable: true }) filter: NodeFilter | undefined,
    @Arg('first', () => Int, {
      defaultValue: PAGE.nodes.default,
      description: `Højst / at most ${PAGE.nodes.max}`,
    })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() { graph }: ApiContext,
  ) {
    return graph.nodes(toNodeQuery(filter), first, after ?? undefined, asOf ?? undefined, filter?.flags);
  }

  @Query(() => [NodeInterface], {
    description: 'Dansk-bevidst søgning, bedste først / Danish-aware ranked search',
  })
  search(
    @Arg('text', () => String, { description: `Højst / at most ${TEXT.short} tegn/characters` }) text: string,
    @Arg('first', () => Int, {
      defaultValue: PAGE.search.default,
      description: `Højst / at most ${PAGE.search.max}`,
    })
    first: number,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Kun hvad der fandtes på datoen / only what existed by then',
    })
    asOf: string | undefined,
    @Ctx() { graph }: ApiContext,
  ): Promise<NodeView[]> {
    return graph.search(text, first, asOf ?? undefined);
  }

  @Query(() => Subgraph, { description: 'Naboskabet omkring en node / the neighbourhood of a node' })
  neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, {
      defaultValue: 1,
      description: `Hop, højst / hops, at most ${TRAVERSAL.neighborhoodDepth}`,
    })
    depth: number,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'BOTH' }) direction: Direction,
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | undefined,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() { graph }: ApiContext,
  ): Promise<SubgraphView> {
    return graph.neighborhood(id, depth, direction, types ?? undefined, asOf ?? undefined);
  }

  @Query(() => Subgraph, {
    description: 'Delgrafen til tegning i ét kald / the subgraph to draw, in one round trip',
  })
  graph(
    @Arg('filter', () => NodeFilter, { nullable: true }) filter: NodeFilter | undefined,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Arg('first', () => Int, {
      defaultValue: PAGE.graph.default,
      description: `Højst / at most ${PAGE.graph.max}`,
    })
    first: number,
    @Ctx() { graph }: ApiContext,
  ): Promise<SubgraphView> {
    return graph.graph(toNodeQuery(filter), first, asOf ?? undefined, filter?.flags);
  }

  @Query(() => [Subgraph], { description: 'Korteste stier / shortest paths' })
  path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | undefined,
    @Ctx() { graph }: ApiContext,
  ): Promise<SubgraphView[]> {
    return graph.path(from, to, types ?? undefined);
  }

  @Query(() => [SourceDocument], { description: 'Kildedokumenterne / the source documents' })
  async documents(@Ctx() { loaders }: ApiContext): Promise<NodeView[]> {
    const documents = await loaders.documents();
    return [...documents.values()].map(toDocumentView);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from './context.js';
import { Edge, type EdgeView } from './edge.type.js';
import { documentView } from './source-document.resolver.js';
import { Source } from './status.type.js';

@Resolver(() => Edge)
export class EdgeResolver {
  /** Traversals carry lightweight edges; their sources are fetched, batched, when asked for. */
  @FieldResolver(() => [Source], { description: 'Kilder til relationen / where the edge is stated' })
  async sources(@Root() edge: EdgeView, @Ctx() context: ApiContext): Promise<Source[]> {
    const record = 'sources' in edge.record ? edge.record : await context.loaders.edge.load(edge.id);
    return Promise.all(
      (record?.sources ?? []).map(async (source) => ({
        document: await documentView(source.documentId, context),
        quote: source.quote ?? null,
        confidence: source.confidence,
      })),
    );
  }
}

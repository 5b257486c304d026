/**
 * Source documents live in their own table (file, title, date) and may also be nodes of the
 * graph (MENTIONED_IN points at them). Either way the API shows one `SourceDocument`.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SourceDocumentRecord } from '../../schema/domain.js';
import type { ApiContext } from './context.js';
import { SourceDocument, toNodeView, type NodeView } from './node.type.js';
import { StatusObservation } from './status.type.js';

export function toDocumentView(document: SourceDocumentRecord): NodeView {
  return toNodeView({
    id: document.id,
    label: 'SourceDocument',
    kind: 'document',
    nameDa: document.title,
    aliases: [document.file],
    props: {},
    sources: [],
    statusHistory: [],
  });
}

/** The document's view, from the documents table, or a placeholder naming the missing id. */
export async function documentView(id: string, context: ApiContext): Promise<NodeView> {
  const document = (await context.loaders.documents()).get(id);
  return toDocumentView(document ?? { id, file: '', title: id, asOf: '', asOfConfidence: 'unverified' });
}

@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  @FieldResolver(() => String)
  async title(@Root() view: NodeView, @Ctx() context: ApiContext): Promise<string> {
    return (await context.loaders.documents()).get(view.id)?.title ?? view.nameDa;
  }

  @FieldResolver(() => String)
  async file(@Root() view: NodeView, @Ctx() context: ApiContext): Promise<string> {
    return (await context.loaders.documents()).get(view.id)?.file ?? '';
  }

  @FieldResolver(() => String)
  async asOf(@Root() view: NodeView, @Ctx() context: ApiContext): Promise<string> {
    return (await context.loaders.documents()).get(view.id)?.asOf ?? '';
  }
}

/** An observation's document, read only when a client selects it. */
@Resolver(() => StatusObservation)
export class StatusObservationResolver {
  @FieldResolver(() => SourceDocument)
  document(@Root() observation: StatusObservation, @Ctx() context: ApiContext): Promise<NodeView> {
    return documentView(observation.documentId, context);
  }
}

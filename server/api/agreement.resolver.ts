import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from './context.js';
import { Agreement, NodeInterface, toNodeView, type NodeView } from './node.type.js';

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => NodeInterface, { nullable: true, description: 'Ejer (organ) / owning body' })
  async ownerBody(@Root() view: NodeView, @Ctx() { loaders }: ApiContext): Promise<NodeView | null> {
    const id = view.record.props.ownerBody;
    const record = id === undefined ? null : await loaders.node.load(id);
    return record ? toNodeView(record, view.asOf) : null;
  }
}

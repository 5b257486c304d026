/** `Node.flags`: the derived flags as of the view date (asOf, else today). */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../api/context.js';
import { NodeInterface, toNodeView, type NodeView } from '../api/node.type.js';
import { today } from '../time/validity.type.js';
import { Flag } from './flag.type.js';
import { FlagsService } from './flags.service.js';

@Resolver(() => NodeInterface)
export class NodeFlagsResolver {
  @FieldResolver(() => [Flag], {
    description: 'Hvad der ser forkert ud pr. visningsdatoen / what looks wrong as of the view date',
  })
  async flags(@Root() view: NodeView, @Ctx() { loaders }: ApiContext): Promise<Flag[]> {
    const flags = await new FlagsService(loaders).flags(view.record, view.asOf ?? today());
    return Promise.all(
      flags.map(async ({ relatedIds, ...flag }) => {
        const related = await loaders.node.loadMany(relatedIds);
        return {
          ...flag,
          related: related.flatMap((r) => (r && !(r instanceof Error) ? [toNodeView(r, view.asOf)] : [])),
        };
      }),
    );
  }
}

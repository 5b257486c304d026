/**
 * `graphChanged(scope)`: hear about writes as they commit. Scope is node ids, everything
 * upstream of a node (what it waits on, depends on or derives from, transitively, and the node
 * itself) or of any of several (a watch list in one subscription), or all of these together. A change is in scope when a changed node is in it, or a changed relation
 * has an end in it.
 */
import { Arg, Ctx, Field, ID, InputType, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { ApiContext } from '../api/context.js';
import { createLoaders } from '../api/loaders.js';
import { NodeInterface, toNodeView, type NodeView } from '../api/node.type.js';
import { ValidationError } from '../errors.js';
import type { GraphChange } from '../events/graph-events.js';
import type { GraphStore } from '../store/graph-store.js';
import { upstreamIds } from '../store/upstream.js';
import { changeStream } from './change-stream.js';

/** Ids a scope may name. */
export const SCOPE_IDS_MAX = 500;

@InputType({ description: 'Hvad et abonnement lytter på / what a subscription listens to' })
export class GraphChangeScope {
  @Field(() => [ID], { nullable: true, description: 'Disse noder (og relationer, der rører dem)' })
  nodeIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description:
      'Noden og alt, den afventer, afhænger af eller udspringer af, transitivt / the node and everything upstream',
  })
  upstreamOf?: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Noderne og alt opstrøms af hver af dem (som upstreamOf, for flere noder i ét abonnement) / upstream of any of these nodes',
  })
  upstreamOfAny?: string[];
}

@ObjectType({ description: 'En skrivning, der rører abonnementets område / a write that touches the scope' })
export class GraphChangeEvent {
  @Field(() => [ID], { description: 'Ændrede noder i området' })
  nodeIds!: string[];

  @Field(() => [ID], { description: 'Ændrede relationer med en ende i området' })
  edgeIds!: string[];

  @Field(() => [NodeInterface], { description: 'De ændrede noder i området, som de er nu' })
  nodes!: NodeView[];

  @Field(() => String, { description: 'Hvornår skrivningen blev gemt (ISO-tidsstempel)' })
  at!: string;

  @Field(() => String, { nullable: true, description: 'Hvem skrev (navn), når det vides' })
  actorName!: string | null;
}

interface ScopedChange {
  nodeIds: string[];
  edgeIds: string[];
  at: string;
  actorName: string | null;
}

/** The ids in scope now: the named ones, and the upstream closure of `upstreamOf`. */
export async function scopeIds(store: GraphStore, scope: GraphChangeScope): Promise<Set<string>> {
  const ids = new Set(scope.nodeIds ?? []);
  const roots = [...(scope.upstreamOf == null ? [] : [scope.upstreamOf]), ...(scope.upstreamOfAny ?? [])];
  for (const id of await upstreamIds(store, roots)) ids.add(id);
  return ids;
}

/** The part of `change` inside `ids`, or undefined when none of it is. */
export function withinScope(change: GraphChange, ids: ReadonlySet<string>): ScopedChange | undefined {
  const nodeIds = change.nodeIds.filter((id) => ids.has(id));
  const edgeIds = change.edgeIds.filter((id) => {
    const [source, , target] = id.split('|');
    return (source !== undefined && ids.has(source)) || (target !== undefined && ids.has(target));
  });
  if (nodeIds.length === 0 && edgeIds.length === 0) return undefined;
  return { nodeIds, edgeIds, at: change.at, actorName: change.actor?.name ?? null };
}

@Resolver()
export class GraphChangedResolver {
  @Subscription(() => GraphChangeEvent, {
    description: 'Skrivninger i området, når de er gemt / writes in scope as they commit',
    subscribe: ({ args, context }) => {
      const { scope } = args as { scope: GraphChangeScope };
      const { store, events } = context as ApiContext;
      checkScope(scope);
      return changeStream(events, async (change) => withinScope(change, await scopeIds(store, scope)));
    },
  })
  async graphChanged(
    @Arg('scope', () => GraphChangeScope) _scope: GraphChangeScope,
    @Root() change: ScopedChange,
    @Ctx() { store }: ApiContext,
  ): Promise<GraphChangeEvent> {
    // A connection lives long: each event reads the nodes afresh, not from a connection's cache.
    const records = await createLoaders(store).node.loadMany(change.nodeIds);
    return {
      ...change,
      nodes: records.flatMap((r) => (r && !(r instanceof Error) ? [toNodeView(r)] : [])),
    };
  }
}

function checkScope(scope: GraphChangeScope): void {
  if (
    (scope.nodeIds?.length ?? 0) === 0 &&
    scope.upstreamOf == null &&
    (scope.upstreamOfAny?.length ?? 0) === 0
  ) {
    throw new ValidationError(
      'scope',
      'angiv nodeIds, upstreamOf eller upstreamOfAny / give nodeIds, upstreamOf or upstreamOfAny',
    );
  }
  for (const field of ['nodeIds', 'upstreamOfAny'] as const) {
    if ((scope[field]?.length ?? 0) > SCOPE_IDS_MAX) {
      throw new ValidationError(`scope.${field}`, `højst ${SCOPE_IDS_MAX} / at most ${SCOPE_IDS_MAX}`);
    }
  }
}

/**
 * `recordedChanges(since, upstreamOf)`: what was recorded in the app upstream of a node since a
 * moment, read from the audit trail by the time of recording, whatever date the documents give
 * the change. How a watcher hears of a correction dated before their last visit, which
 * `changes(from, to, upstreamOf)` (dated changes) cannot show (ADR 0013). Every role may read it,
 * under `Node.changes`'s rule: who made each change only for the audit-trail role.
 */
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { edgeEnds } from '../../schema/domain.js';
import type { ApiContext } from '../api/context.js';
import { toObservation } from '../api/node-fields.resolver.js';
import { NodeInterface, toNodeView, type NodeView } from '../api/node.type.js';
import { StatusObservation } from '../api/status.type.js';
import { ValidationError } from '../errors.js';
import { upstreamIds } from '../store/upstream.js';
import { changePage } from './audit.resolver.js';
import { Change, ChangeConnection } from './audit.type.js';
import { EDIT_LIMITS } from './edit.limits.js';
import { statusesRecorded } from './statuses-recorded.js';

/** An ISO 8601 moment with seconds and a zone, on a day that exists: without a zone it is not exact. */
const MOMENT = z.iso.datetime({ offset: true });

/**
 * `since` as the trail writes its times (`toISOString`, UTC to the millisecond), so the stores'
 * text comparison of `at` orders moments correctly.
 */
export function parseSince(since: string): string {
  if (!MOMENT.safeParse(since).success) {
    throw new ValidationError(
      'since',
      `skal være et ISO-tidspunkt med tidszone, fx 2026-11-30T14:05:00Z / must be an ISO timestamp with a zone, e.g. 2026-11-30T14:05:00Z; got '${since.slice(0, 40)}'`,
    );
  }
  return new Date(since).toISOString();
}

@ObjectType({ description: 'En status, som en ændring registrerede / a status a change recorded' })
export class RecordedStatus {
  @Field(() => ID, { description: 'Noden, statussen blev registreret på / the node' })
  nodeId!: string;

  @Field(() => StatusObservation)
  status!: StatusObservation;
}

@Resolver(() => Change)
export class RecordedChangesResolver {
  @Query(() => ChangeConnection, {
    description:
      'Hvad der er registreret i appen ved noden og alt opstrøms af den (som changes(upstreamOf) og graphChanged) siden `since`, efter registreringstidspunkt, nyeste først; hvem der ændrede, kun for redaktører og administratorer / what was recorded in the app upstream of the node since `since`, by the time of recording, newest first',
  })
  async recordedChanges(
    @Arg('since', () => String, {
      description: 'ISO-tidspunkt med tidszone, fra og med / ISO timestamp with a zone, inclusive',
    })
    since: string,
    @Arg('upstreamOf', () => ID) upstreamOf: string,
    @Arg('first', () => Int, { defaultValue: EDIT_LIMITS.auditPage.default }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() context: ApiContext,
  ): Promise<ChangeConnection> {
    const from = parseSince(since);
    if (!(await context.loaders.node.load(upstreamOf))) {
      throw new ValidationError('upstreamOf', `ukendt node / unknown node '${upstreamOf}'`);
    }
    const nodeIdsAny = await upstreamIds(context.store, [upstreamOf]);
    return changePage(context, { nodeIdsAny, from }, first, after ?? undefined);
  }

  @FieldResolver(() => [NodeInterface], {
    description:
      'Noderne, ændringen skrev, og enderne af relationer, den skrev (som de er nu; slettede udeladt) / the nodes the change wrote and the ends of the relations it wrote',
  })
  async nodes(@Root() change: Change, @Ctx() { loaders }: ApiContext): Promise<NodeView[]> {
    const ids = [...new Set([...change.nodeIds, ...change.edgeIds.flatMap(edgeEnds)])];
    const records = await Promise.all(ids.map((id) => loaders.node.load(id)));
    return records.flatMap((record) => (record ? [toNodeView(record)] : []));
  }

  @FieldResolver(() => [RecordedStatus], {
    description:
      'Statusser, ændringen tilføjede eller rettede, som de blev registreret / the statuses the change added or corrected, as recorded',
  })
  statusesRecorded(@Root() change: Change): RecordedStatus[] {
    return statusesRecorded(change.snapshots.before, change.snapshots.after).map(
      ({ nodeId, observation }) => ({
        nodeId,
        status: toObservation(observation),
      }),
    );
  }
}

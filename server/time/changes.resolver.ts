/** `changes(from, to, filter, first, after, upstreamOf)` and the fields of a `Change`. Thin: see ChangesService. */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../api/context.js';
import { hasRole, type Actor } from '../auth/actor.js';
import { AUDIT_TRAIL_ROLE } from '../edit/audit.resolver.js';
import { ValidationError } from '../errors.js';
import { DateScalar } from '../api/date.scalar.js';
import { Edge, toEdge, type EdgeView } from '../api/edge.type.js';
import { toObservation } from '../api/node-fields.resolver.js';
import { NodeFilter, toNodeQuery } from '../api/node-filter.input.js';
import { NodeInterface, SourceDocument, toNodeView, type NodeView } from '../api/node.type.js';
import { documentView } from '../api/source-document.resolver.js';
import { StatusObservation } from '../api/status.type.js';
import { TimelineChange, TimelineChangeConnection, type ChangeView } from './change.type.js';
import { ChangesService, type ChangeConnectionView } from './changes.service.js';

@Resolver(() => TimelineChange)
export class ChangesResolver {
  @Query(() => TimelineChangeConnection, {
    description:
      'Hvad er ændret efter `from` til og med `to` / what changed after `from` up to and including `to`, oldest first',
  })
  async changes(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('filter', () => NodeFilter, { nullable: true }) filter: NodeFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('upstreamOf', () => ID, {
      nullable: true,
      description:
        'Kun ændringer ved noden og alt, den afventer, afhænger af eller udspringer af, transitivt (som graphChanged) / only changes upstream of this node',
    })
    upstreamOf: string | undefined,
    @Ctx() { store, loaders }: ApiContext,
  ): Promise<ChangeConnectionView> {
    if (filter?.flags?.length) {
      throw new ValidationError(
        'filter.flags',
        'advarsler kan ikke filtrere ændringer; brug nodes / flags do not filter changes; use nodes',
      );
    }
    if (upstreamOf !== undefined && upstreamOf !== null && !(await loaders.node.load(upstreamOf))) {
      throw new ValidationError('upstreamOf', `ukendt node / unknown node '${upstreamOf}'`);
    }
    return new ChangesService(store).changes(
      { from, to, ...(upstreamOf ? { upstreamOf } : {}) },
      toNodeQuery(filter),
      first,
      after ?? undefined,
    );
  }

  @FieldResolver(() => NodeInterface, { description: 'Noden, som den så ud ved `to`' })
  async node(@Root() change: ChangeView, @Ctx() { loaders }: ApiContext): Promise<NodeView> {
    const record = await loaders.node.load(change.record.nodeId);
    if (!record) throw new Error(`change names unknown node ${change.record.nodeId}`);
    return toNodeView(record, change.asOf);
  }

  @FieldResolver(() => StatusObservation, { nullable: true, description: 'Status før / status before' })
  before(@Root() change: ChangeView): StatusObservation | null {
    return change.record.before ? toObservation(change.record.before) : null;
  }

  @FieldResolver(() => StatusObservation, { nullable: true, description: 'Status efter / status after' })
  after(@Root() change: ChangeView): StatusObservation | null {
    return change.record.after ? toObservation(change.record.after) : null;
  }

  @FieldResolver(() => Edge, { nullable: true, description: 'Relationen, for relationsændringer' })
  async edge(@Root() change: ChangeView, @Ctx() { loaders }: ApiContext): Promise<EdgeView | null> {
    if (change.record.edgeId === undefined) return null;
    const record = await loaders.edge.load(change.record.edgeId);
    return record ? toEdge(record) : null;
  }

  @FieldResolver(() => NodeInterface, {
    nullable: true,
    description:
      'For relationsændringer: noden i relationens anden ende (målet; `node` er kilden), som den så ud ved `to` / for relation changes: the node at the other end (the target; `node` is the source)',
  })
  async relationTarget(@Root() change: ChangeView, @Ctx() { loaders }: ApiContext): Promise<NodeView | null> {
    if (change.record.edgeId === undefined) return null;
    const edge = await loaders.edge.load(change.record.edgeId);
    const record = edge ? await loaders.node.load(edge.target) : undefined;
    return record ? toNodeView(record, change.asOf) : null;
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Kilden, der siger det / the source' })
  async document(@Root() change: ChangeView, @Ctx() context: ApiContext): Promise<NodeView | null> {
    return change.record.documentId === undefined ? null : documentView(change.record.documentId, context);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'Id på indførslen i revisionssporet (`Change.id`), der registrerede ændringen i appen; null for ændringer fra dokumenterne. For alle roller, som `Node.changes` viser indførslen for alle (hvem, kun for redaktører) / the audit entry that recorded it in the app (`Change.id`), for every role as `Node.changes` lists entries to every role; null for changes from the documents',
  })
  async recordingId(@Root() change: ChangeView): Promise<string | null> {
    return (await change.recordings.of(change.record))?.id ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Hvem registrerede ændringen i appen, fra revisionssporet: vises kun for roller, der må læse revisionssporet (`auditLog`: editor og admin), ellers null; null også for ændringer, der kommer fra dokumenterne / who recorded it in the app, from the audit trail: shown only to roles that may read the audit trail (editor, admin), otherwise null; null for changes from the documents',
  })
  async recordedBy(@Root() change: ChangeView, @Ctx() { actor }: ApiContext): Promise<string | null> {
    if (!mayReadAuditTrail(actor)) return null;
    return (await change.recordings.of(change.record))?.by ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Hvornår ændringen blev registreret i appen (ISO-tidsstempel, fra revisionssporet); samme regel som recordedBy / when it was recorded in the app; the same rule as recordedBy',
  })
  async recordedAt(@Root() change: ChangeView, @Ctx() { actor }: ApiContext): Promise<string | null> {
    if (!mayReadAuditTrail(actor)) return null;
    return (await change.recordings.of(change.record))?.at ?? null;
  }
}

/** The rule `auditLog` is guarded by, for the trail's facts shown here. */
function mayReadAuditTrail(actor: Actor): boolean {
  return hasRole(actor, AUDIT_TRAIL_ROLE);
}

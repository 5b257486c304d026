/**
 * Reading the audit trail: `auditLog` (editors and admins), each node's `changes`, a change's
 * records as JSON, and the `version` every node and edge carries for optimistic concurrency.
 */
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../api/context.js';
import { hasRole, type Role } from '../auth/actor.js';
import { Edge, type EdgeView } from '../api/edge.type.js';
import { NodeInterface, type NodeView } from '../api/node.type.js';
import { ValidationError } from '../errors.js';
import type { AuditQuery } from '../store/graph-write.js';
import { Change, ChangeConnection, toChange } from './audit.type.js';
import { AuditFilter } from './edit.inputs.js';
import { EDIT_LIMITS } from './edit.limits.js';

/** Who may read the audit trail: `auditLog`, and who recorded a change in `changes`. */
export const AUDIT_TRAIL_ROLE: Role = 'editor';

@Resolver()
export class AuditResolver {
  @Authorized(AUDIT_TRAIL_ROLE)
  @Query(() => ChangeConnection, { description: 'Ændringsloggen, nyeste først (Relay) / the audit log' })
  auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined,
    @Arg('first', () => Int, { defaultValue: EDIT_LIMITS.auditPage.default }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() context: ApiContext,
  ): Promise<ChangeConnection> {
    return changePage(context, { ...filter }, first, after ?? undefined);
  }
}

@Resolver(() => Change)
export class ChangeRecordsResolver {
  @FieldResolver(() => String, {
    description: 'Posterne før, som JSON ({nodes, edges, documents} med versioner) / records before',
  })
  before(@Root() change: Change): string {
    return JSON.stringify(change.snapshots.before);
  }

  @FieldResolver(() => String, { description: 'Posterne efter, som JSON / records after' })
  after(@Root() change: Change): string {
    return JSON.stringify(change.snapshots.after);
  }
}

@Resolver(() => NodeInterface)
export class NodeAuditResolver {
  @FieldResolver(() => Int, { description: 'Version til optimistisk samtidighed / version for concurrency' })
  async version(@Root() view: NodeView, @Ctx() context: ApiContext): Promise<number> {
    return view.version ?? (await context.loaders.nodeVersion.load(view.id)) ?? 1;
  }

  @FieldResolver(() => ChangeConnection, {
    description:
      'Nodens ændringer, nyeste først; hvem der ændrede, kun for redaktører og administratorer / the node’s trail; who made each change only for editors and admins',
  })
  changes(
    @Root() view: NodeView,
    @Arg('first', () => Int, { defaultValue: EDIT_LIMITS.auditPage.default }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() context: ApiContext,
  ): Promise<ChangeConnection> {
    return changePage(context, { nodeId: view.id }, first, after ?? undefined);
  }
}

@Resolver(() => Edge)
export class EdgeVersionResolver {
  @FieldResolver(() => Int, { description: 'Version til optimistisk samtidighed / version for concurrency' })
  async version(@Root() view: EdgeView, @Ctx() context: ApiContext): Promise<number> {
    return view.version ?? (await context.loaders.edgeVersion.load(view.id)) ?? 1;
  }
}

/** One page of the trail `query` selects, newest first; who made each change per the reader's role. */
export async function changePage(
  context: ApiContext,
  query: AuditQuery,
  first: number,
  after: string | undefined,
): Promise<ChangeConnection> {
  const { max } = EDIT_LIMITS.auditPage;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new ValidationError(
      'first',
      `skal være et heltal fra 0 til ${max} / must be an integer from 0 to ${max}`,
    );
  }
  const afterSeq = after === undefined ? undefined : decodeCursor(after);
  // One entry more than the page: whether it exists is whether there is a next page (an empty
  // page, `first: 0`, has none, as before).
  const page = await context.store.queryAudit(query, {
    ...(afterSeq === undefined ? {} : { afterSeq }),
    limit: first + 1,
  });
  const namesActor = hasRole(context.actor, AUDIT_TRAIL_ROLE);
  const edges = page.entries.slice(0, first).map((entry) => ({
    cursor: encodeCursor(entry.seq),
    node: toChange(entry, namesActor),
  }));
  return {
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: first > 0 && page.entries.length > first,
      hasPreviousPage: afterSeq !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
  };
}

function encodeCursor(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^seq:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new ValidationError('after', 'ugyldig cursor / invalid cursor');
  return Number(match[1]);
}

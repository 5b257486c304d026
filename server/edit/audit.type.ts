/** `Change`: one entry of the audit trail as the API shows it (ændringsloggen). */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AuditEntry, AuditSnapshot } from '../../schema/audit.js';
import { PageInfo } from '../api/node-connection.type.js';

@ObjectType({ description: 'Hvem der ændrede / who made the change' })
export class ChangeActor {
  @Field(() => String, {
    description: 'user / token / local / anonymous; hidden for readers who may not read the audit trail',
  })
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Vises som "ændret af …"' })
  name!: string;
}

@ObjectType({ description: 'Én ændring i ændringsloggen / one change in the audit trail' })
export class Change {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Nummer i loggen / position in the trail' })
  seq!: number;

  @Field(() => String, { description: 'Tidspunkt (ISO, servertid) / when' })
  at!: string;

  @Field(() => ChangeActor)
  actor!: ChangeActor;

  @Field(() => String, { description: 'Mutationen, fx updateNode / the mutation' })
  mutation!: string;

  @Field(() => [ID])
  nodeIds!: string[];

  @Field(() => [ID])
  edgeIds!: string[];

  @Field(() => [ID])
  documentIds!: string[];

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'Ændringen, denne fortryder / the change this reverts' })
  revertOf!: string | null;

  /** The records before and after, as the trail keeps them; `before`/`after` give them as JSON. */
  snapshots!: { before: AuditSnapshot; after: AuditSnapshot };
}

/** Who made a change, as a reader below the audit-trail role is told: that someone did. */
export const UNNAMED_ACTOR: ChangeActor = { kind: 'hidden', id: '', name: 'en medarbejder / a staff member' };

/** `namesActor`: false for readers who may not read the audit trail (`AUDIT_TRAIL_ROLE`). */
export function toChange(entry: AuditEntry, namesActor = true): Change {
  return {
    id: entry.id,
    seq: entry.seq,
    at: entry.at,
    actor: namesActor ? { ...entry.actor } : { ...UNNAMED_ACTOR },
    mutation: entry.mutation,
    nodeIds: entry.nodeIds,
    edgeIds: entry.edgeIds,
    documentIds: entry.documentIds,
    reason: entry.reason ?? null,
    revertOf: entry.revertOf ?? null,
    snapshots: { before: entry.before, after: entry.after },
  };
}

@ObjectType()
export class ChangeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Change)
  node!: Change;
}

@ObjectType({ description: 'Relay-forbindelse af ændringer, nyeste først / changes, newest first' })
export class ChangeConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [ChangeEdge])
  edges!: ChangeEdge[];
}

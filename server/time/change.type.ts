/** `changes` in the API: what changed between two dates, as a Relay connection. */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../api/node-connection.type.js';
import { CHANGE_KINDS, type ChangeKind, type ChangeRecord } from '../store/graph-store.js';
import type { PageRecordings } from './change-recording.js';

export const ChangeKindEnum = Object.fromEntries(CHANGE_KINDS.map((k) => [k, k])) as Record<
  ChangeKind,
  ChangeKind
>;
registerEnumType(ChangeKindEnum, {
  name: 'ChangeKind',
  description:
    'Statusskift, ny i komplekset, ophørt (udløbet, afløst eller udgået), relation tilføjet, relation ophørt / status changed, appeared, retired, relation added, relation ended',
  valuesConfig: {
    STATUS_CHANGED: { description: 'Nuværende status er en anden / the current status differs' },
    APPEARED: { description: 'Findes fra denne dato / exists from this date' },
    RETIRED: {
      description: 'Findes ikke længere: udløbet, afløst eller udgået / ended, superseded or retired',
    },
    RELATION_ADDED: { description: 'Relationen findes fra denne dato' },
    RELATION_ENDED: { description: 'Relationen findes ikke længere' },
  },
});

/**
 * One change, as resolvers see it: the store's record; node, edge, statuses and document are
 * resolved in `changes.resolver.ts`. `asOf` is the window's end (the node is shown as then).
 */
export interface ChangeView {
  kind: ChangeKind;
  date: string;
  record: ChangeRecord;
  asOf: string;
  /** Who recorded the changes of this change's page (shared by the page: one store call). */
  recordings: PageRecordings;
}

/** Declared here for the schema; the fields that load things are field resolvers. */
@ObjectType('TimelineChange', { description: 'Én ændring mellem to datoer / one change between two dates' })
export class TimelineChange {
  @Field(() => ChangeKindEnum)
  kind!: ChangeKind;

  @Field(() => String, {
    description: 'Første dag, ændringen gælder / first day the change holds (YYYY-MM-DD)',
  })
  date!: string;
}

@ObjectType('TimelineChangeEdge')
export class TimelineChangeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => TimelineChange)
  node!: ChangeView;
}

@ObjectType('TimelineChangeConnection', {
  description: 'Relay-forbindelse af ændringer mellem to datoer / changes between two dates, oldest first',
})
export class TimelineChangeConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [TimelineChangeEdge])
  edges!: { cursor: string; node: ChangeView }[];
}

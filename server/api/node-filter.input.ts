import { Field, ID, InputType } from 'type-graphql';
import type { NodeLabel, StatusCode, StatusFamily } from '../../schema/domain.js';
import type { AwaitingScope, NodeQuery } from '../store/graph-store.js';
import { FlagCodeEnum } from '../flags/flag.type.js';
import type { FlagCode } from '../flags/flag-rules.js';
import { AwaitingScopeEnum, NodeLabelEnum, StatusCodeEnum, StatusFamilyEnum } from './enums.js';

@InputType({ description: 'Filtrering af noder; alle felter indsnævrer / every field narrows' })
export class NodeFilter {
  @Field(() => [NodeLabelEnum], { nullable: true })
  labels?: NodeLabel[];

  @Field(() => [String], { nullable: true, description: 'Underarter, fx "cooperation", "trial"' })
  kinds?: string[];

  @Field(() => [StatusCodeEnum], { nullable: true, description: 'Nuværende status / current status' })
  statusCodes?: StatusCode[];

  @Field(() => [StatusFamilyEnum], { nullable: true })
  statusFamilies?: StatusFamily[];

  @Field(() => String, { nullable: true, description: 'Tekst i navne og aliaser (dansk foldning)' })
  text?: string;

  @Field(() => ID, { nullable: true, description: 'Klynge-id, fx cl-vest' })
  cluster?: string;

  @Field(() => ID, { nullable: true, description: 'Ansvarligt organ eller gruppe, fx body-ssg' })
  responsibleBody?: string;

  @Field(() => AwaitingScopeEnum, { nullable: true, description: 'Afventer nationalt/regionalt arbejde' })
  awaiting?: AwaitingScope;

  @Field(() => [FlagCodeEnum], {
    nullable: true,
    description:
      'Har mindst én af disse advarsler pr. visningsdatoen / has any of these flags as of the view date',
  })
  flags?: FlagCode[];
}

export function toNodeQuery(filter: NodeFilter | undefined): NodeQuery {
  if (!filter) return {};
  const query: NodeQuery = {};
  if (filter.labels) query.labels = filter.labels;
  if (filter.kinds) query.kinds = filter.kinds;
  if (filter.statusCodes) query.statusCodes = filter.statusCodes;
  if (filter.statusFamilies) query.statusFamilies = filter.statusFamilies;
  if (filter.text) query.text = filter.text;
  if (filter.cluster) query.cluster = filter.cluster;
  if (filter.responsibleBody) query.responsibleBody = filter.responsibleBody;
  if (filter.awaiting) query.awaiting = filter.awaiting;
  return query;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface, type NodeView } from './node.type.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class NodeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => NodeInterface)
  node!: NodeView;
}

@ObjectType({ description: 'Relay-forbindelse af noder / Relay connection of nodes' })
export class NodeConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [NodeEdge])
  edges!: NodeEdge[];
}

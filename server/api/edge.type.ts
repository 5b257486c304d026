/** `Edge`, `Relation` and `Subgraph`: what the explorer draws (source/target ready for Cytoscape). */
import { Field, ID, ObjectType } from 'type-graphql';
import type { GraphEdgeRecord, RelationType } from '../../schema/domain.js';
import type { Direction, EdgeLite } from '../store/graph-store.js';
import { DirectionEnum, RelationTypeEnum } from './enums.js';
import { NodeInterface, type NodeView } from './node.type.js';

/** An edge as resolvers see it; `sources` are loaded on demand when the store gave none. */
export interface EdgeView {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  mode: string | null;
  since: string | null;
  quote: string | null;
  dependencyKind: string | null;
  effective: string | null;
  role: string | null;
  date: string | null;
  text: string | null;
  record: EdgeLite | GraphEdgeRecord;
  /** The stored version, when the view comes from a write (else loaded on demand). */
  version?: number;
}

export function toEdge(edge: EdgeLite | GraphEdgeRecord): EdgeView {
  const p = edge.props;
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    mode: p.mode ?? null,
    since: p.since ?? null,
    // The document's words: on the edge where the seed put them there, else its first quoted source.
    quote: p.quote ?? ('sources' in edge ? edge.sources.find((s) => s.quote)?.quote : undefined) ?? null,
    dependencyKind: p.dependencyKind ?? null,
    effective: p.effective ?? null,
    role: p.role ?? null,
    date: p.date ?? null,
    text: p.text ?? null,
    record: edge,
  };
}

@ObjectType({ description: 'En relation mellem to noder / a relationship between two nodes' })
export class Edge {
  @Field(() => ID, { description: '`source|TYPE|target`' })
  id!: string;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { nullable: true, description: 'AWAITS: blocking / adjust' })
  mode!: string | null;

  @Field(() => String, { nullable: true, description: 'AWAITS: siden / since' })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'AWAITS: dokumentets ord / the document’s words' })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: 'DEPENDS_ON: prerequisite / funding / legal' })
  dependencyKind!: string | null;

  @Field(() => String, { nullable: true, description: 'SUPERSEDES: virkning fra / effective' })
  effective!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'RESPONSIBLE: owner / approver / follow_up; LOCATED_IN: pilot_site / host',
  })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'DECIDED_BY: beslutningsdato' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'PRIORITIZED_IN: arbejdsplanens tekst' })
  text!: string | null;
  // sources: [Source!]! is resolved in `edge.resolver.ts`.
}

@ObjectType({ description: 'En relation set fra en node / a relationship seen from one node' })
export class Relation {
  @Field(() => Edge)
  edge!: EdgeView;

  @Field(() => DirectionEnum, { description: 'OUT: noden er kilden / the node is the source' })
  direction!: Direction;

  @Field(() => NodeInterface)
  other!: NodeView;
}

@ObjectType({ description: 'Noder og relationerne mellem dem / nodes and the edges among them' })
export class Subgraph {
  @Field(() => [NodeInterface])
  nodes!: NodeView[];

  @Field(() => [Edge])
  edges!: EdgeView[];

  @Field(() => Boolean, {
    description: 'Flere noder matchede end returneret / more nodes matched than returned',
  })
  truncated!: boolean;
}

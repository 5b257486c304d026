/** GraphQL types of impact analysis (konsekvensanalyse), issue 4. */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Edge, type EdgeView } from '../api/edge.type.js';
import { NodeInterface, type NodeView } from '../api/node.type.js';
import {
  CHANGE_EFFECTS,
  CONSEQUENCE_CODES,
  IMPACT_CLASSES,
  type ChangeEffect,
  type ConsequenceCode,
  type ImpactClass,
} from './impact.rules.js';

const identity = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ImpactClassEnum = identity<ImpactClass>(IMPACT_CLASSES);
export const ChangeEffectEnum = identity<ChangeEffect>(CHANGE_EFFECTS);
export const ConsequenceCodeEnum = identity<ConsequenceCode>(CONSEQUENCE_CODES);
registerEnumType(ImpactClassEnum, {
  name: 'ImpactClass',
  description: 'Direkte > indirekte > arvet / direct > indirect > inherited',
});
registerEnumType(ChangeEffectEnum, {
  name: 'ChangeEffect',
  description: 'Lander, forsinkes, trækkes tilbage / lands, delayed, withdrawn',
});
registerEnumType(ConsequenceCodeEnum, {
  name: 'ConsequenceCode',
  description: 'Hvad ændringen betyder for arbejdet / what it means for the work',
});

@ObjectType({
  description:
    'Én begrundelse: kanterne fra ændringen til elementet / one reason, from the change to the node',
})
export class ImpactPath {
  @Field(() => String, { description: 'Regelkode / rule code' })
  rule!: string;

  @Field(() => ImpactClassEnum)
  classification!: ImpactClass;

  @Field(() => [Edge], {
    description: 'I gårækkefølge; hver kant har sine kilder / in walking order, each with its sources',
  })
  edges!: EdgeView[];

  @Field(() => [NodeInterface], {
    description:
      'Elementerne langs stien, fra ændringen til det berørte / the nodes along the path, change first',
  })
  nodes!: NodeView[] | Promise<NodeView[]>;
}

@ObjectType({
  description:
    'Et organ, der er ansvarligt for et berørt element: den, der skal handle / a body that must act',
})
export class ImpactOwner {
  @Field(() => NodeInterface)
  node!: NodeView;

  @Field(() => String, {
    nullable: true,
    description: 'owner / approver / follow_up, som kilden siger / as the source states it',
  })
  role!: string | null;
}

@ObjectType({ description: 'Et berørt element og hvorfor / an affected node and why' })
export class AffectedNode {
  @Field(() => NodeInterface)
  node!: NodeView;

  @Field(() => ImpactClassEnum, { description: 'Den stærkeste klasse / the strongest class' })
  classification!: ImpactClass;

  @Field(() => Int)
  depth!: number;

  @Field(() => String, { description: 'Regelkode for den stærkeste sti / rule code of the strongest path' })
  rule!: string;

  @Field(() => String)
  ruleDa!: string;

  @Field(() => String)
  ruleEn!: string;

  @Field(() => String, { description: 'Konsekvens i sekretariatets ord (dansk) / consequence (Danish)' })
  consequence!: string;

  @Field(() => String)
  consequenceEn!: string;

  @Field(() => ConsequenceCodeEnum)
  consequenceCode!: ConsequenceCode;

  @Field(() => String, {
    nullable: true,
    description:
      'Hvornår konsekvensen får virkning (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD), når det vides / when it takes effect',
  })
  effectiveDate!: string | null;

  @Field(() => [NodeInterface], { description: 'Hvem arbejdet kan overdrages til / handover targets' })
  handoverTargets!: NodeView[];

  @Field(() => [ImpactOwner], {
    description:
      'Ansvarlige organer (RESPONSIBLE): hvem der skal handle; ikke selv berørte / who must act, not affected themselves',
  })
  owners!: Promise<ImpactOwner[]>;

  @Field(() => [NodeInterface], { description: 'Klynger elementet hører til / clusters the node belongs to' })
  clusters!: Promise<NodeView[]>;

  @Field(() => [ImpactPath], { description: 'Alle stier (højst maxPathsPerNode) / every path, bounded' })
  paths!: ImpactPath[];

  @Field(() => Boolean, { description: 'Flere stier end vist / more paths than shown' })
  pathsTruncated!: boolean;

  @Field(() => String, { description: 'Cursor til `after`' })
  cursor!: string;
}

@ObjectType({ description: 'Berørte pr. organ eller klynge / affected per body or cluster' })
export class ImpactGroup {
  @Field(() => NodeInterface)
  node!: NodeView;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  direct!: number;

  @Field(() => Int)
  indirect!: number;

  @Field(() => Int)
  inherited!: number;
}

@ObjectType()
export class ImpactSummary {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  direct!: number;

  @Field(() => Int)
  indirect!: number;

  @Field(() => Int)
  inherited!: number;

  @Field(() => [ImpactGroup], { description: 'Efter ansvarligt organ (RESPONSIBLE)' })
  byResponsibleBody!: ImpactGroup[];

  @Field(() => [ImpactGroup], { description: 'Efter klynge (implementeres af, ligger i, medlem af)' })
  byCluster!: ImpactGroup[];

  @Field(() => Int)
  withoutResponsibleBody!: number;

  @Field(() => Int)
  withoutCluster!: number;
}

@ObjectType({ description: 'Konsekvensanalyse / impact report' })
export class ImpactReport {
  @Field(() => [NodeInterface], { description: 'Ændringen (impact) eller elementet (upstream)' })
  subjects!: NodeView[];

  @Field(() => ChangeEffectEnum)
  effect!: ChangeEffect;

  @Field(() => Int, { description: 'Antal berørte i alt / total affected' })
  totalCount!: number;

  @Field(() => Int, { description: 'Højeste antal stier pr. element / paths per node bound' })
  pathLimit!: number;
  // affected(first, after, classifications), summary, csv and markdown: see impact.resolver.ts.
}

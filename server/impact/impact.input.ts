/** GraphQL inputs of impact analysis. Defaults reproduce domain.md §4. */
import { Field, ID, InputType, Int } from 'type-graphql';
import type { RelationType } from '../../schema/domain.js';
import { DateScalar } from '../api/date.scalar.js';
import { DirectionEnum, RelationTypeEnum } from '../api/enums.js';
import type { Direction } from '../store/graph-store.js';
import type {
  ImpactOptions as EngineImpactOptions,
  UpstreamOptions as EngineUpstreamOptions,
} from './engine/engine.js';
import type { ChangeEffect } from './impact.rules.js';
import { ChangeEffectEnum } from './impact.type.js';

@InputType({ description: 'Ændringen: ét eller flere elementer, og hvad der sker / the change' })
export class ImpactChangeInput {
  @Field(() => [ID])
  nodeIds!: string[];

  @Field(() => ChangeEffectEnum, { defaultValue: 'LANDS' })
  effect!: ChangeEffect;

  @Field(() => DateScalar, { nullable: true, description: 'Hvornår / when' })
  date?: string;
}

@InputType({ description: 'Udvid eller indsnævr reglerne / widen or narrow the rules' })
export class ImpactOptions {
  @Field(() => Int, {
    nullable: true,
    description: 'Indirekte hop fra et direkte berørt element (standard 1, højst 6)',
  })
  maxDepth?: number;

  @Field(() => [RelationTypeEnum], {
    nullable: true,
    description: 'Standard AWAITS, DEPENDS_ON, DERIVES_FROM',
  })
  directTypes?: RelationType[];

  @Field(() => [RelationTypeEnum], {
    nullable: true,
    description: 'Standard AWAITS, DEPENDS_ON, COUPLED_WITH, REVISES, RESPONSIBLE, IMPLEMENTED_BY, CONCERNS',
  })
  propagationTypes?: RelationType[];

  @Field(() => DirectionEnum, { nullable: true, description: 'Retning for indirekte hop (standard BOTH)' })
  direction?: Direction;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Det ændringen afløser er direkte berørt (standard ja)',
  })
  includeSuperseded?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Det der afventer reformen, ændringen er del af (standard ja)',
  })
  includeParent?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Dele arver deres overordnedes klasse (standard ja)' })
  inherit?: boolean;

  @Field(() => DateScalar, { nullable: true })
  asOf?: string;

  @Field(() => Int, { nullable: true, description: 'Stier pr. element (standard 20, højst 200)' })
  maxPathsPerNode?: number;
}

@InputType()
export class UpstreamOptions {
  @Field(() => Int, { nullable: true, description: 'Hop (standard 50)' })
  maxDepth?: number;

  @Field(() => [RelationTypeEnum], {
    nullable: true,
    description: 'Standard AWAITS, DEPENDS_ON, DERIVES_FROM',
  })
  types?: RelationType[];

  @Field(() => Boolean, { nullable: true })
  inherit?: boolean;

  @Field(() => DateScalar, { nullable: true })
  asOf?: string;

  @Field(() => Int, { nullable: true })
  maxPathsPerNode?: number;
}

/** GraphQL gives null for omitted nullable fields; the engine wants them absent. */
function defined<T extends object>(value: T | null | undefined): Partial<T> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}

export const toEngineImpactOptions = (o: ImpactOptions | null | undefined): EngineImpactOptions => defined(o);
export const toEngineUpstreamOptions = (o: UpstreamOptions | null | undefined): EngineUpstreamOptions =>
  defined(o);

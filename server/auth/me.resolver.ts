/** `me`: who the API takes the caller to be, so clients can offer sign-in and edit controls. */
import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../api/context.js';
import type { ActorKind, Role } from './actor.js';
import { ActorKindEnum, RoleEnum } from './role.enum.js';

@ObjectType({ description: 'Den, der spørger / the caller' })
export class Me {
  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => ID, { description: 'OpenID-subject, token-id, local eller anonymous' })
  id!: string;

  @Field(() => String, { description: 'Navnet, der vises i sporet / the name shown in the trail' })
  name!: string;

  @Field(() => RoleEnum, { nullable: true, description: 'null: må ikke læse / may not even read' })
  role!: Role | null;

  @Field(() => Boolean, {
    description: 'Medarbejdere kan logge ind her (OIDC er sat op) / staff sign-in is configured',
  })
  signInAvailable!: boolean;
}

@Resolver()
export class MeResolver {
  @Query(() => Me, { description: 'Den, der spørger, og rollen / the caller and their role' })
  me(@Ctx() { actor, signInAvailable }: ApiContext): Me {
    return {
      kind: actor.kind,
      id: actor.id,
      name: actor.name,
      role: actor.role ?? null,
      signInAvailable,
    };
  }
}

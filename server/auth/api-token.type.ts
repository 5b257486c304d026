/** GraphQL types of API tokens: the listed token (never its secret) and the one-time creation result. */
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Role } from './actor.js';
import { RoleEnum } from './role.enum.js';

@ObjectType({
  description: 'Et API-token til en integration (uden hemmeligheden) / an integration API token',
})
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { description: 'ISO 8601 (UTC)' })
  createdAt!: string;

  @Field(() => String, { description: 'Hvem oprettede det / who created it' })
  createdBy!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Senest brugt (opdateres højst hvert minut) / last used, to the minute',
  })
  lastUsedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Tilbagekaldt / revoked' })
  revokedAt!: string | null;
}

@ObjectType({ description: 'Et nyt API-token; hemmeligheden vises kun denne ene gang / shown once' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  token!: ApiToken;

  @Field(() => String, { description: 'Sendes som Authorization: Bearer <secret>; gemmes ikke / not stored' })
  secret!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'Hvad integrationen er / what the integration is' })
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  id!: string;
}

/** Admin-only API token management. Thin: see ApiTokenService. */
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../api/context.js';
import { ApiTokenService } from './api-token.service.js';
import { ApiToken, CreateApiTokenInput, CreatedApiToken, RevokeApiTokenInput } from './api-token.type.js';

@Resolver()
export class ApiTokenResolver {
  @Authorized('admin')
  @Query(() => [ApiToken], { description: 'Alle API-tokens, også tilbagekaldte (admin) / all API tokens' })
  apiTokens(@Ctx() { store }: ApiContext): Promise<ApiToken[]> {
    return new ApiTokenService(store.tokens).list();
  }

  @Authorized('admin')
  @Mutation(() => CreatedApiToken, { description: 'Opret et API-token (admin); hemmeligheden vises én gang' })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() { store, actor }: ApiContext,
  ): Promise<CreatedApiToken> {
    return new ApiTokenService(store.tokens).create(input, actor);
  }

  @Authorized('admin')
  @Mutation(() => ApiToken, { description: 'Tilbagekald et API-token (admin) / revoke an API token' })
  revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput,
    @Ctx() { store }: ApiContext,
  ): Promise<ApiToken> {
    return new ApiTokenService(store.tokens).revoke(input.id);
  }
}

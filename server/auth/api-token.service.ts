/**
 * Creating, listing and revoking API tokens: one path for the GraphQL admin mutations and the
 * `npm run token` CLI. Input is validated here, naming the field and the reason.
 */
import { NotFoundError, ValidationError } from '../errors.js';
import { ROLES, type Actor, type Role } from './actor.js';
import { hashTokenSecret, newTokenId, newTokenSecret } from './api-token-secret.js';
import type { ApiTokenRecord, TokenStore } from './token-store.js';

export const MAX_TOKEN_NAME_LENGTH = 100;

/** A new token and its secret: the only time the secret exists outside the caller's hands. */
export interface CreatedApiToken {
  token: ApiTokenRecord;
  secret: string;
}

export class ApiTokenService {
  constructor(
    private readonly tokens: TokenStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(input: { name: string; role: string }, createdBy: Actor | 'cli'): Promise<CreatedApiToken> {
    const name = input.name.trim();
    if (name === '') throw new ValidationError('name', 'må ikke være tom / must not be empty');
    if (name.length > MAX_TOKEN_NAME_LENGTH) {
      throw new ValidationError(
        'name',
        `højst ${MAX_TOKEN_NAME_LENGTH} tegn / at most ${MAX_TOKEN_NAME_LENGTH} characters`,
      );
    }
    if (!(ROLES as readonly string[]).includes(input.role)) {
      throw new ValidationError(
        'role',
        'skal være viewer, editor eller admin / must be viewer, editor or admin',
      );
    }
    const secret = newTokenSecret();
    const token = await this.tokens.createToken({
      id: newTokenId(),
      name,
      role: input.role as Role,
      createdAt: this.now().toISOString(),
      createdBy: createdBy === 'cli' ? 'cli' : `${createdBy.name} <${createdBy.kind}:${createdBy.id}>`,
      secretHash: hashTokenSecret(secret),
    });
    return { token, secret };
  }

  list(): Promise<ApiTokenRecord[]> {
    return this.tokens.listTokens();
  }

  async revoke(id: string): Promise<ApiTokenRecord> {
    if (id.trim() === '') throw new ValidationError('id', 'må ikke være tom / must not be empty');
    try {
      return await this.tokens.revokeToken(id, this.now().toISOString());
    } catch (error) {
      if (error instanceof NotFoundError)
        throw new ValidationError('id', `ukendt API-token / unknown API token '${id}'`);
      throw error;
    }
  }
}

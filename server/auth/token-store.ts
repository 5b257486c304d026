/**
 * The API token port: where integrations' bearer tokens are kept. Each store adapter implements
 * it in a file of its own (`sqlite-token-store.ts`, `neo4j-token-store.ts`) and both pass
 * `test/auth/token-store.contract.ts`. Only the SHA-256 hash of a secret is ever stored; the
 * secret itself is shown once, at creation. Tokens are not part of the graph export.
 */
import type { Role } from './actor.js';

/** An API token as stored and listed: everything but the secret. */
export interface ApiTokenRecord {
  /** Stable id, shown in lists and the audit trail (`tok_…`). */
  readonly id: string;
  /** What the integration is, e.g. "Intranettets statusside". */
  readonly name: string;
  readonly role: Role;
  /** ISO 8601 instants (UTC). */
  readonly createdAt: string;
  /** Who created it: a user's name and id, or `cli`. */
  readonly createdBy: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface NewApiToken {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly createdBy: string;
  /** Hex SHA-256 of the secret. */
  readonly secretHash: string;
}

export interface TokenStore {
  createToken(token: NewApiToken): Promise<ApiTokenRecord>;
  /** All tokens, revoked ones included, newest first (then by id). */
  listTokens(): Promise<ApiTokenRecord[]>;
  /** The token whose secret hashes to `secretHash`, if it exists and is not revoked. */
  findActiveToken(secretHash: string): Promise<ApiTokenRecord | undefined>;
  /** Marks a token revoked at `at` (kept for the trail); revoking twice keeps the first time. Unknown id: `NotFoundError`. */
  revokeToken(id: string, at: string): Promise<ApiTokenRecord>;
  /** Sets `lastUsedAt` to `at` unless it is already after `notBefore` (cheap: one indexed update). */
  touchToken(id: string, at: string, notBefore: string): Promise<void>;
}

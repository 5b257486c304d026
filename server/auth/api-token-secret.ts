/**
 * API token secrets: 256 random bits, so a plain SHA-256 of the secret is the right thing to
 * store (nothing to brute-force, unlike a password; a slow hash would only slow every request).
 * The `afg_` prefix makes a leaked token recognisable to secret scanners and to people.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const TOKEN_PREFIX = 'afg_';

export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function newTokenId(): string {
  return `tok_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}

/** Hex SHA-256 of a presented secret: what the store keeps and looks up by. */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The bearer credential of an `Authorization` header, if there is one. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

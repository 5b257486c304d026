/**
 * Stateless, tamper-proof cookies: the payload is a JWT encrypted (JWE `dir` + `A256GCM`) with a
 * key derived from `AFTALEGRAF_SESSION_SECRET`. Any app instance with the same secret can open
 * it, so instances behind a load balancer share sign-ins with no server-side state; anyone
 * without the secret can neither read nor alter it. See docs/adr/0007-identity.md.
 */
import { hkdfSync } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { EncryptJWT, jwtDecrypt, type JWTPayload } from 'jose';

/**
 * A sealer for one purpose; the purpose is bound into the key, so cookies cannot be swapped.
 * Seals with `secret`; opens with it or any of `previousSecrets` (a rotation in progress).
 */
export class CookieSealer {
  private readonly key: Uint8Array;
  private readonly openKeys: readonly Uint8Array[];

  constructor(
    secret: string,
    private readonly purpose: string,
    previousSecrets: readonly string[] = [],
  ) {
    const derive = (from: string) =>
      new Uint8Array(hkdfSync('sha256', from, 'aftalegraf', `cookie:${purpose}`, 32));
    this.key = derive(secret);
    this.openKeys = [this.key, ...previousSecrets.map(derive)];
  }

  /** Seals `payload`, valid for `ttlSeconds` from now. */
  async seal(payload: JWTPayload, ttlSeconds: number): Promise<string> {
    return new EncryptJWT(payload)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .setAudience(this.purpose)
      .encrypt(this.key);
  }

  /** The payload, or undefined when the value is forged, altered, for another purpose or expired. */
  async open(sealed: string | undefined): Promise<JWTPayload | undefined> {
    if (!sealed) return undefined;
    for (const key of this.openKeys) {
      try {
        const { payload } = await jwtDecrypt(sealed, key, { audience: this.purpose });
        return payload;
      } catch {
        // Not this key, or altered, or expired: try the next; none means no sign-in.
      }
    }
    return undefined;
  }
}

/** The value of cookie `name` in a request's `Cookie` header (Express or a WebSocket upgrade). */
export function readCookie(request: Pick<IncomingMessage, 'headers'>, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

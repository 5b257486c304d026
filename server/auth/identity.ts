/**
 * Who is asking, per request: `Identity.resolveActor` is the one function every transport calls
 * (the GraphQL HTTP endpoint, and the WebSocket upgrade of subscriptions), so every way in sees
 * the same actor. The order: an API token (`Authorization: Bearer`), else the sign-in session
 * cookie, else the local admin (no sign-in configured and bound to loopback), else anonymous.
 */
import type { IncomingMessage } from 'node:http';
import { isLoopbackHost, type AppConfig, type IdentityConfig } from '../config.js';
import { UnauthenticatedError } from '../errors.js';
import { ANONYMOUS, LOCAL_ADMIN, type Actor } from './actor.js';
import { bearerToken, hashTokenSecret } from './api-token-secret.js';
import { OidcSignIn, type LoginTransaction, type SignedInUser } from './oidc-sign-in.js';
import { CookieSealer, readCookie } from './sealed-cookie.js';
import type { TokenStore } from './token-store.js';

export const SESSION_COOKIE = 'aftalegraf_session';
export const LOGIN_COOKIE = 'aftalegraf_login';
/** How long a user may take at the provider's sign-in page. */
export const LOGIN_TTL_SECONDS = 600;
/** `lastUsedAt` of a token is written at most this often (per token, per instance). */
export const TOKEN_TOUCH_INTERVAL_MS = 60_000;

/** The request parts identity reads: headers only, so a WebSocket upgrade request will do. */
export type IdentityRequest = Pick<IncomingMessage, 'headers'>;

export class Identity {
  /** Undefined when staff sign-in (OIDC) is not configured. */
  readonly signIn: OidcSignIn | undefined;
  /** Requests without credentials act as the local admin (see `LOCAL_ADMIN`). */
  readonly localAdmin: boolean;
  /** The actor of a request without credentials, when not the local admin. */
  readonly anonymous: Actor;
  /** Cookies are `Secure` when the public URL is https. */
  readonly secureCookies: boolean;
  readonly sessionTtlSeconds: number;
  private readonly sessions: CookieSealer | undefined;
  private readonly logins: CookieSealer | undefined;
  private readonly touched = new Map<string, number>();

  constructor(
    config: Pick<AppConfig, 'host' | 'identity'>,
    private readonly tokens: TokenStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    const identity: IdentityConfig = config.identity ?? { publicRead: true };
    const oidc = identity.oidc;
    this.signIn = oidc ? new OidcSignIn(oidc) : undefined;
    this.sessions = oidc
      ? new CookieSealer(oidc.sessionSecret, 'session', oidc.previousSessionSecrets)
      : undefined;
    this.logins = oidc
      ? new CookieSealer(oidc.sessionSecret, 'login', oidc.previousSessionSecrets)
      : undefined;
    this.secureCookies = oidc?.publicUrl.protocol === 'https:';
    this.sessionTtlSeconds = oidc?.sessionTtlSeconds ?? 0;
    this.localAdmin = !oidc && isLoopbackHost(config.host);
    this.anonymous = identity.publicRead ? { ...ANONYMOUS, role: 'viewer' } : ANONYMOUS;
  }

  /** Staff can sign in here (OIDC is configured). */
  get signInAvailable(): boolean {
    return this.signIn !== undefined;
  }

  /**
   * The actor of a request (HTTP or WebSocket upgrade): bearer token, else session cookie, else
   * the local admin when allowed, else anonymous (`role` viewer when reading is public). A
   * request forwarded by a proxy is never the local admin: a loopback-bound server behind a
   * reverse proxy is reachable from other machines.
   * A bearer token that is unknown or revoked throws `UnauthenticatedError`: an integration with
   * a bad token must hear so, not silently read as anonymous.
   */
  async resolveActor(request: IdentityRequest): Promise<Actor> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const secret = bearerToken(authorization);
      if (!secret) {
        throw new UnauthenticatedError(
          'Authorization-headeren skal være "Bearer <API-token>" / the Authorization header must be "Bearer <API token>"',
        );
      }
      return this.tokenActor(secret);
    }
    const user = await this.readSession(request);
    if (user) return { kind: 'user', id: user.sub, name: user.name, role: user.role };
    return this.localAdmin && !cameThroughProxy(request) ? LOCAL_ADMIN : this.anonymous;
  }

  /** The signed-in user of a request's session cookie, if valid and unexpired. */
  async readSession(request: IdentityRequest): Promise<SignedInUser | undefined> {
    const payload = await this.sessions?.open(readCookie(request, SESSION_COOKIE));
    if (!payload || typeof payload.sub !== 'string' || typeof payload.name !== 'string') return undefined;
    const role = payload.role;
    return {
      sub: payload.sub,
      name: payload.name,
      role: role === 'viewer' || role === 'editor' || role === 'admin' ? role : undefined,
      ...(typeof payload.idt === 'string' ? { idToken: payload.idt } : {}),
    };
  }

  async sealSession(user: SignedInUser): Promise<string> {
    const sessions = this.requireSealer(this.sessions);
    return sessions.seal(
      {
        sub: user.sub,
        name: user.name,
        role: user.role ?? null,
        ...(user.idToken ? { idt: user.idToken } : {}),
      },
      this.sessionTtlSeconds,
    );
  }

  async sealLogin(transaction: LoginTransaction): Promise<string> {
    return this.requireSealer(this.logins).seal({ ...transaction }, LOGIN_TTL_SECONDS);
  }

  async openLogin(request: IdentityRequest): Promise<LoginTransaction | undefined> {
    const payload = await this.logins?.open(readCookie(request, LOGIN_COOKIE));
    if (!payload) return undefined;
    const { state, nonce, codeVerifier, returnTo } = payload;
    if (
      typeof state !== 'string' ||
      typeof nonce !== 'string' ||
      typeof codeVerifier !== 'string' ||
      typeof returnTo !== 'string'
    ) {
      return undefined;
    }
    return { state, nonce, codeVerifier, returnTo };
  }

  private async tokenActor(secret: string): Promise<Actor> {
    const token = await this.tokens.findActiveToken(hashTokenSecret(secret));
    if (!token) {
      throw new UnauthenticatedError(
        'API-tokenet er ukendt eller tilbagekaldt / the API token is unknown or revoked',
      );
    }
    const now = this.now();
    const last = this.touched.get(token.id) ?? 0;
    if (now.getTime() - last >= TOKEN_TOUCH_INTERVAL_MS) {
      this.touched.set(token.id, now.getTime());
      await this.tokens.touchToken(
        token.id,
        now.toISOString(),
        new Date(now.getTime() - TOKEN_TOUCH_INTERVAL_MS).toISOString(),
      );
    }
    return { kind: 'token', id: token.id, name: token.name, role: token.role };
  }

  private requireSealer(sealer: CookieSealer | undefined): CookieSealer {
    if (!sealer) throw new Error('sign-in is not configured');
    return sealer;
  }
}

/** A reverse proxy in front says so in these headers (RFC 7239, and the de facto ones). */
function cameThroughProxy(request: IdentityRequest): boolean {
  const headers = request.headers;
  return (
    headers.forwarded !== undefined ||
    headers['x-forwarded-for'] !== undefined ||
    headers['x-forwarded-host'] !== undefined ||
    headers['x-real-ip'] !== undefined
  );
}

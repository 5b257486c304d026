/**
 * Staff sign-in with OpenID Connect: authorization code with PKCE, state and nonce, through
 * `openid-client`. The provider's discovery document is read on the first sign-in (and again
 * after a failure), so the app starts even while the provider is down.
 */
import * as client from 'openid-client';
import type { OidcConfig } from '../config.js';
import type { Role } from './actor.js';
import { displayName, roleFromClaims } from './role-claim.js';

/** What the app must remember between sending the user off and their return (sealed cookie). */
export interface LoginTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Path within the app to land on after sign-in. */
  returnTo: string;
}

/** A signed-in staff member, as the session cookie holds them. */
export interface SignedInUser {
  sub: string;
  name: string;
  role: Role | undefined;
  /** For RP-initiated logout (`id_token_hint`), when small enough to keep in the cookie. */
  idToken?: string;
}

/** ID tokens larger than this are not kept in the cookie (browsers cap a cookie near 4 KB). */
const MAX_KEPT_ID_TOKEN = 1800;

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;
  readonly redirectUri: URL;

  constructor(private readonly config: OidcConfig) {
    this.redirectUri = appUrl(config.publicUrl, 'auth/callback');
  }

  /** The provider's authorization URL for a new sign-in, and the transaction to keep. */
  async start(returnTo: string): Promise<{ url: URL; transaction: LoginTransaction }> {
    const configuration = await this.discover();
    const transaction: LoginTransaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri.href,
      scope: this.config.scopes,
      state: transaction.state,
      nonce: transaction.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, transaction };
  }

  /**
   * Completes a sign-in from the provider's redirect: checks state, nonce and PKCE, redeems the
   * code, and reads the user's claims (ID token, then userinfo when the provider has it).
   */
  async finish(callbackSearch: string, transaction: LoginTransaction): Promise<SignedInUser> {
    const configuration = await this.discover();
    const current = new URL(this.redirectUri);
    current.search = callbackSearch;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('the provider returned no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    if (configuration.serverMetadata().userinfo_endpoint) {
      const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      claims = { ...claims, ...userinfo };
    }
    return {
      sub: idClaims.sub,
      name: displayName(claims),
      role: roleFromClaims(claims, this.config),
      ...(tokens.id_token && tokens.id_token.length <= MAX_KEPT_ID_TOKEN ? { idToken: tokens.id_token } : {}),
    };
  }

  /** The provider's end-session URL (RP-initiated logout), when it offers one. */
  async endSessionUrl(idToken: string | undefined): Promise<URL | undefined> {
    const configuration = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, {
      client_id: this.config.clientId,
      post_logout_redirect_uri: appUrl(this.config.publicUrl, '').href,
      ...(idToken ? { id_token_hint: idToken } : {}),
    });
  }

  private discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const insecure = this.config.issuer.protocol === 'http:';
      this.configuration = client
        .discovery(
          this.config.issuer,
          this.config.clientId,
          this.config.clientSecret,
          client.ClientSecretBasic(this.config.clientSecret),
          // config.ts allows http only for an issuer on loopback (development and tests).
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw error;
        });
    }
    return this.configuration;
  }
}

/** `path` under the public URL, which may itself carry a path prefix. */
export function appUrl(publicUrl: URL, path: string): URL {
  const base = publicUrl.href.endsWith('/') ? publicUrl.href : `${publicUrl.href}/`;
  return new URL(path, base);
}

/**
 * A real OpenID provider (`oidc-provider`) in-process on a free loopback port, for the sign-in
 * tests: the app talks to it over HTTP exactly as it would to a region's identity platform.
 * Sign-in is its development login form (any password), so a test drives it over HTTP or in
 * Chromium; consent is pre-granted, as for a first-party client.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** Test staff: login name → claims. `roles` is the app's default role claim. */
export const TEST_USERS: Record<string, { name: string; roles?: string[] }> = {
  eva: { name: 'Eva Editor', roles: ['editor'] },
  vic: { name: 'Viggo Viewer', roles: ['viewer'] },
  ada: { name: 'Ada Admin', roles: ['Aftalegraf.Admin'] },
  nina: { name: 'Nina Uden Rolle' },
};

export const CLIENT_ID = 'aftalegraf-test';
export const CLIENT_SECRET = 'test-client-secret-not-for-production';

export interface TestOidcProvider {
  /** `http://localhost:<port>`: another site than the app on 127.0.0.1, as in production. */
  issuer: string;
  close(): Promise<void>;
}

/** Starts the provider for an app reachable at `appUrl` (its redirect and post-logout URIs). */
export async function startTestOidcProvider(appUrl: string): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${appUrl}/auth/callback`],
        post_logout_redirect_uris: [`${appUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'roles'], email: ['email'] },
    cookies: { keys: ['test-provider-cookie-key'] },
    pkce: { required: () => true },
    // Fixed lifetimes (seconds): a test run is short, and the provider warns about its defaults.
    ttl: { Interaction: 600, Grant: 3600, Session: 3600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const user = TEST_USERS[sub];
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, name: user.name, ...(user.roles ? { roles: user.roles } : {}) }),
      };
    },
    // A first-party client: the user is not asked to consent to the app's own scopes.
    loadExistingGrant: async (ctx) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  // The development key set and login form warn on every start; they are what a test wants.
  provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider: ${String(error)}\n`));
  server.on('request', provider.callback());
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A free loopback port (for an app whose redirect URI must be known before it starts). */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

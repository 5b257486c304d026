/**
 * Staff sign-in end to end over HTTP, against a real OpenID provider started here: sign in, see
 * `me` with name and role, write as the role allows, sign out through the provider, anonymous
 * again. Also: the cookie's attributes, tampering, expiry of the transaction, roles from claims,
 * and a session shared by two app instances with no server state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar } from './support/cookie-jar.js';
import { oidcEnv, startAuthApp, type AuthApp } from './support/auth-app.js';
import { signIn } from './support/sign-in-driver.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  freePort,
  startTestOidcProvider,
  type TestOidcProvider,
} from './support/test-oidc-provider.js';

const ME = 'query { me { kind id name role signInAvailable } }';
const RECORD_STATUS = `mutation Record($input: RecordStatusInput!) {
  recordStatus(input: $input) { id status { code } }
}`;
const STARTED = {
  input: {
    nodeId: 'a-ini-sub',
    code: 'STARTED',
    textDa: 'Sporet er i gang',
    // No later than the document that states it (a-doc-a is of 2025-01-09).
    date: '2025-01-09',
    kind: 'FACT',
    documentId: 'a-doc-a',
  },
};

let provider: TestOidcProvider;
let app: AuthApp;
let appUrl: string;

beforeAll(async () => {
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  provider = await startTestOidcProvider(appUrl);
  app = await startAuthApp({
    ...oidcEnv(provider.issuer, appUrl, CLIENT_ID, CLIENT_SECRET),
    PORT: String(port),
    AFTALEGRAF_OIDC_ROLE_MAP: 'Aftalegraf.Admin=admin',
  });
});

afterAll(async () => {
  await app?.close();
  await provider?.close();
});

describe('staff sign-in with OpenID Connect', () => {
  it('signs in, writes as an editor, signs out through the provider, and is anonymous again', async () => {
    const jar = new CookieJar();
    expect((await app.gql(ME, {}, { jar })).data).toStrictEqual({
      me: { kind: 'ANONYMOUS', id: 'anonymous', name: 'Anonym', role: 'VIEWER', signInAvailable: true },
    });

    const landed = await signIn(jar, appUrl, 'eva', '/?node=a-ini-sub');
    expect(landed.href).toBe(`${appUrl}/?node=a-ini-sub`);
    expect((await app.gql(ME, {}, { jar })).data).toStrictEqual({
      me: { kind: 'USER', id: 'eva', name: 'Eva Editor', role: 'EDITOR', signInAvailable: true },
    });
    expect(await app.gql(RECORD_STATUS, STARTED, { jar })).toStrictEqual({
      data: { recordStatus: { id: 'a-ini-sub', status: { code: 'STARTED' } } },
    });

    const logout = await jar.fetch(`${appUrl}/auth/logout`, { method: 'POST' });
    expect(logout.status).toBe(303);
    const endSession = new URL(logout.headers.get('location') ?? '');
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(endSession.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${appUrl}/`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(jar.get('127.0.0.1', 'aftalegraf_session')).toBeUndefined();
    expect((await app.gql(ME, {}, { jar })).data).toStrictEqual({
      me: { kind: 'ANONYMOUS', id: 'anonymous', name: 'Anonym', role: 'VIEWER', signInAvailable: true },
    });

    // The provider asks to confirm, ends its own session and sends the user back to the app.
    const confirm = await jar.follow(endSession);
    const html = await confirm.response.text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    const action = /action="([^"]+)"/.exec(html)?.[1];
    expect({ xsrf: typeof xsrf, action }).toStrictEqual({
      xsrf: 'string',
      action: `${provider.issuer}/session/end/confirm`,
    });
    const confirmed = await jar.fetch(new URL(action ?? '', provider.issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: xsrf ?? '', logout: 'yes' }),
    });
    const back = await jar.follow(
      new URL(confirmed.headers.get('location') ?? '', provider.issuer),
      `${appUrl}/`,
    );
    expect(back.url.href).toBe(`${appUrl}/`);

    // Signed out at the provider too: the next sign-in shows its login form again.
    const again = await jar.follow(`${appUrl}/auth/login`);
    expect(again.url.pathname).toMatch(/^\/interaction\//);
  });

  it('sets the session cookie httpOnly, SameSite=Lax, for the whole app, with an expiry', async () => {
    const jar = new CookieJar();
    await signIn(jar, appUrl, 'vic');
    const session = jar.seen.filter((cookie) => cookie.name === 'aftalegraf_session').at(-1);
    expect({ ...session?.attributes, expires: undefined, value: undefined }).toStrictEqual({
      'max-age': String(8 * 3600),
      path: '/',
      httponly: '',
      samesite: 'Lax',
      expires: undefined,
      value: undefined,
    });
  });

  it('refuses a viewer the write with FORBIDDEN, naming the role needed', async () => {
    const jar = new CookieJar();
    await signIn(jar, appUrl, 'vic');
    expect(await app.gql(RECORD_STATUS, STARTED, { jar })).toStrictEqual({
      data: null,
      errors: [
        {
          message: 'Kræver rollen editor; du har viewer / requires role editor; you have viewer',
          locations: [{ line: 2, column: 3 }],
          path: ['recordStatus'],
          extensions: { code: 'FORBIDDEN', requiredRole: 'editor', role: 'viewer' },
        },
      ],
    });
  });

  it('maps provider roles through AFTALEGRAF_OIDC_ROLE_MAP, and gives the default role to users without one', async () => {
    const ada = new CookieJar();
    await signIn(ada, appUrl, 'ada');
    expect((await app.gql(ME, {}, { jar: ada })).data).toStrictEqual({
      me: { kind: 'USER', id: 'ada', name: 'Ada Admin', role: 'ADMIN', signInAvailable: true },
    });
    const nina = new CookieJar();
    await signIn(nina, appUrl, 'nina');
    expect((await app.gql(ME, {}, { jar: nina })).data).toStrictEqual({
      me: { kind: 'USER', id: 'nina', name: 'Nina Uden Rolle', role: 'VIEWER', signInAvailable: true },
    });
  });

  it('treats an altered or foreign session cookie as no sign-in', async () => {
    const jar = new CookieJar();
    await signIn(jar, appUrl, 'eva');
    const sealed = jar.get('127.0.0.1', 'aftalegraf_session') ?? '';
    const parts = sealed.split('.');
    const cipher = parts[3] ?? '';
    parts[3] = (cipher[0] === 'A' ? 'B' : 'A') + cipher.slice(1);
    jar.set('127.0.0.1', 'aftalegraf_session', parts.join('.'));
    expect((await app.gql(ME, {}, { jar })).data).toStrictEqual({
      me: { kind: 'ANONYMOUS', id: 'anonymous', name: 'Anonym', role: 'VIEWER', signInAvailable: true },
    });
  });

  it('refuses a callback that was not started here (no transaction cookie)', async () => {
    const response = await fetch(`${appUrl}/auth/callback?code=stolen&state=guessed`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Log ind udløb eller blev ikke startet her');
  });

  it('returns only to paths within the app after sign-in (no open redirect)', async () => {
    const jar = new CookieJar();
    const form = await jar.follow(`${appUrl}/auth/login?returnTo=${encodeURIComponent('//evil.example/x')}`);
    const submitted = await jar.fetch(form.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login: 'eva', password: 'any' }),
    });
    const landed = await jar.follow(new URL(submitted.headers.get('location') ?? '', form.url), `${appUrl}/`);
    expect(landed.url.href).toBe(`${appUrl}/`);
  });

  it('shares a sign-in between two app instances with the same secret and no shared state', async () => {
    const jar = new CookieJar();
    await signIn(jar, appUrl, 'eva');
    const other = await startAuthApp(oidcEnv(provider.issuer, appUrl, CLIENT_ID, CLIENT_SECRET));
    try {
      expect((await other.gql(ME, {}, { jar })).data).toStrictEqual({
        me: { kind: 'USER', id: 'eva', name: 'Eva Editor', role: 'EDITOR', signInAvailable: true },
      });
    } finally {
      await other.close();
    }
  });

  it('marks cookies Secure when the public URL is https', async () => {
    const behindTls = await startAuthApp(
      oidcEnv(provider.issuer, 'https://aftalegraf.example', CLIENT_ID, CLIENT_SECRET),
    );
    try {
      const jar = new CookieJar();
      const login = await jar.fetch(`${behindTls.url}/auth/login`);
      expect(login.status).toBe(302);
      expect(new URL(login.headers.get('location') ?? '').searchParams.get('redirect_uri')).toBe(
        'https://aftalegraf.example/auth/callback',
      );
      expect(jar.seen.map((cookie) => ({ name: cookie.name, ...cookie.attributes }))).toStrictEqual([
        {
          name: 'aftalegraf_login',
          'max-age': '600',
          path: '/auth',
          expires: expect.any(String),
          httponly: '',
          secure: '',
          samesite: 'Lax',
        },
      ]);
    } finally {
      await behindTls.close();
    }
  });

  it('answers 502 with a Danish and English page when the provider cannot be reached', async () => {
    const down = await startAuthApp(oidcEnv('http://127.0.0.1:9', appUrl, CLIENT_ID, CLIENT_SECRET));
    try {
      const response = await fetch(`${down.url}/auth/login`, { redirect: 'manual' });
      expect(response.status).toBe(502);
      const page = await response.text();
      expect([
        page.includes('Log ind-tjenesten svarer ikke'),
        page.includes('The sign-in provider does not answer'),
      ]).toStrictEqual([true, true]);
    } finally {
      await down.close();
    }
  });
});

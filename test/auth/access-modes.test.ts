/**
 * Who a request is when it brings no sign-in: the local admin of a quick start on loopback; on
 * any other address, nobody who may write (with a start-up line saying how to configure
 * sign-in); and, with reading closed, nobody who may read. Also: a bad bearer token, and CSRF.
 */
import { describe, expect, it } from 'vitest';
import { CookieJar } from './support/cookie-jar.js';
import { oidcEnv, startAuthApp } from './support/auth-app.js';
import { signIn } from './support/sign-in-driver.js';
import { CLIENT_ID, CLIENT_SECRET, freePort, startTestOidcProvider } from './support/test-oidc-provider.js';

const ME = 'query { me { kind id name role signInAvailable } }';
const RECORD_STATUS = `mutation Record($input: RecordStatusInput!) {
  recordStatus(input: $input) { id status { code } }
}`;
const STARTED = {
  input: {
    nodeId: 'a-ini-sub',
    code: 'STARTED',
    textDa: 'I gang',
    // No later than the document that states it (a-doc-a is of 2025-01-09).
    date: '2025-01-09',
    kind: 'FACT',
    documentId: 'a-doc-a',
  },
};
const NOT_CONFIGURED =
  'Log ind er ikke sat op: sæt AFTALEGRAF_OIDC_ISSUER, AFTALEGRAF_OIDC_CLIENT_ID, AFTALEGRAF_OIDC_CLIENT_SECRET, AFTALEGRAF_PUBLIC_URL og AFTALEGRAF_SESSION_SECRET, eller brug et API-token (npm run token -- create) / sign-in is not configured: set AFTALEGRAF_OIDC_* or use an API token';

describe('quick start on loopback, no sign-in configured', () => {
  it('treats the local user as admin, and says nothing about configuration at start', async () => {
    const app = await startAuthApp({});
    try {
      expect((await app.gql(ME)).data).toStrictEqual({
        me: { kind: 'LOCAL', id: 'local', name: 'Lokal bruger', role: 'ADMIN', signInAvailable: false },
      });
      expect(await app.gql(RECORD_STATUS, STARTED)).toStrictEqual({
        data: { recordStatus: { id: 'a-ini-sub', status: { code: 'STARTED' } } },
      });
      expect(app.info).toStrictEqual([]);
      const login = await fetch(`${app.url}/auth/login`, { redirect: 'manual' });
      expect(login.status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('does not make a request forwarded by a reverse proxy the local admin', async () => {
    const app = await startAuthApp({});
    try {
      const viaProxy = async (headers: Record<string, string>, body: unknown) => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
        return (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
      };
      const proxied: Record<string, string>[] = [
        { 'x-forwarded-for': '203.0.113.7' },
        { forwarded: 'for=203.0.113.7' },
      ];
      for (const headers of proxied) {
        expect((await viaProxy(headers, { query: ME })).data).toStrictEqual({
          me: { kind: 'ANONYMOUS', id: 'anonymous', name: 'Anonym', role: 'VIEWER', signInAvailable: false },
        });
        const write = await viaProxy(headers, { query: RECORD_STATUS, variables: STARTED });
        expect(write.errors?.map((e) => e.extensions.code)).toStrictEqual(['UNAUTHENTICATED']);
      }
    } finally {
      await app.close();
    }
  });
});

describe('bound to all addresses, no sign-in configured', () => {
  it('starts, logs how to configure sign-in, reads openly, refuses writes by name, and accepts API tokens', async () => {
    const app = await startAuthApp({ HOST: '0.0.0.0' });
    try {
      expect(app.info).toStrictEqual([
        expect.stringMatching(
          /^Log ind er ikke sat op, og serveren lytter på 0\.0\.0\.0: .*AFTALEGRAF_OIDC_ISSUER/,
        ),
      ]);
      expect((await app.gql(ME)).data).toStrictEqual({
        me: { kind: 'ANONYMOUS', id: 'anonymous', name: 'Anonym', role: 'VIEWER', signInAvailable: false },
      });
      expect((await app.gql('{ node(id: "a-ini-sub") { id } }')).data).toStrictEqual({
        node: { id: 'a-ini-sub' },
      });
      expect(await app.gql(RECORD_STATUS, STARTED)).toStrictEqual({
        data: null,
        errors: [
          {
            message: NOT_CONFIGURED,
            locations: [{ line: 2, column: 3 }],
            path: ['recordStatus'],
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      const token = await app.token('editor');
      expect(await app.gql(RECORD_STATUS, STARTED, { token })).toStrictEqual({
        data: { recordStatus: { id: 'a-ini-sub', status: { code: 'STARTED' } } },
      });
    } finally {
      await app.close();
    }
  });
});

describe('reading without sign-in turned off (AFTALEGRAF_PUBLIC_READ=false)', () => {
  it('refuses anonymous reads with UNAUTHENTICATED but still answers me; a viewer token reads', async () => {
    const app = await startAuthApp({
      ...oidcEnv('http://127.0.0.1:9/', 'http://127.0.0.1:9', 'x', 'y'),
      AFTALEGRAF_PUBLIC_READ: 'false',
    });
    try {
      expect((await app.gql(ME)).data).toStrictEqual({
        me: { kind: 'ANONYMOUS', id: 'anonymous', name: 'Anonym', role: null, signInAvailable: true },
      });
      expect(await app.gql('{ node(id: "a-ini-sub") { id } }')).toStrictEqual({
        errors: [
          {
            message:
              'Log ind for at fortsætte, eller brug et API-token / sign in to continue, or use an API token',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      const token = await app.token('viewer');
      expect(await app.gql('{ node(id: "a-ini-sub") { id } }', {}, { token })).toStrictEqual({
        data: { node: { id: 'a-ini-sub' } },
      });
    } finally {
      await app.close();
    }
  });
});

describe('API tokens at the door', () => {
  it('answers an unknown token and a malformed Authorization header with 401 UNAUTHENTICATED', async () => {
    const app = await startAuthApp({});
    try {
      for (const authorization of ['Bearer afg_not-a-real-token', 'Basic dXNlcjpwYXNz']) {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: ME }),
        });
        expect(response.status).toBe(401);
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors.map((e) => e.extensions.code)).toStrictEqual(['UNAUTHENTICATED']);
      }
      const me = await fetch(`${app.url}/auth/me`, { headers: { authorization: 'Bearer afg_nope' } });
      expect({ status: me.status, body: await me.json() }).toStrictEqual({
        status: 401,
        body: {
          error: 'UNAUTHENTICATED',
          message: 'API-tokenet er ukendt eller tilbagekaldt / the API token is unknown or revoked',
        },
      });
    } finally {
      await app.close();
    }
  });
});

describe('CSRF', () => {
  it('refuses a cross-site simple POST that carries the session cookie, and applies nothing', async () => {
    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    const provider = await startTestOidcProvider(appUrl);
    const app = await startAuthApp({
      ...oidcEnv(provider.issuer, appUrl, CLIENT_ID, CLIENT_SECRET),
      PORT: String(port),
    });
    try {
      const jar = new CookieJar();
      await signIn(jar, appUrl, 'eva');
      const before = await app.app.store.getNodes(['a-ini-sub']);
      // What a form or a no-cors fetch on another site can send without a preflight.
      for (const contentType of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        const forged = await jar.fetch(`${appUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': contentType, origin: 'https://evil.example' },
          body: JSON.stringify({ query: RECORD_STATUS, variables: STARTED }),
        });
        // Refused before GraphQL: only application/json bodies are read (415).
        expect({ contentType, status: forged.status }).toStrictEqual({ contentType, status: 415 });
      }
      const viaGet = await jar.fetch(`${appUrl}/graphql?query=${encodeURIComponent('{ me { name } }')}`);
      expect(viaGet.status).toBe(400);
      expect(await app.app.store.getNodes(['a-ini-sub'])).toStrictEqual(before);
      // The same request as JSON (which needs a CORS preflight cross-site) goes through.
      expect((await app.gql(RECORD_STATUS, STARTED, { jar })).data).toStrictEqual({
        recordStatus: { id: 'a-ini-sub', status: { code: 'STARTED' } },
      });
    } finally {
      await app.close();
      await provider.close();
    }
  });
});

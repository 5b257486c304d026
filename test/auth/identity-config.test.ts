/** Identity settings from the environment: every problem names its variable and the reason. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { ConfigError } from '../../server/errors.js';

const SECRET = 'x'.repeat(32);
const VALID = {
  AFTALEGRAF_OIDC_ISSUER: 'https://login.rm.dk/realms/staff',
  AFTALEGRAF_OIDC_CLIENT_ID: 'aftalegraf',
  AFTALEGRAF_OIDC_CLIENT_SECRET: 'client-secret',
  AFTALEGRAF_PUBLIC_URL: 'https://aftalegraf.rm.dk',
  AFTALEGRAF_SESSION_SECRET: SECRET,
};

describe('identity configuration', () => {
  it('reads a complete OpenID Connect set-up with its defaults', () => {
    expect(loadConfig(VALID).identity).toStrictEqual({
      publicRead: true,
      oidc: {
        issuer: new URL('https://login.rm.dk/realms/staff'),
        clientId: 'aftalegraf',
        clientSecret: 'client-secret',
        publicUrl: new URL('https://aftalegraf.rm.dk'),
        scopes: 'openid profile email',
        roleClaim: 'roles',
        roleMap: new Map([
          ['viewer', 'viewer'],
          ['editor', 'editor'],
          ['admin', 'admin'],
        ]),
        defaultRole: 'viewer',
        sessionSecret: SECRET,
        previousSessionSecrets: [],
        sessionTtlSeconds: 8 * 3600,
      },
    });
  });

  it('reads the role claim path, role map, default role, hours, scopes and public read', () => {
    const identity = loadConfig({
      ...VALID,
      AFTALEGRAF_OIDC_ROLE_CLAIM: 'realm_access.roles',
      AFTALEGRAF_OIDC_ROLE_MAP: 'Aftalegraf.Redaktør=editor, Aftalegraf.Admin=admin',
      AFTALEGRAF_OIDC_DEFAULT_ROLE: 'none',
      AFTALEGRAF_SESSION_HOURS: '12',
      AFTALEGRAF_OIDC_SCOPES: 'openid profile roles',
      AFTALEGRAF_PUBLIC_READ: 'false',
    }).identity;
    expect({
      publicRead: identity?.publicRead,
      roleClaim: identity?.oidc?.roleClaim,
      roleMap: identity?.oidc?.roleMap,
      defaultRole: identity?.oidc?.defaultRole,
      ttl: identity?.oidc?.sessionTtlSeconds,
      scopes: identity?.oidc?.scopes,
    }).toStrictEqual({
      publicRead: false,
      roleClaim: 'realm_access.roles',
      roleMap: new Map([
        ['viewer', 'viewer'],
        ['editor', 'editor'],
        ['admin', 'admin'],
        ['Aftalegraf.Redaktør', 'editor'],
        ['Aftalegraf.Admin', 'admin'],
      ]),
      defaultRole: undefined,
      ttl: 12 * 3600,
      scopes: 'openid profile roles',
    });
  });

  it('reports every identity problem at once, each by its variable', () => {
    expect(() =>
      loadConfig({
        AFTALEGRAF_OIDC_ISSUER: 'http://login.example.org',
        AFTALEGRAF_OIDC_CLIENT_ID: 'aftalegraf',
        AFTALEGRAF_PUBLIC_URL: 'ftp://aftalegraf',
        AFTALEGRAF_SESSION_SECRET: 'short',
        AFTALEGRAF_SESSION_SECRET_PREVIOUS: 'old',
        AFTALEGRAF_SESSION_HOURS: '0',
        AFTALEGRAF_OIDC_SCOPES: 'profile',
        AFTALEGRAF_OIDC_ROLE_CLAIM: 'a..b',
        AFTALEGRAF_OIDC_ROLE_MAP: 'Boss=owner',
        AFTALEGRAF_OIDC_DEFAULT_ROLE: 'guest',
        AFTALEGRAF_PUBLIC_READ: 'yes',
      }),
    ).toThrow(
      new ConfigError([
        "AFTALEGRAF_PUBLIC_READ: 'yes' skal være true eller false / must be true or false",
        'AFTALEGRAF_OIDC_CLIENT_SECRET: mangler; AFTALEGRAF_OIDC_ISSUER, _CLIENT_ID og _CLIENT_SECRET sættes sammen / missing; the three are set together',
        "AFTALEGRAF_OIDC_ISSUER: 'http://login.example.org' skal bruge https (http kun på loopback) / must use https (http only on loopback)",
        "AFTALEGRAF_PUBLIC_URL: 'ftp://aftalegraf' skal begynde med https:// eller http:// / must start with https:// or http://",
        'AFTALEGRAF_SESSION_SECRET: kun 5 tegn, skal være mindst 32 tilfældige tegn, når OIDC er sat (fx openssl rand -base64 48) / only 5 characters: at least 32 random characters are required with OIDC',
        'AFTALEGRAF_SESSION_SECRET_PREVIOUS: hver tidligere hemmelighed skal have mindst 32 tegn (kommasepareret) / each previous secret needs at least 32 characters (comma separated)',
        "AFTALEGRAF_SESSION_HOURS: '0' skal være et heltal 1–720 / must be a whole number of hours 1–720",
        "AFTALEGRAF_OIDC_SCOPES: 'profile' skal indeholde openid / must include openid",
        "AFTALEGRAF_OIDC_ROLE_CLAIM: 'a..b' skal være et claim-navn eller en sti med punktum / must be a claim name or a dotted path",
        "AFTALEGRAF_OIDC_ROLE_MAP: 'Boss=owner' skal have formen værdi=viewer|editor|admin / must be value=viewer|editor|admin",
        "AFTALEGRAF_OIDC_DEFAULT_ROLE: 'guest' skal være viewer, editor, admin eller none / must be viewer, editor, admin or none",
      ]),
    );
  });

  it('requires the public URL and session secret once any OIDC variable is set', () => {
    expect(() =>
      loadConfig({
        AFTALEGRAF_OIDC_ISSUER: 'https://login.rm.dk',
        AFTALEGRAF_OIDC_CLIENT_ID: 'a',
        AFTALEGRAF_OIDC_CLIENT_SECRET: 'b',
      }),
    ).toThrow(
      new ConfigError([
        'AFTALEGRAF_PUBLIC_URL: mangler, når OIDC er sat; adressen brugerne når appen på / required with OIDC: the address users reach the app at',
        'AFTALEGRAF_SESSION_SECRET: mangler, skal være mindst 32 tilfældige tegn, når OIDC er sat (fx openssl rand -base64 48) / missing: at least 32 random characters are required with OIDC',
      ]),
    );
  });
});

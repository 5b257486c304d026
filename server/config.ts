/**
 * Configuration from the environment, validated once at start-up. Every problem is reported
 * together with the variable's name, so a wrong setting is fixed in one go.
 */
import net from 'node:net';
import path from 'node:path';
import { QUERY } from './api/limits.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './api/query-guard.plugin.js';
import { ROLES, type Role } from './auth/actor.js';
import { ConfigError } from './errors.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /**
   * The app's partition of the database (`AFTALEGRAF_NEO4J_GRAPH`, default `aftalegraf`): every
   * node carries it, so several deployments or test runs can share one database.
   */
  graph?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Folder of the embedded store's database file. */
  dataDir: string;
  /** Set when `NEO4J_URI` is: the store is then Neo4j, and unreachable Neo4j is an error. */
  neo4j?: Neo4jConfig;
  /** Seed an empty store with the real agreement complex on start. */
  seedOnStart: boolean;
  /** Who may do what (docs/adr/0007-identity.md). Absent: no sign-in, reading open to all. */
  identity?: IdentityConfig;
  /** `NODE_ENV=production`: introspection and suggestions off unless turned on, no source maps. */
  production?: boolean;
  /** Schema introspection and "Did you mean" suggestions; default: on except in production. */
  introspection?: boolean;
  /** Browser origins allowed to call the API from other sites (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** Per-client rate limits; defaults in `query-guard.plugin.ts`. */
  rateLimits?: RateLimits;
  /** Whole answers cached until a write (ADR 0011); off by default, see `app.ts`. */
  responseCache?: boolean;
  /**
   * Which proxies in front of the app to believe about the client's address (`X-Forwarded-For`),
   * as Express's `trust proxy`: a number of hops, or addresses and subnets. Unset: none, so the
   * rate limits count the connecting address and a client cannot choose its own.
   */
  trustProxy?: number | readonly string[];
}

/** Staff sign-in through an OpenID Connect provider (authorization code with PKCE). */
export interface OidcConfig {
  /** The provider's issuer identifier; its discovery document is read on first sign-in. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where users reach this app; the redirect URI is `<publicUrl>/auth/callback`. */
  publicUrl: URL;
  /** Requested scopes, space separated; always includes `openid`. */
  scopes: string;
  /** Claim holding the user's role(s): a name, or a dotted path (`realm_access.roles`). */
  roleClaim: string;
  /** Claim value → role. Always includes `viewer`, `editor` and `admin` themselves. */
  roleMap: ReadonlyMap<string, Role>;
  /** Role of a signed-in user whose claim names none; undefined: they may not even read. */
  defaultRole: Role | undefined;
  /** Encrypts the session cookie; at least 32 characters. */
  sessionSecret: string;
  /** Earlier secrets still accepted when opening cookies, for a rotation without signing everyone out. */
  previousSessionSecrets: readonly string[];
  /** How long a sign-in lasts before the user signs in again. */
  sessionTtlSeconds: number;
}

export interface IdentityConfig {
  /** Undefined: staff sign-in is not configured. */
  oidc?: OidcConfig;
  /** Anonymous requests may read (queries); writes always need a role. */
  publicRead: boolean;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];

  const port = parseInteger(env.PORT ?? '4000');
  if (port === undefined || port < 0 || port > 65535) {
    problems.push(`PORT: '${env.PORT}' er ikke et portnummer 0–65535 / is not a port number 0–65535`);
  }
  const host = env.HOST ?? '127.0.0.1';
  if (host.trim() === '') problems.push('HOST: må ikke være tom / must not be empty');

  const dataDir = path.resolve(env.AFTALEGRAF_DATA_DIR ?? 'data');

  let neo4j: Neo4jConfig | undefined;
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(env.NEO4J_URI)) {
      problems.push(
        `NEO4J_URI: '${env.NEO4J_URI}' skal begynde med neo4j:// eller bolt:// / must start with neo4j:// or bolt://`,
      );
    }
    if (!env.NEO4J_PASSWORD)
      problems.push('NEO4J_PASSWORD: mangler, når NEO4J_URI er sat / required when NEO4J_URI is set');
    neo4j = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      ...(env.AFTALEGRAF_NEO4J_GRAPH ? { graph: env.AFTALEGRAF_NEO4J_GRAPH } : {}),
    };
    if (env.AFTALEGRAF_NEO4J_GRAPH !== undefined && !/^[\w.-]{1,64}$/.test(env.AFTALEGRAF_NEO4J_GRAPH)) {
      problems.push(
        `AFTALEGRAF_NEO4J_GRAPH: '${env.AFTALEGRAF_NEO4J_GRAPH}' skal være 1–64 bogstaver, tal, . _ eller - / must be 1–64 letters, digits, . _ or -`,
      );
    }
  }

  const seedRaw = env.AFTALEGRAF_SEED_ON_START ?? 'true';
  if (seedRaw !== 'true' && seedRaw !== 'false') {
    problems.push(
      `AFTALEGRAF_SEED_ON_START: '${seedRaw}' skal være true eller false / must be true or false`,
    );
  }

  const production = env.NODE_ENV === 'production';
  const introspection = parseBoolean(env, 'AFTALEGRAF_INTROSPECTION', !production, problems);

  const corsOrigins = (env.AFTALEGRAF_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(
        `AFTALEGRAF_CORS_ORIGINS: '${origin}' er ikke en oprindelse som https://eksempel.dk / is not an origin like https://example.org`,
      );
    }
  }

  const writesPerMinute = parseLimit(
    env,
    'AFTALEGRAF_RATE_WRITES_PER_MINUTE',
    DEFAULT_RATE_LIMITS.writesPerMinute,
    1,
    problems,
  );
  const costPerMinute = parseLimit(
    env,
    'AFTALEGRAF_RATE_COST_PER_MINUTE',
    DEFAULT_RATE_LIMITS.costPerMinute,
    // Below the budget, the largest allowed query could never run.
    QUERY.maxCost,
    problems,
  );

  const trustProxy = parseTrustProxy(env.AFTALEGRAF_TRUST_PROXY, problems);
  const responseCache = parseBoolean(env, 'AFTALEGRAF_RESPONSE_CACHE', false, problems);

  const identity = loadIdentityConfig(env, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: port ?? 4000,
    host,
    dataDir,
    neo4j,
    seedOnStart: seedRaw === 'true',
    production,
    introspection,
    corsOrigins,
    rateLimits: { ...DEFAULT_RATE_LIMITS, writesPerMinute, costPerMinute },
    identity,
    ...(responseCache ? { responseCache } : {}),
    ...(trustProxy === undefined ? {} : { trustProxy }),
  };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `1` (hops), or `loopback, 10.0.0.0/8, 192.0.2.7`: what Express's `trust proxy` accepts. */
function parseTrustProxy(raw: string | undefined, problems: string[]): number | string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (/^\d+$/.test(raw.trim())) {
    const hops = Number(raw.trim());
    if (hops >= 1 && hops <= 10) return hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !PROXY_NAMES.has(entry) && !isAddressOrSubnet(entry));
  if (bad.length === 0) return entries;
  problems.push(
    `AFTALEGRAF_TRUST_PROXY: '${raw}' skal være et antal led 1–10 eller adresser/net som loopback, 10.0.0.0/8 / must be a hop count 1–10 or addresses/subnets like loopback, 10.0.0.0/8`,
  );
  return undefined;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  return bits >= 0 && bits <= (family === 4 ? 32 : 128);
}

/** A per-minute limit: a whole number from `min`, or `off`. */
function parseLimit(
  env: Env,
  name: string,
  fallback: number | null,
  min: number,
  problems: string[],
): number | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'off') return null;
  const value = parseInteger(raw);
  if (value === undefined || value < min) {
    problems.push(
      `${name}: '${raw}' skal være et heltal ≥ ${min} eller off / must be an integer ≥ ${min} or off`,
    );
    return fallback;
  }
  return value;
}

const OIDC_REQUIRED = [
  'AFTALEGRAF_OIDC_ISSUER',
  'AFTALEGRAF_OIDC_CLIENT_ID',
  'AFTALEGRAF_OIDC_CLIENT_SECRET',
] as const;
export const MIN_SESSION_SECRET_LENGTH = 32;

function loadIdentityConfig(env: Env, problems: string[]): IdentityConfig {
  const publicRead = parseBoolean(env, 'AFTALEGRAF_PUBLIC_READ', true, problems);
  const anyOidc = OIDC_REQUIRED.some((name) => env[name]);
  if (!anyOidc) return { publicRead };

  for (const name of OIDC_REQUIRED) {
    if (!env[name]) {
      problems.push(
        `${name}: mangler; AFTALEGRAF_OIDC_ISSUER, _CLIENT_ID og _CLIENT_SECRET sættes sammen / missing; the three are set together`,
      );
    }
  }
  const issuer = parseUrl(env, 'AFTALEGRAF_OIDC_ISSUER', problems);
  if (issuer && issuer.protocol === 'http:' && !isLoopbackHost(issuer.hostname)) {
    problems.push(
      `AFTALEGRAF_OIDC_ISSUER: '${env.AFTALEGRAF_OIDC_ISSUER}' skal bruge https (http kun på loopback) / must use https (http only on loopback)`,
    );
  }
  let publicUrl: URL | undefined;
  if (!env.AFTALEGRAF_PUBLIC_URL) {
    problems.push(
      'AFTALEGRAF_PUBLIC_URL: mangler, når OIDC er sat; adressen brugerne når appen på / required with OIDC: the address users reach the app at',
    );
  } else {
    publicUrl = parseUrl(env, 'AFTALEGRAF_PUBLIC_URL', problems);
  }
  const sessionSecret = env.AFTALEGRAF_SESSION_SECRET ?? '';
  if (sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    problems.push(
      `AFTALEGRAF_SESSION_SECRET: ${sessionSecret ? `kun ${sessionSecret.length} tegn` : 'mangler'}, skal være mindst ${MIN_SESSION_SECRET_LENGTH} tilfældige tegn, når OIDC er sat (fx openssl rand -base64 48) / ${sessionSecret ? `only ${sessionSecret.length} characters` : 'missing'}: at least ${MIN_SESSION_SECRET_LENGTH} random characters are required with OIDC`,
    );
  }
  const previousSessionSecrets = (env.AFTALEGRAF_SESSION_SECRET_PREVIOUS ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter(Boolean);
  if (previousSessionSecrets.some((secret) => secret.length < MIN_SESSION_SECRET_LENGTH)) {
    problems.push(
      `AFTALEGRAF_SESSION_SECRET_PREVIOUS: hver tidligere hemmelighed skal have mindst ${MIN_SESSION_SECRET_LENGTH} tegn (kommasepareret) / each previous secret needs at least ${MIN_SESSION_SECRET_LENGTH} characters (comma separated)`,
    );
  }
  const hours = parseInteger(env.AFTALEGRAF_SESSION_HOURS ?? '8');
  if (hours === undefined || hours < 1 || hours > 24 * 30) {
    problems.push(
      `AFTALEGRAF_SESSION_HOURS: '${env.AFTALEGRAF_SESSION_HOURS}' skal være et heltal 1–720 / must be a whole number of hours 1–720`,
    );
  }
  const scopes = (env.AFTALEGRAF_OIDC_SCOPES ?? 'openid profile email').split(/\s+/).filter(Boolean);
  if (!scopes.includes('openid')) {
    problems.push(
      `AFTALEGRAF_OIDC_SCOPES: '${env.AFTALEGRAF_OIDC_SCOPES}' skal indeholde openid / must include openid`,
    );
  }
  const roleClaim = (env.AFTALEGRAF_OIDC_ROLE_CLAIM ?? 'roles').trim();
  if (!/^[^.\s]+(\.[^.\s]+)*$/.test(roleClaim)) {
    problems.push(
      `AFTALEGRAF_OIDC_ROLE_CLAIM: '${env.AFTALEGRAF_OIDC_ROLE_CLAIM}' skal være et claim-navn eller en sti med punktum / must be a claim name or a dotted path`,
    );
  }
  const roleMap = parseRoleMap(env.AFTALEGRAF_OIDC_ROLE_MAP, problems);
  const defaultRoleRaw = env.AFTALEGRAF_OIDC_DEFAULT_ROLE ?? 'viewer';
  const defaultRole = defaultRoleRaw === 'none' ? undefined : toRole(defaultRoleRaw);
  if (defaultRoleRaw !== 'none' && !defaultRole) {
    problems.push(
      `AFTALEGRAF_OIDC_DEFAULT_ROLE: '${defaultRoleRaw}' skal være viewer, editor, admin eller none / must be viewer, editor, admin or none`,
    );
  }
  if (!issuer || !publicUrl || !env.AFTALEGRAF_OIDC_CLIENT_ID || !env.AFTALEGRAF_OIDC_CLIENT_SECRET) {
    return { publicRead };
  }
  return {
    publicRead,
    oidc: {
      issuer,
      clientId: env.AFTALEGRAF_OIDC_CLIENT_ID,
      clientSecret: env.AFTALEGRAF_OIDC_CLIENT_SECRET,
      publicUrl,
      scopes: scopes.join(' '),
      roleClaim,
      roleMap,
      defaultRole,
      sessionSecret,
      previousSessionSecrets,
      sessionTtlSeconds: (hours ?? 8) * 3600,
    },
  };
}

/** `value=role,value=role`, on top of the roles' own names. */
function parseRoleMap(raw: string | undefined, problems: string[]): ReadonlyMap<string, Role> {
  const map = new Map<string, Role>(ROLES.map((role) => [role, role]));
  if (!raw?.trim()) return map;
  for (const pair of raw.split(',')) {
    const [value, role, ...rest] = pair.split('=').map((part) => part.trim());
    const mapped = role === undefined ? undefined : toRole(role);
    if (!value || !mapped || rest.length > 0) {
      problems.push(
        `AFTALEGRAF_OIDC_ROLE_MAP: '${pair.trim()}' skal have formen værdi=viewer|editor|admin / must be value=viewer|editor|admin`,
      );
      continue;
    }
    map.set(value, mapped);
  }
  return map;
}

function toRole(text: string): Role | undefined {
  return (ROLES as readonly string[]).includes(text) ? (text as Role) : undefined;
}

function parseUrl(env: Env, name: string, problems: string[]): URL | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name}: '${raw}' er ikke en URL / is not a URL`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(
      `${name}: '${raw}' skal begynde med https:// eller http:// / must start with https:// or http://`,
    );
    return undefined;
  }
  if (url.search || url.hash) {
    problems.push(`${name}: '${raw}' må ikke have ? eller # / must not have a query or fragment`);
    return undefined;
  }
  return url;
}

function parseBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (raw !== 'true' && raw !== 'false') {
    problems.push(`${name}: '${raw}' skal være true eller false / must be true or false`);
    return fallback;
  }
  return raw === 'true';
}

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::ffff:127.0.0.1'
  );
}

function parseInteger(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

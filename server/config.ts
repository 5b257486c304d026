/**
 * Configuration from the environment, validated once at start-up. Every problem is reported
 * together with the variable's name, so a wrong setting is fixed in one go.
 */
import path from 'node:path';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './api/query-guard.plugin.js';
import { QUERY } from './api/limits.js';
import { ConfigError } from './errors.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
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
  /** `NODE_ENV=production`: introspection and suggestions off unless turned on, no source maps. */
  production?: boolean;
  /** Schema introspection and "Did you mean" suggestions; default: on except in production. */
  introspection?: boolean;
  /** Browser origins allowed to call the API from other sites (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** Per-client rate limits; defaults in `query-guard.plugin.ts`. */
  rateLimits?: RateLimits;
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
    };
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
  };
}

function parseBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') {
    problems.push(`${name}: '${raw}' skal være true eller false / must be true or false`);
  }
  return raw === 'true';
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

function parseInteger(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

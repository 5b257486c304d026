/**
 * Configuration from the environment, validated once at start-up. Every problem is reported
 * together with the variable's name, so a wrong setting is fixed in one go.
 */
import path from 'node:path';
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

  if (problems.length > 0) throw new ConfigError(problems);
  return { port: port ?? 4000, host, dataDir, neo4j, seedOnStart: seedRaw === 'true' };
}

function parseInteger(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

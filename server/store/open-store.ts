/**
 * Chooses the store from configuration: Neo4j when `NEO4J_URI` is set (and then only Neo4j:
 * unreachable is a start-up error, never a silent fall back), else the embedded SQLite file.
 */
import path from 'node:path';
import type { AppConfig } from '../config.js';
import { StoreUnavailableError } from '../errors.js';
import type { GraphStore } from './graph-store.js';
import { SqliteGraphStore } from './sqlite/sqlite-graph-store.js';

export const EMBEDDED_FILE_NAME = 'aftalegraf.sqlite';

export async function openStore(config: Pick<AppConfig, 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  if (config.neo4j) {
    throw new StoreUnavailableError(
      'neo4j',
      'Neo4j-adapteren er ikke med i denne version / not in this build yet',
    );
  }
  return SqliteGraphStore.open(path.join(config.dataDir, EMBEDDED_FILE_NAME));
}

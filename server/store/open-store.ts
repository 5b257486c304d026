/**
 * Chooses the store from configuration: Neo4j when `NEO4J_URI` is set (and then only Neo4j:
 * unreachable is a start-up error, never a silent fall back), else the embedded SQLite file.
 */
import path from 'node:path';
import type { AppConfig } from '../config.js';
import type { GraphStore } from './graph-store.js';
import { SqliteGraphStore } from './sqlite/sqlite-graph-store.js';

export const EMBEDDED_FILE_NAME = 'aftalegraf.sqlite';

export async function openStore(config: Pick<AppConfig, 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  if (config.neo4j) {
    // Loaded only when configured, so the embedded default never loads the driver.
    const { Neo4jGraphStore } = await import('./neo4j/neo4j-graph-store.js');
    const store = await Neo4jGraphStore.connect(config.neo4j);
    const { created } = store.schemaSetup;
    console.log(
      created.length > 0
        ? `Neo4j: oprettede / created ${created.join(', ')}`
        : 'Neo4j: skemaet var på plads / schema already in place',
    );
    return store;
  }
  return SqliteGraphStore.open(path.join(config.dataDir, EMBEDDED_FILE_NAME));
}

/**
 * The edit tests' rig: the real app over each store leg (a temp SQLite file, and a fresh Neo4j
 * partition when `NEO4J_URI` is set), with a GraphQL client that can send as a given actor.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../../schema/domain.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { serveTestStore, type TestApp } from '../support/test-app.js';
import { dropNeo4jPartition, freshPartition, neo4jTestConfig } from '../support/test-stores.js';

export interface StoreLeg {
  name: string;
  /** A store holding `doc`, and how to remove what the leg wrote. */
  open(doc: GraphDocument): Promise<{ store: GraphStore; cleanUp(): Promise<void> }>;
  /** A second store over the same data (another process or instance). */
  openShared?: () => Promise<GraphStore>;
}

export function sqliteLeg(): StoreLeg {
  let file = '';
  return {
    name: 'sqlite',
    async open(doc) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-edit-'));
      file = path.join(dir, 'aftalegraf.sqlite');
      const store = SqliteGraphStore.open(file);
      await store.replaceAll(doc);
      return { store, cleanUp: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
    openShared: async () => SqliteGraphStore.open(file),
  };
}

export function neo4jLeg(): StoreLeg {
  const graph = freshPartition('edit');
  return {
    name: 'neo4j',
    async open(doc) {
      const store = await Neo4jGraphStore.connect(neo4jTestConfig(graph));
      await store.replaceAll(doc);
      return {
        store,
        cleanUp: () => dropNeo4jPartition(graph),
      };
    },
    openShared: () => Neo4jGraphStore.connect(neo4jTestConfig(graph)),
  };
}

/** The legs this run can test: SQLite always, Neo4j when a server is configured. */
export function storeLegs(): StoreLeg[] {
  return process.env.NEO4J_URI ? [sqliteLeg(), neo4jLeg()] : [sqliteLeg()];
}

/** The app over a leg's store; `app` reaches its event bus and foreign-write poller. */
export type EditApp = TestApp;

export function startEditApp(
  store: GraphStore,
  cleanUp: () => Promise<void> = async () => {},
): Promise<EditApp> {
  // These apps test what writes do (50-way races, bursts during a backup), not how many a client
  // may send: the write rate limit is the abuse suite's subject (test/abuse/http-policy.test.ts).
  const rateLimits = { writesPerMinute: null, costPerMinute: null, expensiveCost: 10_000 };
  return serveTestStore(store, os.tmpdir(), { config: { rateLimits } }, cleanUp);
}

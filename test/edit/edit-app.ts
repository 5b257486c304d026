/**
 * The edit tests' rig: the real app over each store leg (a temp SQLite file, and a fresh Neo4j
 * partition when `NEO4J_URI` is set), with a GraphQL client that can send as a given actor.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../../schema/domain.js';
import { startApp, type Logger, type RunningApp } from '../../server/app.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import type { GraphQLResponse } from '../support/test-app.js';

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

export function neo4jConfig(graph: string) {
  return {
    uri: process.env.NEO4J_URI ?? '',
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    graph,
  };
}

export function neo4jLeg(): StoreLeg {
  const graph = `edit-${randomUUID().slice(0, 8)}`;
  return {
    name: 'neo4j',
    async open(doc) {
      const store = await Neo4jGraphStore.connect(neo4jConfig(graph));
      await store.replaceAll(doc);
      return {
        store,
        cleanUp: async () => {
          const cleaner = await Neo4jGraphStore.connect(neo4jConfig(graph));
          await cleaner.replaceAll({
            format: 'aftalegraf-graph',
            version: 1,
            documents: [],
            nodes: [],
            edges: [],
          });
          await cleaner.close();
        },
      };
    },
    openShared: () => Neo4jGraphStore.connect(neo4jConfig(graph)),
  };
}

/** The legs this run can test: SQLite always, Neo4j when a server is configured. */
export function storeLegs(): StoreLeg[] {
  return process.env.NEO4J_URI ? [sqliteLeg(), neo4jLeg()] : [sqliteLeg()];
}

export interface EditApp {
  app: RunningApp;
  store: GraphStore;
  logged: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startEditApp(
  store: GraphStore,
  cleanUp: () => Promise<void> = async () => {},
): Promise<EditApp> {
  const logged: string[] = [];
  const logger: Logger = { info: () => {}, error: (message) => logged.push(message) };
  const app = await startApp(
    { port: 0, host: '127.0.0.1', dataDir: os.tmpdir(), seedOnStart: false },
    { store, logger },
  );
  return {
    app,
    store,
    logged,
    async gql(query, variables) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      await app.close();
      await cleanUp();
    },
  };
}

/**
 * The stores a suite runs on: the embedded SQLite store and a real Neo4j, the one in `NEO4J_URI`
 * or the one `neo4j-global-setup.ts` starts for the run. A Neo4j leg writes into its own
 * partition (`graph`) of the database and removes it afterwards, so parallel suites and the
 * user's data never meet. Without a server a Neo4j leg fails; it is never skipped.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, it } from 'vitest';
import type { GraphDocument } from '../../schema/domain.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { Neo4jGraphStore, type Neo4jStoreConfig } from '../../server/store/neo4j/neo4j-graph-store.js';
import { EMBEDDED_FILE_NAME } from '../../server/store/open-store.js';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';

export type StoreKind = 'sqlite' | 'neo4j';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'neo4j'];

export const NEO4J_MISSING = 'NEO4J_URI is not set and no Neo4j was started for the run';
const neo4jUri = process.env.NEO4J_URI;

/** An empty graph: what a partition is replaced with to remove it. */
export const EMPTY_GRAPH: GraphDocument = {
  format: 'aftalegraf-graph',
  version: 1,
  documents: [],
  nodes: [],
  edges: [],
};

/** A fresh partition name, unique to this run. */
export function freshPartition(purpose: string): string {
  return `test-${purpose}-${randomUUID().slice(0, 8)}`;
}

/** How to reach the test Neo4j in partition `graph`. Only call it inside a Neo4j leg. */
export function neo4jTestConfig(graph: string): Neo4jStoreConfig {
  if (!neo4jUri) throw new Error(NEO4J_MISSING);
  return {
    uri: neo4jUri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    graph,
  };
}

/** Removes a Neo4j partition through a connection of its own (the app's store is closed by then). */
export async function dropNeo4jPartition(graph: string): Promise<void> {
  const cleaner = await Neo4jGraphStore.connect(neo4jTestConfig(graph));
  try {
    await cleaner.replaceAll(EMPTY_GRAPH);
  } finally {
    await cleaner.close();
  }
}

export interface TestStore {
  store: GraphStore;
  /** Removes what the store left behind (a Neo4j partition); call it after the store is closed. */
  dropData(): Promise<void>;
}

/** An empty store of `kind`: a SQLite file in `dataDir`, or a fresh Neo4j partition. */
export async function openTestStore(kind: StoreKind, dataDir: string, purpose = 'suite'): Promise<TestStore> {
  if (kind === 'sqlite') {
    return {
      store: SqliteGraphStore.open(path.join(dataDir, EMBEDDED_FILE_NAME)),
      dropData: async () => {},
    };
  }
  const graph = freshPartition(purpose);
  return {
    store: await Neo4jGraphStore.connect(neo4jTestConfig(graph)),
    dropData: () => dropNeo4jPartition(graph),
  };
}

/**
 * `describe(title)` once per store: `[sqlite]` and `[neo4j]`, against the server in `NEO4J_URI`
 * (started for the run by `neo4j-global-setup.ts` when not given).
 */
export function describeEachStore(title: string, body: (kind: StoreKind) => void): void {
  for (const kind of STORE_KINDS) describeOnStore(kind, title, body);
}

/** One leg of `describeEachStore`, for a suite that has its embedded leg elsewhere. */
export function describeOnStore(kind: StoreKind, title: string, body: (kind: StoreKind) => void): void {
  const name = `${title} [${kind}]`;
  if (kind === 'sqlite' || neo4jUri) describe(name, () => body(kind));
  else describeMissingNeo4j(name);
}

/** A Neo4j leg without a server: a failing test, never a skipped one. */
export function describeMissingNeo4j(title: string): void {
  describe(title, () => {
    it('has a Neo4j server', () => {
      throw new Error(NEO4J_MISSING);
    });
  });
}

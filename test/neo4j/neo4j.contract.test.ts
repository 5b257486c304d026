/**
 * The store contract against a real Neo4j (the one in `NEO4J_URI`, or the one started for the run
 * by `test/support/neo4j-global-setup.ts`). Each run writes into its own partition (`graph`) with
 * its own id prefix, so it never touches the user's data, and removes the partition afterwards.
 * Without a server the leg fails; it is never skipped.
 */
import { randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { describeMissingNeo4j } from '../support/test-stores.js';
import type { GraphDocument } from '../../schema/domain.js';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { describeGraphStoreContract } from '../contract/graph-store.contract.js';
import { describeTimeContract } from '../contract/time.contract.js';

const uri = process.env.NEO4J_URI;

if (!uri) {
  describeMissingNeo4j('Neo4j leg');
} else {
  const run = randomUUID().slice(0, 8);
  const graph = `contract-${run}`;
  const config = {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    graph,
  };
  const empty: GraphDocument = {
    format: 'aftalegraf-graph',
    version: 1,
    documents: [],
    nodes: [],
    edges: [],
  };

  // The time contract replaces its own partition, beside the main contract's.
  const timeConfig = { ...config, graph: `time-${run}` };
  afterAll(async () => {
    for (const partition of [config, timeConfig]) {
      const cleaner = await Neo4jGraphStore.connect(partition);
      await cleaner.replaceAll(empty);
      await cleaner.close();
    }
  });

  describeGraphStoreContract(`neo4j (${uri}, graph ${graph})`, async () => ({
    store: await Neo4jGraphStore.connect(config),
    prefix: `n${run}-`,
  }));
  describeTimeContract(`neo4j (${uri}, graph ${timeConfig.graph})`, async () => ({
    store: await Neo4jGraphStore.connect(timeConfig),
    prefix: `t${run}-`,
  }));
}

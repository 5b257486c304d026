/**
 * The store contract against a real Neo4j, when `NEO4J_URI` names one. Each run writes into its
 * own partition (`graph`) with its own id prefix, so it never touches the user's data, and
 * removes the partition afterwards. Without `NEO4J_URI` the leg is registered as skipped, by a
 * name that says so: a missing server never shows up as a pass. In CI (`AFTALEGRAF_REQUIRE_NEO4J`)
 * a missing server fails the leg.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import type { GraphDocument } from '../../schema/domain.js';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { describeGraphStoreContract } from '../contract/graph-store.contract.js';
import { describeTimeContract } from '../contract/time.contract.js';

const uri = process.env.NEO4J_URI;
const SKIPPED = 'Neo4j leg skipped: NEO4J_URI not set';

if (!uri && process.env.AFTALEGRAF_REQUIRE_NEO4J === 'true') {
  // CI starts a real Neo4j; there a missing URI is a failure, never a skip.
  describe('Neo4j leg', () => {
    it('has a Neo4j server (AFTALEGRAF_REQUIRE_NEO4J is set)', () => {
      throw new Error('AFTALEGRAF_REQUIRE_NEO4J=true but NEO4J_URI is not set');
    });
  });
} else if (!uri) {
  process.stderr.write(`${SKIPPED}\n`);
  describe.skip(SKIPPED, () => {
    describeGraphStoreContract('neo4j', async () => {
      throw new Error(SKIPPED);
    });
    describeTimeContract('neo4j', async () => {
      throw new Error(SKIPPED);
    });
  });
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

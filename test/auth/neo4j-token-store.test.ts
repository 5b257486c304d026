/**
 * The TokenStore contract against a real Neo4j (the one in `NEO4J_URI`, or the one started for the
 * run); each run in its own partition, removed afterwards. Without a server it fails.
 */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll } from 'vitest';
import { describeMissingNeo4j } from '../support/test-stores.js';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { describeTokenStoreContract } from './token-store.contract.js';

const uri = process.env.NEO4J_URI;

if (!uri) {
  describeMissingNeo4j('Neo4j token store leg');
} else {
  const run = randomUUID().slice(0, 8);
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? '';
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const graphs: string[] = [];
  let counter = 0;

  afterAll(async () => {
    // Tokens sit outside the graph, so replaceAll does not remove them: clear the run's partitions here.
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    try {
      await driver.executeQuery(
        'MATCH (x) WHERE x.graph IN $graphs AND (x:ApiToken OR x:Node OR x:Document OR x:StatusObservation) DETACH DELETE x',
        { graphs },
        { database },
      );
    } finally {
      await driver.close();
    }
  });

  describeTokenStoreContract(`neo4j (${uri}, run ${run})`, async () => {
    const graph = `tokens-${run}-${counter++}`;
    graphs.push(graph);
    return {
      store: await Neo4jGraphStore.connect({ uri, user, password, database, graph }),
      prefix: `t${run}-`,
    };
  });
}

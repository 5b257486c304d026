/**
 * The TokenStore contract against a real Neo4j, when `NEO4J_URI` names one; each run in its own
 * partition, removed afterwards. Skipped by a name that says so without a server; failing when
 * `AFTALEGRAF_REQUIRE_NEO4J=true` (CI) and no server is given.
 */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll, describe, it } from 'vitest';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { describeTokenStoreContract } from './token-store.contract.js';

const uri = process.env.NEO4J_URI;
const SKIPPED = 'Neo4j token store leg skipped: NEO4J_URI not set';

if (!uri && process.env.AFTALEGRAF_REQUIRE_NEO4J === 'true') {
  describe('Neo4j token store leg', () => {
    it('has a Neo4j server (AFTALEGRAF_REQUIRE_NEO4J is set)', () => {
      throw new Error('AFTALEGRAF_REQUIRE_NEO4J=true but NEO4J_URI is not set');
    });
  });
} else if (!uri) {
  process.stderr.write(`${SKIPPED}\n`);
  describe.skip(SKIPPED, () => {
    describeTokenStoreContract('neo4j', async () => {
      throw new Error(SKIPPED);
    });
  });
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

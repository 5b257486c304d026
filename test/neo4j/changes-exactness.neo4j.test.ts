/**
 * `changes` exactness on the real seed against a real Neo4j, when `NEO4J_URI` names one (skipped
 * by a name that says so otherwise; a failure in CI, as the contract leg).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { describeChangesExactness } from '../time/changes-exactness.js';

const uri = process.env.NEO4J_URI;
const SKIPPED = 'Neo4j changes exactness skipped: NEO4J_URI not set';

if (!uri && process.env.AFTALEGRAF_REQUIRE_NEO4J === 'true') {
  describe('Neo4j changes exactness', () => {
    it('has a Neo4j server (AFTALEGRAF_REQUIRE_NEO4J is set)', () => {
      throw new Error('AFTALEGRAF_REQUIRE_NEO4J=true but NEO4J_URI is not set');
    });
  });
} else if (!uri) {
  process.stderr.write(`${SKIPPED}\n`);
  describe.skip(SKIPPED, () => {
    describeChangesExactness('neo4j', async () => {
      throw new Error(SKIPPED);
    });
  });
} else {
  const config = {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    graph: `exactness-${randomUUID().slice(0, 8)}`,
  };
  afterAll(async () => {
    const cleaner = await Neo4jGraphStore.connect(config);
    await cleaner.replaceAll({ format: 'aftalegraf-graph', version: 1, documents: [], nodes: [], edges: [] });
    await cleaner.close();
  });
  describeChangesExactness(`neo4j (${uri})`, () => Neo4jGraphStore.connect(config));
}

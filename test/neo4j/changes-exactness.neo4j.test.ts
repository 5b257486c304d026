/**
 * `changes` exactness on the real seed against a real Neo4j (the one in `NEO4J_URI`, or the one
 * started for the run); without a server it fails, as the contract leg.
 */
import { randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { describeMissingNeo4j } from '../support/test-stores.js';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { describeChangesExactness } from '../time/changes-exactness.js';

const uri = process.env.NEO4J_URI;

if (!uri) {
  describeMissingNeo4j('Neo4j changes exactness');
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

/**
 * `changes` exactness on the real seed against a real Neo4j (the one in `NEO4J_URI`, or the one
 * started for the run); without a server it fails, as the contract leg.
 */
import { afterAll } from 'vitest';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import {
  describeMissingNeo4j,
  dropNeo4jPartition,
  freshPartition,
  neo4jTestConfig,
} from '../support/test-stores.js';
import { describeChangesExactness } from '../time/changes-exactness.js';

const uri = process.env.NEO4J_URI;

if (!uri) {
  describeMissingNeo4j('Neo4j changes exactness');
} else {
  const config = neo4jTestConfig(freshPartition('exactness'));
  afterAll(() => dropNeo4jPartition(config.graph as string));
  describeChangesExactness(`neo4j (${uri})`, () => Neo4jGraphStore.connect(config));
}

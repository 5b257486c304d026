/**
 * A Neo4j database written before the store kept status spans (`server/store/status-spans.ts`)
 * gets them when a store connects, so `changes` answers as before. Against a real Neo4j (the one
 * in `NEO4J_URI`, or the one started for the run); without a server it fails, as the contract leg.
 */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-graph-store.js';
import { describeMissingNeo4j } from '../support/test-stores.js';
import { EXACTNESS_DATES } from '../time/changes-exactness.js';

const uri = process.env.NEO4J_URI;

/** Every status change between consecutive dates of the exactness test, in words. */
async function statusChanges(store: GraphStore): Promise<string[]> {
  const out: string[] = [];
  for (const [i, from] of EXACTNESS_DATES.slice(0, -1).entries()) {
    const to = EXACTNESS_DATES[i + 1] as string;
    const page = await store.changes({ from, to, filter: {} }, { offset: 0, limit: 1000 });
    for (const c of page.changes) {
      if (c.kind === 'STATUS_CHANGED')
        out.push(`${from}..${to} ${c.nodeId}: ${c.before?.code ?? '-'} -> ${c.after?.code}`);
    }
  }
  return out;
}

if (!uri) {
  describeMissingNeo4j('Neo4j status spans filled at connect');
} else {
  const config = {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    graph: `spans-${randomUUID().slice(0, 8)}`,
  };
  afterAll(async () => {
    const cleaner = await Neo4jGraphStore.connect(config);
    await cleaner.replaceAll({ format: 'aftalegraf-graph', version: 1, documents: [], nodes: [], edges: [] });
    await cleaner.close();
  });

  describe('Neo4j status spans', () => {
    it('a database written before spans were kept gets them at connect, and changes answers as before', async () => {
      const first = await Neo4jGraphStore.connect(config);
      await first.replaceAll(loadSeed());
      const expected = await statusChanges(first);
      expect(expected.length).toBeGreaterThan(10);

      // What an earlier version left: observations without span properties.
      const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password));
      try {
        await driver.executeQuery(
          'MATCH (o:StatusObservation {graph: $graph}) REMOVE o.runStart, o.currentUntil, o.prevRunStart, o.neverCurrent',
          { graph: config.graph },
          { database: config.database },
        );
      } finally {
        await driver.close();
      }
      expect(await statusChanges(first)).toStrictEqual([]);
      await first.close();

      const reconnected = await Neo4jGraphStore.connect(config);
      expect(await statusChanges(reconnected)).toStrictEqual(expected);
      await reconnected.close();
    }, 120_000);
  });
}

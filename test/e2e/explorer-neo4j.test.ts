/**
 * The explorer smoke (overview, deep link, search, impact) against a server backed by a real
 * Neo4j: the server seeds a fresh partition on start, as `NEO4J_URI=… npm start` seeds an empty
 * Neo4j, and the explorer must not tell the stores apart. The embedded store runs the same
 * smoke in `explorer.test.ts`. Neo4j is the one in `NEO4J_URI` or started for the run.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnStore } from '../support/test-stores.js';
import { startExplorerRig, type ExplorerRig } from './support/explorer-app.js';
import { describeExplorerSmoke } from './support/explorer-smoke.js';

describeOnStore('neo4j', 'explorer smoke', (kind) => {
  let rig: ExplorerRig;
  beforeAll(async () => {
    rig = await startExplorerRig({ store: kind });
  });
  afterAll(async () => {
    await rig?.close();
  });

  describeExplorerSmoke(() => rig, 'neo4j-');

  it('logged no console errors on any page, and the server logged none', () => {
    expect(rig.consoleErrors).toStrictEqual([]);
    expect(rig.serverErrors).toStrictEqual([]);
  });
});

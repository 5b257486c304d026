/**
 * A server process for `bench/stores.bench.ts`: the real app (`startApp`) on one store, loaded
 * with the real seed or a synthetic graph. Prints `LOADED <ms>` (the store's `replaceAll`, timed
 * here so the load generator's process does not share the loader's event loop) and `READY <url>`.
 *
 *   tsx bench/store-server.ts sqlite|neo4j seed|<synthetic nodes>
 *
 * Neo4j comes from NEO4J_URI / NEO4J_PASSWORD and AFTALEGRAF_NEO4J_GRAPH (the partition).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../schema/domain.js';
import { loadSeed } from '../seed/load-seed.js';
import { generateSyntheticGraph } from '../seed/synthetic.js';
import { startApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openStore } from '../server/store/open-store.js';

const [kind, what] = process.argv.slice(2);
if ((kind !== 'sqlite' && kind !== 'neo4j') || !what) {
  console.error('usage: tsx bench/store-server.ts sqlite|neo4j seed|<nodes>');
  process.exit(2);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-stores-bench-'));
const config = loadConfig({ ...process.env, AFTALEGRAF_DATA_DIR: dataDir, PORT: '0' });
const store = await openStore(kind === 'neo4j' ? config : { dataDir });
const doc: GraphDocument = what === 'seed' ? loadSeed() : generateSyntheticGraph(Number(what), 1);
const started = performance.now();
try {
  await store.replaceAll(doc);
} catch (error) {
  console.error(`load failed: ${error instanceof Error ? error.message : String(error)}`);
  await store.close();
  process.exit(1);
}
console.log(`LOADED ${(performance.now() - started).toFixed(0)}`);
const app = await startApp(
  { ...config, port: 0, seedOnStart: false },
  { store, logger: { info: () => {}, error: (message, error) => console.error(message, error) } },
);
console.log(`READY ${app.url}`);

process.on('SIGTERM', () => {
  app.close().then(
    () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});

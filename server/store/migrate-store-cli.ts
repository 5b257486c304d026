/**
 * `npm run migrate-store -- --from sqlite --to neo4j` (or back): copies the whole graph from one
 * store to the other and verifies the copy (both exports identical). The embedded store is the
 * file in AFTALEGRAF_DATA_DIR (or --from-data-dir / --to-data-dir); Neo4j comes from NEO4J_*.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import type { GraphStore } from './graph-store.js';
import { migrateStore } from './migrate-store.js';
import { openStore } from './open-store.js';

const USAGE =
  'Brug / usage: npm run migrate-store -- --from sqlite|neo4j --to sqlite|neo4j [--from-data-dir DIR] [--to-data-dir DIR]';

async function open(
  kind: string | undefined,
  dataDir: string | undefined,
  option: string,
): Promise<GraphStore> {
  const config = loadConfig(dataDir ? { ...process.env, AFTALEGRAF_DATA_DIR: dataDir } : process.env);
  if (kind === 'sqlite') return openStore({ dataDir: config.dataDir });
  if (kind === 'neo4j') {
    if (!config.neo4j)
      throw new Error(`${option} neo4j: NEO4J_URI og NEO4J_PASSWORD skal være sat / must be set`);
    return openStore({ dataDir: config.dataDir, neo4j: config.neo4j });
  }
  throw new Error(`${option}: skal være sqlite eller neo4j / must be sqlite or neo4j\n${USAGE}`);
}

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    'from-data-dir': { type: 'string' },
    'to-data-dir': { type: 'string' },
  },
});

try {
  if (values.from === values.to && values['from-data-dir'] === values['to-data-dir']) {
    throw new Error(`--from og --to er det samme lager / are the same store\n${USAGE}`);
  }
  const from = await open(values.from, values['from-data-dir'], '--from');
  const to = await open(values.to, values['to-data-dir'], '--to');
  try {
    const report = await migrateStore(from, to);
    console.log(
      `Kopieret og verificeret / copied and verified ${report.from} -> ${report.to}: ${report.counts.nodes} noder, ${report.counts.edges} relationer, ${report.counts.statusObservations} statusobservationer, ${report.counts.documents} dokumenter`,
    );
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/**
 * `npm run backup -- --to FILE`: a backup of the embedded store while the server runs (SQLite's
 * online backup API). `npm run backup -- --restore FILE`: puts a backup back as the store file
 * (stop the server first). The store file is the one in AFTALEGRAF_DATA_DIR, as the server uses.
 * With Neo4j, back up with Neo4j's own tools (`neo4j-admin database dump`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { EMBEDDED_FILE_NAME } from '../store/open-store.js';
import { backupStoreFile, restoreStoreFile } from '../store/sqlite/sqlite-backup.js';

const USAGE = 'Brug / usage: npm run backup -- --to FILE   |   npm run backup -- --restore FILE';

const { values } = parseArgs({ options: { to: { type: 'string' }, restore: { type: 'string' } } });

try {
  const config = loadConfig();
  if (config.neo4j) {
    throw new Error(
      'NEO4J_URI er sat: tag backup med neo4j-admin database dump / back up Neo4j with neo4j-admin database dump',
    );
  }
  const storeFile = path.join(config.dataDir, EMBEDDED_FILE_NAME);
  if (values.to && !values.restore) {
    const report = await backupStoreFile(storeFile, values.to);
    console.log(
      `Backup skrevet / written: ${report.file} (${report.pages} sider / pages) fra / from ${storeFile}`,
    );
  } else if (values.restore && !values.to) {
    const report = await restoreStoreFile(values.restore, storeFile);
    console.log(
      `Gendannet / restored ${storeFile} fra / from ${values.restore} (${report.pages} sider / pages)`,
    );
  } else {
    throw new Error(USAGE);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

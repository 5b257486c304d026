/**
 * `npm run migrate-store` round trip on the real seed, through the CLIs a user runs: embedded ->
 * Neo4j -> a fresh embedded store, then `npm run seed -- --export` from all three. The three JSON
 * exports must be byte-identical. The Neo4j side is its own partition, dropped afterwards.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { serializeGraphDocument } from '../../seed/formats/graph-json.js';
import { loadSeed } from '../../seed/load-seed.js';
import { EMBEDDED_FILE_NAME } from '../../server/store/open-store.js';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import {
  describeOnStore,
  dropNeo4jPartition,
  freshPartition,
  neo4jTestConfig,
} from '../support/test-stores.js';

const run = promisify(execFile);

describeOnStore('neo4j', 'npm run migrate-store round trip', () => {
  const graph = freshPartition('migrate');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-roundtrip-'));
  afterAll(async () => {
    await dropNeo4jPartition(graph);
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** The environment of a user's shell: Neo4j configured or not, and where the embedded file is. */
  function env(options: { neo4j: boolean; dataDir?: string }): NodeJS.ProcessEnv {
    const rest = { ...process.env };
    delete rest.NEO4J_URI;
    delete rest.AFTALEGRAF_NEO4J_GRAPH;
    const config = neo4jTestConfig(graph);
    return {
      ...rest,
      ...(options.neo4j
        ? {
            NEO4J_URI: config.uri,
            NEO4J_PASSWORD: config.password || 'unused-auth-is-off',
            AFTALEGRAF_NEO4J_GRAPH: graph,
          }
        : {}),
      ...(options.dataDir ? { AFTALEGRAF_DATA_DIR: options.dataDir } : {}),
    };
  }

  const cli = (script: string, args: string[], environment: NodeJS.ProcessEnv) =>
    run(process.execPath, ['--import', 'tsx', script, ...args], { env: environment });

  it('embedded -> Neo4j -> embedded gives byte-identical exports', async () => {
    const first = path.join(root, 'first');
    const second = path.join(root, 'second');
    const source = SqliteGraphStore.open(path.join(first, EMBEDDED_FILE_NAME));
    await source.replaceAll(loadSeed());
    await source.close();

    const there = await cli(
      'server/store/migrate-store-cli.ts',
      ['--from', 'sqlite', '--to', 'neo4j', '--from-data-dir', first],
      env({ neo4j: true }),
    );
    expect(there.stdout).toMatch(/copied and verified sqlite -> neo4j: 285 noder, 474 relationer/);
    const back = await cli(
      'server/store/migrate-store-cli.ts',
      ['--from', 'neo4j', '--to', 'sqlite', '--to-data-dir', second],
      env({ neo4j: true }),
    );
    expect(back.stdout).toMatch(/copied and verified neo4j -> sqlite: 285 noder, 474 relationer/);

    const exportFrom = async (name: string, environment: NodeJS.ProcessEnv): Promise<string> => {
      const file = path.join(root, `${name}.json`);
      await cli('seed/cli.ts', ['--export', file, '--format', 'json'], environment);
      return fs.readFileSync(file, 'utf8');
    };
    const original = await exportFrom('first', env({ neo4j: false, dataDir: first }));
    const viaNeo4j = await exportFrom('neo4j', env({ neo4j: true }));
    const returned = await exportFrom('second', env({ neo4j: false, dataDir: second }));
    expect(original).toBe(serializeGraphDocument(loadSeed()));
    expect(viaNeo4j).toBe(original);
    expect(returned).toBe(original);
  });
});

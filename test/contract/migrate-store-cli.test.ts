import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { contractFixture } from './contract-fixture.js';

const run = promisify(execFile);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-migrate-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run migrate-store', () => {
  it('copies the embedded store into another one and the exports are identical', async () => {
    const from = path.join(root, 'a');
    const to = path.join(root, 'b');
    const source = SqliteGraphStore.open(path.join(from, 'aftalegraf.sqlite'));
    await source.replaceAll(contractFixture('m-'));
    const expected = await source.exportGraph();
    await source.close();

    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'server/store/migrate-store-cli.ts',
      '--from',
      'sqlite',
      '--to',
      'sqlite',
      '--from-data-dir',
      from,
      '--to-data-dir',
      to,
    ]);
    expect(stdout).toMatch(/copied and verified sqlite -> sqlite: 11 noder, 10 relationer/);
    const target = SqliteGraphStore.open(path.join(to, 'aftalegraf.sqlite'));
    expect(await target.exportGraph()).toStrictEqual(expected);
    await target.close();
  });

  it('refuses an unknown store kind, naming the option', async () => {
    await expect(
      run(process.execPath, [
        '--import',
        'tsx',
        'server/store/migrate-store-cli.ts',
        '--from',
        'mysql',
        '--to',
        'sqlite',
      ]),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/--from: skal være sqlite eller neo4j/),
    });
  });
});

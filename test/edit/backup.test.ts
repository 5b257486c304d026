/**
 * `npm run backup` against a running server: the backup is taken while writes go on and is a
 * consistent store (a contiguous trail whose every entry's records are what the store holds);
 * with no writes in between it exports exactly what the live store exports; `--restore` puts
 * it back as the store file and the store then exports the same again.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeGraphDocument } from '../../seed/formats/graph-json.js';
import { EMBEDDED_FILE_NAME } from '../../server/store/open-store.js';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { contractFixture } from '../contract/contract-fixture.js';
import { startEditApp } from './edit-app.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function backupCli(dataDir: string, args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'server/backup/backup-cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, AFTALEGRAF_DATA_DIR: dataDir, NEO4J_URI: '' },
  });
}

describe('npm run backup (embedded store)', () => {
  it('backs up while writes continue, and restores to the same export', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-backup-'));
    dirs.push(dataDir);
    const storeFile = path.join(dataDir, EMBEDDED_FILE_NAME);
    const store = SqliteGraphStore.open(storeFile);
    await store.replaceAll(contractFixture(''));
    const t = await startEditApp(store);

    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        const response = await t.gql(
          `mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`,
          {
            input: {
              nodeId: 'ssg',
              code: 'STARTED',
              textDa: `udsagn ${written}`,
              date: '2024',
              kind: 'PLAN',
              documentId: 'doc-a',
            },
          },
        );
        expect(response.errors).toBeUndefined();
        written += 1;
      }
    })();
    const during = path.join(dataDir, 'during.sqlite');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const output = await backupCli(dataDir, ['--to', during]);
    writing = false;
    await writer;
    expect(output.stdout).toContain('Backup skrevet / written');
    const copy = SqliteGraphStore.open(during);
    const trail = await copy.auditSince(0, 100_000);
    expect(trail.map((entry) => entry.seq)).toStrictEqual(trail.map((_, i) => i + 1));
    expect(trail.length).toBeGreaterThan(0);
    const ssg = (await copy.getNodes(['ssg'])).get('ssg');
    expect(ssg?.statusHistory.length).toBe(trail.length);
    await copy.close();

    const quiet = path.join(dataDir, 'quiet.sqlite');
    await backupCli(dataDir, ['--to', quiet]);
    const live = serializeGraphDocument(await t.store.exportGraph());
    const backedUp = SqliteGraphStore.open(quiet);
    expect(serializeGraphDocument(await backedUp.exportGraph())).toBe(live);
    await backedUp.close();

    // More writes after the backup, then stop and restore: the writes after it are gone.
    expect(
      (
        await t.gql(
          `mutation { updateNode(input: { id: "cl-vest", expectedVersion: 1, note: "efter" }) { version } }`,
        )
      ).errors,
    ).toBeUndefined();
    await t.close();
    await backupCli(dataDir, ['--restore', quiet]);
    const restored = SqliteGraphStore.open(storeFile);
    expect(serializeGraphDocument(await restored.exportGraph())).toBe(live);
    await restored.close();
  });

  it('refuses to overwrite an existing backup file, and to restore from something that is not a store', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-backup-'));
    dirs.push(dataDir);
    const store = SqliteGraphStore.open(path.join(dataDir, EMBEDDED_FILE_NAME));
    await store.replaceAll(contractFixture(''));
    await store.close();
    const existing = path.join(dataDir, 'exists.sqlite');
    fs.writeFileSync(existing, 'x');
    await expect(backupCli(dataDir, ['--to', existing])).rejects.toMatchObject({
      stderr: expect.stringContaining('findes allerede / already exists'),
    });
    await expect(backupCli(dataDir, ['--restore', existing])).rejects.toMatchObject({
      stderr: expect.stringContaining('not an SQLite database'),
    });
    const emptyDatabase = path.join(dataDir, 'empty.sqlite');
    const other = new (await import('better-sqlite3')).default(emptyDatabase);
    other.exec('CREATE TABLE something_else (x TEXT)');
    other.close();
    await expect(backupCli(dataDir, ['--restore', emptyDatabase])).rejects.toMatchObject({
      stderr: expect.stringContaining('not an Aftalegraf store'),
    });
    // The store file is untouched by the refused restores.
    const after = SqliteGraphStore.open(path.join(dataDir, EMBEDDED_FILE_NAME));
    expect(await after.counts()).toStrictEqual({ documents: 1, nodes: 11, edges: 10, statusObservations: 8 });
    await after.close();
  });
});

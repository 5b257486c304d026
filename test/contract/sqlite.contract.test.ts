import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { contractFixture } from './contract-fixture.js';
import { describeGraphStoreContract } from './graph-store.contract.js';
import { describeTimeContract } from './time.contract.js';

const tempDirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-contract-'));
  tempDirs.push(dir);
  return path.join(dir, 'aftalegraf.sqlite');
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describeGraphStoreContract('sqlite (file)', async () => ({
  store: SqliteGraphStore.open(tempFile()),
  prefix: 'c-',
}));

describeTimeContract('sqlite (file)', async () => ({
  store: SqliteGraphStore.open(tempFile()),
  prefix: 't-',
}));

describe('SqliteGraphStore durability', () => {
  it('keeps the graph and later status writes across a reopen of the file', async () => {
    const file = tempFile();
    const fixture = contractFixture('d-');
    const first = SqliteGraphStore.open(file);
    await first.replaceAll(fixture);
    await first.addStatusObservation('d-ini-sub', {
      code: 'STARTED',
      textDa: 'Spor 1 er igangsat',
      date: '2025-02-01',
      kind: 'fact',
      documentId: 'd-doc-a',
    });
    const expected = await first.exportGraph();
    await first.close();

    const reopened = SqliteGraphStore.open(file);
    expect(await reopened.exportGraph()).toStrictEqual(expected);
    expect((await reopened.expand(['d-reform'], 'IN')).map((e) => e.source)).toStrictEqual(['d-reform-96t']);
    await reopened.close();
  });

  it('refuses a file written by a newer schema version instead of guessing', async () => {
    const file = tempFile();
    await SqliteGraphStore.open(file).close();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => SqliteGraphStore.open(file)).toThrow(/skemaversion 99/);
  });
});

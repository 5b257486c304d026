import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/store/sqlite/migrations.js';
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

  it('an older file gets its status spans from the observations it holds when opened (migration 6)', async () => {
    const file = tempFile();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(file);
    for (const migration of MIGRATIONS.slice(0, 5)) raw.exec(migration);
    raw.pragma('user_version = 5');
    raw.exec(`
      INSERT INTO documents VALUES ('doc', 'doc.md', 'Dokument', '2024-01-01', 'stated');
      INSERT INTO nodes (id, label, kind, name_da, name_en, aliases, props, sources)
        VALUES ('ini', 'Initiative', 'initiative', 'Indsats', NULL, '[]', '{}', '[]');
      INSERT INTO status_observations VALUES
        ('ini', 0, 'STARTED', 'Igangsat', '2022', '2022-01-01', 'fact', 'doc'),
        ('ini', 1, 'PAUSED', 'Sat i bero', '2023-05', '2023-05-01', 'fact', 'doc'),
        ('ini', 2, 'STARTED', 'Genoptaget', '2023-09-01', '2023-09-01', 'decision', 'doc');
    `);
    raw.close();

    const store = SqliteGraphStore.open(file);
    const codes = async (from: string, to: string) =>
      (await store.changes({ from, to, filter: {} }, { offset: 0, limit: 10 })).changes.map((c) => [
        c.kind,
        c.before?.code ?? null,
        c.after?.code ?? null,
      ]);
    expect(await codes('2021-01-01', '2022-06-01')).toStrictEqual([['STATUS_CHANGED', null, 'STARTED']]);
    expect(await codes('2022-06-01', '2023-06-01')).toStrictEqual([['STATUS_CHANGED', 'STARTED', 'PAUSED']]);
    // Paused and resumed inside the window: the status at both ends is the same, so no change.
    expect(await codes('2022-06-01', '2024-01-01')).toStrictEqual([]);
    await store.close();
  });
});

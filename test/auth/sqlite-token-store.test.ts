/** The TokenStore contract on the embedded store, and the migration that adds its table. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { describeTokenStoreContract } from './token-store.contract.js';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-tokens-'));
  dirs.push(dir);
  return path.join(dir, 'aftalegraf.sqlite');
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describeTokenStoreContract('sqlite (file)', async () => ({
  store: SqliteGraphStore.open(tempFile()),
  prefix: 't-',
}));

describe('SqliteTokenStore', () => {
  it('keeps tokens across a reopen of the file', async () => {
    const file = tempFile();
    const first = SqliteGraphStore.open(file);
    await first.tokens.createToken({
      id: 'tok_1',
      name: 'Intranet',
      role: 'viewer',
      createdAt: '2026-11-30T08:00:00.000Z',
      createdBy: 'cli',
      secretHash: 'a'.repeat(64),
    });
    await first.close();
    const reopened = SqliteGraphStore.open(file);
    expect(await reopened.tokens.listTokens()).toStrictEqual([
      {
        id: 'tok_1',
        name: 'Intranet',
        role: 'viewer',
        createdAt: '2026-11-30T08:00:00.000Z',
        createdBy: 'cli',
        lastUsedAt: null,
        revokedAt: null,
      },
    ]);
    await reopened.close();
  });
});

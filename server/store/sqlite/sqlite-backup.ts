/**
 * Backup and restore of the embedded store file with SQLite's online backup API: a backup is
 * taken page by page from a live file while the server keeps reading and writing (each step
 * sees a consistent database; pages a concurrent write changes are copied again), and a
 * restore checks the backup before it replaces the store file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../errors.js';
import { MIGRATIONS } from './migrations.js';

export interface BackupReport {
  file: string;
  pages: number;
}

/** Copies the live store file `from` to `to` (which must not exist) without stopping writers. */
export async function backupStoreFile(from: string, to: string): Promise<BackupReport> {
  if (!fs.existsSync(from)) throw new StoreUnavailableError('sqlite', `${from} findes ikke / does not exist`);
  if (fs.existsSync(to)) throw new StoreUnavailableError('sqlite', `${to} findes allerede / already exists`);
  fs.mkdirSync(path.dirname(path.resolve(to)), { recursive: true });
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 10000');
    const { totalPages } = await source.backup(to);
    checkBackup(to);
    return { file: to, pages: totalPages };
  } finally {
    source.close();
  }
}

/**
 * Replaces the store file `target` with the backup `from`. The app must not be running on
 * `target`. The backup is checked first (integrity, a schema this version knows), then copied
 * beside the target and renamed over it, so a failed restore leaves the old file in place.
 */
export async function restoreStoreFile(from: string, target: string): Promise<BackupReport> {
  checkBackup(from);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const staging = `${target}.restoring`;
  fs.rmSync(staging, { force: true });
  const source = new Database(from, { readonly: true, fileMustExist: true });
  let pages: number;
  try {
    pages = (await source.backup(staging)).totalPages;
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  return { file: target, pages };
}

/** Refuses anything that is not an intact Aftalegraf store of a schema this version knows. */
function checkBackup(file: string): void {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') {
    throw new StoreUnavailableError('sqlite', `${file}: ikke en SQLite-database / not an SQLite database`);
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new StoreUnavailableError(
        'sqlite',
        `${file}: integritetsfejl / integrity check: ${String(integrity)}`,
      );
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1) {
      throw new StoreUnavailableError(
        'sqlite',
        `${file}: ikke et Aftalegraf-lager / not an Aftalegraf store`,
      );
    }
    if (version > MIGRATIONS.length) {
      throw new StoreUnavailableError(
        'sqlite',
        `${file}: skemaversion ${version} er nyere end denne version / newer schema`,
      );
    }
  } finally {
    db.close();
  }
}

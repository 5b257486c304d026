import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../errors.js';
import { MIGRATIONS } from './migrations.js';

/** Brings the file up to the newest schema; refuses a file from a newer version. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new StoreUnavailableError(
      'sqlite',
      `databasefilen har skemaversion ${current}, denne version kender kun ${MIGRATIONS.length} / the file is from a newer version`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

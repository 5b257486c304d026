import Database from 'better-sqlite3';
import { StoreUnavailableError, ValidationError } from '../../errors.js';

/** Constraint failures on import are the data's fault: say which. Anything else is the store's. */
export function translateSqliteError(error: unknown): Error {
  if (error instanceof Database.SqliteError) {
    if (error.code.startsWith('SQLITE_CONSTRAINT')) {
      return new ValidationError(
        'graph',
        `dokumentet bryder en regel i lageret / violates a store constraint: ${error.message}`,
      );
    }
    return new StoreUnavailableError('sqlite', error.message, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Driver failures -> domain errors, in one place. Domain errors thrown inside a work function
 * pass through untouched; a constraint violation is a conflict; an unreachable or overloaded
 * server, a failed login or a transaction timeout make the store unavailable. Anything else is
 * a bug in a statement and is rethrown as it came, so it is masked at the API and logged whole.
 */
import neo4j from 'neo4j-driver';
import { ConflictError, NotFoundError, StoreUnavailableError, ValidationError } from '../../errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  // A transaction stopped while it waited for a lock (its timeout ran out): the store is busy.
  // Neo4j 4 classed this as transient, Neo4j 5 as a client error.
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.LockClientStopped',
]);

export function translateNeo4jError(error: unknown, uri: string, statementName?: string): Error {
  if (
    error instanceof NotFoundError ||
    error instanceof ValidationError ||
    error instanceof ConflictError ||
    error instanceof StoreUnavailableError
  ) {
    return error;
  }
  if (error instanceof neo4j.Neo4jError) {
    const code = error.code;
    const where = statementName ? ` (${statementName})` : '';
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError('graph', uri, `${error.message}${where}`);
    }
    if (
      UNAVAILABLE_CODES.has(code) ||
      code.startsWith('Neo.TransientError.') ||
      code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')
    ) {
      return new StoreUnavailableError('neo4j', `${uri}: ${error.message}${where}`, { cause: error });
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, StoreUnavailableError } from '../../server/errors.js';
import { statement } from '../../server/store/neo4j/cypher.js';
import { translateNeo4jError } from '../../server/store/neo4j/neo4j-errors.js';
import { Neo4jSession, type Neo4jStoreSettings } from '../../server/store/neo4j/neo4j-session.js';

const URI = 'bolt://neo4j:7687';
const driverError = (code: string, message = 'boom'): Error =>
  new neo4j.Neo4jError(message, code, '50N42', 'error');

describe('translateNeo4jError', () => {
  it('passes domain errors thrown inside a work function through untouched', () => {
    const error = new NotFoundError('Node', 'x');
    expect(translateNeo4jError(error, URI)).toBe(error);
  });

  it('makes a constraint violation a conflict', () => {
    expect(
      translateNeo4jError(
        driverError('Neo.ClientError.Schema.ConstraintValidationFailed', 'dup'),
        URI,
        'createNodes',
      ),
    ).toStrictEqual(new ConflictError('graph', URI, 'dup (createNodes)'));
  });

  it.each([
    'ServiceUnavailable',
    'SessionExpired',
    'Neo.ClientError.Security.Unauthorized',
    'Neo.TransientError.Transaction.DeadlockDetected',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    // Neo4j 5's name for a transaction stopped while it waited for a lock.
    'Neo.ClientError.Transaction.LockClientStopped',
  ])('makes %s a store outage naming the URI', (code) => {
    const translated = translateNeo4jError(driverError(code), URI);
    expect(translated).toStrictEqual(new StoreUnavailableError('neo4j', `${URI}: boom`));
    expect(translated.cause).toBeInstanceOf(neo4j.Neo4jError);
  });

  it('rethrows a statement bug as it came, to be masked and logged whole', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(translateNeo4jError(syntax, URI)).toBe(syntax);
  });
});

describe('Neo4jSession.rows', () => {
  const failingWith = (error: Error) =>
    ({ run: () => Promise.reject(error) }) as unknown as ManagedTransaction;
  const session = new Neo4jSession({} as Driver, { uri: URI } as Neo4jStoreSettings);
  const probe = statement('probe', 'RETURN 1 AS one', []);

  it('lets a retryable failure reach the driver untranslated, so executeWrite retries it', async () => {
    const deadlock = driverError('Neo.TransientError.Transaction.DeadlockDetected');
    await expect(session.rows(failingWith(deadlock), probe, {})).rejects.toBe(deadlock);
  });

  it('translates a failure the driver would not retry, naming the statement', async () => {
    const timedOut = driverError('Neo.ClientError.Transaction.LockClientStopped');
    await expect(session.rows(failingWith(timedOut), probe, {})).rejects.toStrictEqual(
      new StoreUnavailableError('neo4j', `${URI}: boom (probe)`),
    );
  });
});

import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, StoreUnavailableError } from '../../server/errors.js';
import { translateNeo4jError } from '../../server/store/neo4j/neo4j-errors.js';

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

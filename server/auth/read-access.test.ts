import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { ANONYMOUS, type Actor } from './actor.js';
import { assertMayRun } from './read-access.js';
import { signInHint } from './sign-in-hint.js';

function operation(source: string): OperationDefinitionNode {
  const [definition] = parse(source).definitions;
  if (definition?.kind !== 'OperationDefinition') throw new Error('not an operation');
  return definition;
}

const ROLELESS_USER: Actor = { kind: 'user', id: 'nina', name: 'Nina', role: undefined };

describe('assertMayRun (reading without sign-in turned off)', () => {
  it('lets an actor without a role ask only for me', () => {
    expect(() => assertMayRun(ANONYMOUS, operation('{ me { name } __typename }'), true)).not.toThrow();
  });

  it('refuses other queries, subscriptions and fragments at the root: UNAUTHENTICATED for anonymous', () => {
    for (const source of [
      '{ me { name } nodes { totalCount } }',
      'subscription { graphChanged { id } }',
      '{ ... on Query { me { name } } }',
    ]) {
      expect(() => assertMayRun(ANONYMOUS, operation(source), false)).toThrow(
        new UnauthenticatedError(signInHint(false)),
      );
    }
  });

  it('refuses a signed-in user without a role with FORBIDDEN', () => {
    expect(() => assertMayRun(ROLELESS_USER, operation('{ nodes { totalCount } }'), true)).toThrow(
      new ForbiddenError('viewer', undefined),
    );
  });

  it('leaves mutations to the auth checker and lets any role read', () => {
    expect(() =>
      assertMayRun(ANONYMOUS, operation('mutation { recordStatus(input: {}) { id } }'), true),
    ).not.toThrow();
    expect(() =>
      assertMayRun({ ...ANONYMOUS, role: 'viewer' }, operation('{ nodes { totalCount } }'), true),
    ).not.toThrow();
  });
});

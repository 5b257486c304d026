/**
 * Reading without sign-in (`AFTALEGRAF_PUBLIC_READ`). When it is off, an actor without a role
 * may run only the `me` query (so the explorer can offer "Log ind"); any other query or
 * subscription field is refused before it runs. Mutations are guarded field by field by the auth
 * checker. A subscription transport calls `assertMayRun` too (and `toAuthGraphQLError` on what it throws).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { ApiContext } from '../api/context.js';
import { requireRole } from './auth-checker.js';
import type { Actor } from './actor.js';
import { toAuthGraphQLError } from './auth-graphql-error.js';

/** Root fields anyone may ask for. */
const OPEN_ROOT_FIELDS: ReadonlySet<string> = new Set(['me', '__typename']);

/** Throws `UNAUTHENTICATED`/`FORBIDDEN` when `actor` may not run `operation`'s read fields. */
export function assertMayRun(
  actor: Actor,
  operation: OperationDefinitionNode,
  signInAvailable: boolean,
): void {
  if (operation.operation === 'mutation' || actor.role !== undefined) return;
  const closed = operation.selectionSet.selections.some(
    (selection) => selection.kind !== 'Field' || !OPEN_ROOT_FIELDS.has(selection.name.value),
  );
  if (closed) requireRole(actor, 'viewer', signInAvailable);
}

/** Applies `assertMayRun` to every GraphQL request over HTTP. */
export const readAccessPlugin: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (!operation) return;
        try {
          assertMayRun(contextValue.actor, operation, contextValue.signInAvailable);
        } catch (error) {
          // Status 200 keeps it a GraphQL answer that clients read as such.
          throw toAuthGraphQLError(error, 200);
        }
      },
    };
  },
};

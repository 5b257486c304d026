/**
 * An identity error raised outside a resolver (context creation, before execution, a WebSocket
 * subscribe) as a GraphQL error that carries its own code: `formatError` maps only errors that
 * arrive with a resolver path, so these must be complete already.
 */
import { GraphQLError } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

/** The GraphQL error for `error` if it is UNAUTHENTICATED or FORBIDDEN; anything else unchanged. */
export function toAuthGraphQLError(error: unknown, httpStatus: number): unknown {
  if (error instanceof UnauthenticatedError) {
    return new GraphQLError(error.message, {
      originalError: error,
      extensions: { code: 'UNAUTHENTICATED', http: { status: httpStatus } },
    });
  }
  if (error instanceof ForbiddenError) {
    return new GraphQLError(error.message, {
      originalError: error,
      extensions: {
        code: 'FORBIDDEN',
        requiredRole: error.required,
        role: error.actual ?? null,
        http: { status: httpStatus },
      },
    });
  }
  return error;
}

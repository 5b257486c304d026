/**
 * The one place domain errors become GraphQL errors with a typed `extensions.code`. Errors we
 * did not anticipate are logged with their stack and reach the client only as a masked message.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StoreUnavailableError,
  UnauthenticatedError,
  ValidationError,
} from '../errors.js';

export type ErrorLogger = (message: string, error: unknown) => void;

export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof ValidationError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: 'BAD_USER_INPUT', argument: original.field, reason: original.reason },
      };
    }
    if (original instanceof NotFoundError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: 'NOT_FOUND', entity: original.entity, id: original.id },
      };
    }
    if (original instanceof ConflictError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: 'CONFLICT',
          entity: original.entity,
          id: original.id,
          reason: original.reason,
          ...(original.current === undefined ? {} : { current: original.current }),
        },
      };
    }
    if (original instanceof UnauthenticatedError) {
      return { ...base, message: original.message, extensions: { code: 'UNAUTHENTICATED' } };
    }
    if (original instanceof ForbiddenError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: 'FORBIDDEN', requiredRole: original.required, role: original.actual ?? null },
      };
    }
    if (original instanceof StoreUnavailableError) {
      log('store unavailable', original);
      return {
        ...base,
        message: 'Datalageret er ikke tilgængeligt / the store is unavailable',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    // Shape and cost refusals are validation errors to Apollo, which stamps them
    // GRAPHQL_VALIDATION_FAILED; the client gets the code that says what was refused.
    if (formatted.extensions?.measure !== undefined) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
    }
    const code = formatted.extensions?.code;
    // graphql-js and Apollo's own request errors (parse, validation, argument coercion) are safe to show.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log('internal error', original);
    return {
      ...base,
      message: 'Intern fejl / internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * The one auth checker: type-graphql calls it for every field marked `@Authorized(role)`. The
 * roles listed are alternatives, and roles are ordered (viewer < editor < admin), so the lowest
 * listed one is what the field requires; `@Authorized()` alone requires any role.
 * No actor → `UNAUTHENTICATED` (sign in, or send a token); a role too low → `FORBIDDEN`.
 */
import type { AuthChecker } from 'type-graphql';
import type { ApiContext } from '../api/context.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { hasRole, ROLES, type Actor, type Role } from './actor.js';
import { signInHint } from './sign-in-hint.js';

export const authChecker: AuthChecker<ApiContext, Role> = ({ context }, roles) => {
  requireRole(context.actor, lowestRole(roles), context.signInAvailable);
  return true;
};

/** Throws unless `actor` holds `required` (or higher). */
export function requireRole(actor: Actor, required: Role, signInAvailable: boolean): void {
  if (hasRole(actor, required)) return;
  if (actor.kind === 'anonymous') throw new UnauthenticatedError(signInHint(signInAvailable));
  throw new ForbiddenError(required, actor.role);
}

function lowestRole(roles: readonly Role[]): Role {
  const indexes = roles.map((role) => ROLES.indexOf(role));
  return ROLES[indexes.length === 0 ? 0 : Math.min(...indexes)] ?? 'admin';
}

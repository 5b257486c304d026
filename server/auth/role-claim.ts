/** The role a signed-in user gets from their OpenID claims (`AFTALEGRAF_OIDC_ROLE_*`). */
import { ROLES, type Role } from './actor.js';

export interface RoleClaimRule {
  /** Claim name or dotted path, e.g. `roles` or `realm_access.roles`. */
  roleClaim: string;
  roleMap: ReadonlyMap<string, Role>;
  defaultRole: Role | undefined;
}

/**
 * The highest role any value of the claim maps to; the default role when the claim is absent or
 * maps to none. A claim may be a string or an array of strings (Entra ID app roles, Keycloak
 * realm roles); other values are ignored.
 */
export function roleFromClaims(claims: Record<string, unknown>, rule: RoleClaimRule): Role | undefined {
  let value: unknown = claims;
  for (const key of rule.roleClaim.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  let best = -1;
  for (const item of values) {
    const role = typeof item === 'string' ? rule.roleMap.get(item) : undefined;
    if (role !== undefined) best = Math.max(best, ROLES.indexOf(role));
  }
  return best >= 0 ? ROLES[best] : rule.defaultRole;
}

/** What to call a user: their name, else their user name or e-mail, else the subject. */
export function displayName(claims: Record<string, unknown>): string {
  for (const key of ['name', 'preferred_username', 'email']) {
    const value = claims[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return String(claims.sub);
}

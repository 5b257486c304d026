/**
 * Who is asking: a signed-in staff member, an integration's API token, the local desktop user
 * (no identity configured, loopback only), or nobody. Every mutation and admin query is checked
 * against the actor's role by one auth checker; audit entries record the actor.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
/** viewer < editor < admin: a higher role may do everything a lower one may. */
export type Role = (typeof ROLES)[number];

export type ActorKind = 'user' | 'token' | 'local' | 'anonymous';

export interface Actor {
  readonly kind: ActorKind;
  /** Stable id: the OpenID subject, the token id, `local`, or `anonymous`. */
  readonly id: string;
  /** Shown in the trail ("ændret af …"). */
  readonly name: string;
  /** Undefined: may not even read (reading without sign-in is off). */
  readonly role: Role | undefined;
}

export const ANONYMOUS: Actor = { kind: 'anonymous', id: 'anonymous', name: 'Anonym', role: undefined };

/** The desktop user of the quick start: no identity configured, server on loopback. */
export const LOCAL_ADMIN: Actor = { kind: 'local', id: 'local', name: 'Lokal bruger', role: 'admin' };

/** True when `actor` holds `required` or a higher role. */
export function hasRole(actor: Actor, required: Role): boolean {
  return actor.role !== undefined && ROLES.indexOf(actor.role) >= ROLES.indexOf(required);
}

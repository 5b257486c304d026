/** GraphQL enums for roles and kinds of actor, registered from `actor.ts` so they never drift. */
import { registerEnumType } from 'type-graphql';
import { ROLES, type ActorKind, type Role } from './actor.js';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), role])) as Record<
  Uppercase<Role>,
  Role
>;

export const ActorKindEnum: Record<Uppercase<ActorKind>, ActorKind> = {
  USER: 'user',
  TOKEN: 'token',
  LOCAL: 'local',
  ANONYMOUS: 'anonymous',
};

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'Rolle: læser < redaktør < administrator / role: viewer < editor < admin',
});
registerEnumType(ActorKindEnum, {
  name: 'ActorKind',
  description:
    'Medarbejder (log ind), API-token, lokal bruger (intet log ind sat op, kun loopback) eller anonym / signed-in user, API token, local user or anonymous',
});

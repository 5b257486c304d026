import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { hasRole, type Role } from '../auth/actor.js';
import { AuditResolver, EdgeVersionResolver, NodeAuditResolver } from '../edit/audit.resolver.js';
import { EditResolver } from '../edit/edit.resolver.js';
import type { ApiContext } from './context.js';
import { AgreementResolver } from './agreement.resolver.js';
import { EdgeResolver } from './edge.resolver.js';
import { ImpactResolver } from '../impact/impact.resolver.js';
import { NodeFieldsResolver } from './node-fields.resolver.js';
import { NODE_OBJECT_TYPES } from './node.type.js';
import { NodeResolver } from './node.resolver.js';
import { SourceDocumentResolver } from './source-document.resolver.js';

/** The resolvers that make up the API. New features add theirs here. */
export const RESOLVERS = [
  NodeResolver,
  NodeFieldsResolver,
  EdgeResolver,
  AgreementResolver,
  SourceDocumentResolver,
  ImpactResolver,
  EditResolver,
  AuditResolver,
  NodeAuditResolver,
  EdgeVersionResolver,
] as const;

/** The one auth checker: `@Authorized('editor')` passes for editors and admins. */
const authChecker: AuthChecker<ApiContext, Role> = ({ context }, roles) =>
  roles.every((role) => hasRole(context.actor, role));

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql's metadata is global). */
export function buildAftalegrafSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    orphanedTypes: [...NODE_OBJECT_TYPES],
    validate: false,
    authChecker,
    emitSchemaFile: false,
  });
  return built;
}

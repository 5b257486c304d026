import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiTokenResolver } from '../auth/api-token.resolver.js';
import { authChecker } from '../auth/auth-checker.js';
import { MeResolver } from '../auth/me.resolver.js';
import { AuditResolver, EdgeVersionResolver, NodeAuditResolver } from '../edit/audit.resolver.js';
import { EditResolver } from '../edit/edit.resolver.js';
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
  MeResolver,
  ApiTokenResolver,
  EditResolver,
  AuditResolver,
  NodeAuditResolver,
  EdgeVersionResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql's metadata is global). */
export function buildAftalegrafSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    orphanedTypes: [...NODE_OBJECT_TYPES],
    validate: false,
    // Every mutation and admin query carries @Authorized(role); see server/auth/auth-checker.ts.
    authChecker,
    emitSchemaFile: false,
  });
  return built;
}

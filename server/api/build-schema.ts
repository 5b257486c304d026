import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiTokenResolver } from '../auth/api-token.resolver.js';
import { authChecker } from '../auth/auth-checker.js';
import { MeResolver } from '../auth/me.resolver.js';
import {
  AuditResolver,
  ChangeRecordsResolver,
  EdgeVersionResolver,
  NodeAuditResolver,
} from '../edit/audit.resolver.js';
import { EditResolver } from '../edit/edit.resolver.js';
import { RecordedChangesResolver } from '../edit/recorded-changes.resolver.js';
import { AgreementResolver } from './agreement.resolver.js';
import { EdgeResolver } from './edge.resolver.js';
import { AffectedNodeResolver, ImpactResolver } from '../impact/impact.resolver.js';
import { NodeFieldsResolver } from './node-fields.resolver.js';
import { NODE_OBJECT_TYPES } from './node.type.js';
import { NodeResolver } from './node.resolver.js';
import { SourceDocumentResolver, StatusObservationResolver } from './source-document.resolver.js';
import { NodeFlagsResolver } from '../flags/flags.resolver.js';
import { GraphChangedResolver } from '../subscriptions/graph-changed.resolver.js';
import { ChangesResolver } from '../time/changes.resolver.js';
import { EdgeValidityResolver, NodeValidityResolver } from '../time/validity.resolver.js';

/** The resolvers that make up the API. New features add theirs here. */
export const RESOLVERS = [
  NodeResolver,
  NodeFieldsResolver,
  EdgeResolver,
  AgreementResolver,
  SourceDocumentResolver,
  StatusObservationResolver,
  ImpactResolver,
  AffectedNodeResolver,
  NodeValidityResolver,
  EdgeValidityResolver,
  ChangesResolver,
  NodeFlagsResolver,
  GraphChangedResolver,
  MeResolver,
  ApiTokenResolver,
  EditResolver,
  AuditResolver,
  NodeAuditResolver,
  ChangeRecordsResolver,
  RecordedChangesResolver,
  EdgeVersionResolver,
] as const;

/**
 * type-graphql wants a PubSub at build time, but the schema is built once per process and each
 * app has its own `GraphEvents` bus: `graphChanged` therefore subscribes to the bus in its
 * context (`subscribe` option), and this topic-based PubSub is never used.
 */
const TOPICS_UNUSED = {
  publish(): void {
    throw new Error('subscriptions listen on the app GraphEvents bus, not on topics');
  },
  subscribe(): AsyncIterable<never> {
    throw new Error('subscriptions listen on the app GraphEvents bus, not on topics');
  },
};

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
    pubSub: TOPICS_UNUSED,
  });
  return built;
}

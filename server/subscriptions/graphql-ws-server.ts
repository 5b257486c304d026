/**
 * GraphQL subscriptions over `graphql-ws`, on the app's HTTP server at `/graphql` (the same
 * port and path as queries: plain POSTs go to Apollo, WebSocket upgrades come here). Each
 * connection resolves its actor from the upgrade request with the same `Identity.resolveActor`
 * HTTP uses, each subscription passes the same read check (`assertMayRun`), and its context is
 * a request's context; errors go through the app's `formatError`.
 */
import type http from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  parse,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Actor } from '../auth/actor.js';
import { toAuthGraphQLError } from '../auth/auth-graphql-error.js';
import type { Identity } from '../auth/identity.js';
import { assertMayRun } from '../auth/read-access.js';
import { createContext } from '../api/context.js';
import type { GraphEvents } from '../events/graph-events.js';
import type { GraphStore } from '../store/graph-store.js';

/** The app's `formatError`, so errors over the socket read as they do over HTTP. */
export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface SubscriptionServer {
  close(): Promise<void>;
}

export function mountSubscriptions(
  httpServer: http.Server,
  schema: GraphQLSchema,
  store: GraphStore,
  events: GraphEvents,
  formatError: FormatError,
  identity: Identity,
): SubscriptionServer {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // One actor per connection, resolved once from its upgrade request.
  const actors = new WeakMap<http.IncomingMessage, Actor>();
  const actorOf = (request: http.IncomingMessage): Actor => {
    const actor = actors.get(request);
    if (!actor) throw new Error('subscription before its connection was accepted');
    return actor;
  };
  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          actors.set(ctx.extra.request, await identity.resolveActor(ctx.extra.request));
          return true;
        } catch {
          // A bad bearer token: refuse the connection (graphql-ws closes it with 4403).
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const operation = getOperationAST(parse(payload.query), payload.operationName);
        if (!operation) return undefined;
        try {
          assertMayRun(actorOf(ctx.extra.request), operation, identity.signInAvailable);
          return undefined;
        } catch (error) {
          const refused = toAuthGraphQLError(error, 200);
          return [refused instanceof GraphQLError ? refused : new GraphQLError(String(refused))];
        }
      },
      context: (ctx) => createContext(store, events, actorOf(ctx.extra.request), identity.signInAvailable),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wsServer,
  );
  return {
    async close() {
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

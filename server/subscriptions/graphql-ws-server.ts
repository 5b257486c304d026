/**
 * GraphQL subscriptions over `graphql-ws`, on the app's HTTP server at `/graphql` (the same
 * port and path as queries: plain POSTs go to Apollo, WebSocket upgrades come here). Each
 * connection gets the same context a request gets, built from the app's store and bus, and the
 * identity of its upgrade request; errors go through the app's `formatError`.
 */
import type http from 'node:http';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Actor } from '../auth/actor.js';
import { createContext } from '../api/context.js';
import type { GraphEvents } from '../events/graph-events.js';
import type { GraphStore } from '../store/graph-store.js';

/**
 * Who is on the other end of a WebSocket: the one place the upgrade request is turned into an
 * actor. HTTP resolves no actor yet either (reading is open, as it is over HTTP); when
 * `server/auth`'s `resolveActor(request)` lands, call it here so a subscription has the same
 * identity and roles as a query.
 */
export function resolveSubscriptionActor(_request: http.IncomingMessage): Actor | undefined {
  return undefined;
}

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
): SubscriptionServer {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const server = useServer(
    {
      schema,
      context: (ctx) => ({
        ...createContext(store, events),
        actor: resolveSubscriptionActor(ctx.extra.request),
      }),
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

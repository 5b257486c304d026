/**
 * GraphQL subscriptions over `graphql-ws`, on the app's HTTP server at `/graphql` (the same
 * port and path as queries: plain POSTs go to Apollo, WebSocket upgrades come here). Each
 * connection gets the same context a request gets, built from the app's store and bus, and the
 * identity of its upgrade request.
 */
import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
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

export interface SubscriptionServer {
  close(): Promise<void>;
}

export function mountSubscriptions(
  httpServer: http.Server,
  schema: GraphQLSchema,
  store: GraphStore,
  events: GraphEvents,
): SubscriptionServer {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const server = useServer(
    {
      schema,
      context: (ctx) => ({
        ...createContext(store, events),
        actor: resolveSubscriptionActor(ctx.extra.request),
      }),
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

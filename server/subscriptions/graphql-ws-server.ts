/**
 * GraphQL subscriptions over `graphql-ws`, on the app's HTTP server at `/graphql` (the same
 * port and path as queries: plain POSTs go to Apollo, WebSocket upgrades come here). Each
 * connection resolves its actor from the upgrade request with the same `Identity.resolveActor`
 * HTTP uses; each subscription passes the checks a query meets over HTTP (token limit, the
 * shape rules, the read check `assertMayRun`, argument bounds and the cost budget), and its
 * context is a request's context; errors go through the app's `formatError`. The socket carries
 * subscriptions only: queries and mutations go over HTTP, where the rate limits count them.
 */
import type http from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Actor } from '../auth/actor.js';
import { toAuthGraphQLError } from '../auth/auth-graphql-error.js';
import type { Identity } from '../auth/identity.js';
import { assertMayRun } from '../auth/read-access.js';
import { createContext } from '../api/context.js';
import { BODY_BYTES, QUERY, SUBSCRIPTIONS_PER_CONNECTION } from '../api/limits.js';
import { judge, type GraphSize } from '../api/query-guard.plugin.js';
import { QUERY_SHAPE_RULES } from '../api/query-shape.js';
import type { GraphEvents } from '../events/graph-events.js';
import type { GraphStore } from '../store/graph-store.js';

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
  graphSize: GraphSize,
): SubscriptionServer {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: BODY_BYTES });
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
      onSubscribe: async (ctx, _id, payload) => {
        const actor = actorOf(ctx.extra.request);
        if (Object.keys(ctx.subscriptions).length > SUBSCRIPTIONS_PER_CONNECTION) {
          return [tooManySubscriptions()];
        }
        const checked = checkDocument(schema, payload);
        if (Array.isArray(checked)) return checked;
        const { document, operation } = checked;
        try {
          assertMayRun(actor, operation, identity.signInAvailable);
        } catch (error) {
          const refused = toAuthGraphQLError(error, 200);
          return [refused instanceof GraphQLError ? refused : new GraphQLError(String(refused))];
        }
        const verdict = judge(schema, document, operation, payload.variables ?? {}, await graphSize.nodes());
        if (verdict instanceof GraphQLError) return [verdict];
        // A verdict of `undefined` (variables that do not coerce) is refused by `subscribe` itself, in its words.
        const args: ExecutionArgs = {
          schema,
          document,
          variableValues: payload.variables ?? {},
          contextValue: createContext(store, events, actor, identity.signInAvailable),
          ...(payload.operationName ? { operationName: payload.operationName } : {}),
        };
        return args;
      },
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

/**
 * Parsed within the token limit and valid under graphql-js's rules and the shape rules, with one
 * subscription operation; otherwise the errors to send.
 */
function checkDocument(
  schema: GraphQLSchema,
  payload: SubscribePayload,
): { document: DocumentNode; operation: NonNullable<ReturnType<typeof getOperationAST>> } | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: QUERY.maxTokens });
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }
  const invalid = validate(schema, document, [...specifiedRules, ...QUERY_SHAPE_RULES]);
  if (invalid.length > 0) return [...invalid];
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [new GraphQLError('Kan ikke finde operationen / unable to identify the operation')];
  if (operation.operation !== 'subscription') {
    return [
      new GraphQLError(
        'Forbindelsen bærer kun abonnementer; send forespørgsler og mutationer med HTTP POST / this socket carries subscriptions only; send queries and mutations by HTTP POST',
        { extensions: { code: 'BAD_REQUEST' } },
      ),
    ];
  }
  return { document, operation };
}

function tooManySubscriptions(): GraphQLError {
  return new GraphQLError(
    `Højst ${SUBSCRIPTIONS_PER_CONNECTION} åbne abonnementer pr. forbindelse / at most ${SUBSCRIPTIONS_PER_CONNECTION} open subscriptions per connection`,
    { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: SUBSCRIPTIONS_PER_CONNECTION } },
  );
}

/**
 * The application: GraphQL API at `/graphql`, health at `/healthz`, the built explorer at `/`,
 * on one port. `startApp` is what `main.ts`, the HTTP tests, the e2e tests and the benchmarks
 * all use, so they exercise the same server a user runs.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildAftalegrafSchema } from './api/build-schema.js';
import { createContext, type ApiContext } from './api/context.js';
import { QUERY } from './api/limits.js';
import { DEFAULT_RATE_LIMITS, GraphSize, queryGuardPlugin } from './api/query-guard.plugin.js';
import { QUERY_SHAPE_RULES } from './api/query-shape.js';
import { responseCachePlugin, serveCachedAnswers, type ResponseCache } from './api/response-cache.plugin.js';
import type { Actor } from './auth/actor.js';
import { createFormatError } from './api/format-error.js';
import { toAuthGraphQLError } from './auth/auth-graphql-error.js';
import { mountAuth } from './auth/auth-routes.js';
import { Identity } from './auth/identity.js';
import { readAccessPlugin } from './auth/read-access.js';
import { GraphEvents } from './events/graph-events.js';
import { watchForeignWrites, type ForeignWriteWatcher } from './edit/foreign-writes.js';
import type { AppConfig } from './config.js';
import { ConfigError } from './errors.js';
import { graphqlLandingPage } from './http/graphql-landing-page.js';
import { graphqlBody, protocolErrorHandler } from './http/protocol-errors.js';
import { corsForConfiguredOrigins, securityHeaders } from './http/security-headers.js';
import type { GraphDocument } from '../schema/domain.js';
import type { GraphStore, ImportSummary } from './store/graph-store.js';
import { openStore } from './store/open-store.js';
import { mountSubscriptions } from './subscriptions/graphql-ws-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLIENT_DIST = path.join(ROOT, 'client', 'dist');

export interface RunningApp {
  url: string;
  store: GraphStore;
  /** Every committed write is published here (subscriptions, caches, indexes listen). */
  events: GraphEvents;
  /** Follows writes other processes make on the same store. */
  foreignWrites: ForeignWriteWatcher;
  /** Who is asking, per request: the WebSocket transport calls `identity.resolveActor` too. */
  identity: Identity;
  /** What first start seeded, if the store was empty. */
  seeded: ImportSummary | undefined;
  /** Whole answers to repeated reads, emptied by every write. */
  responseCache: ResponseCache;
  close(): Promise<void>;
}

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error),
};

export async function startApp(
  config: AppConfig,
  options: {
    store?: GraphStore;
    /** The graph an empty store is seeded with when `config.seedOnStart` is set. */
    seed?: () => GraphDocument;
    logger?: Logger;
    clientDist?: string;
    /**
     * For `npm run bench:api` only, which prints what each costs: `protections` drops the query
     * guard (bounds, cost, rate limits), the shape rules and the security headers;
     * `responseCache` drops the response cache. Never set in the product.
     */
    without?: ReadonlyArray<'protections' | 'responseCache'>;
    /** How often other processes' writes are looked for (ms). */
    foreignWritePollMs?: number;
  } = {},
): Promise<RunningApp> {
  const logger = options.logger ?? consoleLogger;
  const store = options.store ?? (await openStore(config));
  const seeded = config.seedOnStart && options.seed ? await seedIfEmpty(store, options.seed) : undefined;
  const events = new GraphEvents();
  // Writes by another process or instance on the same store reach this app's bus too.
  const foreignWrites = await watchForeignWrites(store, events, {
    intervalMs: options.foreignWritePollMs ?? 500,
    onError: (error) => logger.error('[foreign-writes] poll failed', error),
  });
  const identity = new Identity(config, store.tokens);

  const app = express();
  const httpServer = http.createServer(app);
  const schema = await buildAftalegrafSchema();
  const formatError = createFormatError((message, error) => logger.error(`[graphql] ${message}`, error));
  const graphSize = new GraphSize(store, events);
  const subscriptions = mountSubscriptions(
    httpServer,
    schema,
    store,
    events,
    formatError,
    identity,
    graphSize,
  );
  const production = config.production ?? false;
  const protections = !options.without?.includes('protections');
  // Off unless configured: another process's write reaches this cache only when the foreign-write
  // poll publishes it, so a shared store would be served stale answers until then.
  const caching = config.responseCache === true && !options.without?.includes('responseCache');
  const guard = queryGuardPlugin(config.rateLimits ?? DEFAULT_RATE_LIMITS, graphSize);
  const responseCache = responseCachePlugin(events);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    validationRules: protections ? [...QUERY_SHAPE_RULES] : [],
    parseOptions: protections ? { maxTokens: QUERY.maxTokens } : {},
    introspection: config.introspection ?? !production,
    // "Did you mean …?" names fields a client did not ask for: off wherever introspection is.
    hideSchemaDetailsFromClientErrors: !(config.introspection ?? !production),
    includeStacktraceInErrorResponses: false,
    // main.ts drains and closes on SIGTERM/SIGINT; Apollo's own handler would exit before the store closes.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Cache control is on by default and hooks every field resolution; we set no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing pages load Apollo Sandbox from a CDN; ours (graphql-landing-page.ts) loads nothing.
      ApolloServerPluginLandingPageDisabled(),
      // Who may read, before anything is priced or counted.
      readAccessPlugin,
      ...(protections ? [guard] : []),
      ...(caching ? [responseCache] : []),
    ],
  });
  await apollo.start();

  // Step 1: plain HTTP hygiene. No framework banner; no ETags (GraphQL answers are POST responses
  // nobody revalidates: hashing every body is waste).
  app.disable('x-powered-by');
  app.set('etag', false);
  // Behind a reverse proxy, the client is who the trusted proxies say (`req.ip`); see config.ts.
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  // Step 2: security headers on every answer (CSP, frame-ancestors, nosniff, Referrer-Policy).
  // Signing out posts a form that continues at the OpenID provider.
  const issuer = config.identity?.oidc?.issuer;
  if (protections) app.use(securityHeaders(issuer ? [issuer.origin] : []));
  // Step 3: health, answered before anything heavier.
  app.get('/healthz', async (_req, res) => {
    try {
      res.json({ status: 'ok', store: store.name, version: store.version, ...(await store.counts()) });
    } catch (error) {
      logger.error('[healthz] store check failed', error);
      res.status(503).json({ status: 'unavailable', store: store.name, version: store.version });
    }
  });
  // Step 4: sign-in and tokens (server/auth).
  mountAuth(app, identity, config.host, logger);
  // Step 5: the GraphQL endpoint: CORS for configured origins, our landing page for browsers,
  // the capped JSON body, answers from the response cache (keyed by credentials), then Apollo
  // (read access, bounds, cost and rate limits in its plugins).
  app.use(
    '/graphql',
    corsForConfiguredOrigins(config.corsOrigins ?? []),
    graphqlLandingPage(),
    ...graphqlBody(),
    ...(caching ? [serveCachedAnswers(responseCache.cache)] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          store,
          events,
          await requestActor(identity, req),
          identity.signInAvailable,
          req.ip ?? req.socket.remoteAddress ?? 'unknown',
        ),
    }),
  );
  // Step 6: the explorer.
  serveExplorer(app, options.clientDist ?? CLIENT_DIST, production);
  // Step 7: whatever failed above is answered as JSON, never as an HTML stack trace.
  app.use(protocolErrorHandler(logger));

  try {
    await listen(httpServer, config);
  } catch (error) {
    await apollo.stop();
    if (!options.store) await store.close();
    throw error;
  }
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    store,
    events,
    foreignWrites,
    identity,
    seeded,
    responseCache: responseCache.cache,
    close: async () => {
      // Stops watching for other processes' writes, stops accepting connections and waits for
      // requests in flight (the drain plugin), then closes the store, which checkpoints an
      // embedded store's write-ahead log.
      await subscriptions.close();
      await foreignWrites.stop();
      await apollo.stop();
      await store.close();
    },
  };
}

/** Listens, or fails with one line naming the variable: a taken port, an address not ours. */
async function listen(httpServer: http.Server, config: Pick<AppConfig, 'port' | 'host'>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(listenError(error, config));
    httpServer.once('error', onError);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', onError);
      resolve();
    });
  });
}

function listenError(error: NodeJS.ErrnoException, config: Pick<AppConfig, 'port' | 'host'>): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ConfigError([`PORT: ${config.port} er optaget / is already in use (EADDRINUSE)`]);
    case 'EACCES':
      return new ConfigError([`PORT: ${config.port} kræver rettigheder / needs privileges (EACCES)`]);
    case 'EADDRNOTAVAIL':
      return new ConfigError([
        `HOST: '${config.host}' er ikke en adresse på denne maskine / is not an address of this machine (EADDRNOTAVAIL)`,
      ]);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ConfigError([
        `HOST: '${config.host}' kan ikke slås op / cannot be resolved (${error.code})`,
      ]);
    default:
      return error;
  }
}

/**
 * The request's actor for the GraphQL context. A bad bearer token becomes an UNAUTHENTICATED
 * GraphQL error with HTTP 401, before anything runs.
 */
async function requestActor(identity: Identity, req: express.Request): Promise<Actor> {
  try {
    return await identity.resolveActor(req);
  } catch (error) {
    throw toAuthGraphQLError(error, 401);
  }
}

/** First start: an empty store gets the seed, so the product never starts empty. */
async function seedIfEmpty(store: GraphStore, seed: () => GraphDocument): Promise<ImportSummary | undefined> {
  const { nodes } = await store.counts();
  return nodes > 0 ? undefined : store.replaceAll(seed());
}

/** The built explorer with history-API fallback, or a page that says how to build it. */
function serveExplorer(app: express.Express, dist: string, production: boolean): void {
  const index = path.join(dist, 'index.html');
  // The build writes source maps beside the bundles for local debugging; production never serves them.
  if (production) app.get(/\.map$/, (_req, res) => void res.status(404).type('text/plain').send('Not found'));
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get('/{*path}', (_req, res) => {
    if (fs.existsSync(index)) {
      res.set('Cache-Control', 'no-cache').sendFile(index);
      return;
    }
    res
      .status(503)
      .type('html')
      .send(
        '<!doctype html><html lang="da"><meta charset="utf-8"><title>Aftalegraf</title>' +
          '<h1>Explorer er ikke bygget</h1><p>Kør <code>npm run build</code> (eller <code>npm start</code>, som bygger først). ' +
          'API’et kører på <a href="/graphql">/graphql</a>.</p>' +
          '<p lang="en">The explorer is not built: run <code>npm run build</code>. The API is at /graphql.</p></html>',
      );
  });
}

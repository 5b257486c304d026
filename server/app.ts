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
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildAftalegrafSchema } from './api/build-schema.js';
import { createContext, type ApiContext } from './api/context.js';
import type { Actor } from './auth/actor.js';
import { depthLimit } from './api/depth-limit.js';
import { createFormatError } from './api/format-error.js';
import { toAuthGraphQLError } from './auth/auth-graphql-error.js';
import { mountAuth } from './auth/auth-routes.js';
import { Identity } from './auth/identity.js';
import { readAccessPlugin } from './auth/read-access.js';
import { GraphEvents } from './events/graph-events.js';
import { watchForeignWrites, type ForeignWriteWatcher } from './edit/foreign-writes.js';
import type { AppConfig } from './config.js';
import type { GraphDocument } from '../schema/domain.js';
import type { GraphStore, ImportSummary } from './store/graph-store.js';
import { openStore } from './store/open-store.js';

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
  app.disable('x-powered-by');
  // GraphQL answers are POST responses nobody revalidates: hashing every body for an ETag is waste.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildAftalegrafSchema(),
    formatError: createFormatError((message, error) => logger.error(`[graphql] ${message}`, error)),
    validationRules: [depthLimit(12)],
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Cache control is on by default and hooks every field resolution; we set no cache hints.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      readAccessPlugin,
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      res.json({ status: 'ok', store: store.name, ...(await store.counts()) });
    } catch (error) {
      logger.error('[healthz] store check failed', error);
      res.status(503).json({ status: 'unavailable', store: store.name });
    }
  });
  mountAuth(app, identity, config.host, logger);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(store, events, await requestActor(identity, req), identity.signInAvailable),
    }),
  );
  serveExplorer(app, options.clientDist ?? CLIENT_DIST);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    store,
    events,
    foreignWrites,
    identity,
    seeded,
    close: async () => {
      await foreignWrites.stop();
      await apollo.stop();
      await store.close();
    },
  };
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
function serveExplorer(app: express.Express, dist: string): void {
  const index = path.join(dist, 'index.html');
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

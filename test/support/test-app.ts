/**
 * Starts the real app on an ephemeral port over a fresh store (a temp SQLite file, or a fresh
 * partition of the test Neo4j: see `test-stores.ts`), for tests that speak HTTP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../../schema/domain.js';
import { startApp, type Logger, type RunningApp } from '../../server/app.js';
import type { AppConfig } from '../../server/config.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { openTestStore, type StoreKind } from './test-stores.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  app: RunningApp;
  store: GraphStore;
  /** The messages the app logged as errors, and beside each the error it logged. */
  logged: string[];
  loggedErrors: unknown[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Settings for the app a test starts, beyond the test defaults. */
export interface TestAppOptions {
  clientDist?: string;
  /** Settings beyond the test defaults: production mode, CORS origins, rate limits. */
  config?: Partial<AppConfig>;
  /** Server parts left out, e.g. the query limits for a test that compares whole-graph answers. */
  without?: ReadonlyArray<'protections' | 'responseCache'>;
}

export async function startTestApp(
  doc: GraphDocument,
  options: TestAppOptions & {
    store?: StoreKind;
    wrapStore?: (store: GraphStore) => GraphStore;
  } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-test-'));
  const { store: inner, dropData } = await openTestStore(options.store ?? 'sqlite', dataDir, 'api');
  await inner.replaceAll(doc);
  const store = options.wrapStore ? options.wrapStore(inner) : inner;
  return serveTestStore(store, dataDir, options, async () => {
    await dropData();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
}

/**
 * Serves an open store on an ephemeral port, keeping the errors it logs, with a GraphQL client
 * for it; `cleanUp` runs once the app has closed.
 */
export async function serveTestStore(
  store: GraphStore,
  dataDir: string,
  options: TestAppOptions,
  cleanUp: () => Promise<void>,
): Promise<TestApp> {
  const logged: string[] = [];
  const loggedErrors: unknown[] = [];
  const logger: Logger = {
    info: () => {},
    error: (message, error) => {
      logged.push(message);
      loggedErrors.push(error);
    },
  };
  const app = await startApp(
    { port: 0, host: '127.0.0.1', dataDir, seedOnStart: false, ...options.config },
    {
      store,
      logger,
      ...(options.clientDist ? { clientDist: options.clientDist } : {}),
      ...(options.without ? { without: options.without } : {}),
    },
  );
  return {
    url: app.url,
    app,
    store,
    logged,
    loggedErrors,
    async gql(query, variables) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      await app.close();
      await cleanUp();
    },
  };
}

/** Wraps a store so a test can count the round trips a query makes. */
export function countingStore(store: GraphStore, calls: Map<string, number>): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

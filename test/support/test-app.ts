/**
 * Starts the real app on an ephemeral port over a fresh store (a temp SQLite file, or a fresh
 * partition of the test Neo4j: see `test-stores.ts`), for tests that speak HTTP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../../schema/domain.js';
import { startApp, type Logger } from '../../server/app.js';
import type { AppConfig } from '../../server/config.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { openTestStore, type StoreKind } from './test-stores.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  store: GraphStore;
  logged: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestApp(
  doc: GraphDocument,
  options: {
    store?: StoreKind;
    wrapStore?: (store: GraphStore) => GraphStore;
    clientDist?: string;
    /** Settings beyond the test defaults: production mode, CORS origins, rate limits. */
    config?: Partial<AppConfig>;
  } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-test-'));
  const { store: inner, dropData } = await openTestStore(options.store ?? 'sqlite', dataDir, 'api');
  await inner.replaceAll(doc);
  const store = options.wrapStore ? options.wrapStore(inner) : inner;
  const logged: string[] = [];
  const logger: Logger = { info: () => {}, error: (message) => logged.push(message) };
  const app = await startApp(
    { port: 0, host: '127.0.0.1', dataDir, seedOnStart: false, ...options.config },
    { store, logger, ...(options.clientDist ? { clientDist: options.clientDist } : {}) },
  );
  return {
    url: app.url,
    store,
    logged,
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
      await dropData();
      fs.rmSync(dataDir, { recursive: true, force: true });
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

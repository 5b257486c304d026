/**
 * Whole answers to repeated reads, kept until the data changes: the explorer and integrators ask
 * the same few queries over and over, and the data changes only through writes, each of which
 * publishes on the `GraphEvents` bus. A cached answer belongs to the data version it was
 * computed at; any write moves the version and empties the cache, and an answer computed while
 * a write landed is not kept. Keyed by query text, operation name, variables and the caller's
 * credentials, so what one caller may see is never served to another. Hits are answered by
 * `serveCachedAnswers` in front of Apollo; misses are stored by the plugin after execution.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import type { GraphEvents } from '../events/graph-events.js';
import type { ApiContext } from './context.js';
import { estimatedCostOf } from './query-guard.plugin.js';

/**
 * Sizes are measured in estimated query cost (`query-cost.ts`), an upper bound on the fields an
 * answer holds, so the cache never serialises an answer just to weigh it. At a few dozen bytes
 * per field, the defaults keep at most some tens of megabytes.
 */
export interface ResponseCacheOptions {
  /** Cost of all kept answers together; least recently used answers go first. */
  maxTotalCost: number;
  /** An answer costlier than this is not kept (it is rare, and large). */
  maxEntryCost: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = {
  maxTotalCost: 2_000_000,
  maxEntryCost: 100_000,
};

interface Entry {
  /** The answer as sent: serialised once, when it is stored. */
  body: string;
  cost: number;
}

/** One key for one question from one caller (credentials included: answers may depend on them). */
export function cacheKey(
  query: unknown,
  operationName: unknown,
  variables: unknown,
  authorization: string | undefined,
  cookie: string | undefined,
): string {
  return JSON.stringify([
    query,
    operationName ?? null,
    variables ?? null,
    authorization ?? null,
    cookie ?? null,
  ]);
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private totalCost = 0;
  /** Moves on every write; answers computed under an older version are not stored. */
  version = 0;

  constructor(private readonly options: ResponseCacheOptions) {}

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Refresh recency: Map keeps insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  set(key: string, result: FormattedExecutionResult, cost: number, version: number): void {
    if (version !== this.version || cost > this.options.maxEntryCost) return;
    const replaced = this.entries.get(key);
    if (replaced) {
      this.entries.delete(key);
      this.totalCost -= replaced.cost;
    }
    this.entries.set(key, { body: JSON.stringify(result), cost });
    this.totalCost += cost;
    for (const [oldest, entry] of this.entries) {
      if (this.totalCost <= this.options.maxTotalCost) break;
      this.entries.delete(oldest);
      this.totalCost -= entry.cost;
    }
  }

  /** Answers kept now. */
  get size(): number {
    return this.entries.size;
  }

  invalidate(): void {
    this.version += 1;
    this.entries.clear();
    this.totalCost = 0;
  }
}

export function responseCachePlugin(
  events: GraphEvents,
  options: ResponseCacheOptions = DEFAULT_RESPONSE_CACHE,
): ApolloServerPlugin<ApiContext> & { cache: ResponseCache } {
  const cache = new ResponseCache(options);
  events.subscribe(() => cache.invalidate());
  return {
    cache,
    async requestDidStart({ request }) {
      // The version when the question arrived: an answer computed while a write landed is not kept.
      const version = cache.version;
      return {
        async willSendResponse({ response, operation, contextValue }) {
          // Writes publish on the bus; this also covers a mutation that failed half-way.
          if (operation?.operation === 'mutation') cache.invalidate();
          const cost = estimatedCostOf(contextValue);
          if (operation?.operation !== 'query' || cost === undefined || response.body.kind !== 'single')
            return;
          const result = response.body.singleResult;
          if (result.errors !== undefined || response.http.status !== undefined) return;
          const headers = request.http?.headers;
          const key = cacheKey(
            request.query,
            request.operationName,
            request.variables,
            headers?.get('authorization'),
            headers?.get('cookie'),
          );
          cache.set(key, result as FormattedExecutionResult, cost, version);
        },
      };
    },
  };
}

/**
 * Answers a repeated question from the cache before Apollo parses it: a hit costs a key and a
 * write. The checks ran when the answer was computed; a cached answer costs nothing to give
 * again, so it is not counted against rate limits.
 */
export function serveCachedAnswers(cache: ResponseCache): RequestHandler {
  return (request, response, next) => {
    const body = request.body as
      { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    if (request.method !== 'POST' || typeof body?.query !== 'string') {
      next();
      return;
    }
    const hit = cache.get(
      cacheKey(
        body.query,
        body.operationName,
        body.variables,
        request.headers.authorization,
        request.headers.cookie,
      ),
    );
    if (hit === undefined) {
      next();
      return;
    }
    response.type('application/json').send(hit);
  };
}

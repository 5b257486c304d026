/**
 * Whole answers to repeated reads, kept until the data changes: the explorer and integrators ask
 * the same few queries over and over, and the data changes only through writes, each of which
 * publishes on the `GraphEvents` bus. A cached answer belongs to the data version it was
 * computed at; any write moves the version and empties the cache, and an answer computed while
 * a write landed is not kept. Keyed by query text, operation name, variables and the caller's
 * credentials, so what one caller may see is never served to another.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
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
  result: FormattedExecutionResult;
  cost: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private totalCost = 0;
  /** Moves on every write; answers computed under an older version are not stored. */
  version = 0;

  constructor(private readonly options: ResponseCacheOptions) {}

  get(key: string): FormattedExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Refresh recency: Map keeps insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: FormattedExecutionResult, cost: number, version: number): void {
    if (version !== this.version || cost > this.options.maxEntryCost) return;
    const replaced = this.entries.get(key);
    if (replaced) {
      this.entries.delete(key);
      this.totalCost -= replaced.cost;
    }
    this.entries.set(key, { result, cost });
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
    async requestDidStart() {
      let key: string | undefined;
      let version = 0;
      return {
        async responseForOperation({ operation, request }) {
          if (operation.operation !== 'query') {
            // Writes publish on the bus; a mutation that fails half-way still may have written.
            return null;
          }
          key = JSON.stringify([
            request.query,
            request.operationName ?? null,
            request.variables ?? null,
            request.http?.headers.get('authorization') ?? null,
            request.http?.headers.get('cookie') ?? null,
          ]);
          version = cache.version;
          const hit = cache.get(key);
          return hit
            ? { body: { kind: 'single', singleResult: hit }, http: { headers: new HeaderMap() } }
            : null;
        },
        async willSendResponse({ response, operation, contextValue }) {
          if (operation?.operation === 'mutation') cache.invalidate();
          const cost = estimatedCostOf(contextValue);
          if (key === undefined || cost === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors === undefined && response.http.status === undefined) {
            cache.set(key, result as FormattedExecutionResult, cost, version);
          }
        },
      };
    },
  };
}

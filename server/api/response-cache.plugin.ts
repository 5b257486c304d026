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

export interface ResponseCacheOptions {
  /** Characters of JSON kept in all, about bytes; oldest answers go first. */
  maxChars: number;
  /** An answer larger than this is not kept. */
  maxEntryChars: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = {
  maxChars: 64_000_000,
  maxEntryChars: 8_000_000,
};

interface Entry {
  result: FormattedExecutionResult;
  chars: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
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

  set(key: string, result: FormattedExecutionResult, version: number): void {
    if (version !== this.version) return;
    const chars = JSON.stringify(result).length;
    if (chars > this.options.maxEntryChars) return;
    this.entries.delete(key);
    this.entries.set(key, { result, chars });
    this.chars += chars;
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= this.options.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= entry.chars;
    }
  }

  invalidate(): void {
    this.version += 1;
    this.entries.clear();
    this.chars = 0;
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
        async willSendResponse({ response, operation }) {
          if (operation?.operation === 'mutation') cache.invalidate();
          if (key === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors === undefined && response.http.status === undefined) {
            cache.set(key, result as FormattedExecutionResult, version);
          }
        },
      };
    },
  };
}

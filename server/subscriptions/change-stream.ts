/**
 * A `GraphEvents` bus as an async iterator of the changes a subscriber asked for: what
 * `graphql-ws` drives for one subscription. Changes queue while the client is slow; `return()`
 * (the client unsubscribes or disconnects) unsubscribes from the bus.
 */
import type { GraphChange, GraphEvents } from '../events/graph-events.js';

export function changeStream<T>(
  events: GraphEvents,
  select: (change: GraphChange) => Promise<T | undefined>,
): AsyncIterableIterator<T> {
  const queue: Promise<T | undefined>[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const unsubscribe = events.subscribe((change) => {
    // Scope is decided when the change is published (the graph as it is then), in order.
    queue.push(select(change));
    wake?.();
  });
  const finish = (): Promise<IteratorResult<T>> => {
    done = true;
    unsubscribe();
    wake?.();
    return Promise.resolve({ value: undefined, done: true });
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      while (!done) {
        const next = queue.shift();
        if (next === undefined) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        const value = await next;
        if (value !== undefined) return { value, done: false };
      }
      return { value: undefined, done: true };
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

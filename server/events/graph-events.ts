/**
 * The one path by which the rest of the app hears about writes: the write services publish a
 * `GraphChange` after their transaction commits; subscriptions (`graphChanged`), caches and
 * in-process indexes listen. In-process only: another app instance learns of a write through
 * the store (see the store's change detection), not through this bus.
 */
import type { Actor } from '../auth/actor.js';

export interface GraphChange {
  /** Nodes whose data, statuses or relations changed. */
  readonly nodeIds: readonly string[];
  /** Relations added, changed or ended. */
  readonly edgeIds: readonly string[];
  /** The audit entry that recorded the change, when there is one. */
  readonly auditId?: string;
  readonly actor?: Actor;
  /** ISO timestamp of the commit. */
  readonly at: string;
}

export type GraphChangeListener = (change: GraphChange) => void;

export class GraphEvents {
  private readonly listeners = new Set<GraphChangeListener>();

  /** Returns the unsubscribe function. */
  subscribe(listener: GraphChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(change: GraphChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

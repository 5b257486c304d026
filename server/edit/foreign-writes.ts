/**
 * Writes made by another app process or instance on the same store (a second process on the
 * embedded file, another instance on the same Neo4j partition) reach this app's `GraphEvents`
 * bus here: the watcher follows the store's audit trail and publishes a `GraphChange` for every
 * entry this app did not write itself, so subscriptions and caches hear of them as of local
 * writes. Reading the trail also lets the embedded store notice the other process's commit and
 * rebuild its traversal index (reads check `PRAGMA data_version` themselves as well).
 */
import type { AuditEntry } from '../../schema/audit.js';
import { edgeEnds } from '../../schema/domain.js';
import type { GraphEvents } from '../events/graph-events.js';
import type { GraphStore } from '../store/graph-store.js';

/** Audit ids this app wrote, per bus: the watcher skips them (their writer published already). */
const localWrites = new WeakMap<GraphEvents, Set<string>>();
/** Remembered local ids; far more than can be written between two polls. */
const LOCAL_MEMORY = 10_000;

/** Called by the write path before it commits, so the watcher never republishes the entry. */
export function markLocalWrite(events: GraphEvents, auditId: string): void {
  let ids = localWrites.get(events);
  if (!ids) {
    ids = new Set();
    localWrites.set(events, ids);
  }
  ids.add(auditId);
  if (ids.size > LOCAL_MEMORY) {
    const oldest = ids.values().next().value;
    if (oldest !== undefined) ids.delete(oldest);
  }
}

export interface ForeignWriteWatcher {
  /** One poll now (tests call it instead of waiting for the timer). */
  poll(): Promise<void>;
  stop(): Promise<void>;
}

/** Entries read per poll; a larger backlog is read over the following polls. */
const BATCH = 500;

export async function watchForeignWrites(
  store: GraphStore,
  events: GraphEvents,
  options: { intervalMs: number; onError: (error: unknown) => void },
): Promise<ForeignWriteWatcher> {
  let lastSeq = await store.lastAuditSeq();
  let running: Promise<void> | undefined;
  let stopped = false;

  const publish = (entry: AuditEntry): void => {
    if (localWrites.get(events)?.has(entry.id)) return;
    events.publish({
      nodeIds: [...new Set([...entry.nodeIds, ...entry.edgeIds.flatMap(edgeEnds)])],
      edgeIds: entry.edgeIds,
      auditId: entry.id,
      at: entry.at,
    });
  };
  const pollOnce = async (): Promise<void> => {
    for (;;) {
      const entries = await store.auditSince(lastSeq, BATCH);
      for (const entry of entries) {
        lastSeq = Math.max(lastSeq, entry.seq);
        publish(entry);
      }
      if (entries.length < BATCH) return;
    }
  };
  const poll = (): Promise<void> => {
    running ??= pollOnce().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) poll().catch(options.onError);
  }, options.intervalMs);
  timer.unref();
  return {
    poll,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}

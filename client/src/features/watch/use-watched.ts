/**
 * The watched list as React state shared by every part of the explorer that shows it (the
 * detail panel's toggle, the "Fulgte" panel), kept in step with localStorage, also across tabs.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useMe } from '../../api/get-me.js';
import { markSeen, readWatched, unwatchNode, watchKey, watchNode, type WatchedNode } from './watch-store.js';

const listeners = new Set<() => void>();
const notify = (): void => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab watched or marked something.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The raw stored text: a stable snapshot, parsed only when it changes. */
function rawSnapshot(userId: string | null): string {
  try {
    return window.localStorage.getItem(watchKey(userId)) ?? '';
  } catch {
    return '';
  }
}

export interface Watched {
  list: WatchedNode[];
  isWatched(id: string): boolean;
  /** Each throws what the storage throws (quota, disabled), or `WatchLimitError`. */
  watch(id: string): void;
  unwatch(id: string): void;
  markSeen(id: string, seenKeys: string[] | null): void;
  /** Signed in (or the quick start's local user): the list is that user's; null: the browser's. */
  user: { id: string; name: string } | null;
}

export function useWatched(): Watched {
  const me = useMe().data?.me;
  const user = me && me.kind !== 'ANONYMOUS' ? { id: me.id, name: me.name } : null;
  const userId = user?.id ?? null;
  const raw = useSyncExternalStore(subscribe, () => rawSnapshot(userId));
  // Parsed from the snapshot text, so the list changes exactly when what is stored does.
  const list = useMemo(() => (raw ? readWatched(window.localStorage, userId) : []), [raw, userId]);
  const run = useCallback((change: () => unknown) => {
    change();
    notify();
  }, []);
  return {
    list,
    isWatched: (id) => list.some((w) => w.id === id),
    watch: (id) => run(() => watchNode(window.localStorage, userId, id, new Date().toISOString())),
    unwatch: (id) => run(() => unwatchNode(window.localStorage, userId, id)),
    markSeen: (id, seenKeys) =>
      run(() => markSeen(window.localStorage, userId, id, new Date().toISOString(), seenKeys)),
    user,
  };
}

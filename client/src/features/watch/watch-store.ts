/**
 * Watched nodes ("Fulgte") in the browser's localStorage, per user as saved views are: the
 * storage key carries the signed-in user's id. For each node, the moment and the day of the last
 * visit, and the changes of that day already seen, so "what changed since my last visit" is exact
 * although changes are dated by the day; the moment is where "recorded since" starts. Reading is total (anything unreadable is dropped); writing is
 * one `setItem` of the whole list, and throws what the storage throws (quota, disabled).
 */
import { z } from 'zod';
import { perUserKey, readStoredArray } from '../../shared/per-user-storage.js';

export const MAX_WATCHED = 50;
const KEY = 'aftalegraf.watched.v1';

export interface WatchedNode {
  id: string;
  /** The day of the last visit (`YYYY-MM-DD`): changes dated from this day on are news. */
  seenOn: string;
  /**
   * The moment of the last visit (ISO, UTC): what was recorded in the app from then on is news,
   * whatever date it carries. Absent in lists stored before it existed: see `visitedAt`.
   */
  seenAt?: string;
  /**
   * Keys (`changeKey`) of the changes dated `seenOn` that were seen then. `null`: not read yet;
   * what the next read finds dated `seenOn` counts as seen (the node was just watched or opened).
   */
  seenKeys: string[] | null;
}

const watchedSchema = z.object({
  id: z.string().min(1).max(200),
  seenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  seenAt: z.iso.datetime().optional(),
  seenKeys: z.array(z.string().max(1000)).max(10_000).nullable(),
});

export function watchKey(userId: string | null): string {
  return perUserKey(KEY, userId);
}

export function readWatched(storage: Storage, userId: string | null): WatchedNode[] {
  const parsed = readStoredArray(storage, watchKey(userId));
  const seen = new Set<string>();
  return parsed.flatMap((entry: unknown) => {
    const result = watchedSchema.safeParse(entry);
    if (!result.success || seen.has(result.data.id)) return [];
    seen.add(result.data.id);
    return [result.data];
  });
}

function write(storage: Storage, userId: string | null, list: WatchedNode[]): WatchedNode[] {
  storage.setItem(watchKey(userId), JSON.stringify(list));
  return list;
}

/**
 * Where "recorded since the last visit" starts: the stored moment, or, for an entry stored before
 * moments were, the start of its day (UTC, the day `seenOn` is counted in).
 */
export function visitedAt(entry: WatchedNode): string {
  return entry.seenAt ?? `${entry.seenOn}T00:00:00.000Z`;
}

/** Starts watching `id` as visited `now` (ISO); watching what is watched changes nothing. */
export function watchNode(storage: Storage, userId: string | null, id: string, now: string): WatchedNode[] {
  const list = readWatched(storage, userId);
  if (list.some((w) => w.id === id)) return list;
  if (list.length >= MAX_WATCHED) throw new WatchLimitError(MAX_WATCHED);
  return write(storage, userId, [...list, { id, seenOn: now.slice(0, 10), seenAt: now, seenKeys: null }]);
}

export function unwatchNode(storage: Storage, userId: string | null, id: string): WatchedNode[] {
  return write(
    storage,
    userId,
    readWatched(storage, userId).filter((w) => w.id !== id),
  );
}

/**
 * Marks `id` visited `now` (ISO): `seenKeys` are the keys of what the user has in front of them
 * (null: whatever the next read finds). A node not watched is left alone.
 */
export function markSeen(
  storage: Storage,
  userId: string | null,
  id: string,
  now: string,
  seenKeys: string[] | null,
): WatchedNode[] {
  const list = readWatched(storage, userId);
  if (!list.some((w) => w.id === id)) return list;
  return write(
    storage,
    userId,
    list.map((w) => (w.id === id ? { id, seenOn: now.slice(0, 10), seenAt: now, seenKeys } : w)),
  );
}

/** Refused: the list is full. */
export class WatchLimitError extends Error {
  override readonly name = 'WatchLimitError' as const;
  constructor(readonly max: number) {
    super(`watch limit ${max}`);
  }
}

/** What identifies a change the user has seen: a later change to the same thing has another key. */
export function changeKey(change: {
  kind: string;
  date: string;
  node: { id: string };
  edge?: { id: string } | null;
  after?: { code: string; date: string } | null;
  document?: { id: string } | null;
}): string {
  return [
    change.kind,
    change.date,
    change.node.id,
    change.edge?.id ?? '',
    change.after?.code ?? '',
    change.after?.date ?? '',
    change.document?.id ?? '',
  ].join('|');
}

/** The day before `date` (`YYYY-MM-DD`): `changes` counts from after its `from`. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * Of a read of the window (after the day before `seenOn`, up to today), what is news: everything
 * not among the keys seen on `seenOn`. With `seenKeys` null nothing is news yet.
 */
export function newChanges<C extends Parameters<typeof changeKey>[0]>(
  entry: WatchedNode,
  changes: readonly C[],
): C[] {
  if (entry.seenKeys === null) return [];
  const seen = new Set(entry.seenKeys);
  return changes.filter((change) => !seen.has(changeKey(change)));
}

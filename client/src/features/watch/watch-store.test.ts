import { describe, expect, it } from 'vitest';
import {
  changeKey,
  dayBefore,
  markSeen,
  MAX_WATCHED,
  newChanges,
  readWatched,
  unwatchNode,
  visitedAt,
  watchKey,
  watchNode,
  WatchLimitError,
  type WatchedNode,
} from './watch-store.js';

/** localStorage's contract over a Map; `full` makes every write throw as a full quota does. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const change = (date: string, code: string) => ({
  kind: 'STATUS_CHANGED',
  date,
  node: { id: 'nat-x' },
  edge: null,
  after: { code, date },
  document: { id: 'doc-1' },
});

describe('watched nodes in localStorage', () => {
  it('watches once, marks seen at a moment, unwatches; per user', () => {
    const storage = new MemoryStorage();
    watchNode(storage, null, 'ini-a', '2026-11-30T09:15:00.000Z');
    watchNode(storage, null, 'ini-a', '2026-12-01T10:00:00.000Z');
    watchNode(storage, 'u1', 'ini-b', '2026-11-30T23:59:59.999Z');
    expect(readWatched(storage, null)).toStrictEqual([
      { id: 'ini-a', seenOn: '2026-11-30', seenAt: '2026-11-30T09:15:00.000Z', seenKeys: null },
    ]);
    expect(markSeen(storage, null, 'ini-a', '2026-12-02T08:00:00.000Z', ['k'])).toStrictEqual([
      { id: 'ini-a', seenOn: '2026-12-02', seenAt: '2026-12-02T08:00:00.000Z', seenKeys: ['k'] },
    ]);
    expect(markSeen(storage, null, 'ini-unwatched', '2026-12-02T09:00:00.000Z', [])).toStrictEqual([
      { id: 'ini-a', seenOn: '2026-12-02', seenAt: '2026-12-02T08:00:00.000Z', seenKeys: ['k'] },
    ]);
    expect(unwatchNode(storage, null, 'ini-a')).toStrictEqual([]);
    expect(readWatched(storage, 'u1')).toStrictEqual([
      { id: 'ini-b', seenOn: '2026-11-30', seenAt: '2026-11-30T23:59:59.999Z', seenKeys: null },
    ]);
  });

  it('an entry stored before moments were was visited at the start of its stored day', () => {
    const storage = new MemoryStorage();
    storage.setItem(watchKey(null), JSON.stringify([{ id: 'ini-a', seenOn: '2026-11-30', seenKeys: [] }]));
    const [old] = readWatched(storage, null);
    expect(old).toStrictEqual({ id: 'ini-a', seenOn: '2026-11-30', seenKeys: [] });
    expect(visitedAt(old as WatchedNode)).toBe('2026-11-30T00:00:00.000Z');
    expect(
      visitedAt({ id: 'ini-b', seenOn: '2026-11-30', seenAt: '2026-11-30T14:05:00.000Z', seenKeys: [] }),
    ).toBe('2026-11-30T14:05:00.000Z');
  });

  it('drops what it cannot read instead of throwing, and duplicates', () => {
    const storage = new MemoryStorage();
    storage.setItem(watchKey(null), '{not json');
    expect(readWatched(storage, null)).toStrictEqual([]);
    storage.setItem(
      watchKey(null),
      JSON.stringify([
        { id: 'ini-a', seenOn: '2026-11-30', seenKeys: [] },
        { id: 'ini-a', seenOn: '2026-11-29', seenKeys: [] },
        { id: 'ini-b', seenOn: 'yesterday', seenKeys: [] },
        { id: 'ini-c', seenOn: '2026-11-30', seenAt: 'this morning', seenKeys: [] },
        'junk',
      ]),
    );
    expect(readWatched(storage, null)).toStrictEqual([{ id: 'ini-a', seenOn: '2026-11-30', seenKeys: [] }]);
  });

  it('refuses past the limit, and a failed write leaves the stored list as it was', () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < MAX_WATCHED; i++) watchNode(storage, null, `n${i}`, '2026-11-30T09:00:00.000Z');
    expect(() => watchNode(storage, null, 'one-more', '2026-11-30T09:00:00.000Z')).toThrow(
      new WatchLimitError(MAX_WATCHED),
    );
    const before = storage.getItem(watchKey(null));
    storage.full = true;
    expect(() => unwatchNode(storage, null, 'n0')).toThrow(DOMException);
    expect(storage.getItem(watchKey(null))).toBe(before);
  });

  it('news is what was not seen on the day of the visit; nothing is news before the first read', () => {
    const seenToday = change('2026-11-30', 'STARTED');
    const laterToday = change('2026-11-30', 'COMPLETED');
    const tomorrow = change('2026-12-01', 'PAUSED');
    const entry: WatchedNode = { id: 'ini-a', seenOn: '2026-11-30', seenKeys: [changeKey(seenToday)] };
    expect(newChanges(entry, [seenToday, laterToday, tomorrow])).toStrictEqual([laterToday, tomorrow]);
    expect(newChanges({ ...entry, seenKeys: null }, [seenToday, tomorrow])).toStrictEqual([]);
    expect(changeKey(seenToday)).toBe('STATUS_CHANGED|2026-11-30|nat-x||STARTED|2026-11-30|doc-1');
  });

  it('the day before crosses months and years', () => {
    expect([dayBefore('2026-03-01'), dayBefore('2026-01-01'), dayBefore('2024-03-01')]).toStrictEqual([
      '2026-02-28',
      '2025-12-31',
      '2024-02-29',
    ]);
  });
});

/**
 * How many unseen changes each watched node has, as the "Fulgte" panel last counted them: shared
 * so the phone's menu button can show the news its closed drawer hides. View state, not stored.
 */
import { useSyncExternalStore } from 'react';

const counts = new Map<string, number>();
const listeners = new Set<() => void>();
let total = 0;

export function reportNews(id: string, count: number | null): void {
  if (count === null || count === 0) counts.delete(id);
  else counts.set(id, count);
  const next = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (next === total) return;
  total = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Unseen changes over every watched node. */
export function useWatchNewsTotal(): number {
  return useSyncExternalStore(subscribe, () => total);
}

/**
 * Saved views in the browser's localStorage: a name and the view's query string (everything the
 * URL state holds: filters, focus, layout, date, selection). Kept per user once sign-in exists:
 * the storage key carries the user's id, so two people on one browser do not share a list.
 * Reading is total (anything unreadable is dropped, not thrown); writing reports failure.
 */
import { z } from 'zod';
import { perUserKey, readStoredArray } from '../../shared/per-user-storage.js';
import { parseViewState, serializeViewState } from '../../shared/url-state.js';

export const MAX_VIEW_NAME = 80;
export const MAX_SAVED_VIEWS = 50;
const KEY = 'aftalegraf.savedViews.v1';

export interface SavedView {
  name: string;
  /** The view's query string, canonical (`serializeViewState`), with `?` or empty. */
  search: string;
  /** ISO timestamp. */
  savedAt: string;
}

const savedViewSchema = z.object({
  name: z.string().min(1).max(MAX_VIEW_NAME),
  search: z.string().max(4000),
  savedAt: z.string(),
});

export function storageKey(userId: string | null): string {
  return perUserKey(KEY, userId);
}

export function readSavedViews(storage: Storage, userId: string | null): SavedView[] {
  const parsed = readStoredArray(storage, storageKey(userId));
  return parsed.flatMap((entry: unknown) => {
    const result = savedViewSchema.safeParse(entry);
    // A stored query is re-canonicalised, so an old or hand-edited entry cannot carry junk.
    return result.success
      ? [{ ...result.data, search: serializeViewState(parseViewState(result.data.search)) }]
      : [];
  });
}

export type NameProblem = 'required' | 'tooLong';

export function checkViewName(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'required';
  if (trimmed.length > MAX_VIEW_NAME) return 'tooLong';
  return null;
}

/**
 * Adds a view (or replaces the one with the same name, case-insensitively) at the top and
 * writes the list. Throws what the storage throws (quota, disabled), with nothing half-written:
 * the whole list is one `setItem`.
 */
export function saveView(
  storage: Storage,
  userId: string | null,
  view: { name: string; search: string },
  now: Date = new Date(),
): SavedView[] {
  const name = view.name.trim();
  const entry: SavedView = {
    name,
    search: serializeViewState(parseViewState(view.search)),
    savedAt: now.toISOString(),
  };
  const others = readSavedViews(storage, userId).filter(
    (saved) => saved.name.toLocaleLowerCase('da') !== name.toLocaleLowerCase('da'),
  );
  const next = [entry, ...others].slice(0, MAX_SAVED_VIEWS);
  storage.setItem(storageKey(userId), JSON.stringify(next));
  return next;
}

export function deleteView(storage: Storage, userId: string | null, name: string): SavedView[] {
  const next = readSavedViews(storage, userId).filter((saved) => saved.name !== name);
  storage.setItem(storageKey(userId), JSON.stringify(next));
  return next;
}

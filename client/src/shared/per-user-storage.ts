/**
 * Lists kept in the browser's localStorage per user (saved views, watched nodes): the storage key
 * carries the signed-in user's id, so two people on one browser do not share a list. Reading is
 * total: storage that is disabled, or holds something other than a JSON array, reads as empty;
 * each feature then checks the entries with its own schema.
 */

/** `base` for the anonymous or local user, `base:<userId>` for a signed-in one. */
export function perUserKey(base: string, userId: string | null): string {
  return userId ? `${base}:${userId}` : base;
}

/** The stored array under `key`, its entries unchecked; empty when there is none to read. */
export function readStoredArray(storage: Storage, key: string): unknown[] {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    // Storage disabled (private mode, policy): nothing stored, nothing to report on read.
    return [];
  }
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

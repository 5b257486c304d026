/**
 * Size caps of edit inputs. The same bounds as the API's input limits (`TEXT.short` and
 * `TEXT.long`); kept here until the shared limits module is on main, then read from it.
 */
export const EDIT_LIMITS = {
  /** Names, ids, codes, short fields. */
  shortText: 200,
  /** Statements, notes, quotes, reasons. */
  longText: 4_000,
  id: 100,
  aliases: 50,
  sources: 50,
  /** `auditLog(first)` and `Node.changes(first)`. */
  auditPage: { default: 50, max: 500 },
} as const;

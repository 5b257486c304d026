/**
 * Size caps of edit inputs, in the edit validation's terms. The numbers live in the API's one
 * limits module (`server/api/limits.ts`, STYLE.md §14), which the docs' limits table also reads.
 */
import { EDIT_INPUT, PAGE, TEXT } from '../api/limits.js';

export const EDIT_LIMITS = {
  /** Names, codes, short fields. */
  shortText: TEXT.short,
  /** Statements, notes, quotes, reasons. */
  longText: TEXT.long,
  id: EDIT_INPUT.id,
  aliases: EDIT_INPUT.aliases,
  sources: EDIT_INPUT.sources,
  idempotencyKey: EDIT_INPUT.idempotencyKey,
  /** `auditLog(first)` and `Node.changes(first)`. */
  auditPage: PAGE.audit,
} as const;

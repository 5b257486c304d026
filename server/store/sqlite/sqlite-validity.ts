/**
 * Validity in the embedded store: the record as JSON (migration 3) and, generated from it
 * (migration 4), its first day and exclusive end as ISO dates, the columns `asOf` compares.
 */
/** SQL: the row aliased `alias` existed by `@asOf` (its first day is on or before it). */
export function existedBy(alias: string): string {
  return `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= @asOf)`;
}

/**
 * Validity in the embedded store: the record as JSON (what export gives back, byte for byte)
 * and its first day and exclusive end as ISO dates, the columns `asOf` and `changes` compare.
 */
import { dateStart, type Validity } from '../../../schema/domain.js';

/** `[validity, valid_from, valid_to, validity_doc]` column values. */
export function validityColumns(
  validity: Validity | undefined,
): [string | null, string | null, string | null, string | null] {
  if (validity === undefined) return [null, null, null, null];
  return [
    JSON.stringify(validity),
    validity.from === undefined ? null : dateStart(validity.from),
    validity.to === undefined ? null : dateStart(validity.to),
    validity.documentId ?? null,
  ];
}

/** The record from its column; absent when the row has none. */
export function validityFromColumn(text: string | null | undefined): { validity?: Validity } {
  return text === null || text === undefined ? {} : { validity: JSON.parse(text) as Validity };
}

/** SQL: the row aliased `alias` existed by `@asOf` (its first day is on or before it). */
export function existedBy(alias: string): string {
  return `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= @asOf)`;
}

/**
 * The one error a seed load or a graph import throws. It names the file, the entity, the field
 * and the reason, so a reviewer can find the line to fix without a debugger. A load collects
 * every problem before throwing: `errors` holds all of them (the error itself is the first).
 */
export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError' as const;
  readonly errors: readonly SeedValidationError[];

  constructor(
    readonly file: string,
    readonly entityId: string,
    readonly field: string,
    readonly reason: string,
    errors?: readonly SeedValidationError[],
  ) {
    const more = errors && errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : '';
    super(`${file}: ${entityId || '-'}: ${field || '-'}: ${reason}${more}`);
    this.errors = errors ?? [];
  }

  /** One error standing for all of `errors` (which must not be empty). */
  static of(errors: readonly SeedValidationError[]): SeedValidationError {
    const first = errors[0];
    if (!first) throw new Error('SeedValidationError.of needs at least one error');
    return new SeedValidationError(first.file, first.entityId, first.field, first.reason, errors);
  }
}

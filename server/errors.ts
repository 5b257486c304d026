/**
 * Domain errors. Adapters translate driver failures into these; `format-error.ts` maps them to
 * GraphQL errors with a typed `extensions.code`. Anything else reaching the API is masked.
 */

/** Bad input: names the field (argument, file field, property) and why it was refused. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError' as const;
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** A referenced entity does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError' as const;
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} '${id}' findes ikke / does not exist`);
  }
}

/**
 * A write would contradict what is stored: a duplicate, or a change based on a version that is
 * no longer current. `current` is the stored state (with its version) for the client to show.
 */
export class ConflictError extends Error {
  override readonly name = 'ConflictError' as const;
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly reason: string,
    readonly current?: unknown,
  ) {
    super(`${entity} '${id}': ${reason}`);
  }
}

/** The configured store cannot be reached or opened. Never silently replaced by another store. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError' as const;
  constructor(
    readonly store: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${store}: ${reason}`, options);
  }
}

/** Configuration from the environment is invalid; raised once at start-up. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError' as const;
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? `Ugyldig konfiguration / invalid configuration: ${problems[0]}`
        : `Ugyldig konfiguration / invalid configuration:\n  - ${problems.join('\n  - ')}`,
    );
  }
}

/**
 * The request has no identity and the operation needs one (sign in, or send an API token).
 * `hint` says how, in Danish and English: where sign-in is not configured at all it names the
 * settings an operator must set.
 */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError' as const;
  constructor(readonly hint: string) {
    super(hint);
  }
}

/** The actor is known but its role is below what the operation requires. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError' as const;
  constructor(
    readonly required: string,
    readonly actual: string | undefined,
  ) {
    super(
      `Kræver rollen ${required}; du har ${actual ?? 'ingen rolle'} / requires role ${required}; you have ${actual ?? 'no role'}`,
    );
  }
}

/**
 * What a failed edit says, per field: a `BAD_USER_INPUT` names the field (`extensions.argument`,
 * e.g. `nameDa` or `evidence.documentId`) and the reason in "dansk / English"; a `CONFLICT`
 * carries the stored record and its version for the conflict dialog.
 */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Lang } from '../../shared/i18n/dictionary.js';
import type { Translate } from '../../shared/i18n/use-t.js';

export interface EditConflict {
  version: number;
  record: Record<string, unknown>;
}

export interface EditProblems {
  fields: Record<string, string>;
  general: string | null;
  conflict: EditConflict | null;
}

export const NO_PROBLEMS: EditProblems = { fields: {}, general: null, conflict: null };

/** The server writes "dansk / English"; the half in the reader's language. */
export function reasonIn(lang: Lang, reason: string): string {
  const halves = reason.split(' / ');
  return (lang === 'en' ? halves[1] : halves[0]) ?? reason;
}

export function editProblems(error: unknown, lang: Lang, t: Translate): EditProblems {
  if (!CombinedGraphQLErrors.is(error)) return { ...NO_PROBLEMS, general: t('edit.failed') };
  const problems: EditProblems = { fields: {}, general: null, conflict: null };
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions ?? {};
    const reason = typeof extensions['reason'] === 'string' ? extensions['reason'] : graphQLError.message;
    if (extensions['code'] === 'BAD_USER_INPUT' && typeof extensions['argument'] === 'string') {
      problems.fields[extensions['argument']] = reasonIn(lang, reason);
    } else if (extensions['code'] === 'CONFLICT' && isConflict(extensions['current'])) {
      problems.conflict = extensions['current'];
    } else if (extensions['code'] === 'CONFLICT') {
      problems.general = reasonIn(lang, reason);
    } else if (extensions['code'] === 'UNAUTHORIZED' || extensions['code'] === 'FORBIDDEN') {
      problems.general = t('edit.forbidden');
    } else {
      problems.general = t('edit.failed');
    }
  }
  return problems;
}

function isConflict(value: unknown): value is EditConflict {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { version?: unknown }).version === 'number' &&
    typeof (value as { record?: unknown }).record === 'object'
  );
}

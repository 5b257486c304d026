/**
 * "Registrér status": a new status statement for the selected node, citing a source document.
 * The server validates; a `BAD_USER_INPUT` error names the field (`extensions.argument`), and its
 * message is shown next to that field in the current language.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useRecordStatus } from '../../api/record-status.js';
import type { ObservationKind, StatusCode } from '../../gql/graphql.js';
import { STATUS_CODE_LIST, STATUS_CODES } from '../../shared/domain.js';
import { isMessageKey } from '../../shared/i18n/dictionary.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import { useT } from '../../shared/i18n/use-t.js';
import type { Translate } from '../../shared/i18n/use-t.js';
import { DocumentSelect, FormActions, TextField } from '../edit/form-fields.js';

const OBSERVATION_KINDS: readonly ObservationKind[] = ['FACT', 'PLAN', 'RECOMMENDATION', 'DECISION'];

/** The input fields, named as `RecordStatusInput` names them (and so as `extensions.argument` does). */
type Field = 'code' | 'kind' | 'date' | 'textDa' | 'documentId';
const FIELDS: readonly Field[] = ['code', 'kind', 'date', 'textDa', 'documentId'];

interface Problems {
  fields: Partial<Record<Field, string>>;
  general: string | null;
}

const NO_PROBLEMS: Problems = { fields: {}, general: null };

/** The server writes "dansk / English"; show the half in the reader's language. */
function reasonIn(lang: Lang, reason: string): string {
  const halves = reason.split(' / ');
  return (lang === 'en' ? halves[1] : halves[0]) ?? reason;
}

function problemsOf(error: unknown, lang: Lang, t: Translate): Problems {
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, general: t('record.failed') };
  const problems: Problems = { fields: {}, general: null };
  for (const graphQLError of error.errors) {
    const argument = graphQLError.extensions?.['argument'];
    const reason = graphQLError.extensions?.['reason'];
    const field = FIELDS.find((candidate) => candidate === argument);
    if (graphQLError.extensions?.['code'] === 'BAD_USER_INPUT' && field) {
      const key = `record.invalid.${field}`;
      problems.fields[field] = isMessageKey(key)
        ? t(key)
        : reasonIn(lang, typeof reason === 'string' ? reason : graphQLError.message);
    } else {
      problems.general = t('record.failed');
    }
  }
  return problems;
}

export function RecordStatusForm({ nodeId }: { nodeId: string }) {
  const { t, lang } = useT();
  const id = useId();
  const [recordStatus, { loading }] = useRecordStatus();
  const [code, setCode] = useState<StatusCode>('STARTED');
  const [kind, setKind] = useState<ObservationKind>('FACT');
  const [date, setDate] = useState('');
  const [textDa, setTextDa] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    setProblems(NO_PROBLEMS);
    try {
      await recordStatus({
        variables: { input: { nodeId, code, kind, date: date.trim(), textDa, documentId } },
      });
      setDate('');
      setTextDa('');
      setSaved(true);
    } catch (error: unknown) {
      setProblems(problemsOf(error, lang, t));
    }
  };

  const fieldId = (field: Field): string => `${id}-${field}`;
  const describedBy = (field: Field): string | undefined =>
    problems.fields[field] ? `${fieldId(field)}-error` : undefined;
  const problem = (field: Field) =>
    problems.fields[field] ? (
      <p id={`${fieldId(field)}-error`} className="field-error" role="alert">
        {problems.fields[field]}
      </p>
    ) : null;

  return (
    <details className="record-status" data-testid="record-status">
      <summary>{t('record.title')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('record.title')}>
        <label htmlFor={fieldId('code')}>{t('record.code')}</label>
        <select
          id={fieldId('code')}
          value={code}
          aria-invalid={problems.fields.code ? true : undefined}
          aria-describedby={describedBy('code')}
          onChange={(event) => setCode(event.target.value as StatusCode)}
        >
          {STATUS_CODE_LIST.map((candidate) => (
            <option key={candidate} value={candidate}>
              {STATUS_CODES[candidate][lang]}
            </option>
          ))}
        </select>
        {problem('code')}

        <label htmlFor={fieldId('kind')}>{t('record.kind')}</label>
        <select
          id={fieldId('kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as ObservationKind)}
        >
          {OBSERVATION_KINDS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`obsKind.${candidate}`)}
            </option>
          ))}
        </select>
        {problem('kind')}

        <TextField
          id={fieldId('date')}
          label={t('record.date')}
          inputMode="numeric"
          placeholder={t('record.datePlaceholder')}
          value={date}
          message={problems.fields.date}
          onChange={setDate}
        />

        <TextField
          id={fieldId('textDa')}
          label={t('record.text')}
          lang="da"
          rows={3}
          value={textDa}
          message={problems.fields.textDa}
          onChange={setTextDa}
        />

        <DocumentSelect
          id={fieldId('documentId')}
          label={t('record.document')}
          emptyLabel={t('record.documentChoose')}
          value={documentId}
          message={problems.fields.documentId}
          onChange={setDocumentId}
        />

        <FormActions
          saving={loading}
          submitLabel={t('record.submit')}
          savingLabel={t('record.saving')}
          problem={problems.general}
          notice={saved ? t('record.saved') : null}
        />
      </form>
    </details>
  );
}

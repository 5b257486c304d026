/**
 * "Afslut afventer" on an AWAITS relation: the awaited work has landed. Ends the relation on
 * that date and records the awaiting node's new status, citing a document, in one change.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useEndAwaiting } from '../../api/end-awaiting.js';
import type { StatusCode } from '../../gql/graphql.js';
import { STATUS_CODE_LIST, STATUS_CODES } from '../../shared/domain.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';
import { DocumentSelect, FormActions, TextField } from './form-fields.js';

export function EndAwaitingForm({ edgeId, version }: { edgeId: string; version: number }) {
  const { t, lang } = useT();
  const id = useId();
  const [endAwaiting, { loading }] = useEndAwaiting();
  const [landedOn, setLandedOn] = useState('');
  const [statusCode, setStatusCode] = useState<StatusCode>('STARTED');
  const [textDa, setTextDa] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [problems, setProblems] = useState<EditProblems>(NO_PROBLEMS);
  /** The version the awaiting was ended from; null until it has been. */
  const [endedFrom, setEndedFrom] = useState<number | null>(null);
  // Ending writes the relation once (version + 1). A later write, such as undoing the end, moves
  // it past that: the relation awaits again and the form is offered again.
  const done = endedFrom !== null && version <= endedFrom + 1;

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    try {
      await endAwaiting({
        variables: {
          input: {
            edgeId,
            expectedVersion: version,
            landedOn: landedOn.trim(),
            statusCode,
            textDa,
            documentId,
          },
        },
      });
      setEndedFrom(version);
    } catch (error: unknown) {
      setProblems(editProblems(error, lang, t));
    }
  };

  const field = (name: string) => ({ id: `${id}-${name}`, message: problems.fields[name] });
  const landed = field('landedOn');
  const text = field('textDa');
  const document = field('documentId');
  const conflictMessage = problems.conflict
    ? t('edit.conflict.body', { current: String(problems.conflict.version), yours: String(version) })
    : null;

  if (done) {
    return (
      <p className="muted" role="status">
        {t('edit.awaiting.done')}
      </p>
    );
  }
  return (
    <details className="edit-form end-awaiting" data-testid="end-awaiting">
      <summary>{t('edit.awaiting.end')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('edit.awaiting.end')}>
        <TextField
          id={landed.id}
          label={t('edit.awaiting.landedOn')}
          value={landedOn}
          message={landed.message}
          onChange={setLandedOn}
        />
        <label htmlFor={`${id}-status`}>{t('edit.awaiting.status')}</label>
        <select
          id={`${id}-status`}
          value={statusCode}
          onChange={(event) => setStatusCode(event.target.value as StatusCode)}
        >
          {STATUS_CODE_LIST.map((code) => (
            <option key={code} value={code}>
              {STATUS_CODES[code][lang]}
            </option>
          ))}
        </select>
        <TextField
          id={text.id}
          label={t('edit.awaiting.text')}
          lang="da"
          rows={2}
          value={textDa}
          message={text.message}
          onChange={setTextDa}
        />
        <DocumentSelect
          id={document.id}
          label={t('edit.awaiting.document')}
          emptyLabel={t('edit.chooseDocument')}
          value={documentId}
          message={document.message}
          onChange={setDocumentId}
        />
        <FormActions
          saving={loading}
          submitLabel={t('edit.awaiting.submit')}
          savingLabel={t('edit.saving')}
          problem={problems.general ?? conflictMessage}
        />
      </form>
    </details>
  );
}

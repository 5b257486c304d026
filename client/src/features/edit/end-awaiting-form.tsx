/**
 * "Afslut afventer" on an AWAITS relation: the awaited work has landed. Ends the relation on
 * that date and records the awaiting node's new status, citing a document, in one change.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useEndAwaiting } from '../../api/end-awaiting.js';
import { useDocuments } from '../../api/get-documents.js';
import type { StatusCode } from '../../gql/graphql.js';
import { STATUS_CODE_LIST, STATUS_CODES } from '../../shared/domain.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';
import { FieldMessage, invalidProps } from './field-message.js';

export function EndAwaitingForm({ edgeId, version }: { edgeId: string; version: number }) {
  const { t, lang } = useT();
  const id = useId();
  const documents = useDocuments();
  const [endAwaiting, { loading }] = useEndAwaiting();
  const [landedOn, setLandedOn] = useState('');
  const [statusCode, setStatusCode] = useState<StatusCode>('STARTED');
  const [textDa, setTextDa] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [problems, setProblems] = useState<EditProblems>(NO_PROBLEMS);
  const [done, setDone] = useState(false);

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
      setDone(true);
    } catch (error: unknown) {
      setProblems(editProblems(error, lang, t));
    }
  };

  const field = (name: string) => ({
    id: `${id}-${name}`,
    error: `${id}-${name}-error`,
    message: problems.fields[name],
  });
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
        <label htmlFor={landed.id}>{t('edit.awaiting.landedOn')}</label>
        <input
          id={landed.id}
          type="text"
          value={landedOn}
          {...invalidProps(landed.error, landed.message)}
          onChange={(event) => setLandedOn(event.target.value)}
        />
        <FieldMessage id={landed.error} message={landed.message} />
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
        <label htmlFor={text.id}>{t('edit.awaiting.text')}</label>
        <textarea
          id={text.id}
          lang="da"
          rows={2}
          value={textDa}
          {...invalidProps(text.error, text.message)}
          onChange={(event) => setTextDa(event.target.value)}
        />
        <FieldMessage id={text.error} message={text.message} />
        <label htmlFor={document.id}>{t('edit.awaiting.document')}</label>
        <select
          id={document.id}
          value={documentId}
          {...invalidProps(document.error, document.message)}
          onChange={(event) => setDocumentId(event.target.value)}
        >
          <option value="">{t('edit.chooseDocument')}</option>
          {(documents.data?.documents ?? []).map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title} ({candidate.asOf})
            </option>
          ))}
        </select>
        <FieldMessage id={document.error} message={document.message} />
        <div className="detail-actions">
          <button type="submit" disabled={loading}>
            {loading ? t('edit.saving') : t('edit.awaiting.submit')}
          </button>
        </div>
        {(problems.general ?? conflictMessage) && (
          <p className="field-error" role="alert">
            {problems.general ?? conflictMessage}
          </p>
        )}
      </form>
    </details>
  );
}

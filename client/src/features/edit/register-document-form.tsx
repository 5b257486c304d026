/** "Nyt kildedokument": registers a document (id, title, date) that statuses and relations can cite. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useRegisterDocument } from '../../api/register-document.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';
import { FieldMessage, invalidProps } from './field-message.js';

const FIELDS = ['id', 'title', 'asOf'] as const;

export function RegisterDocumentForm() {
  const { t, lang } = useT();
  const formId = useId();
  const [registerDocument, { loading }] = useRegisterDocument();
  const [values, setValues] = useState({ id: '', title: '', asOf: '' });
  const [problems, setProblems] = useState<EditProblems>(NO_PROBLEMS);
  const [registered, setRegistered] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    setRegistered(null);
    try {
      const result = await registerDocument({
        variables: { input: { id: values.id.trim(), title: values.title, asOf: values.asOf.trim() } },
      });
      setRegistered(result.data?.registerDocument.title ?? values.title);
      setValues({ id: '', title: '', asOf: '' });
    } catch (error: unknown) {
      setProblems(editProblems(error, lang, t));
    }
  };

  return (
    <details className="edit-form" data-testid="register-document">
      <summary>{t('edit.document.register')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('edit.document.register')}>
        {FIELDS.map((field) => {
          const id = `${formId}-${field}`;
          const message = problems.fields[field];
          return (
            <div key={field} className="field">
              <label htmlFor={id}>{t(`edit.document.${field}`)}</label>
              <input
                id={id}
                type="text"
                value={values[field]}
                {...invalidProps(`${id}-error`, message)}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              />
              <FieldMessage id={`${id}-error`} message={message} />
            </div>
          );
        })}
        <div className="detail-actions">
          <button type="submit" disabled={loading}>
            {loading ? t('edit.saving') : t('edit.document.submit')}
          </button>
        </div>
        {problems.general && (
          <p className="field-error" role="alert">
            {problems.general}
          </p>
        )}
        {registered && (
          <p className="muted" role="status">
            {t('edit.document.registered', { title: registered })}
          </p>
        )}
      </form>
    </details>
  );
}

/** "Nyt kildedokument": registers a document (id, title, date) that statuses and relations can cite. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useRegisterDocument } from '../../api/register-document.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';
import { FormActions, TextFieldRows } from './form-fields.js';

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
        <TextFieldRows
          idPrefix={formId}
          names={FIELDS}
          values={values}
          labelOf={(field) => t(`edit.document.${field}`)}
          messages={problems.fields}
          onChange={setValues}
        />
        <FormActions
          saving={loading}
          submitLabel={t('edit.document.submit')}
          savingLabel={t('edit.saving')}
          problem={problems.general}
          notice={registered ? t('edit.document.registered', { title: registered }) : null}
        />
      </form>
    </details>
  );
}

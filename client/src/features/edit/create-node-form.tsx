/** "Ny node": creates a node of a chosen type and selects it. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useCreateNode } from '../../api/create-node.js';
import type { NodeLabel } from '../../gql/graphql.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';
import { FieldMessage, invalidProps } from './field-message.js';

/** What a user creates; documents are registered, not created as nodes. */
const CREATABLE: readonly NodeLabel[] = [
  'Initiative',
  'WorkingGroup',
  'Agreement',
  'Task',
  'Plan',
  'WorkPlan',
  'Goal',
  'FocusArea',
  'Body',
  'Artifact',
  'NationalReform',
  'ReformElement',
  'NationalPlan',
  'RegionalScheme',
];

export function CreateNodeForm() {
  const { t, lang } = useT();
  const id = useId();
  const [, update] = useViewState();
  const [createNode, { loading }] = useCreateNode();
  const [label, setLabel] = useState<NodeLabel>('Initiative');
  const [nameDa, setNameDa] = useState('');
  const [problems, setProblems] = useState<EditProblems>(NO_PROBLEMS);
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    setCreated(null);
    try {
      const result = await createNode({ variables: { input: { label, nameDa } } });
      const node = result.data?.createNode;
      if (node) {
        setCreated(node.nameDa);
        setNameDa('');
        update({ node: node.id });
      }
    } catch (error: unknown) {
      setProblems(editProblems(error, lang, t));
    }
  };

  return (
    <details className="edit-form create-node" data-testid="create-node">
      <summary>{t('edit.node.create')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('edit.node.create')}>
        <label htmlFor={`${id}-label`}>{t('edit.node.label')}</label>
        <select
          id={`${id}-label`}
          value={label}
          onChange={(event) => setLabel(event.target.value as NodeLabel)}
        >
          {CREATABLE.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`label.${candidate}`)}
            </option>
          ))}
        </select>
        <FieldMessage id={`${id}-label-error`} message={problems.fields['label']} />
        <label htmlFor={`${id}-nameDa`}>{t('edit.node.nameDa')}</label>
        <input
          id={`${id}-nameDa`}
          type="text"
          value={nameDa}
          {...invalidProps(`${id}-nameDa-error`, problems.fields['nameDa'])}
          onChange={(event) => setNameDa(event.target.value)}
        />
        <FieldMessage id={`${id}-nameDa-error`} message={problems.fields['nameDa']} />
        <div className="detail-actions">
          <button type="submit" disabled={loading}>
            {loading ? t('edit.saving') : t('edit.node.save')}
          </button>
        </div>
        {problems.general && (
          <p className="field-error" role="alert">
            {problems.general}
          </p>
        )}
        {created && (
          <p className="muted" role="status">
            {t('edit.node.created', { name: created })}
          </p>
        )}
      </form>
    </details>
  );
}

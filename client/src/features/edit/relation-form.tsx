/**
 * "Tilføj relation" from the selected node: type, the other node's id, the type's own
 * properties (AWAITS mode and since, DEPENDS_ON kind, a role) and a source (document, the
 * document's words, confidence).
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useAddRelation } from '../../api/add-relation.js';
import type { Confidence, RelationType } from '../../gql/graphql.js';
import { RELATION_TYPES } from '../../shared/domain.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';
import { FieldMessage } from './field-message.js';
import { DocumentSelect, FormActions, TextField } from './form-fields.js';

const CONFIDENCES: readonly Confidence[] = ['STATED', 'INFERRED', 'UNVERIFIED'];

export function RelationForm({ nodeId }: { nodeId: string }) {
  const { t, lang } = useT();
  const id = useId();
  const [addRelation, { loading }] = useAddRelation();
  const [type, setType] = useState<RelationType>('AWAITS');
  const [target, setTarget] = useState('');
  const [mode, setMode] = useState('blocking');
  const [dependencyKind, setDependencyKind] = useState('prerequisite');
  const [role, setRole] = useState('');
  const [since, setSince] = useState('');
  const [quote, setQuote] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [confidence, setConfidence] = useState<Confidence>('STATED');
  const [problems, setProblems] = useState<EditProblems>(NO_PROBLEMS);
  const [added, setAdded] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    setAdded(false);
    try {
      await addRelation({
        variables: {
          input: {
            type,
            source: nodeId,
            target: target.trim(),
            ...(type === 'AWAITS' ? { mode, ...(since.trim() ? { since: since.trim() } : {}) } : {}),
            ...(type === 'AWAITS' && quote.trim() ? { quote: quote.trim() } : {}),
            ...(type === 'DEPENDS_ON' ? { dependencyKind } : {}),
            ...((type === 'RESPONSIBLE' || type === 'LOCATED_IN') && role.trim()
              ? { role: role.trim() }
              : {}),
            ...(documentId
              ? { evidence: { documentId, confidence, ...(quote.trim() ? { quote: quote.trim() } : {}) } }
              : {}),
          },
        },
      });
      setTarget('');
      setQuote('');
      setAdded(true);
    } catch (error: unknown) {
      setProblems(editProblems(error, lang, t));
    }
  };

  const field = (name: string) => ({
    id: `${id}-${name}`,
    error: `${id}-${name}-error`,
    message: problems.fields[name],
  });
  const targetField = field('target');
  const modeField = field('mode');
  const kindField = field('dependencyKind');
  const sinceField = field('since');
  const documentField = field('evidence.documentId');

  return (
    <details className="edit-form" data-testid="relation-form">
      <summary>{t('edit.relation.add')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('edit.relation.add')}>
        <label htmlFor={`${id}-type`}>{t('edit.relation.type')}</label>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(event) => setType(event.target.value as RelationType)}
        >
          {RELATION_TYPES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`rel.out.${candidate}`)}
            </option>
          ))}
        </select>

        <TextField
          id={targetField.id}
          label={t('edit.relation.target')}
          value={target}
          message={targetField.message}
          onChange={setTarget}
        />

        {type === 'AWAITS' && (
          <>
            <label htmlFor={modeField.id}>{t('edit.relation.mode')}</label>
            <select id={modeField.id} value={mode} onChange={(event) => setMode(event.target.value)}>
              <option value="blocking">{t('edit.relation.mode.blocking')}</option>
              <option value="adjust">{t('edit.relation.mode.adjust')}</option>
            </select>
            <FieldMessage id={modeField.error} message={modeField.message} />
            <TextField
              id={sinceField.id}
              label={t('edit.relation.since')}
              value={since}
              message={sinceField.message}
              onChange={setSince}
            />
          </>
        )}
        {type === 'DEPENDS_ON' && (
          <>
            <label htmlFor={kindField.id}>{t('edit.relation.dependencyKind')}</label>
            <select
              id={kindField.id}
              value={dependencyKind}
              onChange={(event) => setDependencyKind(event.target.value)}
            >
              {['prerequisite', 'funding', 'legal'].map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
            <FieldMessage id={kindField.error} message={kindField.message} />
          </>
        )}
        {(type === 'RESPONSIBLE' || type === 'LOCATED_IN') && (
          <>
            <TextField id={`${id}-role`} label={t('edit.relation.role')} value={role} onChange={setRole} />
          </>
        )}

        <DocumentSelect
          id={documentField.id}
          label={t('edit.relation.document')}
          emptyLabel={t('edit.none')}
          value={documentId}
          message={documentField.message}
          onChange={setDocumentId}
        />
        <TextField
          id={`${id}-quote`}
          label={t('edit.relation.quote')}
          lang="da"
          rows={2}
          value={quote}
          onChange={setQuote}
        />
        <label htmlFor={`${id}-confidence`}>{t('edit.relation.confidence')}</label>
        <select
          id={`${id}-confidence`}
          value={confidence}
          onChange={(event) => setConfidence(event.target.value as Confidence)}
        >
          {CONFIDENCES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`confidence.${candidate}`)}
            </option>
          ))}
        </select>

        <FormActions
          saving={loading}
          submitLabel={t('edit.relation.add')}
          savingLabel={t('edit.saving')}
          problem={problems.general}
          notice={added ? t('edit.relation.added') : null}
        />
      </form>
    </details>
  );
}

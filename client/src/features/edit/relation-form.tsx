/**
 * "Tilføj relation" from the selected node: type, the other node's id, the type's own
 * properties (AWAITS mode and since, DEPENDS_ON kind, a role) and a source (document, the
 * document's words, confidence).
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useAddRelation } from '../../api/add-relation.js';
import { useDocuments } from '../../api/get-documents.js';
import type { Confidence, RelationType } from '../../gql/graphql.js';
import { RELATION_TYPES } from '../../shared/domain.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';
import { FieldMessage, invalidProps } from './field-message.js';

const CONFIDENCES: readonly Confidence[] = ['STATED', 'INFERRED', 'UNVERIFIED'];

export function RelationForm({ nodeId }: { nodeId: string }) {
  const { t, lang } = useT();
  const id = useId();
  const documents = useDocuments();
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

        <label htmlFor={targetField.id}>{t('edit.relation.target')}</label>
        <input
          id={targetField.id}
          type="text"
          value={target}
          {...invalidProps(targetField.error, targetField.message)}
          onChange={(event) => setTarget(event.target.value)}
        />
        <FieldMessage id={targetField.error} message={targetField.message} />

        {type === 'AWAITS' && (
          <>
            <label htmlFor={modeField.id}>{t('edit.relation.mode')}</label>
            <select id={modeField.id} value={mode} onChange={(event) => setMode(event.target.value)}>
              <option value="blocking">{t('edit.relation.mode.blocking')}</option>
              <option value="adjust">{t('edit.relation.mode.adjust')}</option>
            </select>
            <FieldMessage id={modeField.error} message={modeField.message} />
            <label htmlFor={sinceField.id}>{t('edit.relation.since')}</label>
            <input
              id={sinceField.id}
              type="text"
              value={since}
              {...invalidProps(sinceField.error, sinceField.message)}
              onChange={(event) => setSince(event.target.value)}
            />
            <FieldMessage id={sinceField.error} message={sinceField.message} />
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
            <label htmlFor={`${id}-role`}>{t('edit.relation.role')}</label>
            <input
              id={`${id}-role`}
              type="text"
              value={role}
              onChange={(event) => setRole(event.target.value)}
            />
          </>
        )}

        <label htmlFor={documentField.id}>{t('edit.relation.document')}</label>
        <select
          id={documentField.id}
          value={documentId}
          {...invalidProps(documentField.error, documentField.message)}
          onChange={(event) => setDocumentId(event.target.value)}
        >
          <option value="">{t('edit.none')}</option>
          {(documents.data?.documents ?? []).map((document) => (
            <option key={document.id} value={document.id}>
              {document.title} ({document.asOf})
            </option>
          ))}
        </select>
        <FieldMessage id={documentField.error} message={documentField.message} />
        <label htmlFor={`${id}-quote`}>{t('edit.relation.quote')}</label>
        <textarea
          id={`${id}-quote`}
          lang="da"
          rows={2}
          value={quote}
          onChange={(event) => setQuote(event.target.value)}
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

        <div className="detail-actions">
          <button type="submit" disabled={loading}>
            {loading ? t('edit.saving') : t('edit.relation.add')}
          </button>
        </div>
        {problems.general && (
          <p className="field-error" role="alert">
            {problems.general}
          </p>
        )}
        {added && (
          <p className="muted" role="status">
            {t('edit.relation.added')}
          </p>
        )}
      </form>
    </details>
  );
}

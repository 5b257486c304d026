/**
 * The node's trail in the detail panel, newest first: "Rettet: ændret af … den 30.11.2026", each
 * with "Fortryd" (an audited compensating change; refused with the reason when the record has
 * changed since).
 */
import { useState } from 'react';
import { useNodeChanges } from '../../api/get-node-changes.js';
import { useRevertChange } from '../../api/revert-change.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems } from './edit-errors.js';
import { trailEntryWords } from './trail-words.js';
import './edit.css';

export function ChangeTrail({ nodeId, canEdit }: { nodeId: string; canEdit: boolean }) {
  const { t, lang } = useT();
  const { data } = useNodeChanges(nodeId);
  const [revertChange, { loading }] = useRevertChange();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const changes = data?.node?.changes.edges.map((edge) => edge.node) ?? [];

  const undo = async (auditId: string): Promise<void> => {
    setMessage(null);
    try {
      await revertChange({ variables: { input: { auditId } } });
      setMessage({ text: t('trail.undone'), error: false });
    } catch (error: unknown) {
      const problems = editProblems(error, lang, t);
      const conflict = problems.conflict
        ? t('edit.conflict.body', { current: String(problems.conflict.version), yours: '–' })
        : null;
      setMessage({
        text: conflict ?? Object.values(problems.fields)[0] ?? problems.general ?? t('edit.failed'),
        error: true,
      });
    }
  };

  return (
    <section className="change-trail" data-testid="change-trail">
      <h3>{t('trail.title')}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t('trail.empty')}</p>
      ) : (
        <ol>
          {changes.map((change) => (
            <li key={change.id}>
              <span>{trailEntryWords(change, t, lang)}</span>
              {change.revertOf && <span className="muted small"> ({t('trail.reverts')})</span>}
              {change.reason && <span className="muted small"> – {change.reason}</span>}
              {canEdit && (
                <button
                  type="button"
                  className="small"
                  disabled={loading}
                  onClick={() => void undo(change.id)}
                >
                  {t('trail.undo')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {message && (
        <p className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

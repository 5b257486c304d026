/** "Afslut relation": ends the relation today; it stays in the history with its end date. */
import { useState } from 'react';
import { useEndRelation } from '../../api/end-relation.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems } from './edit-errors.js';

export function EndRelationButton({ edgeId, version }: { edgeId: string; version: number }) {
  const { t, lang } = useT();
  const [endRelation, { loading }] = useEndRelation();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const end = async (): Promise<void> => {
    try {
      await endRelation({ variables: { input: { edgeId, expectedVersion: version } } });
      setMessage({ text: t('edit.relation.ended'), error: false });
    } catch (error: unknown) {
      const problems = editProblems(error, lang, t);
      const first = Object.values(problems.fields)[0];
      setMessage({ text: first ?? problems.general ?? t('edit.failed'), error: true });
    }
  };
  return (
    <>
      <button type="button" className="small" disabled={loading} onClick={() => void end()}>
        {t('edit.relation.end')}
      </button>
      {message && (
        <span className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
    </>
  );
}

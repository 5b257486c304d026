/** "Træk tilbage" on one status statement; the trail keeps what was retracted. */
import { useState } from 'react';
import { useRetractStatus } from '../../api/retract-status.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems } from './edit-errors.js';

export function RetractStatusButton({
  nodeId,
  seq,
  version,
}: {
  nodeId: string;
  seq: number;
  version: number;
}) {
  const { t, lang } = useT();
  const [retractStatus, { loading }] = useRetractStatus();
  const [error, setError] = useState<string | null>(null);
  const retract = async (): Promise<void> => {
    try {
      await retractStatus({ variables: { input: { nodeId, seq, expectedVersion: version } } });
    } catch (caught: unknown) {
      const problems = editProblems(caught, lang, t);
      setError(Object.values(problems.fields)[0] ?? problems.general ?? t('edit.failed'));
    }
  };
  return (
    <>
      <button type="button" className="small" disabled={loading} onClick={() => void retract()}>
        {t('edit.status.retract')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

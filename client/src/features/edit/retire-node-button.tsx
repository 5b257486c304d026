/** "Afslut node": ends the node's validity today (never a delete); asks first. */
import { useState } from 'react';
import { useRetireNode } from '../../api/retire-node.js';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems } from './edit-errors.js';

export function RetireNodeButton({ nodeId, version }: { nodeId: string; version: number }) {
  const { t, lang } = useT();
  const [retireNode, { loading }] = useRetireNode();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const retire = async (): Promise<void> => {
    if (!window.confirm(t('edit.node.retireConfirm'))) return;
    try {
      await retireNode({ variables: { input: { id: nodeId, expectedVersion: version } } });
      setMessage({ text: t('edit.node.retired'), error: false });
    } catch (error: unknown) {
      const problems = editProblems(error, lang, t);
      const first = Object.values(problems.fields)[0];
      setMessage({ text: first ?? problems.general ?? t('edit.failed'), error: true });
    }
  };
  return (
    <>
      <button type="button" disabled={loading} onClick={() => void retire()}>
        {t('edit.node.retire')}
      </button>
      {message && (
        <p className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </>
  );
}

/**
 * Edits by others, live: while a node is selected, a write to it or anything upstream of it
 * shows a notice (who, what) and the open views refetch, so the change is on screen at once.
 */
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useGraphChanged } from '../../api/on-graph-changed.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import './changes.css';

export function LiveNotice() {
  const { t, lang } = useT();
  const [view] = useViewState();
  const client = useApolloClient();
  const { data } = useGraphChanged(view.node);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const event = data?.graphChanged;

  useEffect(() => {
    if (event) void client.refetchQueries({ include: 'active' });
  }, [event, client]);

  if (!event || dismissed === event.at) return null;
  const names = event.nodes.map((n) => (lang === 'en' ? (n.nameEn ?? n.nameDa) : n.nameDa)).join(', ');
  return (
    <div className="live-notice" role="status" data-testid="live-notice">
      {t('live.changed', {
        who: event.actorName ?? t('live.someone'),
        what: names || event.edgeIds.join(', '),
      })}
      <button type="button" onClick={() => setDismissed(event.at)}>
        {t('live.dismiss')}
      </button>
    </div>
  );
}

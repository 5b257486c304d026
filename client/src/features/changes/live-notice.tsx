/**
 * Edits by others, live: while a node is selected, a write to it or anything upstream of it
 * shows a notice (who, what) with a button that refetches the open views. Not refetched
 * unasked: an edit form the user has open must not change under them.
 */
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
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

  if (!event || dismissed === event.at) return null;
  const names = event.nodes.map((n) => (lang === 'en' ? (n.nameEn ?? n.nameDa) : n.nameDa)).join(', ');
  return (
    <div className="live-notice" role="status" data-testid="live-notice">
      {t('live.changed', {
        who: event.actorName ?? t('live.someone'),
        what: names || event.edgeIds.join(', '),
      })}
      <button
        type="button"
        onClick={() => {
          setDismissed(event.at);
          void client.refetchQueries({ include: 'active' });
        }}
      >
        {t('live.show')}
      </button>
      <button type="button" onClick={() => setDismissed(event.at)}>
        {t('live.dismiss')}
      </button>
    </div>
  );
}

/** "Følg" / "Følger": watch a node from the detail panel (a toggle button, aria-pressed). */
import { useState } from 'react';
import { useT } from '../../shared/i18n/use-t.js';
import { useWatched } from './use-watched.js';
import { WatchLimitError } from './watch-store.js';

export function WatchToggle({ nodeId, name }: { nodeId: string; name: string }) {
  const { t } = useT();
  const watched = useWatched();
  const [problem, setProblem] = useState<string | null>(null);
  const on = watched.isWatched(nodeId);
  const toggle = (): void => {
    try {
      if (on) watched.unwatch(nodeId);
      else watched.watch(nodeId);
      setProblem(null);
    } catch (error) {
      setProblem(
        error instanceof WatchLimitError
          ? t('watch.full', { max: error.max })
          : t('watch.storageFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  return (
    <>
      <button
        type="button"
        className={on ? 'watch-toggle on' : 'watch-toggle'}
        aria-pressed={on}
        title={on ? t('watch.stopHint', { name }) : t('watch.startHint', { name })}
        data-testid="watch-toggle"
        onClick={toggle}
      >
        {on ? t('watch.watching') : t('watch.watch')}
      </button>
      {problem && (
        <p className="watch-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** Focus on what is upstream or downstream of the selection, how deep, and dim or hide the rest. */
import { useT } from '../../shared/i18n/use-t.js';
import { MAX_DEPTH, MIN_DEPTH, useViewState } from '../../shared/url-state.js';
import type { FocusDirection } from '../../shared/url-state.js';
import './focus.css';

const DIRECTIONS: readonly {
  value: FocusDirection | null;
  key: 'focus.off' | 'focus.up' | 'focus.down' | 'focus.both';
}[] = [
  { value: null, key: 'focus.off' },
  { value: 'up', key: 'focus.up' },
  { value: 'down', key: 'focus.down' },
  { value: 'both', key: 'focus.both' },
];

export function FocusControls() {
  const { t } = useT();
  const [view, update] = useViewState();
  const disabled = view.node === null;
  const expanded = view.node !== null && view.expand.includes(view.node);

  return (
    <div className="focus-controls" role="group" aria-label={t('focus.title')}>
      <span className="toolbar-label">{t('focus.title')}</span>
      <div className="segmented">
        {DIRECTIONS.map((direction) => (
          <button
            key={direction.key}
            type="button"
            aria-pressed={view.focus === direction.value}
            disabled={disabled && direction.value !== null}
            title={disabled ? t('focus.needsSelection') : undefined}
            onClick={() => update({ focus: direction.value, expand: direction.value ? view.expand : [] })}
          >
            {t(direction.key)}
          </button>
        ))}
      </div>
      {view.focus && (
        <>
          <label className="depth">
            {t('focus.depth')}
            <input
              type="number"
              min={MIN_DEPTH}
              max={MAX_DEPTH}
              value={view.depth}
              onChange={(event) => {
                const depth = Number(event.target.value);
                if (Number.isInteger(depth) && depth >= MIN_DEPTH && depth <= MAX_DEPTH)
                  update({ depth }, { replace: true });
              }}
            />
          </label>
          <div className="segmented">
            <button
              type="button"
              aria-pressed={view.focusMode === 'dim'}
              onClick={() => update({ focusMode: 'dim' })}
            >
              {t('focus.dim')}
            </button>
            <button
              type="button"
              aria-pressed={view.focusMode === 'only'}
              onClick={() => update({ focusMode: 'only' })}
            >
              {t('focus.only')}
            </button>
          </div>
          {view.focusMode === 'only' && view.node && (
            <button
              type="button"
              onClick={() => {
                const id = view.node;
                if (id === null) return;
                update({
                  expand: expanded ? view.expand.filter((other) => other !== id) : [...view.expand, id],
                });
              }}
            >
              {expanded ? t('focus.collapse') : t('focus.expand')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

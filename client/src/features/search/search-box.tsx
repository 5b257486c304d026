/**
 * The "Søg" box: suggestions as you type (the server's Danish-aware search), arrow keys to move,
 * Enter to jump. Follows the WAI-ARIA combobox pattern so screen readers announce suggestions.
 */
import { useDeferredValue, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useSearchNodes } from '../../api/search-nodes.js';
import { useT } from '../../shared/i18n/use-t.js';
import { displayName } from '../graph/graph-elements.js';
import { FamilySwatch } from '../legend/swatches.js';
import './search.css';

/** The API's bound on search text (`TEXT.short` in `server/api/limits.ts`); typing stops there instead of failing. */
const MAX_SEARCH_TEXT = 200;

export interface SearchBoxProps {
  onPick: (id: string) => void;
  /** Another use of the same box (the path finder's "Find vej til…"): its label and look. */
  label?: string;
  placeholder?: string;
  className?: string;
  inputId?: string;
}

export function SearchBox({ onPick, label, placeholder, className, inputId }: SearchBoxProps) {
  const { t, lang } = useT();
  const generated = useId();
  const id = inputId ?? generated;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(text);
  const { data, loading, error } = useSearchNodes(deferred);
  const results = data?.search ?? [];
  const showList = open && deferred.trim().length >= 2;

  const pick = (nodeId: string): void => {
    onPick(nodeId);
    setOpen(false);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(results.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter') {
      const chosen = results[active];
      if (chosen) {
        event.preventDefault();
        pick(chosen.id);
      }
    } else if (event.key === 'Escape' && showList) {
      // Closing the suggestions uses the key; the panel behind stays open.
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className={className ?? 'search'}>
      <label htmlFor={`${id}-input`} className="search-label">
        {label ?? t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${id}-option-${active}` : undefined}
        maxLength={MAX_SEARCH_TEXT}
        placeholder={placeholder ?? t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul
          id={`${id}-list`}
          role="listbox"
          className="search-results"
          aria-label={label ?? t('search.label')}
        >
          {error && <li className="search-message">{t('search.error')}</li>}
          {!error && loading && results.length === 0 && (
            <li className="search-message">{t('search.loading')}</li>
          )}
          {!error && !loading && results.length === 0 && (
            <li className="search-message">{t('search.none', { text: deferred.trim() })}</li>
          )}
          {results.map((node, index) => (
            <li
              key={node.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // Keep focus in the input; the click still lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(node.id)}
            >
              <FamilySwatch family={node.statusFamily} />
              <span className="search-name">{displayName(node, lang)}</span>
              <span className="search-kind">{t(`label.${node.label}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

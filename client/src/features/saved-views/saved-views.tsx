/**
 * "Gemte visninger": name and save the current view, open it again, copy a link that opens it for
 * anyone. The view is the URL (`shared/url-state.ts`), so saving it is saving the query string.
 */
import { useId, useMemo, useState } from 'react';
import { useMe } from '../../api/get-me.js';
import type { FormEvent } from 'react';
import { useT } from '../../shared/i18n/use-t.js';
import { parseViewState, serializeViewState, updateView, useViewState } from '../../shared/url-state.js';
import { MAX_VIEW_NAME, checkViewName, deleteView, readSavedViews, saveView } from './saved-views-store.js';
import type { SavedView } from './saved-views-store.js';
import './saved-views.css';

function linkTo(search: string): string {
  return `${window.location.origin}${window.location.pathname}${search}`;
}

export function SavedViews() {
  const { t } = useT();
  const id = useId();
  const [view] = useViewState();
  // Signed in (or the local user of a quick start): the views are that user's; anonymous: the browser's.
  const me = useMe().data?.me;
  const user = me && me.kind !== 'ANONYMOUS' ? { id: me.id, name: me.name } : null;
  const userId = user?.id ?? null;
  const [written, setWritten] = useState<{ userId: string | null; views: SavedView[] } | null>(null);
  const stored = useMemo(() => readSavedViews(window.localStorage, userId), [userId]);
  const views = written && written.userId === userId ? written.views : stored;
  const setViews = (next: SavedView[]): void => setWritten({ userId, views: next });
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const problem = checkViewName(name);
    if (problem) {
      setMessage({
        text:
          problem === 'required' ? t('views.nameRequired') : t('views.nameTooLong', { max: MAX_VIEW_NAME }),
        error: true,
      });
      return;
    }
    try {
      setViews(saveView(window.localStorage, userId, { name, search: serializeViewState(view) }));
      setMessage({ text: t('views.saved', { name: name.trim() }), error: false });
      setName('');
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  const copy = (saved: SavedView): void => {
    navigator.clipboard
      .writeText(linkTo(saved.search))
      .then(() => setMessage({ text: t('views.copied'), error: false }))
      .catch((error: unknown) =>
        setMessage({ text: error instanceof Error ? error.message : String(error), error: true }),
      );
  };

  return (
    <section className="saved-views panel-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('views.title')}</h2>
      <form className="saved-views-form" onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-name`} className="visually-hidden">
          {t('views.name')}
        </label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={MAX_VIEW_NAME + 1}
          placeholder={t('views.name')}
          aria-invalid={message?.error === true}
          aria-describedby={`${id}-message`}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit">{t('views.save')}</button>
      </form>
      <p
        id={`${id}-message`}
        role="status"
        className={message?.error ? 'views-message error' : 'views-message'}
      >
        {message?.text ?? ''}
      </p>
      {views.length === 0 ? (
        <p className="small muted">{t('views.none')}</p>
      ) : (
        <ul className="saved-views-list" data-testid="saved-views">
          {views.map((saved) => (
            <li key={saved.name}>
              <a
                href={linkTo(saved.search)}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  updateView(parseViewState(saved.search));
                }}
              >
                {saved.name}
              </a>
              <button type="button" className="link-button small" onClick={() => copy(saved)}>
                {t('views.copy')}
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('views.delete', { name: saved.name })}
                onClick={() => setViews(deleteView(window.localStorage, userId, saved.name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="small muted">{user ? t('views.whereUser', { user: user.name }) : t('views.where')}</p>
    </section>
  );
}

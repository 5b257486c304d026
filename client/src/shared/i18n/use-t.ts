/** The current language (from the URL) and a translator bound to it. */
import { useCallback } from 'react';
import { useViewState } from '../url-state.js';
import { translate } from './dictionary.js';
import type { Lang, MessageKey } from './dictionary.js';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function useT(): { lang: Lang; t: Translate } {
  const [{ lang }] = useViewState();
  const t = useCallback<Translate>((key, params) => translate(lang, key, params), [lang]);
  return { lang, t };
}

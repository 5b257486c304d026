import * as accountMessages from './messages/account.js';
import * as appMessages from './messages/app.js';
import * as boardMessages from './messages/board.js';
import * as changesMessages from './messages/changes.js';
import * as dateFieldMessages from './messages/date-field.js';
import * as detailMessages from './messages/detail.js';
import * as domainMessages from './messages/domain.js';
import * as editMessages from './messages/edit.js';
import * as exportMessages from './messages/export.js';
import * as filtersMessages from './messages/filters.js';
import * as focusMessages from './messages/focus.js';
import * as graphMessages from './messages/graph.js';
import * as impactMessages from './messages/impact.js';
import * as legendMessages from './messages/legend.js';
import * as listMessages from './messages/list.js';
import * as pathsMessages from './messages/paths.js';
import * as savedViewsMessages from './messages/saved-views.js';
import * as searchMessages from './messages/search.js';
import * as timeMessages from './messages/time.js';
import * as watchMessages from './messages/watch.js';

/**
 * Every user-facing string of the explorer, Danish first (the users' language) and English by
 * the switch. Each feature keeps its strings in `messages/<feature>.ts`, its `en` table typed against
 * its `da` keys, so a string missing in either language is a compile error, and `dictionary.test.ts`
 * checks the same at run time. A new feature adds its own file and one line to each table below.
 */
export const da = {
  ...appMessages.da,
  ...searchMessages.da,
  ...filtersMessages.da,
  ...legendMessages.da,
  ...graphMessages.da,
  ...savedViewsMessages.da,
  ...focusMessages.da,
  ...timeMessages.da,
  ...exportMessages.da,
  ...listMessages.da,
  ...detailMessages.da,
  ...impactMessages.da,
  ...boardMessages.da,
  ...pathsMessages.da,
  ...domainMessages.da,
  ...accountMessages.da,
  ...changesMessages.da,
  ...editMessages.da,
  ...watchMessages.da,
  ...dateFieldMessages.da,
} as const;

/** A key of the dictionary: the only way UI code names a string. */
export type MessageKey = keyof typeof da;

const enTables = {
  ...appMessages.en,
  ...searchMessages.en,
  ...filtersMessages.en,
  ...legendMessages.en,
  ...graphMessages.en,
  ...savedViewsMessages.en,
  ...focusMessages.en,
  ...timeMessages.en,
  ...exportMessages.en,
  ...listMessages.en,
  ...detailMessages.en,
  ...impactMessages.en,
  ...boardMessages.en,
  ...pathsMessages.en,
  ...domainMessages.en,
  ...accountMessages.en,
  ...changesMessages.en,
  ...editMessages.en,
  ...watchMessages.en,
  ...dateFieldMessages.en,
};

/** A table spread into `en` but not into `da` leaves English-only keys, which fail to compile here. */
type EnglishOnlyKey = Exclude<keyof typeof enTables, MessageKey>;

export const en: { readonly [K in MessageKey]: string } & Record<EnglishOnlyKey, never> = enTables;

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

export const dictionaries: { readonly [L in Lang]: { readonly [K in MessageKey]: string } } = { da, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(da, key);
}

/** The data codes the dictionary names: node sub-kinds and the coded edge properties. */
export type CodeFamily = 'kind' | 'role' | 'mode' | 'dependencyKind';

/**
 * A data code in words (`trial` → "Prøvehandling"). A code the dictionary does not know is shown
 * as written, underscores as spaces, so a new code degrades to readable text instead of a key.
 */
export function codeName(lang: Lang, family: CodeFamily, code: string): string {
  const key = `${family}.${code}`;
  return isMessageKey(key) ? translate(lang, key) : code.replace(/_/g, ' ');
}

/**
 * Whether a value is a code (`follow_up`) rather than a document's own words ("formand og
 * næstformand"), which some free-text edge properties such as `role` also hold.
 */
export function isDataCode(value: string): boolean {
  return /^[a-z][a-z0-9_]*$/.test(value);
}

/** A node's sub-kind in words; a kind the dictionary does not know is shown as written. */
export function kindName(lang: Lang, kind: string): string {
  return codeName(lang, 'kind', kind);
}

/** Looks a key up and fills `{name}` placeholders; a missing parameter stays visible. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * One entry of the audit trail in words, as the detail panel's history says it ("Status
 * registreret: ændret af … den 30.11.2026"), and as "Fulgte" repeats it for what was recorded
 * upstream since the last visit: one wording, so both say the same thing the same way.
 */
import { isMessageKey, type Lang } from '../../shared/i18n/dictionary.js';
import type { Translate } from '../../shared/i18n/use-t.js';

/** What any trail query selects for the words. */
export interface TrailEntry {
  at: string;
  mutation: string;
  actor: { kind: string; name: string };
}

/** The trail's date: dd.mm.åååå in Copenhagen time, as the trail has always shown it. */
export function trailDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
}

export function trailEntryWords(entry: TrailEntry, t: Translate, lang: Lang): string {
  const key = `mutation.${entry.mutation}`;
  return t('trail.entry', {
    mutation: isMessageKey(key) ? t(key) : entry.mutation,
    // Readers who may not read the audit trail are told that someone made it.
    name: entry.actor.kind === 'hidden' ? t('trail.someone') : entry.actor.name,
    date: trailDate(entry.at, lang),
  });
}

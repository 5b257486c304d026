/**
 * A change in words, as "Hvad er ændret?" and the "Fulgte" panel both show it: before -> after for
 * a status, the new status for what appeared, the relation for relation changes.
 */
import type { Lang, MessageKey } from '../../shared/i18n/dictionary.js';
import type { Translate } from '../../shared/i18n/use-t.js';

interface StatusWords {
  labelDa: string;
  labelEn: string;
}

/** What any change query selects for the words. */
export interface DescribableChange {
  kind: string;
  before?: StatusWords | null;
  after?: StatusWords | null;
  edge?: { source: string; type: string; target: string } | null;
  /** The relation's other end, named; its id is shown where a query did not ask for it. */
  relationTarget?: { nameDa: string; nameEn?: string | null } | null;
}

export function statusInWords(status: StatusWords | null | undefined, t: Translate, lang: Lang): string {
  return status ? (lang === 'en' ? status.labelEn : status.labelDa) : t('changes.noStatus');
}

export function describeChange(change: DescribableChange, t: Translate, lang: Lang): string {
  if (change.kind === 'STATUS_CHANGED') {
    return `${statusInWords(change.before, t, lang)} → ${statusInWords(change.after, t, lang)}`;
  }
  if (change.kind === 'APPEARED') return change.after ? `→ ${statusInWords(change.after, t, lang)}` : '';
  if (change.edge) return `→ ${relationInWords(change.edge.type, t)} → ${relationTargetName(change, lang)}`;
  return '';
}

/** "Del af" reads as "del af" inside a sentence. */
export function relationInWords(type: string, t: Translate): string {
  const text = t(`rel.out.${type}` as MessageKey);
  return text.charAt(0).toLocaleLowerCase('da-DK') + text.slice(1);
}

function relationTargetName(change: DescribableChange, lang: Lang): string {
  const target = change.relationTarget;
  if (!target) return change.edge?.target ?? '';
  return lang === 'en' ? (target.nameEn ?? target.nameDa) : target.nameDa;
}

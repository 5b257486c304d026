/**
 * The banner that says the view is not today ("Du ser komplekset, som det så ud 1. juni 2024"),
 * and the date of the newest source, so nobody mistakes old data for current.
 */
import { useDocuments } from '../../api/get-documents.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { dateInWords, todayIso } from './date-words.js';
import './time.css';

export function AsOfBanner() {
  const { t, lang } = useT();
  const [view, update] = useViewState();
  const documents = useDocuments();
  const newest = (documents.data?.documents ?? [])
    .map((d) => d.asOf)
    .filter((date) => date <= todayIso())
    .sort()
    .at(-1);
  const asOf = view.asOf && view.asOf !== todayIso() ? view.asOf : null;
  return (
    <div
      className={asOf ? 'as-of-banner past' : 'as-of-banner'}
      role={asOf ? 'status' : undefined}
      data-testid="as-of-banner"
    >
      {asOf && (
        <>
          <strong>
            {t(asOf < todayIso() ? 'banner.past' : 'banner.future', { date: dateInWords(asOf, lang) })}
          </strong>
          <button type="button" onClick={() => update({ asOf: null })}>
            {t('banner.backToToday')}
          </button>
        </>
      )}
      {newest && (
        <span className="newest-source" data-testid="newest-source">
          {t('banner.newestSource', { date: dateInWords(newest, lang) })}
        </span>
      )}
    </div>
  );
}

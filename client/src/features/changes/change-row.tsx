/**
 * One change of "Hvad er ændret?" in words: the date, what changed (before -> after for a
 * status; "kilde → relationstype → mål" for a relation), the source's own words and document,
 * and, for an edit made in the app, who recorded it and when (only roles that may read the audit
 * trail are told; the API answers null to the rest).
 */
import type { ChangesQuery } from '../../gql/graphql.js';
import { formatDate, todayIso as localDay } from '../../shared/format.js';
import type { MessageKey } from '../../shared/i18n/dictionary.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { dateInWords } from '../time/date-words.js';

export type Change = ChangesQuery['changes']['edges'][number]['node'];

type Named = { id: string; nameDa: string; nameEn?: string | null };

export function ChangeRow({ change, showKind }: { change: Change; showKind: boolean }) {
  const { t, lang } = useT();
  const [, update] = useViewState();
  const name = (n: Named) => (lang === 'en' ? (n.nameEn ?? n.nameDa) : n.nameDa);
  const status = (o: { labelDa: string; labelEn: string } | null | undefined) =>
    o ? (lang === 'en' ? o.labelEn : o.labelDa) : t('changes.noStatus');
  const link = (node: Named) => (
    <button type="button" className="link" onClick={() => update({ node: node.id })}>
      {name(node)}
    </button>
  );
  const edge = change.edge;
  const quoted = edge?.sources.find((s) => s.quote);
  // The quote names its own document; the change's source line is left out when it is the same.
  const validitySource =
    change.document && change.document.id !== quoted?.document.id ? change.document : null;
  const inWords = (d: { title: string; asOf: string }) => `${d.title} (${dateInWords(d.asOf, lang)})`;

  // The arrows read the same in both languages: "kilde → relationstype → mål".
  const what = edge ? (
    <span className="change-relation">
      {link(change.node)} →{' '}
      <span className="change-words">{lowerFirst(t(`rel.out.${edge.type}` as MessageKey))}</span> →{' '}
      {change.relationTarget ? link(change.relationTarget) : <code>{edge.target}</code>}
    </span>
  ) : (
    <>
      {link(change.node)}
      <span className="change-words"> {describeStatus(change, status)}</span>
    </>
  );

  return (
    <li className={`change change-${change.kind.toLowerCase()}`}>
      <span className="change-date">{dateInWords(change.date, lang)}</span> {what}
      {showKind && <span className="change-kind"> · {t(`changes.kind.${change.kind}` as MessageKey)}</span>}
      {change.kind === 'STATUS_CHANGED' && change.after?.textDa && (
        <q className="change-quote" lang="da">
          {change.after.textDa}
        </q>
      )}
      {quoted?.quote && (
        <span className="change-quote">
          {t('changes.relationQuote')} <q lang="da">{quoted.quote}</q>{' '}
          <span className="change-source">{t('changes.source', { source: inWords(quoted.document) })}</span>
        </span>
      )}
      {validitySource && (
        <span className="change-source"> {t('changes.source', { source: inWords(validitySource) })}</span>
      )}
      {change.recordedBy && change.recordedAt && (
        <span className="change-recorded">
          {' · '}
          {t('changes.recorded', {
            who: change.recordedBy,
            when: formatDate(localDay(new Date(change.recordedAt)), lang),
          })}
        </span>
      )}
    </li>
  );
}

function describeStatus(
  change: Change,
  status: (o: { labelDa: string; labelEn: string } | null | undefined) => string,
): string {
  if (change.kind === 'STATUS_CHANGED') return `${status(change.before)} → ${status(change.after)}`;
  if (change.kind === 'APPEARED' && change.after) return `→ ${status(change.after)}`;
  return '';
}

/** "Del af" reads as "del af" inside a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('da-DK') + text.slice(1);
}

/**
 * "Fulgte": the nodes a user watches, each with what changed upstream of it (the node and what
 * it awaits, depends on or derives from) since the last visit: a count, the changes dated since
 * then in words with their sources, and what was recorded in the app since then whatever date it
 * carries (a correction from an older document), worded as the detail panel's history words it.
 * Opening a node, or "Set", marks it visited. While the explorer is open the watched nodes'
 * upstream is subscribed to, so a change made elsewhere shows at once.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useGraphChangedUpstreamOfAny } from '../../api/on-graph-changed.js';
import { RecordedChangesQuery, useRecordedChanges } from '../../api/get-recorded-changes.js';
import { useWatchedChanges, WatchedChangesQuery } from '../../api/get-watched-changes.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { formatDate } from '../../shared/format.js';
import { describeChange } from '../changes/change-words.js';
import { trailEntryWords } from '../edit/trail-words.js';
import { dateInWords, todayIso } from '../time/date-words.js';
import { useWatched, type Watched } from './use-watched.js';
import { changeKey, dayBefore, newChanges, visitedAt, type WatchedNode } from './watch-store.js';
import { reportNews } from './watch-news.js';
import './watch.css';

/** Changes (and recorded entries) read per watched node; the count says when there are more. */
const READ = 100;
/** Changes listed before "show all". */
const LISTED = 5;

export function WatchedPanel() {
  const { t } = useT();
  const id = useId();
  const watched = useWatched();
  const client = useApolloClient();
  // One subscription for the whole list; any change upstream of any watched node rereads them all.
  useGraphChangedUpstreamOfAny(
    watched.list.map((w) => w.id),
    () => void client.refetchQueries({ include: [WatchedChangesQuery, RecordedChangesQuery] }),
  );
  return (
    <section className="watched panel-section" aria-labelledby={`${id}-heading`} data-testid="watched-panel">
      <h2 id={`${id}-heading`}>{t('watch.title')}</h2>
      {watched.list.length === 0 ? (
        <p className="small muted">{t('watch.none')}</p>
      ) : (
        <ul className="watched-list">
          {watched.list.map((entry) => (
            <WatchedItem key={entry.id} entry={entry} watched={watched} />
          ))}
        </ul>
      )}
      <p className="small muted">
        {watched.user ? t('watch.whereUser', { user: watched.user.name }) : t('watch.where')}
      </p>
    </section>
  );
}

function WatchedItem({ entry, watched }: { entry: WatchedNode; watched: Watched }) {
  const { t, lang } = useT();
  const id = useId();
  const [view, update] = useViewState();
  const [showAll, setShowAll] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const to = todayIso();
  const query = useWatchedChanges(entry.id, { from: dayBefore(entry.seenOn), to }, READ);
  const recordedQuery = useRecordedChanges(entry.id, visitedAt(entry), READ);
  const name = (n: { nameDa: string; nameEn?: string | null }) =>
    lang === 'en' ? (n.nameEn ?? n.nameDa) : n.nameDa;

  // Counted once both lists are read: the dated list decides what the recorded one leaves out.
  const read = query.loading || recordedQuery.loading ? undefined : query.data;
  const changes = read?.changes.edges.map((e) => e.node) ?? [];
  const fresh = newChanges(entry, changes);
  const datedCount =
    entry.seenKeys === null ? 0 : (read?.changes.totalCount ?? 0) - (changes.length - fresh.length);
  // A recording the dated list shows (a status dated since the visit) is listed there only.
  const shownDated = new Set(changes.flatMap((c) => (c.recordingId ? [c.recordingId] : [])));
  const recordedRead = read ? recordedQuery.data?.recordedChanges : undefined;
  const recorded = recordedRead?.edges.map((e) => e.node) ?? [];
  const recordedFresh = recorded.filter((r) => !shownDated.has(r.id));
  const recordedCount = (recordedRead?.totalCount ?? 0) - (recorded.length - recordedFresh.length);
  const count = datedCount + recordedCount;
  const loadedCount = fresh.length + recordedFresh.length;
  const nodeName = read?.node ? name(read.node) : entry.id;
  useEffect(() => {
    reportNews(entry.id, count);
  }, [entry.id, count]);
  useEffect(() => () => reportNews(entry.id, null), [entry.id]);

  const tryStore = (change: () => void): void => {
    try {
      change();
      setProblem(null);
    } catch (error) {
      setProblem(
        t('watch.storageFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  // What is in front of the user now counts as seen; unread (null) resolves on the next read.
  const seenNow = (): string[] | null => (read ? changes.map(changeKey) : null);

  // Just watched or opened before a read: the first read's changes are what was seen.
  useEffect(() => {
    if (entry.seenKeys !== null || !read) return;
    const keys = read.changes.edges.map((e) => e.node).filter((c) => c.date === entry.seenOn);
    tryStore(() => watched.markSeen(entry.id, keys.map(changeKey)));
    // Runs when a read completes, or the entry is marked unread.
  }, [read, entry.seenKeys]);

  // Opening the node is a visit: marked as it opens, not for as long as it stays open.
  const selected = view.node === entry.id;
  const wasSelected = useRef(false);
  useEffect(() => {
    if (selected && !wasSelected.current) tryStore(() => watched.markSeen(entry.id, seenNow()));
    wasSelected.current = selected;
    // A visit is the moment of opening: only `selected` matters.
  }, [selected]);

  const listed = showAll ? fresh : fresh.slice(0, LISTED);
  const recordedListed = showAll ? recordedFresh : recordedFresh.slice(0, LISTED);
  return (
    <li className="watched-item" data-testid="watched-item" data-node={entry.id}>
      <div className="watched-head">
        <button type="button" className="link" onClick={() => update({ node: entry.id })}>
          {nodeName}
        </button>
        {count > 0 && (
          <span
            className="watch-badge"
            data-testid="watch-badge"
            aria-label={count === 1 ? t('watch.newCountOne') : t('watch.newCount', { n: count })}
          >
            {count}
          </span>
        )}
        <button
          type="button"
          className="link-button small"
          aria-label={t('watch.markSeenFor', { name: nodeName })}
          onClick={() => tryStore(() => watched.markSeen(entry.id, seenNow()))}
          disabled={count === 0}
        >
          {t('watch.markSeen')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('watch.stopFor', { name: nodeName })}
          onClick={() => tryStore(() => watched.unwatch(entry.id))}
        >
          ×
        </button>
      </div>
      <p className="small muted" data-testid="watch-summary" aria-live="polite">
        {query.error || recordedQuery.error
          ? t('watch.error')
          : !read
            ? t('watch.loading')
            : count === 0
              ? t('watch.nothingNew', { date: dateInWords(entry.seenOn, lang) })
              : count === 1
                ? t('watch.newSinceOne', { date: dateInWords(entry.seenOn, lang) })
                : t('watch.newSince', { n: count, date: dateInWords(entry.seenOn, lang) })}
      </p>
      {problem && (
        <p className="watch-problem" role="alert">
          {problem}
        </p>
      )}
      {listed.length > 0 && (
        <ul className="watched-changes" aria-label={t('watch.changesOf', { name: nodeName })}>
          {listed.map((change) => (
            <li key={changeKey(change)}>
              <span className="change-date">{dateInWords(change.date, lang)}</span>{' '}
              <span className="change-node">{name(change.node)}</span>
              <span className="change-kind"> · {t(`changes.kind.${change.kind}`)}</span>
              <span className="change-words"> {describeChange(change, t, lang)}</span>
              {change.document && (
                <span className="change-source">
                  {' '}
                  {t('changes.source', {
                    source: `${change.document.title} (${dateInWords(change.document.asOf, lang)})`,
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {recordedListed.length > 0 && (
        <>
          <h3 className="watched-subhead" id={`${id}-recorded`}>
            {t('watch.recordedTitle')}
          </h3>
          <ul className="watched-changes" aria-labelledby={`${id}-recorded`} data-testid="watched-recorded">
            {recordedListed.map((recording) => (
              <li key={recording.id}>
                <span className="change-node">{recording.nodes.map(name).join(', ')}</span>{' '}
                <span className="change-words">{trailEntryWords(recording, t, lang)}</span>
                {recording.statusesRecorded.map(({ nodeId, status }) => (
                  <span
                    key={`${nodeId}-${status.seq}`}
                    className="change-words"
                    data-testid="recorded-status"
                  >
                    {' '}
                    {/* Which node, when the recording wrote more than one. */}
                    {recording.nodes.length > 1 &&
                      `${name(recording.nodes.find((n) => n.id === nodeId) ?? { nameDa: nodeId })} `}
                    {t('watch.statusRecorded', {
                      status: lang === 'en' ? status.labelEn : status.labelDa,
                      date: formatDate(status.date, lang),
                    })}
                  </span>
                ))}
                {recording.revertOf && <span className="change-source"> ({t('trail.reverts')})</span>}
                {recording.reason && <span className="change-source"> – {recording.reason}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {(fresh.length > LISTED || recordedFresh.length > LISTED) && (
        <button type="button" className="link-button small" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('watch.showFewer') : t('watch.showAll', { n: loadedCount })}
        </button>
      )}
      {count > loadedCount && <p className="small muted">{t('watch.more', { n: count - loadedCount })}</p>}
    </li>
  );
}

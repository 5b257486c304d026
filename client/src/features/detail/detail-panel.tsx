/**
 * Everything about the selected node: names, kind, current status with its date, the status
 * history as a timeline, horizon, sources with quote and confidence, and relations grouped by type,
 * each a link to the other node.
 */
import { Fragment } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useNodeDetail } from '../../api/get-node-detail.js';
import type { NodeDetailQuery, StatusEntryFragment } from '../../gql/graphql.js';
import type { RelationType } from '../../shared/domain.js';
import { codeName, isDataCode, kindName } from '../../shared/i18n/dictionary.js';
import type { CodeFamily, Lang } from '../../shared/i18n/dictionary.js';
import { useT } from '../../shared/i18n/use-t.js';
import type { Translate } from '../../shared/i18n/use-t.js';
import { serializeViewState, useViewState } from '../../shared/url-state.js';
import type { ViewState } from '../../shared/url-state.js';
import { BreakableText } from '../../shared/breakable-text.js';
import { formatDate } from '../../shared/format.js';
import { displayName } from '../graph/graph-elements.js';
import { FamilySwatch, RelationSwatch } from '../legend/swatches.js';
import { PathFinder } from '../paths/path-finder.js';
import { RecordStatusForm } from './record-status-form.js';
import { ChangeTrail } from '../edit/change-trail.js';
import { CorrectStatusForm } from '../edit/correct-status-form.js';
import { EndAwaitingForm } from '../edit/end-awaiting-form.js';
import { EndRelationButton } from '../edit/end-relation-button.js';
import { NodeForm } from '../edit/node-form.js';
import { RelationForm } from '../edit/relation-form.js';
import { RetireNodeButton } from '../edit/retire-node-button.js';
import { RetractStatusButton } from '../edit/retract-status-button.js';
import { useCanEdit } from '../edit/use-can-edit.js';
import './detail.css';
import { FlagList } from '../flags/flag-list.js';
import { WatchToggle } from '../watch/watch-toggle.js';

type DetailNode = NonNullable<NodeDetailQuery['node']>;
type Relation = DetailNode['relations'][number];

function statusLabel(entry: StatusEntryFragment, lang: Lang): string {
  return lang === 'en' ? entry.labelEn : entry.labelDa;
}

/** A link that keeps the rest of the view and selects another node. */
export function NodeLink({ id, children, view }: { id: string; children: ReactNode; view: ViewState }) {
  const [, update] = useViewState();
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    update({ node: id });
  };
  return (
    <a href={serializeViewState({ ...view, node: id }) || '/'} onClick={onClick}>
      {children}
    </a>
  );
}

function StatusLine({ entry, lang, t }: { entry: StatusEntryFragment; lang: Lang; t: Translate }) {
  return (
    <div className="status-line">
      <FamilySwatch family={entry.family} />
      <strong>{statusLabel(entry, lang)}</strong>
      <time dateTime={entry.observedOn}>{formatDate(entry.date, lang)}</time>
      <span className="muted">· {t(`obsKind.${entry.kind}`)}</span>
    </div>
  );
}

interface RelationGroup {
  key: string;
  type: RelationType;
  direction: 'out' | 'in';
  relations: Relation[];
}

function groupRelations(relations: readonly Relation[], lang: Lang): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    const direction = relation.direction === 'IN' ? 'in' : 'out';
    const key = `${direction}.${relation.edge.type}`;
    const group = groups.get(key) ?? { key, type: relation.edge.type, direction, relations: [] };
    group.relations.push(relation);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.relations.sort((a, b) =>
      displayName(a.other, lang).localeCompare(displayName(b.other, lang), lang),
    );
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
}

type PropKey =
  | 'prop.validFrom'
  | 'prop.validTo'
  | 'prop.ownerBody'
  | 'prop.establishedOn'
  | 'prop.torStatus'
  | 'prop.activeFrom'
  | 'prop.activeTo'
  | 'prop.agreedOn'
  | 'prop.lawRef'
  | 'prop.effectiveFrom'
  | 'prop.level'
  | 'prop.file'
  | 'prop.asOf';

/** The label-specific properties (domain.md §2) that this node has, in reading order. */
function labelFacts(node: DetailNode, lang: Lang): [PropKey, string][] {
  const facts: [PropKey, string | null | undefined][] = [];
  switch (node.__typename) {
    case 'Agreement':
      facts.push(
        ['prop.validFrom', node.validFrom],
        ['prop.validTo', node.validTo],
        ['prop.ownerBody', node.ownerBody ? displayName(node.ownerBody, lang) : null],
      );
      break;
    case 'WorkingGroup':
      facts.push(['prop.establishedOn', node.establishedOn], ['prop.torStatus', node.torStatus]);
      break;
    case 'Body':
      facts.push(['prop.activeFrom', node.activeFrom], ['prop.activeTo', node.activeTo]);
      break;
    case 'NationalReform':
    case 'ReformElement':
    case 'NationalPlan':
      facts.push(
        ['prop.agreedOn', node.agreedOn],
        ['prop.lawRef', node.lawRef],
        ['prop.effectiveFrom', node.effectiveFrom],
      );
      break;
    case 'Task':
      facts.push(['prop.level', node.level]);
      break;
    case 'SourceDocument':
      facts.push(['prop.file', node.file], ['prop.asOf', node.asOf]);
      break;
    default:
      break;
  }
  return facts.filter((fact): fact is [PropKey, string] => typeof fact[1] === 'string' && fact[1].length > 0);
}

/** One note about an edge: a code in words, or the document's own (Danish) words as written. */
interface EdgeNote {
  text: string;
  verbatim: boolean;
}

function edgeNotes(edge: Relation['edge'], lang: Lang): EdgeNote[] {
  const notes: EdgeNote[] = [];
  const coded = (family: CodeFamily, value: string | null | undefined): void => {
    if (!value) return;
    if (isDataCode(value)) notes.push({ text: codeName(lang, family, value), verbatim: false });
    else notes.push({ text: value, verbatim: true });
  };
  coded('mode', edge.mode);
  coded('dependencyKind', edge.dependencyKind);
  coded('role', edge.role);
  for (const date of [edge.since, edge.effective, edge.date]) {
    if (date) notes.push({ text: formatDate(date, lang), verbatim: false });
  }
  if (edge.text) notes.push({ text: edge.text, verbatim: true });
  return notes;
}

function EdgeNotes({ edge, lang }: { edge: Relation['edge']; lang: Lang }) {
  const notes = edgeNotes(edge, lang);
  if (notes.length === 0) return null;
  return (
    <span className="muted small">
      {notes.map((note, index) => (
        <Fragment key={index}>
          {' · '}
          {note.verbatim ? <q lang="da">{note.text}</q> : note.text}
        </Fragment>
      ))}
    </span>
  );
}

export function DetailPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, lang } = useT();
  const [view, update] = useViewState();
  const { data, loading, error, refetch } = useNodeDetail(id, view.asOf);
  const node = data?.node;
  const canEdit = useCanEdit();
  const editable = canEdit && node && node.label !== 'SourceDocument';

  return (
    <section className="detail panel" aria-labelledby="detail-heading" data-testid="detail-panel">
      <div className="panel-header">
        <h2 id="detail-heading">
          {node ? <BreakableText text={displayName(node, lang)} /> : t('detail.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('detail.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {loading && !node && <p className="state-inline">{t('detail.loading')}</p>}
      {error && (
        <div className="state-inline error" role="alert">
          <p>{t('state.errorTitle')}</p>
          <button type="button" onClick={() => void refetch()}>
            {t('state.retry')}
          </button>
        </div>
      )}
      {!loading && !error && data && !node && <p className="state-inline">{t('detail.notFound', { id })}</p>}
      {node && (
        <div className="panel-body">
          <p className="detail-kind">
            {t(`label.${node.label}`)}
            {node.kind && kindName(lang, node.kind) !== t(`label.${node.label}`) ? (
              <span className="muted"> · {kindName(lang, node.kind)}</span>
            ) : null}
          </p>
          <div className="detail-actions">
            <button type="button" onClick={() => update({ focus: view.focus ?? 'both' })}>
              {t('detail.focus')}
            </button>
            <button
              type="button"
              onClick={() =>
                update({
                  impact: node.id,
                  impactView: 'board',
                  impactItem: null,
                  impactBody: null,
                  impactCluster: null,
                })
              }
            >
              {t('detail.impact')}
            </button>
            <WatchToggle nodeId={node.id} name={displayName(node, lang)} />
            {editable && <RetireNodeButton nodeId={node.id} version={node.version} />}
          </div>
          <PathFinder key={`path-finder-${node.id}`} fromId={node.id} />
          {editable && <NodeForm key={`${node.id}-${node.version}`} node={node} />}

          <dl className="facts">
            <dt>{t('detail.id')}</dt>
            <dd>
              <code>{node.id}</code>
            </dd>
            {node.aliases.length > 0 && (
              <>
                <dt>{t('detail.aliases')}</dt>
                <dd>{node.aliases.join(', ')}</dd>
              </>
            )}
            {node.horizon && (
              <>
                <dt>{t('detail.horizon')}</dt>
                <dd>
                  {node.horizon.raw}
                  {node.horizon.start && (
                    <span className="muted">
                      {' '}
                      ({formatDate(node.horizon.start, lang)} – {formatDate(node.horizon.end, lang)})
                    </span>
                  )}
                </dd>
              </>
            )}
            {labelFacts(node, lang).map(([key, value]) => (
              <Fragment key={key}>
                <dt>{t(key)}</dt>
                <dd>
                  <BreakableText text={value} />
                </dd>
              </Fragment>
            ))}
            {node.note && (
              <>
                <dt>{t('detail.note')}</dt>
                <dd>{node.note}</dd>
              </>
            )}
          </dl>

          <h3>{t('detail.currentStatus')}</h3>
          {node.status ? (
            <div className="current-status" data-testid="current-status">
              <StatusLine entry={node.status} lang={lang} t={t} />
              <blockquote lang="da">{node.status.textDa}</blockquote>
            </div>
          ) : (
            <p className="muted" data-testid="current-status">
              {t('detail.noStatus')}
            </p>
          )}
          {node.recommendation && (
            <>
              <h3>{t('detail.recommendation')}</h3>
              <StatusLine entry={node.recommendation} lang={lang} t={t} />
            </>
          )}
          <FlagList id={node.id} />

          <h3>{t('detail.history')}</h3>
          {node.statusHistory.length === 0 ? (
            <p className="muted">{t('detail.historyEmpty')}</p>
          ) : (
            <ol className="timeline" data-testid="status-history">
              {node.statusHistory.map((entry) => (
                // By `seq`: a corrected statement keeps its place in React's tree (and its open form).
                <li key={entry.seq} className={`family-${entry.family}`}>
                  <StatusLine entry={entry} lang={lang} t={t} />
                  <blockquote lang="da">{entry.textDa}</blockquote>
                  <p className="muted small">
                    {t('detail.document')}: <BreakableText text={entry.document.title} />
                  </p>
                  {editable && (
                    <div className="status-actions">
                      <RetractStatusButton nodeId={node.id} seq={entry.seq} version={node.version} />
                      <CorrectStatusForm nodeId={node.id} version={node.version} entry={entry} />
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}

          {editable && <RecordStatusForm key={node.id} nodeId={node.id} />}

          <h3>{t('detail.sources')}</h3>
          {node.sources.length === 0 ? (
            <p className="muted">{t('detail.sourcesEmpty')}</p>
          ) : (
            <ul className="sources">
              {node.sources.map((source, index) => (
                <li key={`${source.document.id}-${index}`}>
                  <p>
                    <strong>
                      <BreakableText text={source.document.title} />
                    </strong>{' '}
                    <span className="muted">({formatDate(source.document.asOf, lang)})</span>
                  </p>
                  {source.quote && <blockquote lang="da">{source.quote}</blockquote>}
                  <p className={`confidence confidence-${source.confidence}`}>
                    {t(`confidence.${source.confidence}`)}
                  </p>
                </li>
              ))}
            </ul>
          )}

          <h3>{t('detail.relations')}</h3>
          {node.relations.length === 0 ? (
            <p className="muted">{t('detail.relationsEmpty')}</p>
          ) : (
            groupRelations(node.relations, lang).map((group) => (
              <div key={group.key} className="relation-group">
                <h4>
                  <RelationSwatch type={group.type} />
                  {t(`rel.${group.direction}.${group.type}`)} ({group.relations.length})
                </h4>
                <ul>
                  {group.relations.map((relation) => (
                    <li key={relation.edge.id}>
                      <FamilySwatch family={relation.other.statusFamily} />
                      <NodeLink id={relation.other.id} view={view}>
                        {displayName(relation.other, lang)}
                      </NodeLink>
                      <span className="muted small"> {t(`label.${relation.other.label}`)}</span>
                      <EdgeNotes edge={relation.edge} lang={lang} />
                      {editable && (
                        <span className="relation-actions">
                          <EndRelationButton edgeId={relation.edge.id} version={relation.edge.version} />
                        </span>
                      )}
                      {editable && relation.edge.type === 'AWAITS' && relation.direction === 'OUT' && (
                        <EndAwaitingForm edgeId={relation.edge.id} version={relation.edge.version} />
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
          {editable && <RelationForm key={`relation-${node.id}`} nodeId={node.id} />}
          <ChangeTrail nodeId={node.id} canEdit={Boolean(editable)} />
        </div>
      )}
    </section>
  );
}

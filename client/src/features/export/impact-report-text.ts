/**
 * The words every impact export shares: the title, the summary line, an owner with its role, a
 * hop's source ("»quote« (document, date)") and a path in names. The Word memo and the CSV use
 * these, so they say what the board says.
 */
import type { RelationType } from '../../shared/domain.js';
import { formatDate } from '../../shared/format.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import type { Translate } from '../../shared/i18n/use-t.js';
import type { ChangeEffect } from '../../shared/url-state.js';
import type { Hop, HopSource, ImpactModel, ImpactResult } from '../impact/impact-model.js';
import { inlineRelation, pathWords } from '../paths/path-words.js';

/** What the report was asked for and when it was made. */
export interface ImpactReportMeta {
  effect: ChangeEffect;
  maxDepth: number;
  /** The as-of date of the analysis (`YYYY-MM-DD`), or null for everything known. */
  asOf: string | null;
  /** The day the report was made (`YYYY-MM-DD`). */
  madeOn: string;
  /** The link that reproduces the analysis in the explorer. */
  url: string;
}

export interface ReportWords {
  t: Translate;
  lang: Lang;
}

export function reportTitle(model: ImpactModel, meta: ImpactReportMeta, { t }: ReportWords): string {
  return t('report.title', { change: model.change.name, effect: t(`report.effect.${meta.effect}`) });
}

export function reportMetaLine(meta: ImpactReportMeta, { t, lang }: ReportWords): string {
  return [
    t('report.madeOn', { date: formatDate(meta.madeOn, lang) }),
    meta.asOf ? t('report.asOf', { date: formatDate(meta.asOf, lang) }) : t('report.asOfAll'),
    t('report.depth', { n: meta.maxDepth }),
  ].join(' · ');
}

export function reportSummary(model: ImpactModel, { t }: ReportWords): string {
  const count = (cls: ImpactResult['classification']): number =>
    model.results.filter((result) => result.classification === cls).length;
  return t('report.summary', {
    total: model.results.length,
    direct: count('DIRECT'),
    indirect: count('INDIRECT'),
    inherited: count('INHERITED'),
  });
}

export function relationWords(t: Translate): (type: RelationType) => string {
  return (type) => inlineRelation(t(`rel.out.${type}`));
}

export function hopPathText(hops: readonly Hop[], { t }: ReportWords): string {
  return pathWords(hops, relationWords(t));
}

export function ownerText(owner: ImpactResult['owners'][number], { t }: ReportWords): string {
  return owner.role ? `${owner.ref.name} (${inlineRelation(roleWord(owner.role, t))})` : owner.ref.name;
}

function roleWord(role: string, t: Translate): string {
  return role === 'owner' || role === 'approver' || role === 'follow_up' ? t(`role.${role}`) : role;
}

export function ownersText(result: ImpactResult, words: ReportWords): string {
  return result.owners.length > 0
    ? result.owners.map((owner) => ownerText(owner, words)).join(', ')
    : words.t('report.noOwner');
}

/** `»quote« (Document title, 09.01.2025)`, marked when the link is only inferred. */
export function sourceText(source: HopSource, { t, lang }: ReportWords): string {
  const where = [source.document.title, formatDate(source.document.asOf, lang)].filter(Boolean).join(', ');
  const quote = source.quote ? `»${source.quote}« ` : '';
  const confidence = source.confidence === 'STATED' ? '' : ` · ${t(`confidence.${source.confidence}`)}`;
  return `${quote}(${where}${confidence})`;
}

/** One hop with its sources, for a bullet under the path: "A — afventer → B: »…« (…)". */
export function hopWithSources(hop: Hop, words: ReportWords): string {
  const sources = hop.sources.map((source) => sourceText(source, words));
  const line = hopPathText([hop], words);
  return sources.length > 0 ? `${line}: ${sources.join('; ')}` : `${line}: ${words.t('report.noSource')}`;
}

/**
 * What search reads of a node, folded (`fold.ts`): its names (names, aliases and the words of its
 * id) and its body (the source quotes and the status texts, oldest first). Both stores keep
 * `candidateText(record)` beside each node and narrow a search to candidates with it
 * (`searchCandidateFilter`); the ranking itself (`rank.ts`) reads the records, so the two stores
 * rank alike by construction.
 */
import type { GraphNodeRecord } from '../../schema/domain.js';
import { fold, foldedTokens } from './fold.js';

export type SearchableRecord = Pick<
  GraphNodeRecord,
  'id' | 'nameDa' | 'nameEn' | 'aliases' | 'sources' | 'statusHistory'
>;

/** Folded names and aliases, one entry per name ("sundhedsaftale 2024 2027"). */
export function searchNames(record: Pick<GraphNodeRecord, 'nameDa' | 'nameEn' | 'aliases'>): string[] {
  return [record.nameDa, record.nameEn ?? '', ...record.aliases]
    .map((name) => foldedTokens(name).join(' '))
    .filter((name) => name !== '');
}

/** Folded quotes, then status texts in the history's order: appending a status appends its text. */
export function searchBody(record: Pick<GraphNodeRecord, 'sources' | 'statusHistory'>): string {
  return [
    ...record.sources.map((source) => source.quote ?? ''),
    ...record.statusHistory.map((observation) => observation.textDa),
  ]
    .map((text) => foldedTokens(text).join(' '))
    .filter((text) => text !== '')
    .join(' ');
}

/** The one string a store keeps per node for candidate search: names, id words, body. */
export function candidateText(record: SearchableRecord): string {
  return [...searchNames(record), foldedTokens(record.id).join(' '), searchBody(record)]
    .filter((text) => text !== '')
    .join(' ');
}

/**
 * How a store narrows a search before ranking: nodes whose `candidateText` contains at least
 * `threshold` of `grams` (a token's letter trigrams, or the token itself when shorter). A typo
 * breaks up to three trigrams of a word (a swap up to four), so 40 % of them still find
 * "overvaegt" from "overvagt" and "psykiatri" from "psykaitri". Both stores evaluate exactly this (`instr` in SQLite, `CONTAINS` in Cypher), order
 * by hits then id, and keep `cap`: the same candidates from the same data.
 */
export interface CandidateFilter {
  grams: string[];
  threshold: number;
  cap: number;
}

/** Candidates considered per search: far above any page a user reads, bounded for big graphs. */
export const SEARCH_CANDIDATE_CAP = 400;

export function searchCandidateFilter(text: string): CandidateFilter | null {
  const tokens = foldedTokens(text);
  if (tokens.length === 0) return null;
  const grams = new Set<string>();
  for (const token of tokens) {
    if (token.length <= 3) grams.add(token);
    else for (let i = 0; i + 3 <= token.length; i += 1) grams.add(token.slice(i, i + 3));
  }
  const list = [...grams].sort();
  return { grams: list, threshold: Math.max(1, Math.ceil(list.length * 0.4)), cap: SEARCH_CANDIDATE_CAP };
}

/** The folded whole query, for exact-id and name-prefix matches. */
export function foldedQuery(text: string): string {
  return foldedTokens(text).join(' ');
}

export { fold };

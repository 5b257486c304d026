/**
 * How search ranks, in one place for every store. A store finds the candidates (its full-text
 * index for word prefixes, a substring scan for the inside of Danish compound words) and hands
 * them here with their folded search text; the order is decided by this function alone, so the
 * embedded store and Neo4j give the same list. Before this, each ranked by its own engine's
 * score (SQLite's bm25, Lucene's constant-score prefix queries), and they disagreed.
 */
import { fold, foldedTokens } from './fold.js';

/** A node a store found, with the folded text it matched on. */
export interface SearchCandidate {
  id: string;
  /** Folded words of the names and aliases, space separated (name first). */
  names: string;
  /** Folded words of the id, space separated. */
  idWords: string;
}

/** What makes one hit better than another: lower sorts first, field by field. */
interface Rank {
  /** 0 exact id, 1 name starts with the text, 2 every word is a word prefix, 3 substring only. */
  tier: number;
  /** Words of the text that are whole words of the names (negated: more first). */
  wholeInNames: number;
  /** Words of the text that start a word of the names (negated: more first). */
  prefixInNames: number;
  /** Words in the names: the shorter, the more the name is about the text. */
  length: number;
  /** Index of the first names word a word of the text starts (the subject comes early). */
  position: number;
  /** Words of the text that start a word of the id (negated: more first). */
  inId: number;
}

/**
 * The ids of `candidates` that match `text`, best first, at most `limit`: an exact id, then names
 * starting with the text, then hits where every word of the text starts a word of the names or
 * id, then (for 3 or more characters) names or ids containing the text. Within a tier, much as
 * bm25 with the names weighted above the id would: more words of the text that are whole words of
 * the names, then more that start one, a shorter name, an earlier first match, more found in the
 * id, then id.
 */
export function rankSearchHits(
  text: string,
  candidates: readonly SearchCandidate[],
  limit: number,
): string[] {
  const tokens = foldedTokens(text);
  const folded = fold(text).trim();
  if (tokens.length === 0 || limit <= 0) return [];
  const ranked: { id: string; rank: Rank }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const rank = rankOf(candidate, tokens, folded);
    if (rank) ranked.push({ id: candidate.id, rank });
  }
  ranked.sort((a, b) => compareRanks(a.rank, b.rank) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked.slice(0, limit).map((hit) => hit.id);
}

/** Whether `candidate` matches at all, and how well; undefined when it does not match. */
function rankOf(candidate: SearchCandidate, tokens: readonly string[], folded: string): Rank | undefined {
  const names = words(candidate.names);
  const idWords = words(candidate.idWords);
  const startsAWord = (token: string, list: readonly string[]): boolean =>
    list.some((word) => word.startsWith(token));
  const everyPrefix = tokens.every((t) => startsAWord(t, names) || startsAWord(t, idWords));
  const substring =
    folded.length >= 3 && (candidate.names.includes(folded) || candidate.idWords.includes(folded));
  if (!everyPrefix && !substring) return undefined;
  const namesText = names.join(' ');
  const tier =
    candidate.id === folded || fold(candidate.id) === folded
      ? 0
      : namesText.startsWith(folded)
        ? 1
        : everyPrefix
          ? 2
          : 3;
  const firstMatch = names.findIndex((word) => tokens.some((t) => word.startsWith(t)));
  return {
    tier,
    wholeInNames: -tokens.filter((t) => names.includes(t)).length,
    prefixInNames: -tokens.filter((t) => startsAWord(t, names)).length,
    length: names.length,
    position: firstMatch < 0 ? names.length : firstMatch,
    inId: -tokens.filter((t) => startsAWord(t, idWords)).length,
  };
}

function words(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}

function compareRanks(a: Rank, b: Rank): number {
  return (
    a.tier - b.tier ||
    a.wholeInNames - b.wholeInNames ||
    a.prefixInNames - b.prefixInNames ||
    a.length - b.length ||
    a.position - b.position ||
    a.inId - b.inId
  );
}

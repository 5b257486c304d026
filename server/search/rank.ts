/**
 * The one search ranking both stores use (`GraphStore.searchNodes`): a store finds candidates
 * (`search-text.ts`), this ranks them, so SQLite and Neo4j answer alike.
 *
 * Every word of the query must match a word of the node, in its names (names, aliases, id) or,
 * weighted lower, in its body (quotes and status texts): exactly, as a prefix, inside a Danish
 * compound ("vaegt" in "overvaegt"), or within a small edit distance ("overvagt" for "overvægt",
 * "sundhedsaftle" for "sundhedsaftale"). Order, in bands: the exact id; names that start with the
 * query's words (typos allowed: "sundhedsaftle" puts the agreements named "Sundhedsaftale …"
 * first); names that match every word; matches that need the body. Inside each band, current
 * nodes (not ended, retired, superseded, dropped or done) come first, so the 2024-27 agreement
 * leads the ones it replaced; then by score, the shorter name, the id. Source documents come after
 * every item of the complex.
 */
import { STATUS_CODES, dateStart, type GraphEdgeRecord, type GraphNodeRecord } from '../../schema/domain.js';
import { fold, foldedTokens } from './fold.js';
import { searchBody, searchNames } from './search-text.js';

/** A body word counts this much of a name word. */
const BODY_WEIGHT = 0.6;

/** Typos allowed in a query word: none up to three letters, one up to seven, then two. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/** Optimal string alignment distance (a transposition is one edit), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i += 1) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[cols - 1] ?? max + 1;
}

/** How well one query word matches one node word, 0 (not at all) to 1 (the same word). */
export function wordScore(query: string, word: string): number {
  if (word === query) return 1;
  if (word.startsWith(query)) return 0.9;
  if (query.length >= 3 && word.includes(query)) return 0.75;
  const max = allowedEdits(query.length);
  if (max === 0) return 0;
  const whole = editDistance(query, word, max);
  if (whole <= max) return 0.7 - 0.1 * whole;
  // A typo in the first part of a longer word: "sundhedsaftl" for "sundhedsaftalen".
  if (word.length > query.length) {
    const prefix = editDistance(query, word.slice(0, query.length + 1), max);
    if (prefix <= max) return 0.6 - 0.1 * prefix;
  }
  return 0;
}

/** Whether a name starts with the query's words, each the same word, a prefix or a typo of it. */
function nameStartsWith(name: string, tokens: readonly string[]): boolean {
  const words = name.split(' ');
  return tokens.every((token, i) => {
    const word = words[i];
    if (word === undefined) return false;
    const inside = word.includes(token) && !word.startsWith(token);
    return !inside && wordScore(token, word) > 0;
  });
}

function bestScore(query: string, words: readonly string[]): number {
  let best = 0;
  for (const word of words) {
    const score = wordScore(query, word);
    if (score > best) best = score;
    if (best === 1) break;
  }
  return best;
}

/**
 * Nodes a SUPERSEDES edge has replaced by `today` (an edge without an effective date: already).
 * The stores pass the edges into their candidates; the ranking treats those nodes as not current.
 */
export function supersededBy(
  edges: readonly Pick<GraphEdgeRecord, 'type' | 'target' | 'props'>[],
  today: string,
): Set<string> {
  const superseded = new Set<string>();
  for (const edge of edges) {
    const effective = edge.props.effective;
    if (edge.type === 'SUPERSEDES' && (effective === undefined || dateStart(effective) <= today)) {
      superseded.add(edge.target);
    }
  }
  return superseded;
}

/**
 * Whether a node is current: not ended or retired by its validity, not superseded, its status
 * not dropped or done.
 */
export function isCurrent(
  record: GraphNodeRecord,
  today: string,
  superseded: ReadonlySet<string> = new Set(),
): boolean {
  if (superseded.has(record.id)) return false;
  const to = record.validity?.to;
  if (to !== undefined && dateStart(to) <= today) return false;
  // The current status, as the API defines it: the latest fact or decision.
  const status = record.statusHistory.findLast((o) => o.kind === 'fact' || o.kind === 'decision');
  const family = status ? STATUS_CODES[status.code].family : 'unknown';
  return family !== 'dropped' && family !== 'done';
}

export interface RankedHit {
  record: GraphNodeRecord;
  band: number;
  current: boolean;
  score: number;
}

/** Scores one record, or null when some query word matches nothing of it. */
export function scoreRecord(
  text: string,
  record: GraphNodeRecord,
  today: string,
  superseded: ReadonlySet<string> = new Set(),
): RankedHit | null {
  const tokens = foldedTokens(text);
  if (tokens.length === 0) return null;
  const names = searchNames(record);
  const nameWords = [...names.flatMap((name) => name.split(' ')), ...foldedTokens(record.id)];
  const bodyWords = searchBody(record).split(' ');
  let total = 0;
  let inNames = true;
  for (const token of tokens) {
    const nameScore = bestScore(token, nameWords);
    const score = Math.max(nameScore, BODY_WEIGHT * bestScore(token, bodyWords));
    if (score === 0) return null;
    if (nameScore === 0) inNames = false;
    total += score;
  }
  const band =
    record.id === text.trim() || fold(record.id) === fold(text.trim())
      ? 0
      : names.some((name) => nameStartsWith(name, tokens))
        ? 1
        : inNames
          ? 2
          : 3;
  return { record, band, current: isCurrent(record, today, superseded), score: total / tokens.length };
}

/** Source documents are provenance, off the canvas by default: found, but after every item. */
function isDocument(hit: RankedHit): boolean {
  return hit.record.label === 'SourceDocument';
}

function shortestName(record: GraphNodeRecord): number {
  return record.nameDa.length;
}

export interface RankOptions {
  /** `YYYY-MM-DD`; default today. */
  today?: string;
  /** SUPERSEDES edges into the candidates (`GraphStore.getEdges(ids, 'IN', ['SUPERSEDES'])`). */
  supersedingEdges?: readonly Pick<GraphEdgeRecord, 'type' | 'target' | 'props'>[];
}

/** The candidates that match, best first, at most `limit`. */
export function rankSearch(
  text: string,
  candidates: readonly GraphNodeRecord[],
  limit: number,
  options: RankOptions = {},
): GraphNodeRecord[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const superseded = supersededBy(options.supersedingEdges ?? [], today);
  return candidates
    .flatMap((record) => scoreRecord(text, record, today, superseded) ?? [])
    .sort(
      (a, b) =>
        Number(isDocument(a)) - Number(isDocument(b)) ||
        a.band - b.band ||
        Number(b.current) - Number(a.current) ||
        b.score - a.score ||
        shortestName(a.record) - shortestName(b.record) ||
        (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0),
    )
    .slice(0, Math.max(0, limit))
    .map((hit) => hit.record);
}

/** Name search over the `node_search` full-text table. */
import type { GraphNodeRecord } from '../../../schema/domain.js';
import { fold, foldedTokens } from '../../search/fold.js';
import type { SqliteStatements } from './sqlite-statements.js';

/**
 * Ranked ids: an exact id first, then names starting with the query, then word-prefix hits
 * by bm25, then substring hits (so "vægt" finds "overvægt" in a Danish compound word).
 */
export function searchIds(statements: SqliteStatements, text: string, limit: number): string[] {
  const tokens = foldedTokens(text);
  if (tokens.length === 0) return [];
  const folded = fold(text).trim();
  const match = tokens.map((t) => `"${t}"*`).join(' AND ');
  const prefixHits = statements
    .get(
      `SELECT s.node_id AS id, bm25(node_search, 4.0, 1.0) AS score, s.names AS names
         FROM node_search s WHERE node_search MATCH ? ORDER BY score LIMIT ?`,
    )
    .all(match, Math.max(limit * 4, 50)) as { id: string; score: number; names: string }[];
  const rank = (hit: { id: string; names: string }): number =>
    hit.id === folded || fold(hit.id) === folded ? 0 : hit.names.startsWith(folded) ? 1 : 2;
  const ranked = prefixHits
    .map((hit, position) => ({ id: hit.id, tier: rank(hit), position }))
    .sort((a, b) => a.tier - b.tier || a.position - b.position)
    .map((hit) => hit.id);
  const seen = new Set(ranked);
  if (ranked.length < limit && folded.length >= 3) {
    const substringHits = statements
      .get(
        `SELECT node_id AS id FROM node_search WHERE names LIKE ? ESCAPE '\\' OR id_words LIKE ? ESCAPE '\\' LIMIT ?`,
      )
      .all(likePattern(folded), likePattern(folded), limit) as { id: string }[];
    for (const hit of substringHits) {
      if (!seen.has(hit.id)) {
        seen.add(hit.id);
        ranked.push(hit.id);
      }
    }
  }
  return ranked.slice(0, limit);
}

/** What a node's `node_search.names` column holds: its folded names and aliases. */
export function searchText(node: GraphNodeRecord): string {
  return [node.nameDa, node.nameEn ?? '', ...node.aliases]
    .map((name) => foldedTokens(name).join(' '))
    .join(' ');
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

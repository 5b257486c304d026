/** Name search over the `node_search` full-text table. */
import type { GraphNodeRecord } from '../../../schema/domain.js';
import { fold, foldedTokens } from '../../search/fold.js';
import type { SqliteStatements } from './sqlite-statements.js';
import { existedBy } from './sqlite-validity.js';

/**
 * Ranked ids: an exact id first, then names starting with the query, then word-prefix hits
 * by bm25, then substring hits (so "vægt" finds "overvægt" in a Danish compound word).
 */
export function searchIds(
  statements: SqliteStatements,
  text: string,
  limit: number,
  asOf?: string,
): string[] {
  const tokens = foldedTokens(text);
  if (tokens.length === 0) return [];
  const folded = fold(text).trim();
  const match = tokens.map((t) => `"${t}"*`).join(' AND ');
  // Under asOf, what did not exist yet is not found (filtered in the query, before the limit).
  const dated =
    asOf === undefined ? '' : `AND s.node_id IN (SELECT n.id FROM nodes n WHERE ${existedBy('n')})`;
  const asOfParam = asOf === undefined ? {} : { asOf };
  const prefixHits = statements
    .get(
      `SELECT s.node_id AS id, bm25(node_search, 4.0, 1.0) AS score, s.names AS names
         FROM node_search s WHERE node_search MATCH @match ${dated} ORDER BY score LIMIT @limit`,
    )
    .all({ match, limit: Math.max(limit * 4, 50), ...asOfParam }) as {
    id: string;
    score: number;
    names: string;
  }[];
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
        `SELECT s.node_id AS id FROM node_search s
          WHERE (s.names LIKE @pattern ESCAPE '\\' OR s.id_words LIKE @pattern ESCAPE '\\') ${dated} LIMIT @limit`,
      )
      .all({ pattern: likePattern(folded), limit, ...asOfParam }) as { id: string }[];
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

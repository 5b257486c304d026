/** Name search over the `node_search` full-text table. */
import type { GraphNodeRecord } from '../../../schema/domain.js';
import { fold, foldedTokens } from '../../search/fold.js';
import { rankSearchHits, type SearchCandidate } from '../../search/rank.js';
import type { SqliteStatements } from './sqlite-statements.js';
import { existedBy } from './sqlite-validity.js';

/**
 * Ranked ids, as `rankSearchHits` ranks them (the same for every store): the candidates are the
 * rows whose words all start with the words of the text (FTS5 prefix query), plus, for 3 or more
 * characters, rows whose names or id contain it (so "vægt" finds "overvægt" in a compound word).
 */
export function searchIds(
  statements: SqliteStatements,
  text: string,
  limit: number,
  asOf?: string,
): string[] {
  const tokens = foldedTokens(text);
  if (tokens.length === 0 || limit <= 0) return [];
  const folded = fold(text).trim();
  const match = tokens.map((t) => `"${t}"*`).join(' AND ');
  // Under asOf, what did not exist yet is not found (filtered in the query, before ranking).
  const dated = asOf === undefined ? '' : `AND node_id IN (SELECT n.id FROM nodes n WHERE ${existedBy('n')})`;
  const asOfParam = asOf === undefined ? {} : { asOf };
  const candidates = statements
    .get(
      `SELECT node_id AS id, names, id_words AS idWords FROM node_search
         WHERE node_search MATCH @match ${dated}`,
    )
    .all({ match, ...asOfParam }) as SearchCandidate[];
  if (folded.length >= 3) {
    candidates.push(
      ...(statements
        .get(
          `SELECT node_id AS id, names, id_words AS idWords FROM node_search
             WHERE (names LIKE @pattern ESCAPE '\\' OR id_words LIKE @pattern ESCAPE '\\') ${dated}`,
        )
        .all({ pattern: likePattern(folded), ...asOfParam }) as SearchCandidate[]),
    );
  }
  return rankSearchHits(text, candidates, limit);
}

/** What a node's `node_search.names` column holds: its folded names and aliases. */
export function searchText(node: GraphNodeRecord): string {
  return [node.nameDa, node.nameEn ?? '', ...node.aliases]
    .map((name) => foldedTokens(name).join(' '))
    .filter((words) => words !== '')
    .join(' ');
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

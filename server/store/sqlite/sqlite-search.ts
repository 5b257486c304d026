/**
 * Search in the embedded store: ranked search (`searchNodes`: candidates from the
 * `node_search_text` table, ranked by the shared `server/search/rank.ts`, as the Neo4j store
 * does), and the `text` filter of `queryNodes` over the `node_search` full-text table.
 */
import type { GraphNodeRecord } from '../../../schema/domain.js';
import { fold, foldedTokens } from '../../search/fold.js';
import { rankSearch } from '../../search/rank.js';
import { candidateText, searchCandidateFilter } from '../../search/search-text.js';
import { getEdges } from './sqlite-edge-queries.js';
import { getNodes } from './sqlite-node-queries.js';
import type { SqliteStatements } from './sqlite-statements.js';
import { existedBy } from './sqlite-validity.js';

/**
 * Ranked, typo-tolerant search over names, aliases, ids, quotes and status texts. Under `asOf`,
 * what did not exist yet is not found (filtered in the candidate query, before ranking), and
 * "current" in the ranking means current on that day.
 */
export function searchNodes(
  statements: SqliteStatements,
  text: string,
  limit: number,
  asOf?: string,
): GraphNodeRecord[] {
  const filter = searchCandidateFilter(text);
  if (!filter || limit <= 0) return [];
  const dated =
    asOf === undefined ? '' : `WHERE t.node_id IN (SELECT n.id FROM nodes n WHERE ${existedBy('n')})`;
  const rows = statements
    .get(
      `SELECT node_id AS id FROM (
         SELECT t.node_id, (SELECT count(*) FROM json_each(@grams) g WHERE instr(t.text, g.value) > 0) AS hits
           FROM node_search_text t ${dated})
        WHERE hits >= @threshold ORDER BY hits DESC, node_id LIMIT @cap`,
    )
    .all({
      grams: JSON.stringify(filter.grams),
      threshold: filter.threshold,
      cap: filter.cap,
      ...(asOf === undefined ? {} : { asOf }),
    }) as { id: string }[];
  const ids = rows.map((row) => row.id);
  const records = getNodes(statements, ids);
  const supersedingEdges = getEdges(statements, ids, 'IN', ['SUPERSEDES']);
  return rankSearch(text, [...records.values()], limit, {
    supersedingEdges,
    ...(asOf === undefined ? {} : { today: asOf }),
  });
}

/** Writes a node's candidate text (after an insert or a status append), in the caller's transaction. */
export function writeSearchText(statements: SqliteStatements, record: GraphNodeRecord): void {
  statements
    .get(
      'INSERT INTO node_search_text (node_id, text) VALUES (?, ?) ON CONFLICT (node_id) DO UPDATE SET text = excluded.text',
    )
    .run(record.id, candidateText(record));
}

/**
 * Fills `node_search_text` for a file written before it existed (before migration 5): the table
 * is derived, so it is rebuilt from the nodes rather than migrated in SQL, which cannot fold.
 */
export function backfillSearchText(statements: SqliteStatements): void {
  const { missing } = statements
    .get(
      'SELECT count(*) AS missing FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM node_search_text t WHERE t.node_id = n.id)',
    )
    .get() as { missing: number };
  if (missing === 0) return;
  const ids = (statements.get('SELECT id FROM nodes').all() as { id: string }[]).map((row) => row.id);
  const records = getNodes(statements, ids);
  statements.db.transaction(() => {
    for (const record of records.values()) writeSearchText(statements, record);
  })();
}

/**
 * Ids matching the `text` filter of `queryNodes`, a set in id order: every word starts a word of
 * the names or id (FTS5 prefix query), or, for 3 or more characters, the whole text is inside the
 * names or id ("vægt" in "overvægt"). Ranked search is `searchNodes`.
 */
export function searchIds(statements: SqliteStatements, text: string): string[] {
  const tokens = foldedTokens(text);
  if (tokens.length === 0) return [];
  const folded = fold(text).trim();
  const match = tokens.map((t) => `"${t}"*`).join(' AND ');
  const ids = new Set(
    (
      statements.get('SELECT node_id AS id FROM node_search WHERE node_search MATCH ?').all(match) as {
        id: string;
      }[]
    ).map((row) => row.id),
  );
  if (folded.length >= 3) {
    const substringHits = statements
      .get(
        `SELECT node_id AS id FROM node_search WHERE names LIKE @pattern ESCAPE '\\' OR id_words LIKE @pattern ESCAPE '\\'`,
      )
      .all({ pattern: likePattern(folded) }) as { id: string }[];
    for (const hit of substringHits) ids.add(hit.id);
  }
  return [...ids].sort();
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

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

/** Ranked, typo-tolerant search over names, aliases, ids, quotes and status texts. */
export function searchNodes(statements: SqliteStatements, text: string, limit: number): GraphNodeRecord[] {
  const filter = searchCandidateFilter(text);
  if (!filter || limit <= 0) return [];
  const rows = statements
    .get(
      `SELECT node_id AS id FROM (
         SELECT t.node_id, (SELECT count(*) FROM json_each(?) g WHERE instr(t.text, g.value) > 0) AS hits
           FROM node_search_text t)
        WHERE hits >= ? ORDER BY hits DESC, node_id LIMIT ?`,
    )
    .all(JSON.stringify(filter.grams), filter.threshold, filter.cap) as { id: string }[];
  const ids = rows.map((row) => row.id);
  const records = getNodes(statements, ids);
  const supersedingEdges = getEdges(statements, ids, 'IN', ['SUPERSEDES']);
  return rankSearch(text, [...records.values()], limit, { supersedingEdges });
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
 * Fills `node_search_text` for a file written before it existed (schema version 1): the table
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
 * Ids matching the `text` filter of `queryNodes` (a set: every word a name-word prefix, or the
 * whole text inside a name): an exact id first, then names starting with the query, then
 * word-prefix hits by bm25, then substring hits.
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

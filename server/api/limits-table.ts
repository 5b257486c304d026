/**
 * The limits as a Markdown table, for `docs/integrators.md`: the docs show exactly what
 * `limits.ts` enforces (a test compares them; regenerate with `npm run schema`).
 */
import {
  BODY_BYTES,
  CURSOR_OFFSET_MAX,
  LIST_ITEMS,
  LONG_TEXT_FIELDS,
  PAGE,
  QUERY,
  SUBSCRIPTIONS_PER_CONNECTION,
  TEXT,
  TRAVERSAL,
} from './limits.js';

const n = (value: number): string => value.toLocaleString('en-US');

export function limitsTable(): string {
  const rows: [string, string][] = [
    ['`nodes(first)`', `default ${n(PAGE.nodes.default)}, at most ${n(PAGE.nodes.max)}`],
    ['`search(first)`', `default ${n(PAGE.search.default)}, at most ${n(PAGE.search.max)}`],
    ['`graph(first)`', `default ${n(PAGE.graph.default)}, at most ${n(PAGE.graph.max)}`],
    ['`affected(first)`', `default ${n(PAGE.impactAffected.default)}, at most ${n(PAGE.impactAffected.max)}`],
    ['`neighborhood(depth)`', `at most ${TRAVERSAL.neighborhoodDepth}`],
    ['`path`', `at most ${TRAVERSAL.paths} paths of at most ${TRAVERSAL.pathDepth} hops`],
    [
      'Text arguments (ids, cursors, `filter.text`, `search(text)`, …)',
      `at most ${n(TEXT.short)} characters`,
    ],
    [
      `Free text (${[...LONG_TEXT_FIELDS].map((f) => `\`${f}\``).join(', ')})`,
      `at most ${n(TEXT.long)} characters`,
    ],
    ['Items in any list argument', `at most ${n(LIST_ITEMS)}`],
    ['Cursor offset', `at most ${n(CURSOR_OFFSET_MAX)}`],
    ['Query cost', `at most ${n(QUERY.maxCost)}`],
    ['Query depth (fragments flattened)', `at most ${QUERY.maxDepth}`],
    ['Aliases per operation', `at most ${QUERY.maxAliases}`],
    ['Directives per operation', `at most ${QUERY.maxDirectives}`],
    ['Tokens per document', `at most ${n(QUERY.maxTokens)}`],
    ['Selections after expanding fragments', `at most ${n(QUERY.maxEstimatedSelections)}`],
    ['Request body, and one WebSocket message', `at most ${n(BODY_BYTES)} bytes`],
    ['Open subscriptions per WebSocket connection', `at most ${SUBSCRIPTIONS_PER_CONNECTION}`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length), 'Limit'.length);
  const valueWidth = Math.max(...rows.map(([, value]) => value.length), 'Bound'.length);
  const line = (a: string, b: string) => `| ${a.padEnd(width)} | ${b.padEnd(valueWidth)} |`;
  return [
    line('Limit', 'Bound'),
    `| ${'-'.repeat(width)} | ${'-'.repeat(valueWidth)} |`,
    ...rows.map(([a, b]) => line(a, b)),
  ].join('\n');
}

export const INTEGRATORS_DOC = new URL('../../docs/integrators.md', import.meta.url);
const START = '<!-- limits:start -->';
const END = '<!-- limits:end -->';

/** The table as it stands in the docs now. */
export function documentedLimits(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/integrators.md has no ${START} … ${END} section`);
  return doc.slice(start + START.length, end).trim();
}

/** The docs with the table replaced by the current limits. */
export function withCurrentLimits(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/integrators.md has no ${START} … ${END} section`);
  return `${doc.slice(0, start + START.length)}\n\n${limitsTable()}\n\n${doc.slice(end)}`;
}

/**
 * Every bound the API enforces, in one place (STYLE.md §14): page sizes, text lengths, list
 * sizes, cursor offsets and the query cost budget. The schema's descriptions, the validation
 * (`input-bounds.ts`, `query-cost.ts`, the services) and `docs/api-contract.md` all read these;
 * a test fails when the docs' table and this module disagree.
 */

/** A page-size argument: its default when omitted and the most a client may ask for. */
export interface PageLimit {
  readonly default: number;
  readonly max: number;
}

export const PAGE = {
  /** `nodes(first)`. */
  nodes: { default: 50, max: 500 },
  /** `search(first)`. */
  search: { default: 20, max: 100 },
  /** `graph(first)`: nodes in one drawing. */
  graph: { default: 5_000, max: 20_000 },
  /** `impact { affected(first) }` and `upstream { affected(first) }`. */
  impactAffected: { default: 100, max: 500 },
} as const satisfies Record<string, PageLimit>;

export const TRAVERSAL = {
  /** Hops of `neighborhood(depth)`. */
  neighborhoodDepth: 6,
  /** Hops of one `path`, and how many shortest paths it returns. */
  pathDepth: 10,
  paths: 20,
} as const;

/** Nodes the `flags` filter may derive flags for in one answer (flags are derived, not stored). */
export const FLAG_CANDIDATES = 5_000;

export const TEXT = {
  /**
   * Any string argument not named below: ids, cursors, dates, `filter.text`, `search(text)`.
   * 200 characters is twice the longest name in the complex; longer text only slows the search.
   */
  short: 200,
  /** Free text a user writes: a status statement's words, notes, quotes. */
  long: 4_000,
} as const;

/** Input fields (at any depth of an argument) whose strings may be `TEXT.long`. */
export const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'textDa',
  'note',
  'quote',
  'comment',
  'reason',
]);

/** Items in any list argument (ids, labels, kinds, status codes, relation types). */
export const LIST_ITEMS = 500;

/** Highest offset a cursor may carry: far past the largest graph, far below what breaks a store. */
export const CURSOR_OFFSET_MAX = 1_000_000;

/**
 * The shape and cost of one operation, checked before it runs. The cost counts every field once
 * per item it can return: a list field multiplies what is selected under it by its `first` (or
 * default), or by the expected size below when it takes no `first`.
 */
export const QUERY = {
  /**
   * The budget. Pages and traversals count at most the nodes the store holds, so costs follow the
   * real graph. The largest operation the explorer sends is the whole-graph canvas at the largest
   * `graph` page (20,000 nodes): about 500,000; over the seeded complex (285 nodes) the impact
   * board (250 results with three paths each) costs about 330,000. `graph { nodes { relations {
   * other { relations { other { id } } } } } }` costs over 2 million, and the 146-byte query of
   * issue 10 billions. `test/api/query-budget.test.ts` keeps the explorer inside it.
   */
  maxCost: 600_000,
  /** Nesting of fields (fragments flattened). */
  maxDepth: 12,
  /** Fields of one selection set renamed by an alias, summed over the operation. */
  maxAliases: 30,
  maxDirectives: 50,
  /** Lexical tokens of a document; the parser stops counting, and refuses, past this. */
  maxTokens: 5_000,
  /**
   * Selections an operation may expand to, fragments counted at every spread (the explorer's
   * largest sends about 150). Checked before the cost is estimated, so the estimate stays cheap.
   */
  maxEstimatedSelections: 2_000,
} as const;

/**
 * Items a list field is expected to return when it takes no `first`: the cost estimator's
 * multipliers. Sized from the real complex (most-connected node: 45 relations) and the
 * engine's own bounds, rounded up.
 */
export const EXPECTED_LIST_SIZE = {
  relations: 50,
  statusHistory: 20,
  /** The seed's records cite 1 to 4 sources (one in nine cites more than one). */
  sources: 4,
  documents: 100,
  paths: 20,
  pathEdges: TRAVERSAL.pathDepth,
  groups: 50,
  /** Any other list field. */
  other: 10,
} as const;

/** Bytes of a request body (JSON), and of one WebSocket message; larger are refused. */
export const BODY_BYTES = 1_000_000;

/** Subscriptions one WebSocket connection may hold open at once. */
export const SUBSCRIPTIONS_PER_CONNECTION = 20;

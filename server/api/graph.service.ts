/**
 * Reading the graph on behalf of the API: argument checks with errors that name the argument,
 * bounds on sizes and depths, cursors, and the `asOf` date carried into views. Writes go
 * through `server/edit/edit.service.ts`.
 */
import type { GraphNodeRecord, RelationType } from '../../schema/domain.js';
import { ValidationError } from '../errors.js';
import { FlagsService } from '../flags/flags.service.js';
import type { FlagCode } from '../flags/flag-rules.js';
import type { Direction, EdgeLite, GraphStore, NodeQuery, NodePage } from '../store/graph-store.js';
import { today } from '../time/validity.type.js';
import { isIsoDate } from './date.scalar.js';
import { toEdge, type EdgeView } from './edge.type.js';
import { CURSOR_OFFSET_MAX, FLAG_CANDIDATES, PAGE, TEXT, TRAVERSAL } from './limits.js';
import type { Loaders } from './loaders.js';
import { toNodeView, type NodeView } from './node.type.js';

export interface SubgraphView {
  nodes: NodeView[];
  edges: EdgeView[];
  truncated: boolean;
}

export interface ConnectionView {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: NodeView }[];
}

export class GraphService {
  constructor(
    private readonly store: GraphStore,
    private readonly loaders: Loaders,
  ) {}

  async node(id: string, asOf?: string): Promise<NodeView | null> {
    const record = await this.loaders.node.load(id);
    return record ? toNodeView(record, checkAsOf(asOf)) : null;
  }

  async nodes(
    filter: NodeQuery,
    first: number,
    after: string | undefined,
    asOf?: string,
    flags?: readonly FlagCode[],
  ): Promise<ConnectionView> {
    checkRange('first', first, 0, PAGE.nodes.max);
    const offset = after === undefined ? 0 : decodeCursor(after);
    const query = { ...checkFilter(filter), asOf: checkAsOf(asOf) };
    const page = await this.page(query, { offset, limit: first }, flags);
    const edges = page.nodes.map((record, i) => ({
      cursor: encodeCursor(offset + i + 1),
      node: toNodeView(record, query.asOf),
    }));
    return {
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: offset + page.nodes.length < page.totalCount,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      edges,
    };
  }

  async search(text: string, first: number, asOf?: string): Promise<NodeView[]> {
    checkRange('first', first, 0, PAGE.search.max);
    checkLength('text', text, TEXT.short);
    const date = checkAsOf(asOf);
    const records = await this.store.searchNodes(text, first, date);
    return records.map((record) => toNodeView(record, date));
  }

  async neighborhood(
    id: string,
    depth: number,
    direction: Direction,
    types: readonly RelationType[] | undefined,
    asOf?: string,
  ): Promise<SubgraphView> {
    checkRange('depth', depth, 0, TRAVERSAL.neighborhoodDepth);
    await this.require(id, 'id');
    const date = checkAsOf(asOf);
    const reached = await this.store.reach([id], direction, depth, types, date);
    // Nearest first, then by id; edges by id: the order is the answer's, not the store's BFS.
    const ids = [...reached.depthById]
      .sort(([a, da], [b, db]) => da - db || compareText(a, b))
      .map(([n]) => n);
    const edges = [...reached.edges].sort((a, b) => compareText(a.id, b.id));
    return this.subgraph(ids, edges, date);
  }

  async graph(
    filter: NodeQuery,
    first: number,
    asOf?: string,
    flags?: readonly FlagCode[],
  ): Promise<SubgraphView> {
    checkRange('first', first, 0, PAGE.graph.max);
    const query = { ...checkFilter(filter), asOf: checkAsOf(asOf) };
    const page = await this.page(query, { offset: 0, limit: first }, flags);
    const edges = await this.store.getEdgesAmong(
      page.nodes.map((n) => n.id),
      query.asOf,
    );
    return {
      nodes: page.nodes.map((record) => toNodeView(record, query.asOf)),
      edges: edges.map(toEdge),
      truncated: page.totalCount > page.nodes.length,
    };
  }

  async path(from: string, to: string, types: readonly RelationType[] | undefined): Promise<SubgraphView[]> {
    await Promise.all([this.require(from, 'from'), this.require(to, 'to')]);
    const paths = await this.store.shortestPaths(from, to, {
      types,
      maxDepth: TRAVERSAL.pathDepth,
      maxPaths: TRAVERSAL.paths,
    });
    return Promise.all(paths.map((edges) => this.subgraph(nodesAlong(from, edges), edges, undefined)));
  }

  /**
   * A page of the filter; with `flags`, only nodes with one of them as of the view date. Flags
   * are derived, not stored, so that filter reads every node the store filter leaves (at most
   * `FLAG_CANDIDATES`; narrow the other filters beyond that) and pages in here.
   */
  private async page(
    query: NodeQuery,
    page: { offset: number; limit: number },
    flags: readonly FlagCode[] | undefined,
  ): Promise<NodePage> {
    if (!flags?.length) return this.store.queryNodes(query, page);
    const candidates = await this.store.queryNodes(query, { offset: 0, limit: FLAG_CANDIDATES + 1 });
    if (candidates.totalCount > FLAG_CANDIDATES) {
      throw new ValidationError(
        'filter.flags',
        `højst ${FLAG_CANDIDATES} noder kan advarselsfiltreres; indsnævr de andre filtre / narrow the other filters`,
      );
    }
    const wanted = new Set(flags);
    const service = new FlagsService(this.loaders);
    const flagged = await Promise.all(
      candidates.nodes.map(async (node) =>
        (await service.flags(node, query.asOf ?? today())).some((f) => wanted.has(f.code)) ? node : undefined,
      ),
    );
    const kept = flagged.filter((node): node is GraphNodeRecord => node !== undefined);
    return { nodes: kept.slice(page.offset, page.offset + page.limit), totalCount: kept.length };
  }

  /** Unknown ids in traversal arguments are the caller's mistake: say which argument. */
  private async require(id: string, argument: string): Promise<GraphNodeRecord> {
    const record = await this.loaders.node.load(id);
    if (!record) throw new ValidationError(argument, `ukendt node / unknown node '${id}'`);
    return record;
  }

  private async subgraph(
    ids: readonly string[],
    edges: readonly EdgeLite[],
    asOf: string | undefined,
  ): Promise<SubgraphView> {
    const records = await this.loaders.node.loadMany([...new Set(ids)]);
    const nodes = records.filter((r): r is GraphNodeRecord => r !== null && !(r instanceof Error));
    return {
      nodes: nodes.map((record) => toNodeView(record, asOf)),
      edges: edges.map(toEdge),
      truncated: false,
    };
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The nodes a path visits, in order; edges may be walked against their direction. */
function nodesAlong(from: string, edges: readonly EdgeLite[]): string[] {
  const ids = [from];
  let current = from;
  for (const edge of edges) {
    current = edge.source === current ? edge.target : edge.source;
    ids.push(current);
  }
  return ids;
}

export function checkRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(
      argument,
      `skal være et heltal fra ${min} til ${max} / must be an integer from ${min} to ${max}`,
    );
  }
}

function checkLength(argument: string, text: string, max: number): void {
  if (text.length > max) {
    throw new ValidationError(argument, `højst ${max} tegn / at most ${max} characters`);
  }
}

/** Free text in a filter is bounded before it can become a search pattern. */
function checkFilter(filter: NodeQuery): NodeQuery {
  if (filter.text !== undefined) checkLength('filter.text', filter.text, TEXT.short);
  return filter;
}

function checkAsOf(asOf: string | undefined): string | undefined {
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new ValidationError('asOf', 'skal være ÅÅÅÅ-MM-DD / must be YYYY-MM-DD');
  return asOf;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,16})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!(offset <= CURSOR_OFFSET_MAX)) throw new ValidationError('after', 'ugyldig cursor / invalid cursor');
  return offset;
}

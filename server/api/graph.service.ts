/**
 * Reading the graph on behalf of the API: argument checks with errors that name the argument,
 * bounds on sizes and depths, cursors, and the `asOf` date carried into views. Writes go
 * through `server/edit/edit.service.ts`.
 */
import type { GraphNodeRecord, RelationType } from '../../schema/domain.js';
import { ValidationError } from '../errors.js';
import type { Direction, EdgeLite, GraphStore, NodeQuery } from '../store/graph-store.js';
import { isIsoDate } from './date.scalar.js';
import { toEdge, type EdgeView } from './edge.type.js';
import type { Loaders } from './loaders.js';
import { toNodeView, type NodeView } from './node.type.js';

export const LIMITS = {
  /** `first` of `nodes`. */
  pageSize: 500,
  search: 100,
  /** Hops of `neighborhood`. */
  depth: 6,
  /** Nodes `graph` returns in one answer. */
  graphNodes: 20_000,
  pathDepth: 10,
  paths: 20,
} as const;

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
  ): Promise<ConnectionView> {
    checkRange('first', first, 0, LIMITS.pageSize);
    const offset = after === undefined ? 0 : decodeCursor(after);
    const query = { ...filter, asOf: checkAsOf(asOf) };
    const page = await this.store.queryNodes(query, { offset, limit: first });
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

  async search(text: string, first: number): Promise<NodeView[]> {
    checkRange('first', first, 0, LIMITS.search);
    if (text.length > 200) throw new ValidationError('text', 'højst 200 tegn / at most 200 characters');
    const records = await this.store.searchNodes(text, first);
    return records.map((record) => toNodeView(record));
  }

  async neighborhood(
    id: string,
    depth: number,
    direction: Direction,
    types: readonly RelationType[] | undefined,
    asOf?: string,
  ): Promise<SubgraphView> {
    checkRange('depth', depth, 0, LIMITS.depth);
    await this.require(id, 'id');
    const reached = await this.store.reach([id], direction, depth, types);
    return this.subgraph([...reached.depthById.keys()], reached.edges, checkAsOf(asOf));
  }

  async graph(filter: NodeQuery, first: number, asOf?: string): Promise<SubgraphView> {
    checkRange('first', first, 0, LIMITS.graphNodes);
    const query = { ...filter, asOf: checkAsOf(asOf) };
    const page = await this.store.queryNodes(query, { offset: 0, limit: first });
    const edges = await this.store.getEdgesAmong(page.nodes.map((n) => n.id));
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
      maxDepth: LIMITS.pathDepth,
      maxPaths: LIMITS.paths,
    });
    return Promise.all(paths.map((edges) => this.subgraph(nodesAlong(from, edges), edges, undefined)));
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

function checkRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(
      argument,
      `skal være et heltal fra ${min} til ${max} / must be an integer from ${min} to ${max}`,
    );
  }
}

function checkAsOf(asOf: string | undefined): string | undefined {
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new ValidationError('asOf', 'skal være ÅÅÅÅ-MM-DD / must be YYYY-MM-DD');
  return asOf;
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new ValidationError('after', 'ugyldig cursor / invalid cursor');
  return Number(match[1]);
}

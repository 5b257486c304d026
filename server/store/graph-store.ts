/**
 * The store port. Services and resolvers depend on this interface only; the embedded SQLite
 * store and the Neo4j store implement it and both pass `test/contract/graph-store.contract.ts`.
 * Nothing outside an adapter folder imports a database driver.
 */
import type {
  EdgeProps,
  GraphDocument,
  GraphEdgeRecord,
  GraphNodeRecord,
  IsoDate,
  NodeLabel,
  RelationType,
  SourceDocumentRecord,
  StatusCode,
  StatusFamily,
  StatusObservation,
} from '../../schema/domain.js';
import type { TokenStore } from '../auth/token-store.js';
import type { GraphStoreWrites } from './graph-write.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** An edge without its provenance: what traversals move around. */
export type EdgeLite = Omit<GraphEdgeRecord, 'sources'>;

export type AwaitingScope = 'NATIONAL' | 'REGIONAL' | 'ANY';

/** What `nodes` and `graph` filter on. Every field narrows; an empty filter matches all. */
export interface NodeQuery {
  labels?: readonly NodeLabel[];
  kinds?: readonly string[];
  /** Current status (latest fact or decision, as of `asOf`). */
  statusCodes?: readonly StatusCode[];
  statusFamilies?: readonly StatusFamily[];
  /** Danish-aware text match on names and aliases (see `fold`). */
  text?: string;
  /** Nodes in, implemented by or located in this cluster, and the cluster's members. */
  cluster?: string;
  /** Nodes this body or group is RESPONSIBLE for (or owns, `ownerBody`). */
  responsibleBody?: string;
  /** Nodes that AWAIT national or regional work, or whose current status says so. */
  awaiting?: AwaitingScope;
  /**
   * Statuses as observed up to this date, and only what existed by then (validity `from` on or
   * before it; what had ended is still there, shown as ended); default: everything known.
   */
  asOf?: IsoDate;
}

/** What a change between two dates is (`changes`). */
export const CHANGE_KINDS = [
  'STATUS_CHANGED',
  'APPEARED',
  'RETIRED',
  'RELATION_ADDED',
  'RELATION_ENDED',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The window of `changes`: after `from`, up to and including `to` (as `asOf` counts a date),
 * for nodes matching `filter` as of `to`.
 */
export interface ChangeQuery {
  from: IsoDate;
  to: IsoDate;
  filter: Omit<NodeQuery, 'asOf'>;
  /**
   * Only changes upstream of this node (`upstreamIds` in `upstream.ts`: the node and what it
   * awaits, depends on or derives from, transitively): a node change when the node is in that
   * set, a relation change when either end is. Narrows together with `filter`.
   */
  upstreamOf?: string;
}

/** One change; the store gives ids, the service loads what they name. */
export interface ChangeRecord {
  kind: ChangeKind;
  /** First day the change holds. */
  date: IsoDate;
  nodeId: string;
  /** RELATION_ADDED / RELATION_ENDED: the relation. */
  edgeId?: string;
  /** STATUS_CHANGED: the current status at `from` (absent: none). */
  before?: StatusObservation;
  /** STATUS_CHANGED and APPEARED: the current status at `to`. */
  after?: StatusObservation;
  /** The document that states it: the new status's, or the validity's. */
  documentId?: string;
}

/**
 * `changes` ordered by date, kind (in `CHANGE_KINDS` order), node id, edge id; `offset`/`limit`
 * paged, with the total before paging.
 */
export interface ChangePage {
  changes: ChangeRecord[];
  totalCount: number;
}

export interface NodePage {
  nodes: GraphNodeRecord[];
  totalCount: number;
}

export interface ReachResult {
  /** Every node reached, with the hop count at which it was first reached (seeds at 0). */
  depthById: Map<string, number>;
  /** Every edge crossed between reached nodes within the depth limit. */
  edges: EdgeLite[];
}

/**
 * The store's int keys for node ids, shared by every `KeyedReach` a store returns while its
 * graph is unchanged: within one key space a key always names the same node, so a caller can
 * keep per-node state in typed arrays of `size` slots across several calls.
 */
export interface NodeKeys {
  /** Every key is below this. */
  readonly size: number;
  id(key: number): string;
  /** The key of `id`, or -1 when the store does not know it. */
  keyOf(id: string): number;
}

/**
 * `reach` in compact form, for analyses that visit many nodes (impact): nodes and edges as ints
 * in the store's key space, no strings or edge objects. Edges are listed in crossing order, as
 * `reach` lists them; edge `i` is `(edgeSource[i], edgeType[i], edgeTarget[i])` with
 * `edgeProps[i]` (absent when it has none; shared, not to be modified).
 */
export interface KeyedReach {
  keys: NodeKeys;
  /** Reached nodes in BFS order: depth `d` is `nodes[levelEnds[d-1] .. levelEnds[d]-1]` (from 0 for d = 0). */
  nodes: Int32Array;
  levelEnds: readonly number[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Index into `RELATION_TYPES`. */
  edgeType: Uint8Array;
  edgeProps: readonly (EdgeProps | undefined)[];
}

export interface ImportSummary {
  documents: number;
  nodes: number;
  edges: number;
  statusObservations: number;
}

export type StoreCounts = ImportSummary;

export interface GraphStore extends GraphStoreWrites {
  /** `sqlite` or `neo4j`: for logs and health output. */
  readonly name: string;
  /** The database's version (Neo4j's server version, or the SQLite library's): for health output. */
  readonly version: string;
  /** The integrations' API tokens, kept in the same database; not part of the graph export. */
  readonly tokens: TokenStore;

  /** Nodes by id, in the order asked; unknown ids are absent from the map. One round trip. */
  getNodes(ids: readonly string[]): Promise<Map<string, GraphNodeRecord>>;
  /** Filtered nodes ordered by id, `offset`/`limit` paged, with the total before paging. */
  queryNodes(query: NodeQuery, page: { offset: number; limit: number }): Promise<NodePage>;
  /**
   * Ranked Danish-aware search over names, aliases and ids: best first, at most `limit`; with
   * `asOf`, only what existed by then.
   */
  searchNodes(text: string, limit: number, asOf?: IsoDate): Promise<GraphNodeRecord[]>;
  /** Edges (with sources) touching any of `ids`, in `direction`, of `types` (all if omitted). */
  getEdges(
    ids: readonly string[],
    direction: Direction,
    types?: readonly RelationType[],
  ): Promise<GraphEdgeRecord[]>;
  /** Edges with both ends in `ids`; with `asOf`, only those that existed by then. */
  getEdgesAmong(ids: readonly string[], asOf?: IsoDate): Promise<GraphEdgeRecord[]>;
  /** One hop from a frontier: the lightweight edges of `types` touching any id. */
  expand(ids: readonly string[], direction: Direction, types?: readonly RelationType[]): Promise<EdgeLite[]>;
  /**
   * Breadth-first reach from `seeds` up to `maxDepth` hops; with `asOf`, crossing only relations
   * to nodes that existed by then (validity `from` on or before it).
   */
  reach(
    seeds: readonly string[],
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: IsoDate,
  ): Promise<ReachResult>;
  /**
   * `reach` in the store's key space (see `KeyedReach`); `expand` is `maxDepth` 1. Seeds are ids
   * or keys of the space a previous `reachKeys` returned. Same answers as `reach`: `reach` is
   * this call with the keys turned into ids. One round trip.
   */
  reachKeys(
    seeds: readonly string[] | Int32Array,
    direction: Direction,
    maxDepth: number,
    types?: readonly RelationType[],
    asOf?: IsoDate,
  ): Promise<KeyedReach>;
  /**
   * Every shortest path from → to (as edge lists in walking order), ordered by their edge ids
   * (lexicographically), the first `maxPaths`, at most `maxDepth` long.
   */
  shortestPaths(
    from: string,
    to: string,
    options: { types?: readonly RelationType[]; maxDepth: number; maxPaths: number },
  ): Promise<EdgeLite[][]>;
  getDocuments(): Promise<SourceDocumentRecord[]>;
  /** What changed in the window (see `ChangeQuery`), paged. One round trip. */
  changes(query: ChangeQuery, page: { offset: number; limit: number }): Promise<ChangePage>;

  /** Adds a status observation to a node, atomically; returns the node as stored after it. */
  addStatusObservation(nodeId: string, observation: Omit<StatusObservation, 'seq'>): Promise<GraphNodeRecord>;

  /**
   * Replaces the store's whole content with `doc` in one transaction: afterwards the store
   * holds exactly `doc`, or (on any error) exactly what it held before.
   */
  replaceAll(doc: GraphDocument): Promise<ImportSummary>;
  /** The whole graph, sorted by id: `exportGraph` after `replaceAll(doc)` equals `doc`. */
  exportGraph(): Promise<GraphDocument>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

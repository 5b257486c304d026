/**
 * The checks between "the document is valid" and "it runs", in one Apollo plugin
 * (`didResolveOperation`, where the variables are known): every argument within its bound,
 * the estimated cost within the budget, and the client within its rate. Each refusal is an
 * HTTP error with a typed code, before any resolver or store call.
 */
import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLRequestContextDidResolveOperation,
  type GraphQLRequestListener,
} from '@apollo/server';
import {
  GraphQLError,
  getVariableValues,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GraphEvents } from '../events/graph-events.js';
import type { GraphStore } from '../store/graph-store.js';
import type { ApiContext } from './context.js';
import { boundViolationError, findBoundViolation } from './input-bounds.js';
import { QUERY } from './limits.js';
import { estimateCost } from './query-cost.js';
import { queryTooComplex } from './query-shape.js';

/** Per client (address) and minute. `null` turns a limit off. */
export interface RateLimits {
  /** Mutations. */
  writesPerMinute: number | null;
  /** Cost units of expensive queries (cost >= `expensiveCost`); cheap reads are not counted. */
  costPerMinute: number | null;
  expensiveCost: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerMinute: 120,
  costPerMinute: 20 * QUERY.maxCost,
  expensiveCost: 10_000,
};

/** The store's node count, read once and again after each write (or every 10 s, for other writers). */
export class GraphSize {
  private cached: { nodes: number; at: number } | undefined;
  private pending: Promise<number> | undefined;

  constructor(
    private readonly store: Pick<GraphStore, 'counts'>,
    events: GraphEvents,
    private readonly maxAgeMs = 10_000,
  ) {
    events.subscribe(() => {
      this.cached = undefined;
    });
  }

  /** The count when it is fresh, without waiting; undefined when it must be read. */
  freshNodes(): number | undefined {
    return this.cached && Date.now() - this.cached.at < this.maxAgeMs ? this.cached.nodes : undefined;
  }

  async nodes(): Promise<number> {
    const fresh = this.freshNodes();
    if (fresh !== undefined) return fresh;
    this.pending ??= this.store
      .counts()
      .then(({ nodes }) => {
        this.cached = { nodes, at: Date.now() };
        return nodes;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}

const estimatedCosts = new WeakMap<ApiContext, number>();

/** The cost the guard estimated for the operation of this request's context, once admitted. */
export function estimatedCostOf(context: ApiContext): number | undefined {
  return estimatedCosts.get(context);
}

export function queryGuardPlugin(
  rateLimits: RateLimits,
  graphSize: GraphSize,
): ApolloServerPlugin<ApiContext> {
  const writes =
    rateLimits.writesPerMinute === null
      ? undefined
      : new RateLimiterMemory({ points: rateLimits.writesPerMinute, duration: 60 });
  const cost =
    rateLimits.costPerMinute === null
      ? undefined
      : new RateLimiterMemory({ points: rateLimits.costPerMinute, duration: 60 });

  const verdicts = new Verdicts();

  /** The checks once the node count is known; a promise only when a limiter must be asked. */
  const check = (
    { schema, document, operation, request, contextValue }: OperationContext,
    graphNodes: number,
  ): Promise<void> | undefined => {
    const verdict = verdicts.judge(document, operation, request.variables, graphNodes, () =>
      judge(schema, document, operation, request.variables, graphNodes),
    );
    if (verdict === undefined) return undefined; // bad variables: the executor refuses them, in its words
    if (verdict instanceof GraphQLError) throw verdict;
    estimatedCosts.set(contextValue, verdict);
    const client = contextValue.clientAddress;
    const isWrite = operation.operation === 'mutation' && writes !== undefined;
    const isExpensive = verdict >= rateLimits.expensiveCost && cost !== undefined;
    if (!isWrite && !isExpensive) return undefined;
    return (async () => {
      if (isWrite) await consume(writes, client, 1);
      if (isExpensive) await consume(cost, client, verdict);
    })();
  };

  // A repeated cheap read passes without waiting on anything: these hooks run on every request.
  const hooks: GraphQLRequestListener<ApiContext> = {
    didResolveOperation(context) {
      const { operation } = context;
      if (!operation) return Promise.resolve(); // Apollo has already refused a document without a matching operation
      const operationContext = { ...context, operation };
      const graphNodes = graphSize.freshNodes();
      if (graphNodes === undefined) {
        return graphSize.nodes().then((nodes) => check(operationContext, nodes));
      }
      return check(operationContext, graphNodes) ?? Promise.resolve();
    },
  };
  return {
    requestDidStart: () => Promise.resolve(hooks),
  };
}

type OperationContext = Omit<GraphQLRequestContextDidResolveOperation<ApiContext>, 'operation'> & {
  operation: OperationDefinitionNode;
};

/** The admitted cost, the refusal, or `undefined` when the variables do not coerce. */
export type Verdict = number | GraphQLError | undefined;

/**
 * Every argument within its bound and the estimated cost within the budget, for one operation
 * of a valid document; subscriptions (`graphql-ws-server.ts`) are judged by the same rules.
 */
export function judge(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  graphNodes: number,
): Verdict {
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return undefined;
  const violation = findBoundViolation(schema, document, operation, rawVariables);
  if (violation) return boundViolationError(violation);
  const estimate = estimateCost(schema, document, operation.name?.value, rawVariables ?? {}, graphNodes);
  if ('tooManySelections' in estimate)
    return queryTooComplex('selections', undefined, QUERY.maxEstimatedSelections);
  if (estimate.cost > QUERY.maxCost) return queryTooComplex('cost', estimate.cost, QUERY.maxCost);
  return estimate.cost;
}

/**
 * Verdicts remembered per parsed document (Apollo hands the same document object to every
 * request with the same query text), by variables and graph size: a client repeating a query
 * pays for its checks once. A few dozen variable sets per document are kept.
 */
class Verdicts {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, Verdict>>();

  judge(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
    graphNodes: number,
    compute: () => Verdict,
  ): Verdict {
    let known = this.byDocument.get(document);
    if (!known) {
      known = new Map();
      this.byDocument.set(document, known);
    }
    const key = `${operation.name?.value ?? ''}|${graphNodes}|${JSON.stringify(variables ?? {})}`;
    if (known.has(key)) return known.get(key);
    const verdict = compute();
    if (known.size >= 50) known.clear();
    known.set(key, verdict);
    return verdict;
  }
}

async function consume(limiter: RateLimiterMemory, client: string, points: number): Promise<void> {
  try {
    await limiter.consume(client, points);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new GraphQLError(
      `For mange forespørgsler; prøv igen om ${retryAfter} s / rate limit exceeded, retry after ${retryAfter} s`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: retryAfter,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
        },
      },
    );
  }
}

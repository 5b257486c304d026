/**
 * The checks between "the document is valid" and "it runs", in one Apollo plugin
 * (`didResolveOperation`, where the variables are known): every argument within its bound,
 * the estimated cost within the budget, and the client within its rate. Each refusal is an
 * HTTP error with a typed code, before any resolver or store call.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getVariableValues } from 'graphql';
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

  async nodes(): Promise<number> {
    if (this.cached && Date.now() - this.cached.at < this.maxAgeMs) return this.cached.nodes;
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

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return; // Apollo has already refused a document without a matching operation
          const variables = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          // Bad variables are refused by the executor, with its wording, before anything runs.
          if (variables.errors) return;

          const violation = findBoundViolation(schema, document, operation, request.variables);
          if (violation) throw boundViolationError(violation);

          const estimate = estimateCost(
            schema,
            document,
            operation.name?.value,
            request.variables ?? {},
            await graphSize.nodes(),
          );
          if ('tooManySelections' in estimate) {
            throw queryTooComplex('selections', undefined, QUERY.maxEstimatedSelections);
          }
          if (estimate.cost > QUERY.maxCost) throw queryTooComplex('cost', estimate.cost, QUERY.maxCost);
          estimatedCosts.set(contextValue, estimate.cost);

          const client = contextValue.clientAddress;
          if (operation.operation === 'mutation' && writes) await consume(writes, client, 1);
          if (estimate.cost >= rateLimits.expensiveCost && cost) await consume(cost, client, estimate.cost);
        },
      };
    },
  };
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

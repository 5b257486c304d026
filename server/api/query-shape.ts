/**
 * Validation rules on the shape of a document, from graphql-armor (fragment-memoising, so a
 * fragment spread twice by each of 22 fragments is walked 22 times, not four million): depth,
 * aliases and directives. Each refusal is `QUERY_TOO_COMPLEX`, naming what was counted and the
 * limit. Token count is bounded by the parser (`QUERY.maxTokens` in `app.ts`), cost by
 * `query-cost.ts`.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { QUERY } from './limits.js';

/** The error every shape and cost refusal uses: HTTP 400, a typed code, the measure and the limit. */
export function queryTooComplex(measure: string, found: number | undefined, limit: number): GraphQLError {
  const foundText = found === undefined ? `over ${limit}` : `${found}`;
  return new GraphQLError(
    `Forespørgslen er for kompleks: ${measure} ${foundText}, højst ${limit} / query too complex: ${measure} ${foundText}, limit ${limit}`,
    {
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        measure,
        ...(found === undefined ? {} : { found }),
        limit,
        http: { status: 400 },
      },
    },
  );
}

/** armor reports "... limit of N exceeded, found M."; the number found is what we keep. */
function reporter(measure: string, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(queryTooComplex(measure, found === undefined ? undefined : Number(found), limit));
  };
}

export const QUERY_SHAPE_RULES: readonly ValidationRule[] = [
  maxDepthRule({
    n: QUERY.maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [reporter('depth', QUERY.maxDepth)],
  }),
  maxAliasesRule({
    n: QUERY.maxAliases,
    propagateOnRejection: false,
    onReject: [reporter('aliases', QUERY.maxAliases)],
  }),
  maxDirectivesRule({
    n: QUERY.maxDirectives,
    propagateOnRejection: false,
    onReject: [reporter('directives', QUERY.maxDirectives)],
  }),
];

/** Shortest paths between two nodes (the API's `path`), with each hop's sources for the words. */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import type { RelationType } from '../gql/graphql.js';

export const FindPathQuery = graphql(`
  query FindPath($from: ID!, $to: ID!, $types: [RelationType!]) {
    path(from: $from, to: $to, types: $types) {
      nodes {
        id
        nameDa
        nameEn
      }
      edges {
        id
        source
        target
        type
        sources {
          quote
          confidence
          document {
            id
            nameDa
            asOf
          }
        }
      }
    }
  }
`);

export interface PathRequest {
  from: string;
  to: string;
  /** Only these relation types; every type when empty. */
  types: readonly RelationType[];
}

export function useFindPath(request: PathRequest | null) {
  return useQuery(
    FindPathQuery,
    request
      ? {
          variables: {
            from: request.from,
            to: request.to,
            types: request.types.length > 0 ? [...request.types] : null,
          },
        }
      : skipToken,
  );
}

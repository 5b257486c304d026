/** What lies upstream or downstream of a node, up to a depth: the focus view. */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import type { Direction } from '../gql/graphql.js';

export const NeighborhoodQuery = graphql(`
  query Neighborhood($id: ID!, $depth: Int!, $direction: Direction!, $asOf: Date) {
    neighborhood(id: $id, depth: $depth, direction: $direction, asOf: $asOf) {
      nodes {
        ...CanvasNode
      }
      edges {
        ...CanvasEdge
      }
    }
  }
`);

export interface NeighborhoodArgs {
  id: string;
  depth: number;
  direction: Direction;
  asOf: string | null;
}

export function useNeighborhood(args: NeighborhoodArgs | null) {
  return useQuery(NeighborhoodQuery, args ? { variables: args } : skipToken);
}

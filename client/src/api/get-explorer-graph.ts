/** The whole complex (or the filtered part of it) as of a date: what the canvas opens with. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import type { NodeFilter } from '../gql/graphql.js';

export const ExplorerGraphQuery = graphql(`
  query ExplorerGraph($filter: NodeFilter, $asOf: Date) {
    graph(filter: $filter, asOf: $asOf) {
      nodes {
        ...CanvasNode
      }
      edges {
        ...CanvasEdge
      }
      truncated
    }
  }
`);

export function useExplorerGraph(filter: NodeFilter, asOf: string | null) {
  return useQuery(ExplorerGraphQuery, {
    variables: { filter, asOf },
    notifyOnNetworkStatusChange: true,
  });
}

/** A node's trail: who changed what and when, newest first. */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const NodeChangesQuery = graphql(`
  query NodeChanges($id: ID!) {
    node(id: $id) {
      id
      changes(first: 20) {
        totalCount
        edges {
          node {
            ...TrailEntry
          }
        }
      }
    }
  }
`);

export function useNodeChanges(id: string | null) {
  return useQuery(NodeChangesQuery, id ? { variables: { id }, fetchPolicy: 'cache-and-network' } : skipToken);
}

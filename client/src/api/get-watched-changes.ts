/**
 * What changed upstream of one watched node (`changes(upstreamOf)`) in a window, with the node's
 * own name: what the "Fulgte" panel shows for each node a user follows.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const WatchedChangesQuery = graphql(`
  query WatchedChanges($id: ID!, $from: Date!, $to: Date!, $first: Int!) {
    node(id: $id) {
      __typename
      id
      nameDa
      nameEn
    }
    changes(from: $from, to: $to, upstreamOf: $id, first: $first) {
      totalCount
      edges {
        node {
          ...DescribedChange
          recordingId
        }
      }
    }
  }
`);

/** The changes upstream of `id` after `from` up to and including `to`, oldest first. */
export function useWatchedChanges(id: string, window: { from: string; to: string }, first: number) {
  return useQuery(WatchedChangesQuery, { variables: { id, ...window, first } });
}

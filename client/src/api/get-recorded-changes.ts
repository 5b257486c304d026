/**
 * What was recorded in the app upstream of one watched node since a moment
 * (`recordedChanges(since, upstreamOf)`), newest first, by the time of recording: what the
 * "Fulgte" panel shows beside the dated changes, so a correction dated before the last visit is
 * heard too.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const RecordedChangesQuery = graphql(`
  query RecordedChanges($id: ID!, $since: String!, $first: Int!) {
    recordedChanges(since: $since, upstreamOf: $id, first: $first) {
      totalCount
      edges {
        node {
          ...TrailEntry
          nodes {
            __typename
            id
            nameDa
            nameEn
          }
          statusesRecorded {
            nodeId
            status {
              seq
              labelDa
              labelEn
              date
            }
          }
        }
      }
    }
  }
`);

/** Entries recorded upstream of `id` from `since` (ISO) on, newest first. */
export function useRecordedChanges(id: string, since: string, first: number) {
  return useQuery(RecordedChangesQuery, { variables: { id, since, first } });
}

/** Corrects one status observation of a node in place (same `seq`); the trail keeps the old one. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const CorrectStatusMutation = graphql(`
  mutation CorrectStatus($input: CorrectStatusInput!) {
    correctStatus(input: $input) {
      id
      version
      statusFamily
    }
  }
`);

/** Refetches what shows statuses, as `useRecordStatus` does (nodes are not normalised, ADR 0004). */
export function useCorrectStatus() {
  return useMutation(CorrectStatusMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}

/** Retracts one status observation of a node (the trail keeps it). */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const RetractStatusMutation = graphql(`
  mutation RetractStatus($input: RetractStatusInput!) {
    retractStatus(input: $input) {
      id
      version
      statusFamily
    }
  }
`);

export function useRetractStatus() {
  return useMutation(RetractStatusMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}

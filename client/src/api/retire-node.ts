/** Retires a node: its validity ends, its history stays. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const RetireNodeMutation = graphql(`
  mutation RetireNode($input: RetireNodeInput!) {
    retireNode(input: $input) {
      id
      version
    }
  }
`);

export function useRetireNode() {
  return useMutation(RetireNodeMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}
